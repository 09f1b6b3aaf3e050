// Limits and hostile content: the sizes of model/sizelimits.h in files, JSON
// and edits, persona photos that are broken or huge, and values no Blauwdruk
// ever writes. Every refused file must be left byte for byte as it was.
#include "edits.h"
#include "jsoncodec.h"
#include "personaphoto.h"
#include "personaportrait.h"
#include "sizelimits.h"
#include "store.h"
#include "testsupport.h"
#include "validator.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace blauwdruk;
using test::readFile;

namespace {

using Json = nlohmann::ordered_json;

// The example saved as a file in `dir`, altered by `sql` as another tool could.
QString alteredExample(const QTemporaryDir &dir, const QString &sql) {
    const QString path = dir.filePath(QStringLiteral("x.blauwdruk"));
    QString error;
    REQUIRE(Store::writeNew(path, test::exampleWorkspace(), &error));
    if (!sql.isEmpty())
        test::runSql(path, sql);
    return path;
}

// Opening (for writing, and only to read) must fail with `expected` in the
// message, and the file must stay exactly as it was.
QString expectRefusedFile(const QString &path, const QString &expected) {
    const QByteArray before = test::fileHash(path);
    QString error;
    for (Store::Mode mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly}) {
        error.clear();
        std::unique_ptr<Document> document = Document::open(path, mode, &error);
        INFO(error.left(500).toStdString());
        CHECK_FALSE(document);
        CHECK(error.contains(expected));
        CHECK(error.size() < 400); // a message, not the content
    }
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    return error;
}

// The example as JSON, changed by `change`, and what reading it says.
QString jsonError(const std::function<void(Json &)> &change) {
    Json json = Json::parse(JsonCodec::write(test::exampleWorkspace()).toStdString());
    change(json);
    QString error;
    CHECK_FALSE(JsonCodec::read(QByteArray::fromStdString(json.dump()), &error));
    CHECK(error.size() < 400);
    return error;
}

// A one-journey workspace with `count` cards over 10 steps and 7 lanes.
Workspace withCards(int count) {
    auto id = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
    Workspace ws;
    ws.meta.id = WorkspaceMeta::kId;
    Journey journey;
    journey.id = id();
    journey.title = QStringLiteral("Groot");
    ws.journeys.push_back(journey);
    Stage stage{id(), journey.id, 0, QStringLiteral("Fase"), QString()};
    ws.stages.push_back(stage);
    for (int i = 0; i < 10; ++i) {
        Step step;
        step.id = id();
        step.journey = journey.id;
        step.stage = stage.id;
        step.position = i;
        ws.steps.push_back(step);
    }
    for (int i = 0; i < 7; ++i)
        ws.lanes.push_back(
            Lane{id(), journey.id, i, QStringLiteral("free"), QStringLiteral("Baan"), {}, {}});
    for (int i = 0; i < count; ++i) {
        Card card;
        card.id = id();
        card.journey = journey.id;
        card.step = ws.steps[size_t(i % 10)].id;
        card.lane = ws.lanes[size_t(i / 10 % 7)].id;
        card.position = i / 70;
        card.title = QStringLiteral("Kaart %1").arg(i);
        ws.cards.push_back(card);
    }
    return ws;
}

QStringList problemTexts(const Workspace &ws) {
    QStringList texts;
    for (const Problem &problem : validateWorkspace(ws))
        texts << problem.toString();
    return texts;
}

// --- images made by hand, as a hostile file would carry them ---

quint32 crc32(const QByteArray &data) {
    quint32 crc = 0xFFFFFFFF;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320 & (0u - (crc & 1)));
    }
    return ~crc;
}

QByteArray pngChunk(const char *type, const QByteArray &data) {
    QByteArray chunk(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), chunk.data());
    const QByteArray body = QByteArray(type) + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(body), crc.data());
    return chunk + body + crc;
}

