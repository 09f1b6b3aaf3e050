// The command line of review and approval (issue 14): decisions, comments,
// the status, versions and their differences, and the review report, each
// on a copy of the example, run as the real binary.
#include "clirun.h"
#include "document.h"
#include "edits.h"
#include "store.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>
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

// The example's ideal journey (in review) and current one (approved before
// decisions were kept, so without a history).
Journey idealJourney(const Workspace &ws) {
    for (const Journey &journey : ws.journeys)
        if (journey.kind == QLatin1String("ideal"))
            return journey;
    FAIL("the example has no ideal journey");
    return {};
}

// `status --json`, one journey's object.
QJsonObject statusOf(const QString &path, const QString &journey) {
    const Result r = run({"status", path, "--json"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(json.isArray());
    for (const QJsonValue &value : json.array())
        if (value.toObject()["journey"].toString() == journey)
            return value.toObject();
    FAIL("status --json has no journey " << journey.toStdString());
    return {};
}

void expectSuccess(const Result &r) {
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
}

// Bad input: exit 1, one line on stderr naming the file and saying `what`.
void expectRefusal(const Result &r, const QString &path, const QString &what) {
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.trimmed().count(u'\n') == 0);
    CHECK(r.err.contains(path));
    CHECK(r.err.contains(what));
}

QStringList titlesOf(const QJsonArray &entries) {
    QStringList ids;
    for (const QJsonValue &entry : entries)
        ids << entry.toObject()["id"].toString();
    return ids;
}

} // namespace

TEST_CASE("CLI review: decisions move a journey's status, a concept cannot be decided") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    const Journey journey = idealJourney(test::exampleWorkspace());
    const QString title = journey.title;

    expectSuccess(run({"back-to-concept", path, "--journey", title, "--by", "Projectleider"}));
    CHECK(statusOf(path, journey.id)["status"].toString() == QStringLiteral("concept"));
    const QByteArray asConcept = test::fileHash(path);
    for (const QString &command : {QStringLiteral("approve"), QStringLiteral("request-changes")}) {
        const Result r =
            run({command, path, "--journey", title, "--by", "Stuurgroep", "--remark", "Nee"});
        expectRefusal(r, path, QStringLiteral("is a concept"));
        CHECK(test::fileHash(path) == asConcept);
    }
    // Wrong usage: who decides, and why changes are requested, must be said.
    CHECK(run({"submit", path, "--journey", title}).exitCode == 2);
    CHECK(run({"request-changes", path, "--journey", title, "--by", "Stuurgroep"}).exitCode == 2);
    // The example has two journeys: which one must be said too.
    CHECK(run({"submit", path, "--by", "Projectleider"}).exitCode == 2);

    expectSuccess(run({"submit", path, "--journey", journey.id, "--by", "Projectleider"}));
    const Result again = run({"submit", path, "--journey", title, "--by", "Projectleider"});
    expectRefusal(again, path, QStringLiteral("already in review"));
    expectSuccess(run({"request-changes", path, "--journey", title, "--by", "Stuurgroep",
                       "--remark", "Werk de brief uit"}));
    expectSuccess(run({"submit", path, "--journey", title, "--by", "Projectleider"}));
    const Result approved = run({"approve", path, "--journey", title, "--by", "Stuurgroep iSociaal",
                                 "--role", "Opdrachtgever", "--remark", "Akkoord"});
    expectSuccess(approved);

    const QJsonObject status = statusOf(path, journey.id);
    const QStringList keys{"journey",       "title",
                           "status",        "decided_by",
                           "decided_at",    "changed_since_approval",
                           "open_comments", "resolved_comments",
                           "history"};
    CHECK(status.keys().size() == keys.size());
    for (const QString &key : keys)
        CHECK(status.contains(key));
    CHECK(status["title"].toString() == title);
    CHECK(status["status"].toString() == QStringLiteral("approved"));
    CHECK(status["decided_by"].toString() == QStringLiteral("Stuurgroep iSociaal"));
    CHECK(QDateTime::fromString(status["decided_at"].toString(), Qt::ISODate).isValid());
    CHECK(status["changed_since_approval"] == QJsonValue(false));
    // The example's comments on this journey: two threads open, three resolved.
    CHECK(status["open_comments"].toInt() == 2);
    CHECK(status["resolved_comments"].toInt() == 3);
    const QJsonArray history = status["history"].toArray();
    QStringList statuses;
    for (const QJsonValue &decision : history)
        statuses << decision.toObject()["status"].toString();
    CHECK(statuses ==
          QStringList{"concept", "in_review", "changes_requested", "in_review", "approved"});
    const QJsonObject last = history.last().toObject();
    CHECK(last.keys().size() == 6);
    CHECK(last["by"].toString() == QStringLiteral("Stuurgroep iSociaal"));
    CHECK(last["role"].toString() == QStringLiteral("Opdrachtgever"));
    CHECK(last["remark"].toString() == QStringLiteral("Akkoord"));
    CHECK(last["at"].toString() == status["decided_at"].toString());
    CHECK(QRegularExpression("^[0-9a-f]{64}$").match(last["hash"].toString()).hasMatch());
    CHECK(history[2].toObject()["remark"].toString() == QStringLiteral("Werk de brief uit"));
    CHECK(approved.out.contains(last["hash"].toString().left(12)));

    // The plain status says the same for people.
    const Result plain = run({"status", path, "--journey", title});
    expectSuccess(plain);
    CHECK(plain.out.contains(title));
    CHECK(plain.out.contains(QStringLiteral("approved by Stuurgroep iSociaal (Opdrachtgever)")));
    CHECK(plain.out.contains(QStringLiteral("2 open, 3 resolved")));
}

