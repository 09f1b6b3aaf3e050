// The command line of work sessions (issue 15): the session summary as
// Markdown and PDF, the vote results in the consequence inventory and a
// session in the JSON export, each on a copy of the example with a session
// recorded through Edits (test::recordSession), run as the real binary.
#include "clirun.h"
#include "document.h"
#include "edits.h"
#include "sessionexample.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace blauwdruk;

namespace {

using Result = test::CliResult;

Result run(const QStringList &arguments) {
    return test::runCli(arguments);
}

void expectSuccess(const Result &result) {
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
}

// The example with a session, in English (the summary's source language)
// unless `english` is false.
test::SessionExample sessionFile(const QTemporaryDir &dir, bool english = true) {
    const QString path = test::exampleFile(dir);
    if (english)
        test::runSql(path, QStringLiteral("UPDATE workspace SET language = 'en'"));
    return test::recordSession(path);
}

// True when `text` holds each of `parts`, each after the one before it.
bool inOrder(const QString &text, const QStringList &parts) {
    qsizetype from = 0;
    for (const QString &part : parts) {
        from = text.indexOf(part, from);
        if (from < 0) {
            UNSCOPED_INFO("not found in order: " << part.toStdString());
            return false;
        }
        from += part.size();
    }
    return true;
}

} // namespace

