// The live session's server and protocol (issue 18), with real HTTP and
// WebSocket clients on 127.0.0.1: join, write, vote within budget and cap,
// the refusals, the reveal, the limits, hostile input and a full room.
#include "livetestsupport.h"

#include "jsoncodec.h"
#include "qrcodeimage.h"
#include "sessionrules.h"
#include "store.h"

#include <QProcess>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace blauwdruk;
using test::HttpReply;
using test::LiveExample;

namespace {

const Lane *inboxLane(const Workspace &ws, const QString &journey) {
    for (const Lane *lane : ws.orderedLanes(journey))
        if (lane->kind == QLatin1String("inbox"))
            return lane;
    return nullptr;
}

} // namespace

TEST_CASE("Live session: a participant joins, writes cards into the inbox, all in the file at "
          "once") {
    LiveExample room;
    const QString round = room.openWritingRound(QStringLiteral("Welke knelpunten ervaart Samira?"));
    const int undoSteps = room.document().undoStack()->count();
    const QString token = room.join(QStringLiteral("Anna"));

    HttpReply state = room.api("api/state", {{"token", token}});
    REQUIRE(state.status == 200);
    CHECK(state.json()["label"].toString() == "Anna");
    CHECK(state.json()["round"].toObject()["kind"].toString() == "cards");
    CHECK(state.json()["round"].toObject()["question"].toString() ==
          "Welke knelpunten ervaart Samira?");

    HttpReply card = room.api("api/cards", {{"token", token}, {"text", "Formulier te lang"}});
    REQUIRE(card.status == 201);
    const QString cardId = card.json()["id"].toString();
    REQUIRE(room.api("api/cards", {{"token", token}, {"text", "Geen bevestiging"}}).status == 201);

    // The room's cards are not the facilitator's edits: undo leaves them.
    CHECK(room.document().undoStack()->count() == undoSteps);
    state = room.api("api/state", {{"token", token}});
    CHECK(state.json()["mine"].toArray().size() == 2);

    // In the file already, in the inbox lane, with round and participant.
    std::unique_ptr<Store> store = Store::open(room.file.path, Store::Mode::ReadOnly, nullptr);
    REQUIRE(store);
    REQUIRE(store);
    const Workspace onDisk = *store->load(nullptr);
    const Lane *inbox = inboxLane(onDisk, room.journey);
    REQUIRE(inbox);
    CHECK(inbox->title == "Binnengekomen");
    const Card *stored = onDisk.find<Card>(cardId);
    REQUIRE(stored);
    CHECK(stored->lane == inbox->id);
    CHECK(stored->title == "Formulier te lang");
    CHECK(stored->round == round);
    const Participant *who = onDisk.find<Participant>(stored->participant);
    REQUIRE(who);
    CHECK(who->label == "Anna");
    CHECK(room.live->cardsReceived() == 2);
}

