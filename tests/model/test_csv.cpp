#include "csvgrid.h"
#include "csvtable.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace blauwdruk;

namespace {

Workspace readGrid(const QByteArray &csv) {
    QString error;
    auto ws = CsvGrid::read(csv, QStringLiteral("Workshop"), &error);
    INFO(error.toStdString());
    REQUIRE(ws);
    return *ws;
}

QStringList titlesOf(const std::vector<const Card *> &cards) {
    QStringList titles;
    for (const Card *card : cards)
        titles << card->title;
    return titles;
}

} // namespace

TEST_CASE("CSV tables: separators, BOM, quoting and line ends") {
    QString error;
    auto rows = CsvTable::parse(
        "\xEF\xBB\xBF;a;b\r\nx;\"1;2\";\"say \"\"hi\"\"\"\r\ny;\"two\nlines\";\r\n\r\n;;\r\n",
        &error);
    REQUIRE(rows);
    REQUIRE(rows->size() == 3);
    CHECK((*rows)[0] == QStringList{"", "a", "b"});
    CHECK((*rows)[1] == QStringList{"x", "1;2", "say \"hi\""});
    CHECK((*rows)[2] == QStringList{"y", "two\nlines", ""});

    rows = CsvTable::parse(",a,b\nx,1,2", &error);
    REQUIRE(rows);
    CHECK((*rows)[1] == QStringList{"x", "1", "2"});

    rows = CsvTable::parse("sep=,\n;a,b\n", &error);
    REQUIRE(rows);
    CHECK((*rows)[0] == QStringList{";a", "b"});

    rows = CsvTable::parse("\ta\tb\rx\t1\t2\r", &error);
    REQUIRE(rows);
    CHECK((*rows)[1] == QStringList{"x", "1", "2"});

    CHECK_FALSE(CsvTable::parse(";a\nx;\"never closed\n", &error));
    CHECK(error.contains(QStringLiteral("line 2: a quoted cell is never closed")));
}

TEST_CASE("CSV tables read Windows-1252 from older Excel") {
    QString error;
    auto rows = CsvTable::parse(";Caf\xe9;\x80 5\n", &error);
    REQUIRE(rows);
    CHECK((*rows)[0][1] == QStringLiteral("Café"));
    CHECK((*rows)[0][2] == QStringLiteral("€ 5"));
}

TEST_CASE("A CSV grid becomes one journey with exactly its lanes") {
    const Workspace ws =
        readGrid("\xEF\xBB\xBF;Signaal / Inkomen daalt;Signaal / Brief;Aanvraag / Check;Besluit\r\n"
                 "Klantacties;Merkt minder loon;\"Leest brief\nBelt gemeente\";;\r\n"
                 "Front office;;;Gesprek;\r\n"
                 "Wat zegt de wet?;;;;Participatiewet\r\n"
                 "Emotie;-1;-2;1;2\r\n");
    REQUIRE(ws.journeys.size() == 1);
    const QString journey = ws.journeys[0].id;
    const auto stages = ws.orderedStages(journey);
    REQUIRE(stages.size() == 3);
    CHECK(stages[0]->title == QStringLiteral("Signaal"));
    CHECK(stages[2]->title.isEmpty()); // "Besluit" has no stage
    const auto steps = ws.orderedSteps(journey);
    REQUIRE(steps.size() == 4);
    CHECK(steps[1]->title == QStringLiteral("Brief"));
    CHECK(steps[1]->emotion == -2);
    const auto lanes = ws.orderedLanes(journey);
    REQUIRE(lanes.size() == 4);
    CHECK(lanes[0]->kind == QStringLiteral("customer"));
    CHECK(lanes[1]->kind == QStringLiteral("frontstage"));
    CHECK(lanes[1]->lineAbove == QStringLiteral("interaction"));
    CHECK(lanes[2]->kind == QStringLiteral("free"));
    CHECK(lanes[2]->title == QStringLiteral("Wat zegt de wet?"));
    CHECK(lanes[3]->kind == QStringLiteral("emotion"));
    CHECK(titlesOf(ws.cardsInCell(steps[1]->id, lanes[0]->id)) ==
          QStringList{"Leest brief", "Belt gemeente"});
    CHECK(ws.cards.size() == 5);
}