TEST_CASE("CLI review: changed since approval follows another program's content edit, not a "
          "card's colour") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    const Workspace ws = test::exampleWorkspace();
    const Journey journey = idealJourney(ws);
    const Card *card = ws.orderedCards(journey.id).front();
    expectSuccess(run({"approve", path, "--journey", journey.id, "--by", "Stuurgroep"}));
    CHECK(statusOf(path, journey.id)["changed_since_approval"] == QJsonValue(false));

    test::runSql(
        path, QStringLiteral("UPDATE cards SET colour = '#aa3355' WHERE id = '%1'").arg(card->id));
    CHECK(statusOf(path, journey.id)["changed_since_approval"] == QJsonValue(false));

    test::runSql(path, QStringLiteral("UPDATE cards SET title = 'Anders dan vastgesteld' WHERE "
                                      "id = '%1'")
                           .arg(card->id));
    const QJsonObject status = statusOf(path, journey.id);
    CHECK(status["changed_since_approval"] == QJsonValue(true));
    CHECK(status["status"].toString() == QStringLiteral("approved"));
    CHECK(run({"status", path, "--journey", journey.id})
              .out.contains(QStringLiteral("changed since approval")));
}

TEST_CASE("CLI review: comments on the journey, a card and a step, by title or id") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    const Workspace ws = test::exampleWorkspace();
    const Journey journey = idealJourney(ws);
    const std::vector<const Card *> cards = ws.orderedCards(journey.id);
    const Step *step = ws.orderedSteps(journey.id).back();

    Result r = run({"comment", path, "--journey", journey.title, "--card", cards.front()->title,
                    "--by", "Wethouder", "Wie stuurt deze brief?"});
    expectSuccess(r);
    const QString onCard = r.out.trimmed();
    r = run({"comment", path, "--journey", journey.id, "--step", step->id, "--by", "Wethouder",
             "Hoe lang duurt deze stap?"});
    expectSuccess(r);
    const QString onStep = r.out.trimmed();
    r = run({"comment", path, "--journey", journey.id, "--by", "Wethouder", "Mooi overzicht"});
    expectSuccess(r);
    const QString onJourney = r.out.trimmed();

    const Workspace after = test::loadFile(path);
    REQUIRE(after.find<Comment>(onCard));
    CHECK(after.find<Comment>(onCard)->target == cards.front()->id);
    CHECK(after.find<Comment>(onCard)->author == QStringLiteral("Wethouder"));
    CHECK(after.find<Comment>(onCard)->text == QStringLiteral("Wie stuurt deze brief?"));
    REQUIRE(after.find<Comment>(onStep));
    CHECK(after.find<Comment>(onStep)->target == step->id);
    CHECK(after.find<Comment>(onStep)->targetTitle == step->title);
    REQUIRE(after.find<Comment>(onJourney));
    CHECK(after.find<Comment>(onJourney)->target == journey.id);
    CHECK(statusOf(path, journey.id)["open_comments"].toInt() == 2 + 3);

    // A title two cards share, and one no step has, are named in the refusal.
    test::runSql(path, QStringLiteral("UPDATE cards SET title = 'Dubbel' WHERE id IN ('%1', '%2')")
                           .arg(cards[0]->id, cards[1]->id));
    const QByteArray before = test::fileHash(path);
    r = run({"comment", path, "--journey", journey.id, "--card", "dubbel", "--by", "W", "Welke?"});
    expectRefusal(r, path, QStringLiteral("\"dubbel\""));
    CHECK(r.err.contains(QStringLiteral("ambiguous")));
    r = run(
        {"comment", path, "--journey", journey.id, "--step", "Bestaat niet", "--by", "W", "Waar?"});
    expectRefusal(r, path, QStringLiteral("has no step \"Bestaat niet\""));
    CHECK(test::fileHash(path) == before);
    CHECK(run({"comment", path, "--journey", journey.id, "--step", step->id, "--card", cards[2]->id,
               "--by", "W", "Beide?"})
              .exitCode == 2);
}

