// What the red team did to the command line (issue 11): outputs that
// replaced the input, a device or a file another Blauwdruk edits, terminal
// escapes from a file, exports left half done, options that did nothing.
#include "clirun.h"
#include "document.h"
#include "edits.h"
#include "filelock.h"
#include "store.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

using namespace blauwdruk;

namespace {

using Result = test::CliResult;

Result run(const QStringList &arguments) {
    return test::runCli(arguments);
}

// A process id that is certainly not running any more.
qint64 deadProcessId() {
    QProcess process;
    process.start(QStringLiteral("true"), {});
    REQUIRE(process.waitForFinished());
    return process.processId() > 0 ? process.processId() : 999999;
}

} // namespace

TEST_CASE(
    "CLI outputs: a screenshot never replaces its input, a device, a folder or a file in use") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    const QByteArray before = test::fileHash(path);
    SECTION("its own input") {
        const Result r = run({"--screenshot", path, path});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("is also the input file")));
        CHECK(test::fileHash(path) == before);
    }
    SECTION("a device") {
        const Result r = run({"--screenshot", "/dev/null", path});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("not a regular file")));
        CHECK_FALSE(QFileInfo("/dev/null").isFile());
    }
    SECTION("a folder") {
        const Result r = run({"--screenshot", dir.path(), path});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("not a regular file")));
    }
    SECTION("a workspace another Blauwdruk edits") {
        const QString other = test::exampleFile(dir, QStringLiteral("other.blauwdruk"));
        QString error;
        auto document = Document::open(other, Store::Mode::ReadWrite, &error);
        REQUIRE(document);
        REQUIRE_FALSE(document->isReadOnly());
        const QByteArray held = test::fileHash(other);
        const Result r = run({"--screenshot", other, path});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("is open in Blauwdruk by")));
        CHECK(test::fileHash(other) == held);
        CHECK(
            Edits(*document).setWorkspaceField(QStringLiteral("title"), QStringLiteral("Verder")));
    }
}

TEST_CASE("CLI outputs: import, example and new refuse a file another Blauwdruk edits") {
    QTemporaryDir dir;
    const QString held = test::exampleFile(dir, QStringLiteral("held.blauwdruk"));
    QString error;
    auto document = Document::open(held, Store::Mode::ReadWrite, &error);
    REQUIRE(document);
    REQUIRE(Edits(*document).setWorkspaceField(QStringLiteral("title"), QStringLiteral("Erkend")));
    const QString csv = dir.filePath("grid.csv");
    test::writeFile(csv, "Stap;Aanvragen\nInwoner;Formulier invullen\n");
    const QList<QStringList> commands{{"example", "-o", held},
                                      {"new", "-o", held, "--title", "Leeg"},
                                      {"import", csv, "-o", held}};
    for (const QStringList &command : commands) {
        INFO(command.join(' ').toStdString());
        const Result r = run(command);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("is open in Blauwdruk by")));
        CHECK(r.err.contains(QStringLiteral("held.blauwdruk")));
    }
    // The editor's acknowledged edit is still there, and it goes on editing.
    CHECK(test::onDisk(held) == test::canonical(document->workspace()));
    CHECK(
        Edits(*document).setWorkspaceField(QStringLiteral("title"), QStringLiteral("Nog steeds")));
    CHECK(test::onDisk(held) == test::canonical(document->workspace()));
    // Once it is closed, the file may be replaced.
    document.reset();
    CHECK(run({"example", "-o", held}).exitCode == 0);
}