TEST_CASE("A CSV grid round trip keeps stages, steps, lanes and card titles") {
    const Workspace ws = test::exampleWorkspace();
    for (const Journey *journey : ws.orderedJourneys()) {
        const QByteArray csv = CsvGrid::write(ws, journey->id);
        CHECK(csv.startsWith("\xEF\xBB\xBF"));
        const Workspace back = readGrid(csv);
        const QString id = back.journeys[0].id;
        const auto stepsA = ws.orderedSteps(journey->id);
        const auto stepsB = back.orderedSteps(id);
        REQUIRE(stepsA.size() == stepsB.size());
        for (size_t i = 0; i < stepsA.size(); ++i) {
            CHECK(stepsA[i]->title == stepsB[i]->title);
            CHECK(ws.find<Stage>(stepsA[i]->stage)->title ==
                  back.find<Stage>(stepsB[i]->stage)->title);
        }
        const auto lanesA = ws.orderedLanes(journey->id);
        const auto lanesB = back.orderedLanes(id);
        REQUIRE(lanesA.size() == lanesB.size());
        for (size_t l = 0; l < lanesA.size(); ++l) {
            CHECK(lanesA[l]->title == lanesB[l]->title);
            CHECK(lanesA[l]->kind == lanesB[l]->kind);
            CHECK(lanesA[l]->lineAbove == lanesB[l]->lineAbove);
            for (size_t s = 0; s < stepsA.size(); ++s)
                CHECK(titlesOf(ws.cardsInCell(stepsA[s]->id, lanesA[l]->id)) ==
                      titlesOf(back.cardsInCell(stepsB[s]->id, lanesB[l]->id)));
        }
        CHECK(CsvGrid::write(back, id) == csv);
    }
}

TEST_CASE("Formulas in card titles are defused on export and restored on import") {
    Workspace ws = readGrid(";Stap\nInwoner;x\n");
    ws.cards[0].title = QStringLiteral("=HYPERLINK(\"http://x\";\"klik\")");
    const QByteArray csv = CsvGrid::write(ws, ws.journeys[0].id);
    CHECK(csv.contains("'=HYPERLINK"));
    const Workspace back = readGrid(csv);
    CHECK(back.cards[0].title == ws.cards[0].title);
}

TEST_CASE("Files that are not text tables are refused with what they are") {
    QString error;
    CHECK_FALSE(CsvGrid::read("", QStringLiteral("x"), &error));
    CHECK(error.contains(QStringLiteral("is empty")));
    CHECK_FALSE(CsvGrid::read(QByteArray("PK\x03\x04\x14\0\0\0", 8), QStringLiteral("x"), &error));
    CHECK(error.contains(QStringLiteral("zipped document")));
    CHECK_FALSE(
        CsvGrid::read(QByteArray("SQLite format 3\0rest", 20), QStringLiteral("x"), &error));
    CHECK(error.contains(QStringLiteral("database")));
    CHECK_FALSE(CsvGrid::read(QByteArray(";a\nx;\0\x01\x02", 9), QStringLiteral("x"), &error));
    CHECK(error.contains(QStringLiteral("binary")));
    // The same in UTF-16 (found by fuzz_csv_import: the card could not be
    // exported and imported again).
    CHECK_FALSE(
        CsvGrid::read(QByteArray("\xFF\xFE;\0a\0\n\0x\0;\0\0\0", 14), QStringLiteral("x"), &error));
    CHECK(error.contains(QStringLiteral("binary")));
}

TEST_CASE("Excel's Unicode text (UTF-16 with BOM, tabs) imports") {
    const QString text = QStringLiteral("\tAanvraag / Eén check\nInwoner\tVult één formulier in\n");
    QByteArray utf16("\xFF\xFE");
    for (QChar c : text) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    const Workspace ws = readGrid(utf16);
    REQUIRE(ws.cards.size() == 1);
    CHECK(ws.cards[0].title == QStringLiteral("Vult één formulier in"));
    CHECK(ws.steps[0].title == QStringLiteral("Eén check"));
}