TEST_CASE("CLI review: a saved version, the list of versions and what changed since") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    const Journey journey = idealJourney(test::exampleWorkspace());
    Result r = run({"version", path, "--save", "Voor de sessie"});
    expectSuccess(r);
    const QString first = r.out.trimmed();
    r = run({"versions", path, "--json"});
    expectSuccess(r);
    const QJsonArray versions = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(versions.size() == 1);
    const QJsonObject version = versions.first().toObject();
    CHECK(version.keys() == QStringList{"created", "id", "name"});
    CHECK(version["id"].toString() == first);
    CHECK(version["name"].toString() == QStringLiteral("Voor de sessie"));
    CHECK(QDateTime::fromString(version["created"].toString(), Qt::ISODate).isValid());

    // An edit of each kind, as the editor makes them.
    QString added, changed, moved, removed;
    {
        QString error;
        auto document = Document::open(path, Store::Mode::ReadWrite, &error);
        REQUIRE(document);
        const Workspace &ws = document->workspace();
        const std::vector<const Card *> cards = ws.orderedCards(journey.id);
        changed = cards[0]->id;
        removed = cards[1]->id;
        moved = cards[2]->id;
        const QString moverStep = cards[2]->step, moverLane = cards[2]->lane;
        const QString otherStep = ws.orderedSteps(journey.id).back()->id;
        REQUIRE(otherStep != moverStep);
        Edits edits(*document);
        added = edits.addCard(cards[3]->step, cards[3]->lane, QStringLiteral("Nieuwe kaart"));
        REQUIRE_FALSE(added.isEmpty());
        REQUIRE(edits.moveCards({moved}, otherStep, moverLane, -1));
        REQUIRE(edits.setField(EntityType::Card, {changed}, QStringLiteral("title"),
                               QStringLiteral("Andere titel")));
        REQUIRE(edits.removeCards({removed}));
    }
    r = run({"diff", path, "--from", "voor de sessie", "--json"});
    expectSuccess(r);
    const QJsonObject diff = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(diff.keys() == QStringList{"added", "changed", "moved", "removed"});
    CHECK(titlesOf(diff["added"].toArray()).contains(added));
    CHECK(titlesOf(diff["removed"].toArray()).contains(removed));
    CHECK(titlesOf(diff["moved"].toArray()).contains(moved));
    REQUIRE(titlesOf(diff["changed"].toArray()).contains(changed));
    for (const QJsonValue &entry : diff["changed"].toArray()) {
        const QJsonObject object = entry.toObject();
        if (object["id"].toString() != changed)
            continue;
        CHECK(object["type"].toString() == QStringLiteral("card"));
        CHECK(object["title"].toString() == QStringLiteral("Andere titel"));
        CHECK(object["fields"].toArray() == QJsonArray{"title"});
    }
    const QJsonObject addedEntry = diff["added"].toArray().first().toObject();
    CHECK(addedEntry.keys() == QStringList{"id", "title", "type"});

    // Between two versions, by id; the other journey did not change.
    r = run({"version", path, "--save", "Na de sessie"});
    expectSuccess(r);
    const Result between = run({"diff", path, "--from", first, "--to", "Na de sessie"});
    expectSuccess(between);
    CHECK(between.out.contains(QStringLiteral("Nieuwe kaart")));
    CHECK(between.out.contains(QStringLiteral("added")));
    const Workspace ws = test::exampleWorkspace();
    const QString other = ws.journeys[0].id == journey.id ? ws.journeys[1].id : ws.journeys[0].id;
    const Result none = run({"diff", path, "--from", first, "--journey", other});
    expectSuccess(none);
    CHECK(none.out.contains(QStringLiteral("No differences")));
    expectRefusal(run({"diff", path, "--from", "Bestaat niet"}), path,
                  QStringLiteral("has no version \"Bestaat niet\""));
}