TEST_CASE("CLI outputs: nothing from a file reaches the terminal as control characters") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    const QString escape =
        QStringLiteral("\x1b]8;;https://example.invalid\x07klik\x1b]8;;\x07\x1b[2J"
                       "\nNep: regel\u202e");
    // Ids of a persona and a card made hostile, and every reference with them.
    const QString sql = QStringLiteral(
        "UPDATE journeys SET persona = 'E' || persona WHERE persona = (SELECT id FROM personas "
        "ORDER BY rowid LIMIT 1); UPDATE personas SET id = 'E' || id WHERE rowid = (SELECT "
        "min(rowid) FROM personas); "
        "UPDATE connections SET \"from\" = 'E' || \"from\" WHERE \"from\" = (SELECT id FROM "
        "cards ORDER BY rowid LIMIT 1); UPDATE connections SET \"to\" = 'E' || \"to\" WHERE "
        "\"to\" = (SELECT id FROM cards ORDER BY rowid LIMIT 1); UPDATE comments SET target = 'E' "
        "|| target WHERE target = (SELECT id FROM cards ORDER BY rowid LIMIT 1); "
        "UPDATE cards SET title = 'BSN 111222333', id = 'E' || id WHERE rowid = (SELECT "
        "min(rowid) FROM cards);");
    test::runSql(path, QString(sql).replace(QStringLiteral("'E'"),
                                            QLatin1Char('\'') + escape + QLatin1Char('\'')));
    const Result info = run({"info", path});
    INFO(info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("klik")));
    const Result check = run({"check", path});
    CHECK(check.out.contains(QStringLiteral("privacy")));
    for (const Result &r : {info, check}) {
        CHECK_FALSE(r.rawOut.contains('\x1b'));
        CHECK_FALSE(r.rawOut.contains('\x07'));
        CHECK_FALSE(r.out.contains(QChar(0x202e)));
        CHECK_FALSE(r.out.contains(QStringLiteral("\nNep")));
        CHECK_FALSE(r.err.contains(QChar(0x1b)));
    }
}

TEST_CASE("CLI outputs: one picture per journey is all or nothing") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    const Workspace ws = test::exampleWorkspace();
    REQUIRE(ws.journeys.size() >= 2);
    // The second journey's file cannot be written: a folder is in its place.
    const QString out = dir.filePath("poster.svg");
    const Result listing = run({"export", path, "-o", out});
    REQUIRE(listing.exitCode == 0);
    QStringList written = QDir(dir.path()).entryList({"poster-*.svg"}, QDir::Files);
    REQUIRE(written.size() == int(ws.journeys.size()));
    for (const QString &name : written)
        QFile::remove(dir.filePath(name));
    REQUIRE(QDir(dir.path()).mkdir(written.last()));
    const Result r = run({"export", path, "-o", out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(written.last()));
    CHECK(QDir(dir.path()).entryList({"poster-*"}, QDir::Files | QDir::Hidden).isEmpty());
    CHECK(QDir(dir.path()).entryList({".poster-*"}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("CLI outputs: what a killed writer left beside its output is removed by the next") {
    QTemporaryDir dir;
    const QString out = dir.filePath("sessie.blauwdruk");
    const qint64 dead = deadProcessId();
    const QString partial = dir.filePath(QStringLiteral(".sessie.blauwdruk.partial-%1").arg(dead));
    test::writeFile(partial, "half");
    test::writeFile(partial + "-journal", "half");
    const Result r = run({"example", "-o", out});
    CHECK(r.exitCode == 0);
    CHECK_FALSE(QFile::exists(partial));
    CHECK_FALSE(QFile::exists(partial + "-journal"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{"sessie.blauwdruk"});
}

TEST_CASE(
    "CLI outputs: poster options are checked before the file is read, and only where they apply") {
    QTemporaryDir dir;
    const QString missing = dir.filePath("bestaat-niet.blauwdruk");
    for (const QStringList &options : QList<QStringList>{{"--paper", "0x0mm"},
                                                         {"--paper", "99999x10mm"},
                                                         {"--margin", "nan"},
                                                         {"--margin", "inf"}}) {
        INFO(options.join(' ').toStdString());
        const Result r = run(QStringList{"export", missing, "-o", dir.filePath("p.pdf")} + options);
        CHECK(r.exitCode == 2); // wrong usage, said before the missing file is noticed
    }
    const QString path = test::exampleFile(dir);
    for (const QStringList &options :
         QList<QStringList>{{"-o", dir.filePath("p.png"), "--paper", "A0"},
                            {"-o", dir.filePath("p.png"), "--margin", "5"},
                            {"-o", dir.filePath("p.svg"), "--tile-paper", "A4"},
                            {"-o", dir.filePath("p.pdf"), "--dpi", "300"}}) {
        INFO(options.join(' ').toStdString());
        const Result r = run(
            QStringList{"export", path, "--journey", test::exampleWorkspace().journeys.front().id} +
            options);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("applies to")));
        CHECK_FALSE(QFile::exists(options.at(1)));
    }
}

TEST_CASE("CLI outputs: a PNG too thin to show anything is refused with its size") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    const QString out = dir.filePath("dun.png");
    const Result r = run({"export", path, "-o", out, "--width", "16", "--journey",
                          test::exampleWorkspace().journeys.front().id});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("too thin to show anything")));
    CHECK_FALSE(QFile::exists(out));
}
