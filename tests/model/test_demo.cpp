// Issue 16: residents' verdicts on the demo. Demo sessions and verdicts are
// undoable edits that survive the file and a JSON export and import; the
// demo findings report lists them per pain point of today's journey, in the
// journey's order, in Markdown and in a PDF that pdftotext reads back.
#include "demofindings.h"
#include "edits.h"
#include "jsoncodec.h"
#include "painpoints.h"
#include "testsupport.h"
#include "undoredo.h"
#include "validator.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace blauwdruk;

namespace {

struct DemoFixture {
    test::ExampleFile file;
    Edits edits{*file.document};
    const Workspace &ws = file.document->workspace();
    QString current;
    std::vector<const Card *> pains;

    DemoFixture() {
        for (const Journey *journey : ws.orderedJourneys())
            if (journey->kind == QLatin1String("current"))
                current = journey->id;
        pains = painpoints::of(ws, current);
    }
};

QString reportText(const Workspace &ws, const QString &journey = QString()) {
    QString error;
    const auto report = DemoFindings::build(ws, journey, &error);
    REQUIRE(report);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.md"));
    REQUIRE(report->write(path, &error));
    return QString::fromUtf8(test::readFile(path));
}

} // namespace

TEST_CASE("Demo: demo sessions and verdicts undo and redo, in memory and on disk") {
    DemoFixture f;
    REQUIRE(f.pains.size() >= 3);
    QString demo;
    test::checkUndoRedo(f.file, [&] {
        demo = f.edits.addDemoSession(f.current, QStringLiteral("Buurthuis De Schakel"),
                                      QStringLiteral("2027-03-04"));
        return !demo.isEmpty();
    });
    CHECK(f.edits.addDemoSession(f.current, QString(), QStringLiteral("4 maart")).isEmpty());
    CHECK(f.edits.error().contains(QStringLiteral("YYYY-MM-DD")));
    QString verdict;
    test::checkUndoRedo(f.file, [&] {
        verdict =
            f.edits.setVerdict(demo, f.pains[0]->id,
                               {QStringLiteral("solved"), QStringLiteral("Eindelijk één formulier"),
                                QStringLiteral("Bewoner 2")});
        return !verdict.isEmpty();
    });
    // A second verdict on the same pain point in the same session changes it.
    test::checkUndoRedo(f.file, [&] {
        return f.edits.setVerdict(demo, f.pains[0]->id,
                                  {QStringLiteral("partly"), QStringLiteral("Bijna"),
                                   QStringLiteral("Bewoner 3")}) == verdict;
    });
    CHECK(f.ws.orderedVerdicts(demo).size() == 1);
    CHECK(f.ws.find<DemoVerdict>(verdict)->verdict == QStringLiteral("partly"));
    // Only pain points of the session's journey, only known verdicts.
    CHECK(f.edits.setVerdict(demo, f.pains[1]->id, {QStringLiteral("great")}).isEmpty());
    // Removing the session removes its verdicts, as one step.
    test::checkUndoRedo(f.file, [&] { return f.edits.removeDemoSession(demo); });
    CHECK_FALSE(f.ws.find<DemoVerdict>(verdict));
    f.file.document->undoStack()->undo();
    REQUIRE(f.ws.find<DemoVerdict>(verdict));
    // Removing the pain point takes its verdicts along; undo brings them back.
    REQUIRE(f.edits.removeCards({f.pains[0]->id}));
    CHECK_FALSE(f.ws.find<DemoVerdict>(verdict));
    CHECK(validateWorkspace(f.ws).empty());
    f.file.document->undoStack()->undo();
    CHECK(f.ws.find<DemoVerdict>(verdict));
}