TEST_CASE("Live session: votes within the budget and the cap, refusals beyond, hidden until "
          "the reveal") {
    LiveExample room;
    const QString round = room.openVoteRound(5, 3);
    const QString anna = room.join(QStringLiteral("Anna"));
    const QString bram = room.join(QStringLiteral("Bram"));
    HttpReply state = room.api("api/state", {{"token", anna}});
    const QJsonArray cards = state.json()["cards"].toArray();
    REQUIRE(cards.size() >= 3);
    const QString first = cards[0].toObject()["id"].toString();
    const QString second = cards[1].toObject()["id"].toString();
    const QString third = cards[2].toObject()["id"].toString();
    CHECK(state.json()["left"].toInt() == 5);

    HttpReply vote = room.api("api/votes", {{"token", anna}, {"card", first}, {"count", 3}});
    REQUIRE(vote.status == 200);
    CHECK(vote.json()["left"].toInt() == 2);
    // The cap: four on one card is refused, in the phone's language.
    vote = room.api("api/votes", {{"token", anna}, {"card", second}, {"count", 4}});
    CHECK(vote.status == 409);
    CHECK(vote.json()["error"].toString().contains("Hoogstens 3"));
    REQUIRE(room.api("api/votes", {{"token", anna}, {"card", second}, {"count", 2}}).status == 200);
    // The budget: one more dot anywhere is too many.
    vote = room.api("api/votes", {{"token", anna}, {"card", third}, {"count", 1}});
    CHECK(vote.status == 409);
    CHECK(vote.json()["error"].toString().contains("0 van 5"));
    // Taking dots back frees them.
    REQUIRE(room.api("api/votes", {{"token", anna}, {"card", first}, {"count", 1}}).status == 200);
    REQUIRE(room.api("api/votes", {{"token", anna}, {"card", third}, {"count", 2}}).status == 200);
    REQUIRE(room.api("api/votes", {{"token", bram}, {"card", third}, {"count", 3}}).status == 200);
    // Hostile counts are refused, not stored.
    for (const QJsonValue bad : {QJsonValue(-1), QJsonValue(1.5), QJsonValue("2"), QJsonValue()})
        CHECK(room.api("api/votes", {{"token", bram}, {"card", first}, {"count", bad}}).status ==
              400);
    CHECK(room.api("api/votes", {{"token", bram}, {"card", "no-such-card"}, {"count", 1}}).status ==
          400);

    // Before the reveal a phone sees its own dots, nobody's totals.
    state = room.api("api/state", {{"token", bram}});
    CHECK(state.json()["results"].isNull());
    CHECK(room.live->dotsCast() == 8);
    QString error;
    REQUIRE(room.live->reveal(&error));
    state = room.api("api/state", {{"token", bram}});
    const QJsonArray results = state.json()["results"].toArray();
    REQUIRE(results.size() == 3);
    CHECK(results[0].toObject()["id"].toString() == third);
    CHECK(results[0].toObject()["dots"].toInt() == 5);
    // In the file, per participant, as session mode records votes.
    CHECK(SessionRules::spent(
              room.document().workspace(), round,
              room.document().workspace().orderedParticipants(room.session).front()->id) == 5);
    // Revealed, the votes are final; closed, the round takes nothing.
    vote = room.api("api/votes", {{"token", bram}, {"card", first}, {"count", 1}});
    CHECK(vote.status == 409);
    CHECK(vote.json()["error"].toString().contains("uitslag"));
    CHECK(!room.api("api/state", {{"token", bram}}).json()["round"].toObject()["open"].toBool());
    REQUIRE(room.live->closeRound(&error));
    CHECK(room.api("api/votes", {{"token", bram}, {"card", first}, {"count", 1}}).status == 409);
}

TEST_CASE("Live session: without the secret, or with a wrong one, every request is refused "
          "before its body is read") {
    LiveExample room;
    const QString wrong =
        QStringLiteral("/") + QString(room.live->secret()).replace(0, 1, "9") + QStringLiteral("/");
    for (const QString &path : {QStringLiteral("/"), wrong, wrong + "api/join",
                                QStringLiteral("/api/join"), room.base.chopped(1)}) {
        INFO(path.toStdString());
        const HttpReply page = test::get(room.port, path);
        CHECK(page.status == 403);
        CHECK(!page.header("content-security-policy").isEmpty());
        CHECK(test::post(room.port, path, {{"label", "Eve"}}).status == 403);
    }
    // A request that announces a gigabyte is answered at once, body unread.
    const HttpReply big = test::rawRequest(
        room.port, "POST " + wrong.toUtf8() +
                       "api/join HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000\r\n\r\n{");
    CHECK(big.status == 403);
    CHECK(room.live->participantCount() == 0);
    CHECK(room.document().workspace().orderedParticipants(room.session).empty());
}

TEST_CASE("Live session: the page answers directly, every response carries a strict "
          "Content-Security-Policy") {
    LiveExample room;
    const QString token = room.join(QStringLiteral("Anna"));
    std::vector<HttpReply> replies{test::get(room.port, room.base),
                                   test::get(room.port, room.base + "app.js"),
                                   test::get(room.port, room.base + "app.css"),
                                   test::get(room.port, room.base + "nothing-here"),
                                   room.api("api/state", {{"token", token}}),
                                   room.api("api/state", {{"token", "nobody"}})};
    CHECK(replies[0].status == 200); // no redirect
    CHECK(replies[0].header("content-type").startsWith("text/html"));
    CHECK(replies[0].body.contains("<html lang=\"nl\""));
    CHECK(replies[1].status == 200);
    CHECK(replies[2].status == 200);
    CHECK(replies[3].status == 404);
    CHECK(replies[4].status == 200);
    CHECK(replies[5].status == 401);
    for (const HttpReply &reply : replies) {
        const QByteArray policy = reply.header("content-security-policy");
        CHECK(policy.contains("script-src 'self'"));
        CHECK(!policy.contains("unsafe-inline"));
        CHECK(!policy.contains("unsafe-eval"));
        CHECK(reply.header("x-content-type-options") == "nosniff");
    }
    // No inline script or handler in the page itself.
    CHECK(!replies[0].body.contains("<script>"));
    CHECK(!replies[0].body.contains("onclick"));
    // An English phone gets the English page.
    const HttpReply english = test::rawRequest(
        room.port, "GET " + room.base.toUtf8() +
                       " HTTP/1.1\r\nHost: x\r\nAccept-Language: en-GB,en;q=0.9\r\n\r\n");
    CHECK(english.body.contains("<html lang=\"en\""));
}

