// Memory and time of hostile input (issue 11, points 3 and 4): the shapes
// that made the parser quadratic or the memory unbounded are refused by
// counting, before they are parsed or decoded. Each command runs as a child
// process whose address space is limited to 600 MB, so a refusal that came
// only after exhausting memory would fail here. The timings are in
// docs/performance.md, not asserted.
#include "clirun.h"
#include "store.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QProcess>

#include <sys/resource.h>

using namespace blauwdruk;

namespace {

// AddressSanitizer reserves terabytes of address space, so a limit on it
// cannot hold: these run in the plain build.
bool underAddressSanitizer() {
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#endif
#endif
    return false;
}

constexpr rlim_t kAddressSpace = 600u << 20;

test::CliResult runLimited(const QStringList &arguments) {
    QProcess process;
    process.setProgram(QStringLiteral(BLAUWDRUK_BINARY));
    process.setArguments(arguments);
    process.setChildProcessModifier([] {
        const rlimit limit{kAddressSpace, kAddressSpace};
        setrlimit(RLIMIT_AS, &limit);
    });
    process.start();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit); // no crash, no abort
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()),
            {}};
}

QByteArray exampleJson() {
    return JsonCodec::write(test::exampleWorkspace());
}

// The example with the text `replacement` in place of its workspace object's
// list of authors.
QByteArray withAuthors(const QByteArray &list) {
    QByteArray json = exampleJson();
    const qsizetype start = json.indexOf("\"authors\": [");
    REQUIRE(start > 0);
    const qsizetype end = json.indexOf(']', start);
    return json.left(start) + "\"authors\": " + list + json.mid(end + 1);
}

void expectRefused(const QStringList &arguments, const QString &message) {
    INFO(arguments.join(' ').toStdString());
    const test::CliResult r = runLimited(arguments);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(message));
}

} // namespace

TEST_CASE("Memory: hostile JSON shapes are counted and refused before they are parsed") {
    if (underAddressSanitizer())
        return;
    QTemporaryDir dir;
    const QString out = dir.filePath("out.blauwdruk");
    SECTION("an object of 160,000 keys") {
        QByteArray object = "{";
        for (int i = 0; i < 160'000; ++i)
            object += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":\"\"";
        object += "}";
        QByteArray json = exampleJson();
        json.replace("\"workspace\": {", "\"workspace\": " + object + ", \"ignored\": {");
        test::writeFile(dir.filePath("keys.json"), json);
        expectRefused({"import", dir.filePath("keys.json"), "-o", out},
                      QStringLiteral("has an object of more than 256 keys"));
    }
    SECTION("a list of twelve million empty texts") {
        QByteArray list = "[\"\"";
        list += QByteArray(",\"\"").repeated(12'000'000 - 1) + "]";
        test::writeFile(dir.filePath("authors.json"), withAuthors(list));
        expectRefused({"import", dir.filePath("authors.json"), "-o", out},
                      QStringLiteral("has a list of more than 1,000,000 items"));
    }
    SECTION("a list of a thousand and one texts") {
        QByteArray list = "[\"a\"";
        list += QByteArray(",\"a\"").repeated(1000) + "]";
        test::writeFile(dir.filePath("items.json"), withAuthors(list));
        expectRefused({"import", dir.filePath("items.json"), "-o", out},
                      QStringLiteral("authors hold 1,001 items; a list holds at most 1,000"));
    }
    SECTION("millions of values in many lists") {
        const QByteArray million = "[0" + QByteArray(",0").repeated(999'999) + "]";
        QByteArray lists = "[" + million;
        for (int i = 1; i < 5; ++i)
            lists += "," + million;
        lists += "]";
        test::writeFile(dir.filePath("values.json"), withAuthors(lists));
        expectRefused({"import", dir.filePath("values.json"), "-o", out},
                      QStringLiteral("holds more than 4,000,000 values"));
    }
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("Memory: list and snapshot columns are measured before they are decoded") {
    if (underAddressSanitizer())
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath("w.blauwdruk");
    QString error;
    REQUIRE(Store::writeNew(path, test::exampleWorkspace(), &error));
    SECTION("twelve million empty authors") {
        test::runSql(path,
                     "UPDATE workspace SET authors = '[\"\"' || replace(hex(zeroblob(11999999)), "
                     "'00', ',\"\"') || ']'");
        for (const char *command : {"check", "info", "export"}) {
            QStringList arguments{command, path};
            if (QLatin1String(command) == QLatin1String("export"))
                arguments << "-o" << dir.filePath("out.json");
            expectRefused(arguments, QStringLiteral("workspace.authors is a list of 36,000,001 "
                                                    "bytes; a list holds at most"));
        }
    }
    SECTION("six snapshots of 20 MB") {
        for (int i = 0; i < 6; ++i)
            test::runSql(path, QStringLiteral("INSERT INTO versions VALUES ('v%1', %1, 'versie', "
                                              "'2026-11-01T10:00:00Z', '{\"x\":\"' || "
                                              "hex(zeroblob(10000000)) || '\"}')")
                                   .arg(i));
        expectRefused({"check", path}, QStringLiteral("more than 100 MB together"));
        // Five fit: they open without being parsed, and `check` parses them
        // one at a time, finding each unsound.
        test::runSql(path, "DELETE FROM versions WHERE id = 'v5'");
        const test::CliResult r = runLimited({"check", path});
        CHECK(r.exitCode == 1);
        CHECK(r.out.count(QStringLiteral("snapshot is not a valid workspace")) == 5);
        CHECK(runLimited({"info", path}).exitCode == 0);
    }
}
