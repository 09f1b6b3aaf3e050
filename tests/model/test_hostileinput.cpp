// Hostile texts and grids (issue 11, point 11): what cannot be read back is
// never accepted, and what a round trip would change is kept or said.
#include "csvgrid.h"
#include "csvtable.h"
#include "edits.h"
#include "jsoncodec.h"
#include "sizelimits.h"
#include "store.h"
#include "testsupport.h"
#include "validator.h"

#include <catch2/catch.hpp>

using namespace blauwdruk;

TEST_CASE("Hostile text: control characters are refused in files and imports, and dropped when "
          "typed or pasted") {
    SECTION("JSON import names the place") {
        Workspace ws = test::exampleWorkspace();
        ws.cards.front().title = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        QString error;
        CHECK_FALSE(JsonCodec::read(JsonCodec::write(ws), &error));
        CHECK(error.contains(QStringLiteral("title holds the control character U+0000")));
        ws = test::exampleWorkspace();
        ws.personas.front().tags = {QStringLiteral("ok"), QStringLiteral("esc\x1b[31m")};
        CHECK_FALSE(JsonCodec::read(JsonCodec::write(ws), &error));
        CHECK(error.contains(QStringLiteral("tags holds the control character U+001b")));
    }
    SECTION("tabs and line breaks are text") {
        Workspace ws = test::exampleWorkspace();
        ws.cards.front().text = QStringLiteral("een\ttwee\r\ndrie\n");
        CHECK(validateWorkspace(ws).empty());
    }
    SECTION("a file is refused, unchanged") {
        QTemporaryDir dir;
        const QString path = dir.filePath("x.blauwdruk");
        QString error;
        REQUIRE(Store::writeNew(path, test::exampleWorkspace(), &error));
        test::runSql(path, "UPDATE cards SET text = 'x' || char(127) WHERE rowid = 1");
        const QByteArray before = test::fileHash(path);
        CHECK_FALSE(Document::open(path, Store::Mode::ReadWrite, &error));
        CHECK(error.contains(QStringLiteral("U+007f")));
        CHECK(test::fileHash(path) == before);
    }
    SECTION("typed and pasted text loses them") {
        test::ExampleFile file;
        Edits edits(*file.document);
        const Card &card = file.document->workspace().cards.front();
        REQUIRE(edits.setField(EntityType::Card, {card.id}, QStringLiteral("title"),
                               QStringLiteral("Schoon") + QChar(0) + QStringLiteral("\x1b!")));
        CHECK(file.document->workspace().find<Card>(card.id)->title == QStringLiteral("Schoon!"));
        const QStringList pasted =
            edits.pasteText(QStringLiteral("een\x07\ntwee\x1b"), card.step, card.lane);
        REQUIRE(pasted.size() == 2);
        CHECK(file.document->workspace().find<Card>(pasted[0])->title == QStringLiteral("een"));
        CHECK(test::onDisk(file.path) == test::canonical(file.document->workspace()));
    }
}

TEST_CASE("Hostile grid: a CSV round trip keeps apostrophes, lanes named like lines, and says "
          "what it drops") {
    SECTION("a text that starts with an apostrophe and a formula sign") {
        for (const QString &text :
             {QStringLiteral("'=SOM(A1)"), QStringLiteral("''+31"), QStringLiteral("'gewoon"),
              QStringLiteral("=1+1"), QStringLiteral("\uFF1DHYPERLINK(\"x\")")}) {
            INFO(text.toStdString());
            const QString defused = CsvTable::defuse(text);
            CHECK(CsvTable::undefuse(defused) == text);
            if (text.contains(QLatin1Char('=')) || text.contains(QChar(0xFF1D)) ||
                text.contains(QLatin1Char('+')))
                CHECK(defused.startsWith(QLatin1Char('\'')));
        }
    }
    SECTION("through the grid") {
        Workspace ws = test::exampleWorkspace();
        const Journey &journey = ws.journeys.front();
        Card *card = nullptr;
        for (Card &c : ws.cards)
            if (c.journey == journey.id && !card)
                card = &c;
        card->title = QStringLiteral("'=GEEN FORMULE");
        // An empty lane titled like a line of the grid.
        Lane *emptyLane = nullptr;
        for (Lane &lane : ws.lanes)
            if (lane.journey == journey.id &&
                std::none_of(ws.cards.begin(), ws.cards.end(),
                             [&](const Card &c) { return c.lane == lane.id; }) &&
                !emptyLane)
                emptyLane = &lane;
        if (!emptyLane) {
            for (Lane &lane : ws.lanes)
                if (lane.journey == journey.id)
                    emptyLane = &lane;
            std::erase_if(ws.cards, [&](const Card &c) { return c.lane == emptyLane->id; });
            std::erase_if(ws.connections, [&](const Connection &c) {
                return !ws.find<Card>(c.from) || !ws.find<Card>(c.to);
            });
            std::erase_if(ws.comments, [&](const Comment &c) {
                return !c.target.isEmpty() && !ws.find<Card>(c.target) &&
                       !ws.find<Step>(c.target) && c.target != journey.id;
            });
        }
        emptyLane->title = QStringLiteral("Zichtlijn");
        REQUIRE(validateWorkspace(ws).empty());
        const QByteArray csv = CsvGrid::write(ws, journey.id);
        QString error;
        QStringList warnings;
        const auto back = CsvGrid::read(csv, QStringLiteral("Terug"), &error, &warnings);
        INFO(error.toStdString());
        REQUIRE(back);
        CHECK(warnings.isEmpty());
        CHECK(back->lanes.size() == ws.orderedLanes(journey.id).size());
        bool found = false;
        for (const Card &c : back->cards)
            found = found || c.title == QStringLiteral("'=GEEN FORMULE");
        CHECK(found);
        bool lane = false;
        for (const Lane &l : back->lanes)
            lane = lane || l.title == QStringLiteral("Zichtlijn");
        CHECK(lane);
    }
    SECTION("two lines above one lane, and one under the last lane, are said") {
        QString error;
        QStringList warnings;
        const auto ws = CsvGrid::read("Stap;Aanvragen\nInwoner;Formulier\nZichtlijn\n"
                                      "Interactielijn\nBackstage;Controle\nZichtlijn\n",
                                      QStringLiteral("x"), &error, &warnings);
        REQUIRE(ws);
        REQUIRE(warnings.size() == 2);
        CHECK(warnings[0].startsWith(QStringLiteral("row 4: a line")));
        CHECK(warnings[1].startsWith(QStringLiteral("row 6: a line below the last lane")));
    }
}