TEST_CASE("Demo: several demo sessions and their verdicts survive JSON export and import") {
    DemoFixture f;
    const QString first = f.edits.addDemoSession(f.current, QStringLiteral("Eerste demo"),
                                                 QStringLiteral("2027-03-04"));
    const QString second = f.edits.addDemoSession(f.current, QStringLiteral("Tweede demo"),
                                                  QStringLiteral("2027-04-15"));
    REQUIRE(
        !f.edits
             .setVerdict(first, f.pains[0]->id,
                         {QStringLiteral("not_solved"), QStringLiteral("Nog steeds drie brieven"),
                          QStringLiteral("Bewoner 1")})
             .isEmpty());
    REQUIRE(!f.edits
                 .setVerdict(second, f.pains[0]->id,
                             {QStringLiteral("solved"), QStringLiteral("Nu één brief"),
                              QStringLiteral("Bewoner 4")})
                 .isEmpty());
    REQUIRE(!f.edits.setVerdict(second, f.pains[1]->id, {QStringLiteral("not_shown")}).isEmpty());
    const QByteArray json = JsonCodec::write(f.ws);
    CHECK(json.contains("\"demo_sessions\""));
    CHECK(json.contains("Nog steeds drie brieven"));
    QString error;
    const auto back = JsonCodec::import(json, &error, nullptr);
    REQUIRE(back);
    CHECK(test::canonical(*back) == test::canonical(f.ws));
    CHECK(back->orderedDemoSessions(f.current).size() == 2);
    CHECK(back->orderedVerdicts(second).size() == 2);
    // A verdict on a card of another journey is refused on import.
    QByteArray wrong = json;
    const Card *elsewhere = nullptr;
    for (const Card &card : f.ws.cards)
        if (card.journey != f.current)
            elsewhere = &card;
    wrong.replace(f.pains[1]->id.toUtf8() + "\",\n", elsewhere->id.toUtf8() + "\",\n");
    CHECK_FALSE(JsonCodec::read(wrong, &error).has_value());
}

TEST_CASE("Demo: the findings report lists verdicts per pain point and what remains unsolved") {
    DemoFixture f;
    // Without a demo session the report still says so.
    const QString none = reportText(f.ws);
    CHECK(none.contains(QStringLiteral("Geen demosessie")));
    const QString first = f.edits.addDemoSession(f.current, QStringLiteral("Buurthuis"),
                                                 QStringLiteral("2027-03-04"));
    const QString second =
        f.edits.addDemoSession(f.current, QString(), QStringLiteral("2027-04-15"));
    f.edits.setVerdict(first, f.pains[0]->id,
                       {QStringLiteral("not_solved"), QStringLiteral("Nog steeds drie brieven"),
                        QStringLiteral("Bewoner 1")});
    f.edits.setVerdict(
        second, f.pains[0]->id,
        {QStringLiteral("solved"), QStringLiteral("Nu één brief"), QStringLiteral("Bewoner 4")});
    f.edits.setVerdict(second, f.pains[1]->id, {QStringLiteral("partly")});
    const QString text = reportText(f.ws, f.current);
    // In the journey's order: the first pain point before the second.
    CHECK(text.indexOf(f.pains[0]->title) < text.indexOf(f.pains[1]->title));
    CHECK(text.contains(QStringLiteral("Nog steeds drie brieven")));
    CHECK(text.contains(QStringLiteral("Bewoner 4")));
    CHECK(text.contains(QStringLiteral("2027-03-04, Buurthuis")));
    CHECK(text.contains(QStringLiteral("Opgelost")));
    // What remains: the second (partly) and the third (never judged), not the first.
    const QString remains = text.mid(text.indexOf(QStringLiteral("Wat nog niet is opgelost")));
    CHECK_FALSE(remains.contains(f.pains[0]->title));
    CHECK(remains.contains(f.pains[1]->title));
    CHECK(remains.contains(f.pains[2]->title));

    // The PDF says the same, as pdftotext reads it.
    QString error;
    const auto report = DemoFindings::build(f.ws, QString(), &error);
    REQUIRE(report);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("demo.pdf"));
    REQUIRE(report->write(pdf, &error));
    const QString pdfText = test::pdfText(pdf);
    CHECK(pdfText.contains(QStringLiteral("Nog steeds drie brieven")));
    CHECK(pdfText.contains(f.pains[2]->title.simplified()));
    CHECK(pdfText.contains(QStringLiteral("Wat nog niet is opgelost")));
}
