#include "clirun.h"
#include "jsoncodec.h"
#include "schema.h"
#include "store.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace blauwdruk;

namespace {

using Result = test::CliResult;

Result run(const QStringList &arguments, const QString &workingDir = QString()) {
    return test::runCli(arguments, workingDir);
}

int lineCount(const QString &text) {
    return int(text.trimmed().split('\n', Qt::SkipEmptyParts).size());
}

// Bad input: exit 1, one line on stderr naming the file, no output file.
void expectFailure(const Result &result, const QString &file,
                   const QString &outputPath = QString()) {
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(lineCount(result.err) == 1);
    CHECK(result.err.contains(file));
    if (!outputPath.isEmpty()) {
        CHECK_FALSE(QFile::exists(outputPath));
        // ...and no temporary file left beside it either.
        const QFileInfo info(outputPath);
        CHECK(QDir(info.absolutePath())
                  .entryList({"*" + info.fileName() + "*"}, QDir::Files | QDir::Hidden)
                  .isEmpty());
    }
}

} // namespace

TEST_CASE("CLI: example and info --json print the counts") {
    QTemporaryDir dir;
    const QString file = dir.filePath("x.blauwdruk");
    Result r = run({"example", "-o", file});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = run({"info", file, "--json"});
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QStringList keys{"title", "schema_version", "personas", "journeys",    "stages",
                           "steps", "lanes",          "cards",    "connections", "comments"};
    CHECK(json.keys().size() == keys.size());
    for (const QString &key : keys)
        CHECK(json.contains(key));
    const Workspace ws = test::exampleWorkspace();
    CHECK(json["title"].toString() == ws.meta.title);
    CHECK(json["schema_version"].toInt() == Schema::kVersion);
    CHECK(json["personas"].toInt() == int(ws.personas.size()));
    CHECK(json["cards"].toInt() == int(ws.cards.size()));
    CHECK(json["connections"].toInt() == int(ws.connections.size()));
    CHECK(json["comments"].toInt() == int(ws.comments.size()));

    r = run({"info", file});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Cards:")));
    CHECK(r.out.contains(ws.meta.title));
}

// The English example is the Dutch one translated: the same blueprint, so
// a workshop abroad sees what a Dutch one made (issue 20).
TEST_CASE("CLI: example --language en writes the same example in English") {
    QTemporaryDir dir;
    const QString dutch = dir.filePath("nl.blauwdruk");
    const QString english = dir.filePath("en.blauwdruk");
    REQUIRE(run({"example", "-o", dutch}).exitCode == 0);
    const Result r = run({"example", "--language", "en", "-o", english});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto info = [](const QString &file) {
        const Result shown = run({"info", file, "--json"});
        REQUIRE(shown.exitCode == 0);
        return QJsonDocument::fromJson(shown.out.toUtf8()).object();
    };
    QJsonObject nl = info(dutch);
    QJsonObject en = info(english);
    CHECK(nl.take("title") != en.take("title"));
    CHECK(nl == en); // every count the same
    CHECK(run({"check", english}).exitCode == 0);
    QString error;
    auto store = Store::open(english, Store::Mode::ReadOnly, &error);
    REQUIRE(store);
    const std::optional<Workspace> ws = store->load(&error);
    REQUIRE(ws);
    CHECK(ws->meta.language == QStringLiteral("en"));
    CHECK(test::exampleWorkspace().meta.language == QStringLiteral("nl"));

    const Result wrong = run({"example", "--language", "fr", "-o", dir.filePath("fr.blauwdruk")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("'fr'")));
    CHECK_FALSE(QFile::exists(dir.filePath("fr.blauwdruk")));
}

TEST_CASE("CLI: check passes the example and lists each problem of a broken file") {
    QTemporaryDir dir;
    const QString file = dir.filePath("x.blauwdruk");
    REQUIRE(run({"example", "-o", file}).exitCode == 0);
    Result r = run({"check", file});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("ok")));

    {
        QString error;
        auto document = Document::open(file, Store::Mode::ReadWrite, &error);
        REQUIRE(document);
    }
    // Break two rows behind the app's back.
    Workspace ws;
    {
        // Use our own store to write the damage, as sqlite3 may be absent.
        QString error;
        auto store = Store::open(file, Store::Mode::ReadWrite, &error);
        REQUIRE(store);
        auto loaded = store->load(&error);
        REQUIRE(loaded);
        ws = *loaded;
        ws.cards[0].lane = QStringLiteral("gone");
        ws.steps[0].emotion = 9;
        REQUIRE(store->rewrite(ws, &error));
    }
    r = run({"check", file});
    CHECK(r.exitCode == 1);
    CHECK(lineCount(r.out) == 2);
    CHECK(r.out.contains(QStringLiteral("refers to a missing lane gone")));
    CHECK(r.out.contains(QStringLiteral("emotion 9 is outside -2..2")));
}