TEST_CASE("Hostile size: a journey holds at most 2,000 steps, in files and in edits") {
    Workspace ws = test::exampleWorkspace();
    const Journey &journey = ws.journeys.front();
    const Stage *stage = ws.orderedStages(journey.id).front();
    int steps = int(ws.orderedSteps(journey.id).size());
    const QString stageId = stage->id;
    const QString journeyId = journey.id;
    for (; steps < limits::kMaxStepsPerJourney; ++steps) {
        Step step;
        step.id = QStringLiteral("extra-%1").arg(steps);
        step.journey = journeyId;
        step.stage = stageId;
        step.position = 1000 + steps;
        step.title = QStringLiteral("Stap %1").arg(steps);
        ws.steps.push_back(step);
    }
    CHECK(validateWorkspace(ws).empty());
    test::ExampleFile file(ws);
    Edits edits(*file.document);
    CHECK(edits.addStep(stageId, QStringLiteral("Een te veel")).isEmpty());
    CHECK(edits.error().contains(QStringLiteral("2,000 steps")));
    Step one = ws.steps.back();
    one.id = QStringLiteral("one-too-many");
    ws.steps.push_back(one);
    const auto problems = validateWorkspace(ws);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().toString().contains(QStringLiteral("holds 2,001 steps")));
}

TEST_CASE("Hostile size: a snapshot is decoded only when used, one that is no workspace opens, "
          "kept, and is a finding") {
    QTemporaryDir dir;
    const QString path = dir.filePath("x.blauwdruk");
    QString error;
    REQUIRE(Store::writeNew(path, test::exampleWorkspace(), &error));
    test::runSql(path, "INSERT INTO versions VALUES ('v', 0, 'Oud', '', '{\"format\": 1}')");
    auto document = Document::open(path, Store::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    REQUIRE(document);
    const auto problems = snapshotProblems(document->workspace());
    REQUIRE(problems.size() == 1);
    CHECK(
        problems.front().toString().contains(QStringLiteral("snapshot is not a valid workspace")));
    // And an import, which takes versions in, refuses it.
    CHECK_FALSE(JsonCodec::read(JsonCodec::write(document->workspace()), &error));
}

TEST_CASE("Hostile size: a CSV grid is counted as it is read, never made into more objects than "
          "a journey holds") {
    QString error;
    SECTION("more cells than a grid holds") {
        const QByteArray tiny = QByteArray("a;").repeated(1'100'000);
        CHECK_FALSE(CsvGrid::read(tiny, QStringLiteral("x"), &error));
        CHECK(error.contains(QStringLiteral("more than 1,000,000 cells")));
    }
    SECTION("more step columns than a journey holds") {
        const QByteArray wide = ";" + QByteArray("Stap;").repeated(2'001) + "\nInwoner\n";
        CHECK_FALSE(CsvGrid::read(wide, QStringLiteral("x"), &error));
        CHECK(error.contains(QStringLiteral("2,001 step columns")));
    }
    SECTION("more rows than lanes a journey holds") {
        const QByteArray tall = ";Stap\n" + QByteArray("Baan;x\n").repeated(2'001);
        CHECK_FALSE(CsvGrid::read(tall, QStringLiteral("x"), &error));
        CHECK(error.contains(QStringLiteral("2,001 rows")));
    }
    SECTION("more cards than a journey holds stops reading at the limit") {
        QByteArray cell = "\"" + QByteArray("k\n").repeated(100'001) + "\"";
        const QByteArray many = ";Stap\nInwoner;" + cell + "\n";
        CHECK_FALSE(CsvGrid::read(many, QStringLiteral("x"), &error));
        CHECK(error.contains(QStringLiteral("more than 100,000 cards")));
    }
}

TEST_CASE("Hostile size: a journey holds at most 1,000 lanes, in files and in edits") {
    Workspace ws = test::exampleWorkspace();
    const QString journeyId = ws.journeys.front().id;
    int lanes = int(ws.orderedLanes(journeyId).size());
    for (; lanes < limits::kMaxLanesPerJourney; ++lanes) {
        Lane lane;
        lane.id = QStringLiteral("lane-%1").arg(lanes);
        lane.journey = journeyId;
        lane.position = 1000 + lanes;
        lane.kind = QStringLiteral("backstage");
        lane.title = QStringLiteral("Baan %1").arg(lanes);
        ws.lanes.push_back(lane);
    }
    CHECK(validateWorkspace(ws).empty());
    test::ExampleFile file(ws);
    Edits edits(*file.document);
    CHECK(edits.addLane(journeyId, QStringLiteral("backstage"), QStringLiteral("Een te veel"))
              .isEmpty());
    CHECK(edits.error().contains(QStringLiteral("1,000 lanes")));
    Lane one = ws.lanes.back();
    one.id = QStringLiteral("one-too-many");
    ws.lanes.push_back(one);
    const auto problems = validateWorkspace(ws);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().toString().contains(QStringLiteral("holds 1,001 lanes")));
}