// A PNG whose header claims width × height pixels, followed by garbage.
QByteArray pngClaiming(quint32 width, quint32 height) {
    QByteArray header(13, '\0');
    qToBigEndian<quint32>(width, header.data());
    qToBigEndian<quint32>(height, header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 6; // RGBA
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) +
           pngChunk("IDAT", QByteArray(64, 'x')) + pngChunk("IEND", {});
}

QByteArray encoded(QSize size, const char *format) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x2E, 0x6B, 0x8F));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, format));
    return bytes;
}

// A real small JPEG whose frame header is changed to claim width × height.
QByteArray jpegClaiming(quint16 width, quint16 height) {
    QByteArray bytes = encoded(QSize(16, 16), "JPEG");
    const qsizetype sof = bytes.indexOf("\xFF\xC0");
    REQUIRE(sof > 0);
    qToBigEndian<quint16>(height, bytes.data() + sof + 5);
    qToBigEndian<quint16>(width, bytes.data() + sof + 7);
    return bytes;
}

QSize sizeOf(const QByteArray &bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader(&buffer).size();
}

// The example with its first persona's photo replaced, written as a file.
QString exampleWithPhoto(const QTemporaryDir &dir, const QByteArray &photo) {
    Workspace ws = test::exampleWorkspace();
    ws.personas.front().photo = photo;
    const QString path = dir.filePath(QStringLiteral("photo.blauwdruk"));
    QString error;
    REQUIRE(Store::writeNew(path, ws, &error));
    return path;
}

QByteArray jsonWithPhoto(const QByteArray &photo) {
    Workspace ws = test::exampleWorkspace();
    ws.personas.front().photo = photo;
    return JsonCodec::write(ws);
}

} // namespace

TEST_CASE("Limits: a 50 MB text field in a file is refused at once, naming object, field and "
          "limit, the file is unchanged") {
    QTemporaryDir dir;
    // 52,428,800 characters, written by another tool.
    const QString path =
        alteredExample(dir, QStringLiteral("UPDATE personas SET story = hex(zeroblob(26214400)) "
                                           "WHERE rowid = (SELECT min(rowid) FROM personas);"));
    const QString error = expectRefusedFile(
        path, QStringLiteral("story is 52,428,800 characters long; a text holds at most 100,000"));
    CHECK(error.contains(QStringLiteral("persona ")));
}

TEST_CASE("Limits: a 50 MB text field in JSON is refused with its place and the limit") {
    const QString error = jsonError([](Json &json) {
        json["journeys"][0]["cards"][2]["text"] = std::string(50 * 1024 * 1024, 'x');
    });
    CHECK(error ==
          QStringLiteral("journeys[0].cards[2]: text is 52,428,800 characters long; a text holds "
                         "at most 100,000"));
}

TEST_CASE("Limits: a text of exactly the limit is kept, one character more is refused") {
    const QString longest(limits::kMaxTextLength, QLatin1Char('a'));
    Workspace ws = test::exampleWorkspace();
    ws.cards.front().title = longest;
    ws.meta.description = longest;
    CHECK(problemTexts(ws).isEmpty());
    QString error;
    const auto read = JsonCodec::read(JsonCodec::write(ws), &error);
    REQUIRE(read);
    CHECK(test::canonical(*read) == test::canonical(ws));

    ws.cards.front().title += QLatin1Char('a');
    ws.meta.description += QLatin1Char('a');
    const QString all = problemTexts(ws).join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("card %1: title is 100,001 characters long; a text holds at "
                                      "most 100,000")
                           .arg(ws.cards.front().id)));
    CHECK(all.contains(QStringLiteral("workspace: description is 100,001 characters long")));
    CHECK_FALSE(JsonCodec::read(JsonCodec::write(ws), &error));
    CHECK(error.contains(QStringLiteral("workspace: description is 100,001 characters long")));
}