TEST_CASE("One stray byte does not turn a UTF-8 file into Windows-1252") {
    const Workspace ws = readGrid(";Eén stap\nInwoner;Caf\xc3\xa9 \xff\n");
    CHECK(ws.steps[0].title == QStringLiteral("Eén stap"));
    CHECK(ws.cards[0].title.startsWith(QStringLiteral("Café")));
}

TEST_CASE("Columns without a title become untitled steps of the stage before them") {
    const Workspace ws = readGrid(";A / a;;A / c\nInwoner;1;2;3;4\n");
    const QString journey = ws.journeys[0].id;
    const auto stages = ws.orderedStages(journey);
    REQUIRE(stages.size() == 1);
    const auto steps = ws.orderedSteps(journey);
    REQUIRE(steps.size() == 4);
    CHECK(steps[1]->title.isEmpty());
    CHECK(steps[3]->title.isEmpty());
    CHECK(ws.cards.size() == 4);
}

TEST_CASE("A journey with lanes but no steps survives a CSV round trip") {
    Workspace ws = readGrid(";Stap\nInwoner;x\nBackstage;\n");
    ws.cards.clear();
    ws.steps.clear();
    const QByteArray csv = CsvGrid::write(ws, ws.journeys[0].id);
    const Workspace back = readGrid(csv);
    CHECK(back.steps.empty());
    CHECK(back.lanes.size() == 2);
}

TEST_CASE("A CSV round trip keeps lane kinds, lines, emotions and awkward titles") {
    Workspace ws = readGrid(";Stap 1;Stap 2\nInwoner;a;b\nEmotie;-1;2\n");
    const QString journey = ws.journeys[0].id;
    auto lanes = ws.orderedLanes(journey);
    Lane &customer = *ws.find<Lane>(lanes[0]->id);
    customer.title = QStringLiteral("Samira");
    customer.lineAbove = QStringLiteral("visibility");
    const QString emotionLane = lanes[1]->id;
    ws.find<Lane>(emotionLane)->lineAbove = QStringLiteral("internal_interaction");
    Lane extra;
    extra.id = QStringLiteral("extra");
    extra.journey = journey;
    extra.position = 5;
    extra.kind = QStringLiteral("free");
    extra.title = QStringLiteral("Sturing"); // a governance name, but a free lane
    ws.lanes.push_back(extra);
    Card noteInEmotion;
    noteInEmotion.id = QStringLiteral("c1");
    noteInEmotion.journey = journey;
    noteInEmotion.step = ws.orderedSteps(journey)[0]->id;
    noteInEmotion.lane = emotionLane;
    noteInEmotion.title = QStringLiteral("'s middags onrustig");
    ws.cards.push_back(noteInEmotion);
    ws.find<Stage>(ws.orderedSteps(journey)[0]->stage)->title.clear();
    ws.find<Step>(ws.orderedSteps(journey)[1]->id)->title = QStringLiteral("Vierde / vijfde");

    const QByteArray csv = CsvGrid::write(ws, journey);
    INFO(csv.toStdString());
    CHECK_FALSE(csv.contains("''s"));
    const Workspace back = readGrid(csv);
    const QString id = back.journeys[0].id;
    const auto backLanes = back.orderedLanes(id);
    REQUIRE(backLanes.size() == 3);
    CHECK(backLanes[0]->title == QStringLiteral("Samira"));
    CHECK(backLanes[0]->kind == QStringLiteral("customer"));
    CHECK(backLanes[0]->lineAbove == QStringLiteral("visibility"));
    CHECK(backLanes[1]->kind == QStringLiteral("emotion"));
    CHECK(backLanes[1]->lineAbove == QStringLiteral("internal_interaction"));
    CHECK(backLanes[2]->kind == QStringLiteral("free"));
    CHECK(backLanes[2]->title == QStringLiteral("Sturing"));
    const auto steps = back.orderedSteps(id);
    CHECK(steps[0]->emotion == -1);
    CHECK(steps[1]->emotion == 2);
    CHECK(steps[1]->title == QStringLiteral("Vierde / vijfde"));
    CHECK(titlesOf(back.cardsInCell(steps[0]->id, backLanes[1]->id)) ==
          QStringList{"'s middags onrustig"});
    CHECK(CsvGrid::write(back, id) == csv);
}