TEST_CASE("Live session: rate limits and the room's size are refused clearly") {
    LiveLimits limits;
    limits.cardsPerMinute = 3;
    limits.votesPerMinute = 2;
    limits.participants = 2;
    LiveExample room(limits);
    room.openWritingRound();
    const QString anna = room.join(QStringLiteral("Anna"));
    room.join(QStringLiteral("Bram"));
    const HttpReply full = room.api("api/join", {{"label", "Carla"}});
    CHECK(full.status == 409);
    CHECK(full.json()["error"].toString().contains("vol"));
    for (int i = 0; i < 3; ++i)
        REQUIRE(
            room.api("api/cards", {{"token", anna}, {"text", QString("Kaart %1").arg(i)}}).status ==
            201);
    const HttpReply tooMany = room.api("api/cards", {{"token", anna}, {"text", "Nog een"}});
    CHECK(tooMany.status == 429);
    CHECK(!tooMany.json()["error"].toString().isEmpty());
    CHECK(room.live->cardsReceived() == 3);
    room.openVoteRound(5, 3);
    const QString card = room.api("api/state", {{"token", anna}})
                             .json()["cards"]
                             .toArray()[0]
                             .toObject()["id"]
                             .toString();
    REQUIRE(room.api("api/votes", {{"token", anna}, {"card", card}, {"count", 1}}).status == 200);
    REQUIRE(room.api("api/votes", {{"token", anna}, {"card", card}, {"count", 2}}).status == 200);
    CHECK(room.api("api/votes", {{"token", anna}, {"card", card}, {"count", 3}}).status == 429);
}