TEST_CASE("Session mode: the session summary as Markdown from the command line") {
    QTemporaryDir dir;
    const test::SessionExample s = sessionFile(dir);
    const QString out = dir.filePath("samenvatting.md");
    expectSuccess(run({"export", s.path, "-o", out, "--session-summary"}));
    const QString md = QString::fromUtf8(test::readFile(out));
    INFO(md.toStdString());

    // Only the journey with a session; its session with times and counts.
    CHECK(md.count(QStringLiteral("\n## Journey")) == 1);
    CHECK(md.contains(QStringLiteral("## Journey: %1").arg(s.journeyTitle)));
    CHECK(md.contains(QStringLiteral("### Work session: %1").arg(s.sessionTitle)));
    // In the reader's own time zone, as the meeting's clock said.
    const auto local = [](const char *utc) {
        return QDateTime::fromString(QLatin1String(utc), Qt::ISODate)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    CHECK(md.contains(QStringLiteral("**Started:** ") + local("2026-11-30T09:00:00Z")));
    CHECK(md.contains(QStringLiteral("**Ended:** ") + local("2026-11-30T10:25:00Z")));
    CHECK_FALSE(md.contains(QStringLiteral("UTC")));
    CHECK(md.contains(QStringLiteral("**Duration:** 1 h 25 min")));
    CHECK(md.contains(QStringLiteral("**Participants:** 4")));
    CHECK_FALSE(md.contains(QStringLiteral("Deelnemer 1"))); // a count, no labels
    // What was added, per lane: the parking lane holds two.
    CHECK(md.contains(QStringLiteral("#### Added per lane")));
    // The agenda, each block with its time and focus.
    CHECK(inOrder(md, {QStringLiteral("#### Agenda"),
                       QStringLiteral("- **1.** Pijnpunten ophalen — 20 min, lane \""),
                       QStringLiteral("- **2.** Stemmen — 10 min\n")}));
    // Parked items are listed once, in the parking lot at the end.
    CHECK_FALSE(md.contains(QStringLiteral("**Parkeerplaats")));
    CHECK(md.count(s.parkedWithOwner) == 1);
    CHECK(md.contains(QStringLiteral("Lang wachten op antwoord (Pain point)")));
    // The rounds with their rules and the ranking, most dots first; the
    // hidden round is listed with its result too.
    // A question keeps its own mark: no colon after the "?".
    CHECK(md.contains(QStringLiteral("**%1** 5 dots each, at most 3 on one card, on all cards")
                          .arg(s.revealedRound)));
    QStringList ranked;
    for (int i = 0; i < s.ranking.size(); ++i)
        ranked
            << QStringLiteral("  - **%1.** %2: %3").arg(i + 1).arg(s.ranking[i]).arg(s.totals[i]);
    CHECK(inOrder(md, ranked));
    CHECK(md.contains(QStringLiteral("**%1:** 3 dots each").arg(s.hiddenRound)));
    CHECK(md.contains(QStringLiteral("not revealed in the session")));
    // A show of hands says so.
    CHECK(md.contains(QStringLiteral("  - **1.** Lang wachten op antwoord: 3 by show of hands")));
    // Open questions: those the session captured.
    CHECK(inOrder(md, {QStringLiteral("#### Open questions"), "- " + s.question}));
    // The parking lot comes last, with owners.
    CHECK(inOrder(md, {QStringLiteral("#### Vote rounds"), QStringLiteral("## Parking lot"),
                       QStringLiteral("- %1 — owner: %2").arg(s.parkedWithOwner, s.owner),
                       QStringLiteral("- %1 — owner: no owner yet").arg(s.parkedWithoutOwner)}));
    CHECK(md.lastIndexOf(QStringLiteral("\n#")) == md.indexOf(QStringLiteral("\n## Parking lot")));
}

TEST_CASE("Session mode: the session summary as a PDF fits one A4 page, parking lot last") {
    QTemporaryDir dir;
    const test::SessionExample s = sessionFile(dir);
    const QString pdf = dir.filePath("samenvatting.pdf");
    expectSuccess(run({"export", s.path, "-o", pdf, "--session-summary"}));
    const QString text = test::pdfText(pdf);
    INFO(text.toStdString());
    CHECK(inOrder(text, {QStringLiteral("Session summary"), s.sessionTitle,
                         QStringLiteral("Added per lane"), QStringLiteral("Vote rounds"),
                         s.revealedRound, s.ranking[0], QStringLiteral("Open questions"),
                         s.question, QStringLiteral("Parking lot"), s.parkedWithOwner, s.owner,
                         s.parkedWithoutOwner, QStringLiteral("no owner yet")}));
    const int pages = test::pdfPageCount(pdf);
    CHECK(pages == 1);
    const QString info = test::poppler("pdfinfo", {pdf});
    CHECK(info.contains(
        QRegularExpression("size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)")));
    const QString last = test::poppler(
        "pdftotext", {"-f", QString::number(pages), "-l", QString::number(pages), pdf, "-"});
    CHECK(last.contains(QStringLiteral("Parking lot")));
    CHECK(last.contains(s.owner));
}

TEST_CASE("Session mode: a long session flows onto more pages, parking lot on the last") {
    QTemporaryDir dir;
    const test::SessionExample s = sessionFile(dir);
    // Forty more parked items, as after a long day.
    {
        QString error;
        std::unique_ptr<Document> document = Document::open(s.path, Store::Mode::ReadWrite, &error);
        REQUIRE(document);
        Edits edits(*document);
        const Workspace &ws = document->workspace();
        const Card *parked = nullptr;
        for (const Card &card : ws.cards)
            if (card.title == s.parkedWithOwner)
                parked = &card;
        REQUIRE(parked);
        const QString step = parked->step, lane = parked->lane;
        for (int i = 0; i < 40; ++i)
            REQUIRE_FALSE(
                edits.addCard(step, lane, QStringLiteral("Geparkeerd punt %1").arg(i)).isEmpty());
    }
    const QString pdf = dir.filePath("lang.pdf");
    expectSuccess(run({"export", s.path, "-o", pdf, "--session-summary"}));
    const int pages = test::pdfPageCount(pdf);
    CHECK(pages >= 2);
    const QString last = test::poppler(
        "pdftotext", {"-f", QString::number(pages), "-l", QString::number(pages), pdf, "-"});
    CHECK(last.contains(QStringLiteral("Geparkeerd punt 39")));
    const QString text = test::pdfText(pdf);
    for (int i = 0; i < 40; ++i)
        CHECK(text.contains(QStringLiteral("Geparkeerd punt %1 ").arg(i)));
}

TEST_CASE("Session mode: --journey limits the session summary, a bad one fails naming the file") {
    QTemporaryDir dir;
    const test::SessionExample s = sessionFile(dir);
    const QString out = dir.filePath("s.md");
    expectSuccess(run({"export", s.path, "-o", out, "--session-summary", "--journey", s.journey}));
    QString md = QString::fromUtf8(test::readFile(out));
    CHECK(md.contains(s.sessionTitle));
    CHECK(md.count(QStringLiteral("\n## Journey")) == 1);

    // Another journey: no session there, and not the first one's.
    QString other;
    const Workspace ws = test::exampleWorkspace();
    for (const Journey *journey : ws.orderedJourneys())
        if (journey->id != s.journey)
            other = journey->title;
    REQUIRE_FALSE(other.isEmpty());
    expectSuccess(run({"export", s.path, "-o", out, "--session-summary", "--journey", other}));
    md = QString::fromUtf8(test::readFile(out));
    INFO(md.toStdString());
    CHECK(md.contains(QStringLiteral("## Journey: %1").arg(other)));
    CHECK(md.contains(QStringLiteral("*No session recorded.*")));
    CHECK_FALSE(md.contains(s.sessionTitle));
    CHECK_FALSE(md.contains(s.parkedWithOwner));

    // A journey the file does not hold: bad input, one line naming the
    // file, nothing written.
    const QString none = dir.filePath("none.md");
    Result r =
        run({"export", s.path, "-o", none, "--session-summary", "--journey", "Bestaat niet"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(s.path));
    CHECK(r.err.contains(QStringLiteral("has no journey")));
    CHECK_FALSE(QFile::exists(none));
    // Wrong usage: another report at once, or not Markdown or PDF.
    r = run({"export", s.path, "-o", none, "--session-summary", "--review-report"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("does not go with")));
    r = run({"export", s.path, "-o", dir.filePath("s.csv"), "--session-summary"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("the session summary is Markdown or PDF")));
    CHECK_FALSE(QFile::exists(dir.filePath("s.csv")));
}

TEST_CASE("Session mode: a file without sessions gives a summary that says so") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    test::runSql(path, QStringLiteral("UPDATE workspace SET language = 'en'"));
    for (const char *extension : {"md", "pdf"}) {
        const QString out = dir.filePath(QStringLiteral("leeg.%1").arg(extension));
        expectSuccess(run({"export", path, "-o", out, "--session-summary"}));
        const QString text = QLatin1String(extension) == QLatin1String("md")
                                 ? QString::fromUtf8(test::readFile(out))
                                 : test::pdfText(out);
        CHECK(text.contains(QStringLiteral("No session recorded.")));
        CHECK_FALSE(text.contains(QStringLiteral("Parking lot")));
    }
}

TEST_CASE("Session mode: the inventory CSV holds each card's votes per round") {
    QTemporaryDir dir;
    const test::SessionExample s = sessionFile(dir);
    const QString out = dir.filePath("inventaris.csv");
    expectSuccess(run({"export", s.path, "-o", out, "--inventory", "--journey", s.journey}));
    const QString csv = QString::fromUtf8(test::readFile(out));
    INFO(csv.toStdString());
    CHECK(csv.section(u'\n', 0, 0).contains(QStringLiteral("Votes;Vote rounds;")));
    // The row whose Title column is `title` (a title may also be another
    // row's resident's need).
    const auto line = [&](const QString &title) {
        for (const QString &row : csv.split(u'\n'))
            if (row.split(u';').value(5) == title)
                return row;
        FAIL("no row titled " << title.toStdString());
        return QString();
    };
    CHECK(line(s.ranking[0]).contains(QStringLiteral("%1: 6").arg(s.revealedRound)));
    CHECK(line(QStringLiteral("Lang wachten op antwoord"))
              .contains(QStringLiteral("%1: 5; %2: 3").arg(s.revealedRound, s.hiddenRound)));
    // Parked items carry who follows them up.
    CHECK(line(s.parkedWithOwner).contains(QStringLiteral(";%1;").arg(s.owner)));
}

TEST_CASE("Session mode: a workspace with a session exports to JSON that validates and imports") {
    QTemporaryDir dir;
    const test::SessionExample s = sessionFile(dir, false);
    const QString json = dir.filePath("sessie.json");
    expectSuccess(run({"export", s.path, "-o", json}));
    const QJsonObject root = QJsonDocument::fromJson(test::readFile(json)).object();
    QJsonObject journey;
    for (const QJsonValue &value : root["journeys"].toArray())
        if (value["id"].toString() == s.journey)
            journey = value.toObject();
    CHECK(journey["sessions"].toArray().size() == 1);
    CHECK(journey["participants"].toArray().size() == 4);
    CHECK(journey["vote_rounds"].toArray().size() == 2);
    CHECK(journey["votes"].toArray().size() == 7);
    CHECK(journey["agenda"].toArray().size() == 2);

    // The real validator (python3-jsonschema), not our code.
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {"-c",
                  "import json, sys, jsonschema\n"
                  "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                  "document = json.load(open(sys.argv[2], encoding='utf-8'))\n"
                  "jsonschema.Draft202012Validator(schema).validate(document)\n",
                  QStringLiteral(BLAUWDRUK_SOURCE_DIR "/resources/schema/blauwdruk.schema.json"),
                  json});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    CHECK(python.exitCode() == 0);

    // Imported again, it exports the same JSON.
    const QString back = dir.filePath("terug.blauwdruk");
    expectSuccess(run({"import", json, "-o", back}));
    const QString again = dir.filePath("terug.json");
    expectSuccess(run({"export", back, "-o", again}));
    CHECK(QJsonDocument::fromJson(test::readFile(again)) ==
          QJsonDocument::fromJson(test::readFile(json)));
}