TEST_CASE("CLI review: a file another Blauwdruk has open is not changed") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    const Journey journey = idealJourney(test::exampleWorkspace());
    QString error;
    auto document = Document::open(path, Store::Mode::ReadWrite, &error);
    REQUIRE(document);
    REQUIRE_FALSE(document->isReadOnly());
    const QByteArray held = test::fileHash(path);
    const QList<QStringList> commands{
        {"approve", path, "--journey", journey.id, "--by", "Stuurgroep"},
        {"comment", path, "--journey", journey.id, "--by", "Wethouder", "Tekst"},
        {"version", path, "--save", "Stiekem"}};
    for (const QStringList &command : commands) {
        INFO(command.join(' ').toStdString());
        expectRefusal(run(command), path, QStringLiteral("is open in Blauwdruk by"));
        CHECK(test::fileHash(path) == held);
    }
    // Reading it is fine.
    expectSuccess(run({"status", path}));
    // Once it is closed, it may be changed.
    document.reset();
    expectSuccess(run({"version", path, "--save", "Daarna"}));
}

TEST_CASE("CLI review: the review report as Markdown, in the workspace's language") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    const Workspace ws = test::exampleWorkspace();
    const Journey journey = idealJourney(ws);
    const std::vector<const Card *> cards = ws.orderedCards(journey.id);
    test::runSql(path, QStringLiteral("UPDATE workspace SET language = 'en'"));
    expectSuccess(run({"comment", path, "--journey", journey.id, "--card", cards[4]->id, "--by",
                       "Wethouder", "Wie stuurt deze brief?"}));
    expectSuccess(run({"comment", path, "--journey", journey.id, "--card", cards[5]->id, "--by",
                       "Wethouder", "Kaart die weggaat"}));
    expectSuccess(run({"approve", path, "--journey", journey.id, "--by", "Stuurgroep iSociaal",
                       "--role", "Opdrachtgever", "--remark", "Akkoord met de aanpak"}));
    const QString hash = statusOf(path, journey.id)["history"].toArray().last()["hash"].toString();
    const QString out = dir.filePath("rapport.md");

    // Approved and unchanged.
    expectSuccess(run({"export", path, "-o", out, "--review-report", "--journey", journey.title}));
    QString md = QString::fromUtf8(test::readFile(out));
    INFO(md.toStdString());
    CHECK(md.contains(journey.title));
    CHECK(md.contains(QStringLiteral("**Approved**")));
    CHECK(md.contains(QStringLiteral("Stuurgroep iSociaal (Opdrachtgever)")));
    CHECK(md.contains(hash.left(12)));
    CHECK_FALSE(md.contains(hash.left(13)));
    CHECK(md.contains(QStringLiteral("Akkoord met de aanpak")));
    CHECK(md.contains(QStringLiteral("None: the content is as it was approved.")));
    CHECK(md.contains(QStringLiteral("Wie stuurt deze brief?")));
    CHECK(md.contains(QStringLiteral("Sterk dat de reis begint")));    // the example's, open
    CHECK_FALSE(md.contains(QStringLiteral("Een week is ambitieus"))); // resolved
    CHECK(md.contains(QStringLiteral("*Resolved comments: 3*")));
    // Comments on the journey come before those on steps.
    CHECK(md.indexOf(QStringLiteral("Sterk dat de reis begint")) <
          md.indexOf(QStringLiteral("Wie stuurt deze brief?")));

    // A content edit by another program, and a card removed with its comment.
    test::runSql(path,
                 QStringLiteral("UPDATE cards SET title = 'Anders dan vastgesteld' WHERE id = "
                                "'%1'; DELETE FROM cards WHERE id = '%2'; DELETE FROM "
                                "connections WHERE \"from\" = '%2' OR \"to\" = '%2'")
                     .arg(cards[0]->id, cards[5]->id));
    expectSuccess(run({"export", path, "-o", out, "--review-report", "--journey", journey.id}));
    md = QString::fromUtf8(test::readFile(out));
    CHECK(md.contains(QStringLiteral("Approved, changed since approval")));
    CHECK(md.contains(QStringLiteral("**Changed:** card \"Anders dan vastgesteld\" (title)")));
    CHECK(md.contains(QStringLiteral("**Removed:** card")));
    CHECK(md.contains(QStringLiteral("(removed): Kaart die weggaat")));

    // Without --journey: every journey; the other one was never decided here.
    expectSuccess(run({"export", path, "-o", out, "--review-report"}));
    md = QString::fromUtf8(test::readFile(out));
    CHECK(md.count(QStringLiteral("\n## ")) == int(ws.journeys.size()));
    CHECK(md.contains(
        QStringLiteral("No approval on record: there is no approved state to compare with.")));
    CHECK(run({"export", path, "-o", dir.filePath("rapport.csv"), "--review-report"}).exitCode ==
          2);
}