TEST_CASE("Limits: characters are counted as the editor counts them, in files and in JSON") {
    // é takes two bytes in UTF-8 and one character; 🙂 four bytes and two.
    const QString accents(limits::kMaxTextLength, QChar(0xE9));
    QString emoji;
    for (int i = 0; i < limits::kMaxTextLength / 2; ++i)
        emoji += QStringLiteral("\U0001F642");
    REQUIRE(emoji.size() == limits::kMaxTextLength);
    QTemporaryDir dir;
    for (const QString &longest : {accents, emoji}) {
        Workspace ws = test::exampleWorkspace();
        ws.cards.front().text = longest;
        const QString path = dir.filePath(QStringLiteral("ok.blauwdruk"));
        QString error;
        REQUIRE(Store::writeNew(path, ws, &error));
        auto document = Document::open(path, Store::Mode::ReadOnly, &error);
        INFO(error.toStdString());
        REQUIRE(document);
        CHECK(document->workspace().find<Card>(ws.cards.front().id)->text == longest);
        REQUIRE(JsonCodec::read(JsonCodec::write(ws), &error));

        ws.cards.front().text += longest.right(2); // one more é, or one more 🙂
        const QString over =
            QStringLiteral("text is %1 characters long")
                .arg(QLocale(QLocale::English).toString(ws.cards.front().text.size()));
        const QString tooLong = dir.filePath(QStringLiteral("over.blauwdruk"));
        REQUIRE(Store::writeNew(tooLong, ws, &error));
        expectRefusedFile(tooLong, over);
        CHECK_FALSE(JsonCodec::read(JsonCodec::write(ws), &error));
        CHECK(error.contains(over));
    }
}