TEST_CASE("CLI: new writes an empty workspace with its title") {
    QTemporaryDir dir;
    const QString file = dir.filePath("n.blauwdruk");
    REQUIRE(run({"new", "-o", file, "--title", "Schuldhulp Deventer"}).exitCode == 0);
    const Result r = run({"info", file, "--json"});
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(json["title"].toString() == QStringLiteral("Schuldhulp Deventer"));
    CHECK(json["journeys"].toInt() == 0);
}

TEST_CASE("CLI: JSON export -> import -> export is byte-identical") {
    QTemporaryDir dir;
    const QString file = dir.filePath("x.blauwdruk");
    REQUIRE(run({"example", "-o", file}).exitCode == 0);
    REQUIRE(run({"export", file, "-o", dir.filePath("a.json")}).exitCode == 0);
    REQUIRE(run({"import", dir.filePath("a.json"), "-o", dir.filePath("y.blauwdruk")}).exitCode ==
            0);
    REQUIRE(run({"export", dir.filePath("y.blauwdruk"), "-o", dir.filePath("b.json")}).exitCode ==
            0);
    CHECK(test::readFile(dir.filePath("a.json")) == test::readFile(dir.filePath("b.json")));
}

TEST_CASE("CLI: CSV export of a chosen journey and import back") {
    QTemporaryDir dir;
    const QString file = dir.filePath("x.blauwdruk");
    REQUIRE(run({"example", "-o", file}).exitCode == 0);
    const Workspace ws = test::exampleWorkspace();
    const Journey *journey = ws.orderedJourneys().front();

    // Which journey is a missing argument: wrong usage, exit 2.
    Result r = run({"export", file, "-o", dir.filePath("grid.csv")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--journey")));
    CHECK_FALSE(QFile::exists(dir.filePath("grid.csv")));
    r = run({"info", file});
    for (const Journey &j : ws.journeys)
        CHECK(r.out.contains(j.id)); // so a user can pass --journey UUID

    REQUIRE(
        run({"export", file, "-o", dir.filePath("grid.csv"), "--journey", journey->title.toUpper()})
            .exitCode == 0);
    REQUIRE(
        run({"export", file, "-o", dir.filePath("byid.csv"), "--journey", journey->id}).exitCode ==
        0);
    CHECK(test::readFile(dir.filePath("grid.csv")) == test::readFile(dir.filePath("byid.csv")));
    r = run({"import", dir.filePath("grid.csv"), "-o", dir.filePath("g.blauwdruk"), "--title",
             "Uit Excel"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = run({"info", dir.filePath("g.blauwdruk"), "--json"});
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(json["title"].toString() == QStringLiteral("Uit Excel"));
    CHECK(json["journeys"].toInt() == 1);
    CHECK(json["lanes"].toInt() == int(ws.orderedLanes(journey->id).size()));
    CHECK(json["steps"].toInt() == int(ws.orderedSteps(journey->id).size()));
    CHECK(json["cards"].toInt() == int(ws.orderedCards(journey->id).size()));
    REQUIRE(
        run({"export", dir.filePath("g.blauwdruk"), "-o", dir.filePath("again.csv")}).exitCode ==
        0);
    CHECK(test::readFile(dir.filePath("again.csv")) == test::readFile(dir.filePath("grid.csv")));

    r = run({"export", file, "-o", dir.filePath("none.csv"), "--journey", "Bestaat niet"});
    expectFailure(r, file, dir.filePath("none.csv"));
    CHECK(r.err.contains(QStringLiteral("has no journey")));
}

TEST_CASE("CLI: bad input fails with one line naming the file and leaves no output") {
    QTemporaryDir dir;
    const QString out = dir.filePath("out.blauwdruk");
    test::writeFile(dir.filePath("bad.json"), "{\"format\": \"blauwdruk\", ");
    expectFailure(run({"import", dir.filePath("bad.json"), "-o", out}), dir.filePath("bad.json"),
                  out);
    test::writeFile(dir.filePath("bad.csv"), ";a\nx;\"open\n");
    expectFailure(run({"import", dir.filePath("bad.csv"), "-o", out}), dir.filePath("bad.csv"),
                  out);
    expectFailure(run({"import", dir.filePath("missing.json"), "-o", out}),
                  dir.filePath("missing.json"), out);
    test::writeFile(dir.filePath("text.blauwdruk"), "geen werkruimte");
    expectFailure(run({"info", dir.filePath("text.blauwdruk")}), dir.filePath("text.blauwdruk"));
    expectFailure(run({"check", dir.filePath("text.blauwdruk")}), dir.filePath("text.blauwdruk"));
    expectFailure(run({"export", dir.filePath("text.blauwdruk"), "-o", dir.filePath("o.json")}),
                  dir.filePath("text.blauwdruk"), dir.filePath("o.json"));
    // An output folder that does not exist.
    REQUIRE(run({"example", "-o", dir.filePath("x.blauwdruk")}).exitCode == 0);
    expectFailure(run({"export", dir.filePath("x.blauwdruk"), "-o", dir.filePath("nope/o.json")}),
                  dir.filePath("nope/o.json"));
    expectFailure(run({"example", "-o", dir.filePath("nope/x.blauwdruk")}), dir.filePath("nope"));
}

TEST_CASE("CLI: an existing output file is replaced only when the write succeeds") {
    QTemporaryDir dir;
    const QString out = dir.filePath("keep.blauwdruk");
    REQUIRE(run({"new", "-o", out, "--title", "Bewaard"}).exitCode == 0);
    const QByteArray before = test::readFile(out);
    test::writeFile(dir.filePath("bad.json"), "[]");
    expectFailure(run({"import", dir.filePath("bad.json"), "-o", out}), dir.filePath("bad.json"));
    CHECK(test::readFile(out) == before);
}

TEST_CASE("CLI: wrong usage exits 2, help and version exit 0") {
    QTemporaryDir dir;
    Result r = run({"info"});
    CHECK(r.exitCode == 2);
    r = run({"info", "a", "b"});
    CHECK(r.exitCode == 2);
    r = run({"info", "x.blauwdruk", "--frobnicate"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("frobnicate")));
    r = run({"example"});
    CHECK(r.exitCode == 2);
    r = run({"example", "-o"});
    CHECK(r.exitCode == 2);
    r = run({"export", "x.blauwdruk", "-o", dir.filePath("x.docx")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("unknown export format")));
    r = run({"--frobnicate"});
    CHECK(r.exitCode == 2);
    r = run({"a.blauwdruk", "b.blauwdruk"});
    CHECK(r.exitCode == 2);
    CHECK(QDir(dir.path()).isEmpty());

    r = run({"--help"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("import IN.json|IN.csv")));
    r = run({"export", "--help"});
    CHECK(r.exitCode == 0);
    r = run({"--version"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("blauwdruk ")));
}

TEST_CASE("CLI: an output that is the input or not a regular file is refused") {
    QTemporaryDir dir;
    const QString csv = dir.filePath("notities.csv");
    test::writeFile(csv, ";Stap\nInwoner;x\n");
    const QByteArray before = test::readFile(csv);
    expectFailure(run({"import", csv, "-o", csv}), csv);
    CHECK(test::readFile(csv) == before);
    QDir(dir.path()).mkdir("map.blauwdruk");
    expectFailure(run({"import", csv, "-o", dir.filePath("map.blauwdruk")}),
                  dir.filePath("map.blauwdruk"));
    CHECK(QFileInfo(dir.filePath("map.blauwdruk")).isDir());
    // Through a symbolic link the target is written and the link stays.
    REQUIRE(QFile::link(dir.filePath("echt.blauwdruk"), dir.filePath("link.blauwdruk")));
    REQUIRE(run({"import", csv, "-o", dir.filePath("link.blauwdruk")}).exitCode == 0);
    CHECK(QFileInfo(dir.filePath("link.blauwdruk")).isSymLink());
    CHECK(QFileInfo(dir.filePath("echt.blauwdruk")).isFile());
}

TEST_CASE("CLI: text from a file cannot split a message or reach the terminal raw") {
    QTemporaryDir dir;
    Workspace ws = test::exampleWorkspace();
    ws.meta.title = QStringLiteral("Mini\u0000\x1b[31mregelingen\nblauwdruk: nep");
    ws.journeys[0].title = QStringLiteral("Regel 1\nblauwdruk: nepfout");
    const QString file = dir.filePath("x.blauwdruk");
    QString error;
    REQUIRE(Store::writeNew(file, ws, &error));
    Result r = run({"info", file});
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.out.contains(QChar(0x1b)));
    CHECK(r.out.contains(QStringLiteral("regelingen")));
    CHECK(r.out.contains(QStringLiteral("Cards:"))); // not cut off at the NUL
    r = run({"export", file, "-o", dir.filePath("x.csv"), "--journey", "geen"});
    CHECK(r.exitCode == 1);
    CHECK(lineCount(r.err) == 1);
}

TEST_CASE("CLI: a mistyped command is named, not opened as a file") {
    Result r = run({"exprot", "a.blauwdruk", "-o", "x.json"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("unknown command 'exprot'")));
    r = run({"help"});
    CHECK(r.exitCode == 2);
}

namespace {

// pdfinfo's page count; poppler-utils comes with `scripts/install-deps --tests`.
} // namespace

TEST_CASE("CLI: persona sheets as PDF, one persona or all of them") {
    QTemporaryDir dir;
    const QString file = dir.filePath("x.blauwdruk");
    REQUIRE(run({"example", "-o", file}).exitCode == 0);
    const Workspace ws = test::exampleWorkspace();

    // By name, ignoring case; quiet on success.
    Result r = run({"export", file, "-o", dir.filePath("samira.pdf"), "--persona", "samira"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.isEmpty());
    CHECK(test::pdfPageCount(dir.filePath("samira.pdf")) == 1);
    CHECK(test::pdfText(dir.filePath("samira.pdf")).contains(QStringLiteral("Samira")));
    // A handout is in the workspace's language: the example is Dutch.
    CHECK(test::pdfText(dir.filePath("samira.pdf")).contains(QStringLiteral("Fictieve persona")));
    Workspace english = ws;
    english.meta.language = QStringLiteral("en");
    const QString englishFile = dir.filePath("en.blauwdruk");
    QString error;
    REQUIRE(Store::writeNew(englishFile, english, &error));
    REQUIRE(run({"export", englishFile, "-o", dir.filePath("en.pdf"), "--persona", "Samira"})
                .exitCode == 0);
    CHECK(test::pdfText(dir.filePath("en.pdf")).contains(QStringLiteral("Fictional persona")));

    // By id.
    const Persona *last = ws.orderedPersonas().back();
    REQUIRE(run({"export", file, "-o", dir.filePath("byid.pdf"), "--persona", last->id}).exitCode ==
            0);
    CHECK(test::pdfPageCount(dir.filePath("byid.pdf")) == 1);
    CHECK(test::pdfText(dir.filePath("byid.pdf")).contains(last->name));
    r = run({"info", file});
    CHECK(r.out.contains(last->id)); // so a user can find it

    // All of them, one page each.
    r = run({"export", file, "-o", dir.filePath("all.PDF"), "--personas"});
    REQUIRE(r.exitCode == 0);
    CHECK(test::pdfPageCount(dir.filePath("all.PDF")) == int(ws.personas.size()));
}

TEST_CASE(
    "CLI: persona sheets refuse unknown, ambiguous and missing personas and non-PDF outputs") {
    QTemporaryDir dir;
    const QString file = dir.filePath("x.blauwdruk");
    REQUIRE(run({"example", "-o", file}).exitCode == 0);

    Result r = run({"export", file, "-o", dir.filePath("o.pdf"), "--persona", "Gerrit"});
    expectFailure(r, file, dir.filePath("o.pdf"));
    CHECK(r.err.contains(QStringLiteral("\"Gerrit\"")));
    CHECK(r.err.contains(QStringLiteral("\"Samira\""))); // the names there are

    r = run({"export", file, "-o", dir.filePath("o.svg"), "--persona", "Samira"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral(".pdf")));
    r = run({"export", file, "-o", dir.filePath("o.json"), "--personas"});
    CHECK(r.exitCode == 2);
    r = run({"export", file, "-o", dir.filePath("o.pdf"), "--personas", "--persona", "Samira"});
    CHECK(r.exitCode == 2);
    r = run({"export", file, "-o", dir.filePath("o.pdf"), "--persona", "Samira", "--journey", "x"});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(dir.filePath("o.pdf")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath("o.svg")));
    // Without either, a .pdf is the blueprint poster: a page per journey.
    r = run({"export", file, "-o", dir.filePath("o.pdf")});
    CHECK(r.exitCode == 0);
    CHECK(test::pdfPageCount(dir.filePath("o.pdf")) == 2);

    // Two personas of the same name: the id decides.
    Workspace ws = test::exampleWorkspace();
    Persona twin = *ws.orderedPersonas().front();
    twin.id = QStringLiteral("44444444-4444-4444-8444-444444444444");
    twin.position = int(ws.personas.size());
    twin.name = twin.name.toUpper();
    ws.personas.push_back(twin);
    const QString twins = dir.filePath("twins.blauwdruk");
    QString error;
    REQUIRE(Store::writeNew(twins, ws, &error));
    r = run({"export", twins, "-o", dir.filePath("t.pdf"), "--persona", twin.name});
    expectFailure(r, twins, dir.filePath("t.pdf"));
    CHECK(r.err.contains(QStringLiteral("ambiguous")));
    r = run({"export", twins, "-o", dir.filePath("t.pdf"), "--persona", twin.id});
    CHECK(r.exitCode == 0);
    CHECK(test::pdfPageCount(dir.filePath("t.pdf")) == 1);

    // A workspace without personas.
    const QString empty = dir.filePath("empty.blauwdruk");
    REQUIRE(run({"new", "-o", empty}).exitCode == 0);
    r = run({"export", empty, "-o", dir.filePath("e.pdf"), "--personas"});
    expectFailure(r, empty, dir.filePath("e.pdf"));
    CHECK(r.err.contains(QStringLiteral("no personas")));

    r = run({"export", "--help"});
    CHECK(r.out.contains(QStringLiteral("--persona")));
    r = run({"--help"});
    CHECK(r.out.contains(QStringLiteral("--personas")));
}

TEST_CASE("CLI: poster and picture options are checked before anything is written") {
    QTemporaryDir dir;
    const QString file = dir.filePath("x.blauwdruk");
    REQUIRE(run({"example", "-o", file}).exitCode == 0);
    const QString out = dir.filePath("poster.pdf");
    const QList<QStringList> wrong{
        {"--paper", "B5"},      {"--paper", "A3x"}, {"--landscape", "--portrait"},
        {"--tile-paper", "A0"}, {"--dpi", "5"},     {"--dpi", "lots"},
        {"--width", "999999"},  {"--margin", "-3"},
    };
    for (const QStringList &options : wrong) {
        INFO(options.join(' ').toStdString());
        const Result r = run(QStringList{"export", file, "-o", out} + options);
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(QStringLiteral("blauwdruk: --")));
        CHECK(r.err.contains(QStringLiteral("Try 'blauwdruk --help'")));
        CHECK_FALSE(QFile::exists(out));
    }
    // The help lists them.
    const Result help = run({"export", "--help"});
    for (const char *option : {"--paper", "--tile-paper", "--dpi", "--pdfa", "--inventory"})
        CHECK(help.out.contains(QLatin1String(option)));
}

TEST_CASE("CLI: posters, pictures and the inventory from one command each") {
    QTemporaryDir dir;
    const QString file = dir.filePath("x.blauwdruk");
    REQUIRE(run({"example", "-o", file}).exitCode == 0);
    const Workspace ws = test::exampleWorkspace();

    // A0, a page per journey; on A4 tiles, many more pages.
    Result r = run({"export", file, "-o", dir.filePath("a0.pdf"), "--paper", "A0"});
    REQUIRE(r.exitCode == 0);
    CHECK(test::pdfPageCount(dir.filePath("a0.pdf")) == int(ws.journeys.size()));
    CHECK(r.out.contains(QStringLiteral("2 journeys, a page each")));
    CHECK(test::poppler("pdfinfo", {dir.filePath("a0.pdf")}).contains("3370 x 2384 pts"));
    r = run(
        {"export", file, "-o", dir.filePath("tiles.pdf"), "--paper", "A0", "--tile-paper", "A4"});
    REQUIRE(r.exitCode == 0);
    CHECK(test::pdfPageCount(dir.filePath("tiles.pdf")) > 10 * int(ws.journeys.size()));

    // SVG of several journeys: a file each, and said so.
    r = run({"export", file, "-o", dir.filePath("b.svg")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("one file each")));
    const QStringList svgs = QDir(dir.path()).entryList({"b-*.svg"});
    CHECK(svgs.size() == int(ws.journeys.size()));

    // The inventory as CSV: every card of every journey, a row each.
    r = run({"export", file, "-o", dir.filePath("inv.csv"), "--inventory"});
    REQUIRE(r.exitCode == 0);
    const QByteArray bytes = test::readFile(dir.filePath("inv.csv"));
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs to read UTF-8
    const QString csv = QString::fromUtf8(bytes);
    for (const Card &card : ws.cards)
        if (!card.title.contains(QLatin1Char('"')))
            CHECK(csv.contains(card.title));
}

TEST_CASE("CLI: check names real-looking personal data by kind and where it is") {
    QTemporaryDir dir;
    Workspace ws = test::exampleWorkspace();
    const QString file = dir.filePath("x.blauwdruk");
    QString error;
    REQUIRE(Store::writeNew(file, ws, &error));
    Result r = run({"check", file});
    CHECK(r.exitCode == 0); // the bundled example is fictional through and through

    ws.cards[0].text += QStringLiteral(" BSN 123456782, rekening NL91ABNA0417164300");
    ws.personas[0].quote += QStringLiteral(" Bel me op 06-12345678 of mail s@example.nl");
    const QString leaky = dir.filePath("leaky.blauwdruk");
    REQUIRE(Store::writeNew(leaky, ws, &error));
    r = run({"check", leaky});
    CHECK(r.exitCode == 1);
    for (const char *kind : {": BSN ", ": IBAN ", ": phone ", ": e-mail "})
        CHECK(r.out.contains(QLatin1String(kind)));
    CHECK(r.out.contains(QStringLiteral("card %1 text").arg(ws.cards[0].id)));
    CHECK(r.out.contains(QStringLiteral("persona %1 quote").arg(ws.personas[0].id)));
    CHECK_FALSE(r.out.contains(QStringLiteral("123456782"))); // masked, never printed whole
    CHECK(r.err.contains(QStringLiteral("4 problems found")));
}

TEST_CASE("CLI: a 50 MB text field is refused by check, export and import, naming the file") {
    QTemporaryDir dir;
    Workspace ws = test::exampleWorkspace();
    ws.personas[0].story = QString(50 * 1024 * 1024, QLatin1Char('x'));
    const QString file = dir.filePath("huge.blauwdruk");
    QString error;
    REQUIRE(Store::writeNew(file, ws, &error)); // as another tool could write it
    const QByteArray before = test::readFile(file);
    const QString limit =
        QStringLiteral("story is 52,428,800 characters long; a text holds at most 100,000");

    // Refused as it is read, before the text is even converted.
    Result r = run({"check", file});
    expectFailure(r, file);
    CHECK(r.err.contains(QStringLiteral("persona %1: %2").arg(ws.personas[0].id, limit)));
    CHECK(r.out.isEmpty());

    const QString out = dir.filePath("out.json");
    r = run({"export", file, "-o", out});
    expectFailure(r, file, out);
    CHECK(r.err.contains(limit));

    // The same text in JSON: one line naming the file, the place and the limit.
    const QString json = dir.filePath("huge.json");
    const QByteArray text = JsonCodec::write(ws); // the writer does not judge
    test::writeFile(json, text);
    const QString imported = dir.filePath("imported.blauwdruk");
    r = run({"import", json, "-o", imported});
    expectFailure(r, json, imported);
    CHECK(r.err.contains(QStringLiteral("personas[0]: ") + limit));

    CHECK(test::readFile(file) == before);
    CHECK(test::readFile(json) == text);
}

TEST_CASE("CLI: import keeps a photo that cannot be shown with a warning, check lists it") {
    QTemporaryDir dir;
    Workspace ws = test::exampleWorkspace();
    // A PNG signature with garbage after it.
    ws.personas[0].photo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'g');
    const QString json = dir.filePath("photo.json");
    test::writeFile(json, JsonCodec::write(ws));
    const QString file = dir.filePath("photo.blauwdruk");
    Result r = run({"import", json, "-o", file});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(lineCount(r.err) == 1);
    CHECK(r.err.startsWith(
        QStringLiteral("blauwdruk: %1: warning: personas[0].photo is a damaged PNG image; it is "
                       "kept as it is, and the drawn avatar is shown instead")
            .arg(json)));
    QString error;
    auto store = Store::open(file, Store::Mode::ReadOnly, &error);
    REQUIRE(store);
    CHECK(store->load(&error)->personas[0].photo == ws.personas[0].photo);

    r = run({"check", file});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(
        QStringLiteral("persona %1: photo is a damaged PNG image").arg(ws.personas[0].id)));
    CHECK(r.out.contains(QStringLiteral(", so the drawn avatar is shown instead")));
}