TEST_CASE("CLI review: the review report as a PDF on A4, long remarks wrapped over pages") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    const Journey journey = idealJourney(test::exampleWorkspace());
    QStringList words;
    for (int i = 0; i < 700; ++i)
        words << QStringLiteral("woord%1").arg(i);
    expectSuccess(run({"approve", path, "--journey", journey.id, "--by", "Stuurgroep iSociaal",
                       "--remark", words.join(' ')}));
    const QString hash = statusOf(path, journey.id)["history"].toArray().last()["hash"].toString();
    const QString pdf = dir.filePath("rapport.pdf");
    expectSuccess(run({"export", path, "-o", pdf, "--review-report", "--journey", journey.title}));
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(journey.title));
    CHECK(text.contains(QStringLiteral("Stuurgroep iSociaal")));
    CHECK(text.contains(hash.left(12)));
    CHECK(text.contains(QStringLiteral("Sterk dat de reis begint")));
    // Every word of the remark is there, in order: wrapped, never cut.
    CHECK(text.contains(QStringLiteral("woord0 woord1 woord2")));
    CHECK(text.contains(QStringLiteral("woord698 woord699")));
    const int pages = test::pdfPageCount(pdf);
    CHECK(pages >= 2);
    const QString info = test::poppler("pdfinfo", {"-f", "1", "-l", QString::number(pages), pdf});
    CHECK(info.count(QRegularExpression(
              "size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)")) == pages);
}