TEST_CASE("Live session: oversized, malformed and hostile messages are refused and change "
          "nothing") {
    LiveExample room;
    room.openWritingRound();
    const QString token = room.join(QStringLiteral("Anna"));
    const QByteArray before = test::fileHash(room.file.path);
    const QByteArray path = room.base.toUtf8() + "api/cards";
    const QByteArray token8 = token.toUtf8();
    struct Case {
        const char *what;
        QByteArray request;
        int status;
    };
    const std::vector<Case> cases{
        {"headers beyond 8 KB",
         "POST " + path + " HTTP/1.1\r\nX-Filler: " + QByteArray(9000, 'a') + "\r\n\r\n", 431},
        {"a body beyond 4 KB",
         "POST " + path + " HTTP/1.1\r\nContent-Length: 5000\r\n\r\n" + QByteArray(5000, ' '), 413},
        {"a chunked body",
         "POST " + path + " HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 411},
        {"a POST without length", "POST " + path + " HTTP/1.1\r\nHost: x\r\n\r\n", 411},
        {"two lengths",
         "POST " + path + " HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400},
        {"not HTTP", "HELLO\r\n\r\n", 400},
        {"another method", "DELETE " + path + " HTTP/1.1\r\n\r\n", 405},
        {"not JSON", test::postRequest(room.base + "api/cards", "{\"token\": "), 400},
        {"JSON but no object", test::postRequest(room.base + "api/cards", "[1,2,3]"), 400},
        {"text of the wrong type",
         test::postRequest(room.base + "api/cards", "{\"token\":\"" + token8 + "\",\"text\":7}"),
         400},
        {"a card too long",
         test::postRequest(room.base + "api/cards", "{\"token\":\"" + token8 + "\",\"text\":\"" +
                                                        QByteArray(281, 'x') + "\"}"),
         400},
        {"control characters",
         test::postRequest(room.base + "api/cards",
                           "{\"token\":\"" + token8 + "\",\"text\":\"a\\u0000b\"}"),
         400},
        {"a label too long",
         test::postRequest(room.base + "api/join", "{\"label\":\"" + QByteArray(41, 'x') + "\"}"),
         400},
        {"an unknown token",
         test::postRequest(room.base + "api/cards", "{\"token\":\"guess\",\"text\":\"hoi\"}"), 401},
        {"an unknown call",
         test::postRequest(room.base + "api/delete", "{\"token\":\"" + token8 + "\"}"), 404},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const HttpReply reply = test::rawRequest(room.port, c.request);
        CHECK(reply.status == c.status);
    }
    CHECK(test::fileHash(room.file.path) == before);
    // Joined emoji are text; characters that reorder text are not.
    const QString emoji = QStringLiteral("Geen idee 🤷\u200d♀️ wat ik moet doen");
    CHECK(room.api("api/cards", {{"token", token}, {"text", emoji}}).status == 201);
    const HttpReply reordered =
        room.api("api/cards", {{"token", token}, {"text", QStringLiteral("abc\u202edef")}});
    CHECK(reordered.status == 400);
    CHECK(reordered.json()["error"].toString().contains("stuurtekens"));
    // Markup is text: stored as written, escaped by JSON, never run.
    const QString hostile = QStringLiteral("<img src=x onerror=alert(1)><script>x</script>");
    const HttpReply card = room.api("api/cards", {{"token", token}, {"text", hostile}});
    REQUIRE(card.status == 201);
    CHECK(room.document().workspace().find<Card>(card.json()["id"].toString())->title == hostile);
    // A connection that never finishes its headers does not hold the server.
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, room.port);
    REQUIRE(slow.waitForConnected(2000));
    slow.write("POST " + path + " HTTP/1.1\r\n");
    CHECK(room.api("api/state", {{"token", token}}).status == 200);
}

TEST_CASE("Live session: fifty participants join and write at once") {
    LiveExample room;
    room.openWritingRound();
    std::vector<QByteArray> joins;
    for (int i = 0; i < 50; ++i)
        joins.push_back(test::postRequest(
            room.base + "api/join", QString("{\"label\":\"Deelnemer %1\"}").arg(i + 1).toUtf8()));
    const std::vector<HttpReply> joined = test::rawRequests(room.port, joins);
    std::vector<QByteArray> cards;
    QSet<QString> tokens;
    for (const HttpReply &reply : joined) {
        REQUIRE(reply.status == 200);
        const QString token = reply.json()["token"].toString();
        tokens.insert(token);
        cards.push_back(test::postRequest(
            room.base + "api/cards",
            QJsonDocument(QJsonObject{{"token", token}, {"text", "Knelpunt van " + token.left(4)}})
                .toJson(QJsonDocument::Compact)));
    }
    CHECK(tokens.size() == 50); // each token names one participant
    for (const HttpReply &reply : test::rawRequests(room.port, cards))
        CHECK(reply.status == 201);
    CHECK(room.live->participantCount() == 50);
    CHECK(room.live->cardsReceived() == 50);
    CHECK(room.document().workspace().orderedParticipants(room.session).size() == 50);
}

TEST_CASE("Live session: phones hear over a WebSocket when to look again, and without the secret "
          "or a token they are turned away") {
    LiveExample room;
    const QString token = room.join(QStringLiteral("Anna"));
    QWebSocket phone;
    QStringList heard;
    QObject::connect(&phone, &QWebSocket::textMessageReceived,
                     [&](const QString &message) { heard << message; });
    phone.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2ws").arg(room.port).arg(room.base)));
    REQUIRE(
        QTest::qWaitFor([&] { return phone.state() == QAbstractSocket::ConnectedState; }, 5000));
    phone.sendTextMessage(QJsonDocument(QJsonObject{{"token", token}}).toJson());
    REQUIRE(QTest::qWaitFor([&] { return heard.size() == 1; }, 5000));
    CHECK(room.server->webSocketCount() == 1);
    room.openWritingRound();
    REQUIRE(QTest::qWaitFor([&] { return heard.size() == 2; }, 5000));
    CHECK(heard.last() == "{\"type\":\"changed\"}");

    QWebSocket stranger;
    stranger.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(room.port)));
    REQUIRE(QTest::qWaitFor([&] { return stranger.state() == QAbstractSocket::UnconnectedState; },
                            5000));
    QWebSocket noToken;
    noToken.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2ws").arg(room.port).arg(room.base)));
    REQUIRE(
        QTest::qWaitFor([&] { return noToken.state() == QAbstractSocket::ConnectedState; }, 5000));
    noToken.sendTextMessage(QStringLiteral("{\"token\":\"guess\"}"));
    REQUIRE(QTest::qWaitFor([&] { return noToken.state() == QAbstractSocket::UnconnectedState; },
                            5000));
    CHECK(room.server->webSocketCount() == 1);
    // Too large a message closes the socket.
    phone.sendTextMessage(QString(5000, QLatin1Char('x')));
    REQUIRE(
        QTest::qWaitFor([&] { return phone.state() == QAbstractSocket::UnconnectedState; }, 5000));
}