TEST_CASE("Limits: a list of tags counts as one text") {
    Workspace ws = test::exampleWorkspace();
    ws.cards.front().tags.clear();
    for (int i = 0; i < 11; ++i)
        ws.cards.front().tags << QString(10'000, QLatin1Char('t'));
    CHECK(problemTexts(ws)
              .join(QLatin1Char('\n'))
              .contains(QStringLiteral("tags hold 110,000 characters together; a list holds at "
                                       "most 100,000")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tags.blauwdruk"));
    QString error;
    REQUIRE(Store::writeNew(path, ws, &error));
    expectRefusedFile(path, QStringLiteral("tags hold 110,000 characters together"));
}

TEST_CASE("Limits: messages quote a hostile value only in part") {
    Workspace ws = test::exampleWorkspace();
    ws.lanes.front().kind = QString(90'000, QLatin1Char('k')); // under the text limit
    ws.cards.front().lane = QString(90'000, QLatin1Char('l'));
    const QStringList texts = problemTexts(ws);
    REQUIRE(texts.size() == 2);
    for (const QString &text : texts) {
        INFO(text.left(300).toStdString());
        CHECK(text.size() < 330); // the quote, and the list of lane kinds

        CHECK(text.contains(QChar(0x2026)));
    }
    // An unknown key of a megabyte, and a parse error inside a long string.
    QString error = jsonError([](Json &json) { json[std::string(1 << 20, 'q')] = 1; });
    CHECK(error.startsWith(QStringLiteral("unknown key \"qqq")));
    const QByteArray broken =
        "{\"format\": \"blauwdruk\", \"x\": \"" + QByteArray(10 << 20, 'y') + "\xFF\"}";
    CHECK_FALSE(JsonCodec::read(broken, &error));
    INFO(error.left(300).toStdString());
    CHECK(error.startsWith(QStringLiteral("not valid JSON")));
    CHECK(error.contains(QStringLiteral("UTF-8")));
    CHECK(error.size() < 400);
}

TEST_CASE("Limits: a journey holds 100,000 cards, one more is refused in files and JSON") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cards.blauwdruk"));
    QString error;
    Workspace ws = withCards(limits::kMaxCardsPerJourney);
    CHECK(problemTexts(ws).isEmpty());

    ws = withCards(limits::kMaxCardsPerJourney + 1);
    const QString journey = ws.journeys.front().id;
    CHECK(problemTexts(ws) ==
          QStringList{QStringLiteral("journey %1: holds 100,001 cards; a journey holds at most "
                                     "100,000")
                          .arg(journey)});
    REQUIRE(Store::writeNew(path, ws, &error));
    expectRefusedFile(path, QStringLiteral("holds 100,001 cards; a journey holds at most 100,000"));

    // JSON: refused by counting, before a single card is read.
    Json json = Json::parse(JsonCodec::write(withCards(0)).toStdString());
    json["journeys"][0]["cards"] = Json::array();
    for (int i = 0; i <= limits::kMaxCardsPerJourney; ++i)
        json["journeys"][0]["cards"].push_back(Json::object());
    CHECK_FALSE(JsonCodec::read(QByteArray::fromStdString(json.dump()), &error));
    CHECK(error == QStringLiteral("journeys[0].cards: holds 100,001 cards; a journey holds at "
                                  "most 100,000"));
}

TEST_CASE("Limits: a full journey refuses another card with a message, and takes one after a "
          "removal") {
    QTemporaryDir dir;
    QString error;
    auto document = Document::create(dir.filePath(QStringLiteral("full.blauwdruk")),
                                     withCards(limits::kMaxCardsPerJourney), &error);
    REQUIRE(document);
    const Workspace &ws = document->workspace();
    const Step &step = ws.steps.front();
    const Lane &lane = ws.lanes.front();
    QSignalSpy refused(document.get(), &Document::editRefused);
    Edits edits(*document);
    CHECK(edits.addCard(step.id, lane.id, QStringLiteral("Eén te veel")).isEmpty());
    CHECK(edits.error() == QStringLiteral("A journey can hold at most 100,000 cards; this one "
                                          "already holds 100,000, and 1 more would not fit."));
    CHECK(edits.pasteText(QStringLiteral("a\nb"), step.id, lane.id).isEmpty());
    CHECK(refused.count() == 2);
    CHECK(ws.cards.size() == size_t(limits::kMaxCardsPerJourney));
    CHECK(document->undoStack()->count() == 0);

    REQUIRE(edits.removeCards({ws.cards.back().id}));
    CHECK_FALSE(edits.addCard(step.id, lane.id, QStringLiteral("Past weer")).isEmpty());
    CHECK(ws.cards.size() == size_t(limits::kMaxCardsPerJourney));
    CHECK(document->undoStack()->count() == 2);
}

TEST_CASE("Limits: pasting more lines than a journey holds is refused before any card is made") {
    test::ExampleFile file;
    QSignalSpy refused(file.document.get(), &Document::editRefused);
    const Workspace &ws = file.document->workspace();
    const size_t before = ws.cards.size();
    QString text;
    text.reserve(3 * (limits::kMaxCardsPerJourney + 1));
    for (int i = 0; i <= limits::kMaxCardsPerJourney; ++i)
        text += QStringLiteral("k\n");
    Edits edits(*file.document);
    CHECK(edits
              .pasteText(text, ws.steps.front().id,
                         ws.orderedLanes(ws.steps.front().journey).front()->id)
              .isEmpty());
    CHECK(edits.error().startsWith(QStringLiteral("A journey can hold at most 100,000 cards")));
    CHECK(refused.count() == 1);
    CHECK(ws.cards.size() == before);
}

TEST_CASE("Limits: an edit cannot make a text longer than the limit") {
    test::ExampleFile file;
    const Workspace &ws = file.document->workspace();
    const QString card = ws.cards.front().id;
    QSignalSpy refused(file.document.get(), &Document::editRefused);
    Edits edits(*file.document);
    const QString longest(limits::kMaxTextLength, QLatin1Char('a'));
    CHECK(edits.setField(EntityType::Card, {card}, QStringLiteral("text"), longest));
    CHECK_FALSE(edits.setField(EntityType::Card, {card}, QStringLiteral("text"),
                               longest + QLatin1Char('a')));
    CHECK(edits.error() == QStringLiteral("A text can hold at most 100,000 characters; this one "
                                          "has 100,001."));
    CHECK_FALSE(edits.setField(EntityType::Card, {card}, QStringLiteral("tags"),
                               QStringList{longest, QStringLiteral("x")}));
    CHECK(edits.addCard(ws.steps.front().id, ws.cards.front().lane, longest + QLatin1Char('b'))
              .isEmpty());
    CHECK(refused.count() == 3);
    CHECK(ws.find<Card>(card)->text == longest);
    CHECK(test::onDisk(file.path) == test::canonical(ws));
}

TEST_CASE("Limits: a file with more than a million objects is refused before they are read") {
    QTemporaryDir dir;
    const Workspace example = test::exampleWorkspace();
    const QString journey = example.journeys.front().id;
    const QString path = alteredExample(
        dir, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                            "WHERE i < 1000000) INSERT INTO comments SELECT 'c' || i, '%1', i, "
                            "'%1', '', '', '', 0, '', '', '' FROM n;")
                 .arg(journey));
    const qint64 objects =
        1'000'000 +
        qint64(example.personas.size() + example.journeys.size() + example.stages.size() +
               example.steps.size() + example.lanes.size() + example.cards.size() +
               example.connections.size() + example.comments.size() + example.versions.size());
    expectRefusedFile(path, QStringLiteral("holds %1 objects; a workspace holds at most 1,000,000")
                                .arg(QLocale(QLocale::English).toString(objects)));
}

TEST_CASE("Hostile rows: impossible values and dangling references are refused by name, the file "
          "is unchanged") {
    const Workspace ws = test::exampleWorkspace();
    const QString firstCard = QStringLiteral("(SELECT min(rowid) FROM cards)");
    struct Case {
        const char *name;
        QString sql;
        QString expected;
    };
    const Case cases[] = {
        {"a negative position",
         QStringLiteral("UPDATE cards SET position = -1 WHERE rowid = %1").arg(firstCard),
         QStringLiteral("position -1 is outside 0..100,000,000")},
        {"a huge position",
         QStringLiteral("UPDATE steps SET position = 2147483647 WHERE rowid = 1"),
         QStringLiteral("position 2147483647 is outside 0..100,000,000")},
        {"a number too large for a whole number",
         QStringLiteral("UPDATE cards SET votes = 9223372036854775807 WHERE rowid = %1")
             .arg(firstCard),
         QStringLiteral("cards.votes of row")},
        {"negative votes",
         QStringLiteral("UPDATE cards SET votes = -5 WHERE rowid = %1").arg(firstCard),
         QStringLiteral("votes -5 is outside 0..1000000")},
        {"an emotion outside -2..2", QStringLiteral("UPDATE steps SET emotion = 9 WHERE rowid = 1"),
         QStringLiteral("emotion 9 is outside -2..2")},
        {"an age outside 0..130", QStringLiteral("UPDATE personas SET age = -3 WHERE rowid = 1"),
         QStringLiteral("age -3 is outside 0..130")},
        {"a scale outside 0..5",
         QStringLiteral("UPDATE personas SET digital_skills = 6 WHERE rowid = 1"),
         QStringLiteral("digital_skills 6 is outside 0..5")},
        {"a boolean that is 2",
         QStringLiteral("UPDATE steps SET moment_of_truth = 2 WHERE rowid = 1"),
         QStringLiteral("is not 0 or 1")},
        {"an unknown card kind",
         QStringLiteral("UPDATE cards SET kind = 'bomb' WHERE rowid = %1").arg(firstCard),
         QStringLiteral("kind \"bomb\" is not one of")},
        {"an unknown journey status",
         QStringLiteral("UPDATE journeys SET status = 'gone' WHERE rowid = 1"),
         QStringLiteral("status \"gone\" is not one of")},
        {"a colour that is no colour",
         QStringLiteral("UPDATE lanes SET colour = 'red' WHERE rowid = 1"),
         QStringLiteral("colour \"red\" is not #rrggbb")},
        {"a date that is no date",
         QStringLiteral("UPDATE comments SET created = 'gisteren' WHERE rowid = 1"),
         QStringLiteral("created \"gisteren\" is not an ISO 8601 date")},
        {"an id used twice",
         QStringLiteral("UPDATE cards SET id = (SELECT id FROM steps LIMIT 1) WHERE rowid = %1")
             .arg(firstCard),
         QStringLiteral("has an id that is used twice")},
        {"an empty id", QStringLiteral("UPDATE lanes SET id = '' WHERE rowid = 1"),
         QStringLiteral("has an empty id")},
        {"a step in a missing stage",
         QStringLiteral("UPDATE steps SET stage = 'x' WHERE rowid = 1"),
         QStringLiteral("stage refers to a missing stage x")},
        {"a card in a missing journey",
         QStringLiteral("UPDATE cards SET journey = 'x' WHERE rowid = %1").arg(firstCard),
         QStringLiteral("belongs to a missing journey x")},
        {"a connection to a missing card",
         QStringLiteral("UPDATE connections SET \"to\" = 'x' WHERE rowid = 1"),
         QStringLiteral("to refers to a missing card x")},
        // A missing target is a removed card or step, whose comment stays.
        {"a comment on a card of another journey",
         QStringLiteral("UPDATE comments SET target = 'elsewhere' WHERE rowid = 1; UPDATE cards "
                        "SET id = 'elsewhere' WHERE rowid = (SELECT min(rowid) FROM cards WHERE "
                        "journey != (SELECT journey FROM comments WHERE rowid = 1))"),
         QStringLiteral("target elsewhere is not its journey or a step or card of it")},
        {"a reply to a missing comment",
         QStringLiteral("UPDATE comments SET parent = 'x' WHERE rowid = 1"),
         QStringLiteral("replies to x, which is not a first comment of its journey")},
        {"a decision of an unknown status",
         QStringLiteral("INSERT INTO decisions VALUES ('d1', 'j', 0, 'banana', 'Anna', '', "
                        "'2026-11-30T10:00:00Z', '', '', '')"),
         QStringLiteral("status")},
        {"a journey of a missing persona",
         QStringLiteral("UPDATE journeys SET persona = 'x' WHERE rowid = 1"),
         QStringLiteral("persona refers to a missing persona x")},
        {"a card in a step of another journey",
         QStringLiteral("UPDATE cards SET step = (SELECT id FROM steps WHERE journey <> "
                        "(SELECT journey FROM cards WHERE rowid = %1) LIMIT 1) WHERE rowid = %1")
             .arg(firstCard),
         QStringLiteral("step refers to step")},
        {"a list that is no list",
         QStringLiteral("UPDATE cards SET tags = '{\"a\": 1}' WHERE rowid = %1").arg(firstCard),
         QStringLiteral("cards.tags of row")},
        {"invalid UTF-8 in a card",
         QStringLiteral("UPDATE cards SET text = CAST(X'61FF62' AS TEXT) WHERE rowid = %1")
             .arg(firstCard),
         QStringLiteral("is not UTF-8 text")},
        {"a photo that is no image",
         QStringLiteral("UPDATE personas SET photo = X'00112233' WHERE rowid = 1"),
         QStringLiteral("photo is not a PNG or JPEG image")},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name) {
            QTemporaryDir dir;
            expectRefusedFile(alteredExample(dir, c.sql), c.expected);
        }
    }
}

TEST_CASE("Hostile JSON: invalid UTF-8 and impossible values are refused with their place") {
    QByteArray json = JsonCodec::write(test::exampleWorkspace());
    const qsizetype at = json.indexOf("\"title\": \"") + 10;
    json.insert(at, "\xC3\x28");
    QString error;
    CHECK_FALSE(JsonCodec::read(json, &error));
    CHECK(error.contains(QStringLiteral("UTF-8")));

    CHECK(jsonError([](Json &j) {
              j["journeys"][0]["steps"][0]["emotion"] = -3;
          }).contains(QStringLiteral("emotion -3 is outside -2..2")));
    CHECK(jsonError([](Json &j) { j["journeys"][0]["cards"][0]["votes"] = 1e300; }) ==
          QStringLiteral("journeys[0].cards[0].votes: expected a whole number"));
    CHECK(jsonError([](Json &j) {
              j["journeys"][0]["cards"][0]["lane"] = "nowhere";
          }).contains(QStringLiteral("lane refers to a missing lane nowhere")));
    CHECK(jsonError([](Json &j) {
              j["personas"][0]["photo"] = "bm90IGFuIGltYWdl";
          }).contains(QStringLiteral("photo is not a PNG or JPEG image")));
}

TEST_CASE("Photos: huge or broken photos are never decoded, and say why") {
    QString problem;
    SECTION("a PNG header claiming 100,000 × 100,000 pixels") {
        const QByteArray png = pngClaiming(100'000, 100'000);
        CHECK(sizeOf(png) == QSize(100'000, 100'000));
        CHECK(PersonaPhoto::decode(png, 128, &problem).isNull());
        CHECK(problem == QStringLiteral("is too large an image (100000 × 100000 pixels)"));
    }
    SECTION("a PNG that would take more than 256 MB to decode") {
        CHECK(PersonaPhoto::decode(pngClaiming(9000, 9000), 128, &problem).isNull());
        CHECK(problem == QStringLiteral("is too large an image (9000 × 9000 pixels)"));
    }
    SECTION("a JPEG header claiming 65,000 × 65,000 pixels") {
        CHECK(PersonaPhoto::decode(jpegClaiming(65'000, 65'000), 128, &problem).isNull());
        CHECK(problem == QStringLiteral("is too large an image (65000 × 65000 pixels)"));
    }
    SECTION("a PNG signature with garbage after it") {
        const QByteArray garbage = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5000, '\x17');
        CHECK(PersonaPhoto::decode(garbage, 128, &problem).isNull());
        CHECK(problem == QStringLiteral("is a damaged PNG image"));
        // Cut short, or one bit flipped: found by the chunks' checksums.
        const QByteArray sound = encoded(QSize(40, 30), "PNG");
        CHECK_FALSE(PersonaPhoto::decode(sound, 0).isNull());
        CHECK(PersonaPhoto::decode(sound.left(sound.size() - 20), 0, &problem).isNull());
        CHECK(problem == QStringLiteral("is a damaged PNG image"));
        QByteArray flipped = sound;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x10);
        CHECK(PersonaPhoto::decode(flipped, 0, &problem).isNull());
        CHECK(problem == QStringLiteral("is a damaged PNG image"));
    }
    SECTION("a PNG with a sound header and garbage pixels") {
        CHECK(PersonaPhoto::decode(pngClaiming(64, 64), 128, &problem).isNull());
        CHECK(problem.startsWith(QStringLiteral("could not be read as an image")));
    }
    SECTION("a JPEG signature with garbage after it") {
        const QByteArray garbage = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(5000, '\x01');
        CHECK(PersonaPhoto::decode(garbage, 128, &problem).isNull());
        CHECK_FALSE(problem.isEmpty());
    }
    SECTION("more bytes than a photo may have") {
        QByteArray big = encoded(QSize(8, 8), "PNG");
        big.append(QByteArray(limits::kMaxPhotoBytes, '\0'));
        CHECK(PersonaPhoto::decode(big, 128, &problem).isNull());
        CHECK(problem == QStringLiteral("is larger than 40 MB"));
    }
    SECTION("a sound photo") {
        CHECK(PersonaPhoto::decode(encoded(QSize(300, 200), "JPEG"), 0, &problem).size() ==
              QSize(300, 200));
        CHECK(problem.isEmpty());
        // A large JPEG is decoded at about the size asked for.
        CHECK(PersonaPhoto::decode(encoded(QSize(4000, 3000), "JPEG"), 400).width() <= 1000);
    }
}