TEST_CASE("Live session: after the server stops nothing listens, and phones hear it ended") {
    auto room = std::make_unique<LiveExample>();
    const quint16 port = room->port;
    const QString token = room->join(QStringLiteral("Anna"));
    QWebSocket phone;
    QStringList heard;
    QObject::connect(&phone, &QWebSocket::textMessageReceived,
                     [&](const QString &message) { heard << message; });
    phone.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2ws").arg(port).arg(room->base)));
    REQUIRE(
        QTest::qWaitFor([&] { return phone.state() == QAbstractSocket::ConnectedState; }, 5000));
    phone.sendTextMessage(QJsonDocument(QJsonObject{{"token", token}}).toJson());
    REQUIRE(QTest::qWaitFor([&] { return heard.size() == 1; }, 5000));
    room->server.reset();
    CHECK(test::nothingListens(port));
    REQUIRE(QTest::qWaitFor([&] { return heard.size() == 2; }, 5000));
    CHECK(heard.last() == "{\"type\":\"ended\"}");
}

TEST_CASE("Live session: what phones sent survives JSON export and import, valid against the "
          "schema") {
    LiveExample room;
    const QString round = room.openWritingRound();
    const QString token = room.join(QStringLiteral("Anna"));
    const QString card = room.api("api/cards", {{"token", token}, {"text", "Formulier te lang"}})
                             .json()["id"]
                             .toString();
    const QByteArray json = JsonCodec::write(room.document().workspace());
    QString error;
    const std::optional<Workspace> back = JsonCodec::read(json, &error);
    INFO(error.toStdString());
    REQUIRE(back);
    CHECK(test::canonical(*back) == test::canonical(room.document().workspace()));
    const Card *read = back->find<Card>(card);
    REQUIRE(read);
    CHECK(read->round == round);
    CHECK(back->find<VoteRound>(round)->kind == "cards");
    CHECK(back->find<Participant>(read->participant)->label == "Anna");
    // The schema, checked by python3-jsonschema rather than by our reader.
    const QString path = room.file.dir.filePath(QStringLiteral("live.json"));
    test::writeFile(path, json);
    QProcess check;
    check.start(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import json,sys,jsonschema; s=json.load(open(sys.argv[1])); "
                                "jsonschema.Draft202012Validator(s).validate(json.load(open("
                                "sys.argv[2])))"),
                 QStringLiteral(BLAUWDRUK_SOURCE_DIR "/resources/schema/blauwdruk.schema.json"),
                 path});
    REQUIRE(check.waitForFinished(60'000));
    INFO(check.readAllStandardError().toStdString());
    CHECK(check.exitCode() == 0);
}

TEST_CASE("Live session: the QR code reads back as the participants' address (zbarimg)") {
    LiveExample room;
    const QString url = room.server->participantUrl();
    CHECK(url == QStringLiteral("http://127.0.0.1:%1%2").arg(room.port).arg(room.base));
    const QString path = room.file.dir.filePath(QStringLiteral("qr.png"));
    REQUIRE(qrCodeImage(url, 4).save(path));
    // A third-party reader, as a phone's camera app would read it.
    QProcess reader;
    reader.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), path});
    REQUIRE(reader.waitForFinished(60'000));
    CHECK(reader.exitCode() == 0);
    CHECK(QString::fromUtf8(reader.readAllStandardOutput()).trimmed() == url);
    CHECK(qrCodeImage(QString(5000, QLatin1Char('x')), 4).isNull()); // too long for a QR code
}