TEST_CASE("Photos: a file with a photo that cannot be shown opens, keeps it unchanged and draws "
          "the avatar, check lists it") {
    const QByteArray photos[] = {pngClaiming(100'000, 100'000), pngClaiming(64, 64),
                                 jpegClaiming(65'000, 65'000),
                                 QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'z')};
    for (const QByteArray &photo : photos) {
        QTemporaryDir dir;
        const QString path = exampleWithPhoto(dir, photo);
        QString error;
        auto document = Document::open(path, Store::Mode::ReadWrite, &error);
        INFO(error.toStdString());
        REQUIRE(document);
        const Persona &persona = *document->workspace().orderedPersonas().front();
        CHECK(persona.photo == photo);
        const std::vector<Problem> problems = photoProblems(document->workspace());
        REQUIRE(problems.size() == 1);
        CHECK(problems.front().id == persona.id);
        CHECK(problems.front().message.startsWith(QStringLiteral("photo ")));
        CHECK(problems.front().message.endsWith(
            QStringLiteral(", so the drawn avatar is shown instead")));
        // The portrait is the drawn avatar: the same picture as without a photo.
        Persona withoutPhoto = persona;
        withoutPhoto.photo.clear();
        CHECK(PersonaPortrait::render(persona, 96) == PersonaPortrait::render(withoutPhoto, 96));
        // An edit elsewhere leaves the photo's bytes as they were.
        REQUIRE(Edits(*document).setField(EntityType::Persona, {persona.id}, QStringLiteral("name"),
                                          QStringLiteral("Anders")));
        document.reset();
        auto reopened = Document::open(path, Store::Mode::ReadOnly, &error);
        REQUIRE(reopened);
        CHECK(reopened->workspace().orderedPersonas().front()->photo == photo);
    }
}

TEST_CASE("Photos: a photo larger than 40 MB is refused in a file and in JSON") {
    QByteArray big = encoded(QSize(8, 8), "PNG");
    big.append(QByteArray(limits::kMaxPhotoBytes, '\0'));
    QTemporaryDir dir;
    const QString path = exampleWithPhoto(dir, big);
    expectRefusedFile(path, QStringLiteral("photo is %1 bytes; a photo holds at most 40 MB")
                                .arg(QLocale(QLocale::English).toString(big.size())));
    QString error;
    CHECK_FALSE(JsonCodec::read(jsonWithPhoto(big), &error));
    CHECK(error.startsWith(QStringLiteral("personas[0]: photo is about ")));
    CHECK(error.endsWith(QStringLiteral("bytes; a photo holds at most 40 MB")));
}

TEST_CASE("Photos: JSON import scales large photos down as a picked photo, keeps small ones and "
          "warns about unreadable ones") {
    QString error;
    QStringList warnings;
    SECTION("a large photo is scaled to 512 pixels") {
        const QByteArray large = encoded(QSize(2000, 1500), "JPEG");
        const auto ws = JsonCodec::import(jsonWithPhoto(large), &error, &warnings);
        REQUIRE(ws);
        CHECK(warnings.isEmpty());
        CHECK(sizeOf(ws->personas.front().photo) == QSize(512, 384));
        // A PNG too, and it stays a PNG only when it has transparency.
        const auto png =
            JsonCodec::import(jsonWithPhoto(encoded(QSize(600, 1200), "PNG")), &error, &warnings);
        REQUIRE(png);
        CHECK(sizeOf(png->personas.front().photo) == QSize(256, 512));
    }
    SECTION("a small photo stays byte for byte, so round trips stay identical") {
        const QByteArray json = jsonWithPhoto(encoded(QSize(300, 200), "JPEG"));
        const auto ws = JsonCodec::import(json, &error, &warnings);
        REQUIRE(ws);
        CHECK(warnings.isEmpty());
        CHECK(JsonCodec::write(*ws) == json);
    }
    SECTION("an unreadable photo is kept and named") {
        const QByteArray hostile = pngClaiming(100'000, 100'000);
        const auto ws = JsonCodec::import(jsonWithPhoto(hostile), &error, &warnings);
        REQUIRE(ws);
        CHECK(ws->personas.front().photo == hostile);
        CHECK(warnings ==
              QStringList{QStringLiteral("personas[0].photo is too large an image (100000 × 100000 "
                                         "pixels); it is kept as it is, and the drawn avatar is "
                                         "shown instead")});
    }
}
