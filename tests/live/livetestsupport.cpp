#include "livetestsupport.h"

#include "currentsession.h"
#include "edits.h"

#include <QDeadlineTimer>
#include <QTest>

namespace blauwdruk::test {

namespace {

HttpReply parse(const QByteArray &raw) {
    HttpReply reply;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = raw.left(end < 0 ? raw.size() : end).split('\n');
    const QList<QByteArray> status = lines.value(0).split(' ');
    reply.status = status.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            reply.headers.append(
                {lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed()});
    }
    reply.body = end < 0 ? QByteArray() : raw.mid(end + 4);
    return reply;
}

// A whole answer has arrived: its headers and as many bytes as they announce
// (Chromium's DevTools server keeps the connection open after it).
bool complete(const QByteArray &raw) {
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const HttpReply head = parse(raw);
    const QByteArray length = head.header("content-length");
    return !length.isEmpty() && raw.size() - end - 4 >= length.toLongLong();
}

} // namespace

std::vector<HttpReply> rawRequests(quint16 port, const std::vector<QByteArray> &requests) {
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (const QByteArray &request : requests) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        socket->write(request);
        sockets.push_back(std::move(socket));
    }
    std::vector<QByteArray> answers(sockets.size());
    const QDeadlineTimer deadline(20'000);
    const auto done = [&] {
        for (size_t i = 0; i < sockets.size(); ++i) {
            answers[i] += sockets[i]->readAll();
            if (sockets[i]->state() != QAbstractSocket::UnconnectedState && !complete(answers[i]))
                return false;
        }
        return true;
    };
    while (!done() && !deadline.hasExpired())
        QTest::qWait(5);
    REQUIRE(done()); // every answer is complete
    std::vector<HttpReply> replies;
    for (const QByteArray &answer : answers)
        replies.push_back(parse(answer));
    return replies;
}

HttpReply rawRequest(quint16 port, const QByteArray &request) {
    return rawRequests(port, {request}).front();
}

QByteArray postRequest(const QString &path, const QByteArray &body, const QByteArray &language) {
    return "POST " + path.toUtf8() +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Accept-Language: " +
           language + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray getRequest(const QString &path) {
    return "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
}

HttpReply post(quint16 port, const QString &path, const QJsonObject &body) {
    return rawRequest(port, postRequest(path, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

HttpReply get(quint16 port, const QString &path) {
    return rawRequest(port, getRequest(path));
}

bool nothingListens(quint16 port) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return !socket.waitForConnected(2000);
}

LiveExample::LiveExample(LiveLimits limits) {
    const Workspace &ws = file.document->workspace();
    journey = ws.orderedJourneys().front()->id;
    session = CurrentSession::ensure(*file.document, journey);
    REQUIRE(!session.isEmpty());
    live = std::make_unique<LiveSession>(*file.document, session, limits);
    server = std::make_unique<LiveServer>(*live);
    QString error;
    REQUIRE(server->listen(QHostAddress::LocalHost, 0, &error));
    port = server->port();
    REQUIRE(port != 0);
    base = QLatin1Char('/') + live->secret() + QLatin1Char('/');
}

LiveExample::~LiveExample() {
    server.reset(); // stops listening, also when a test failed
    live.reset();
}

QString LiveExample::join(const QString &label) {
    const HttpReply reply = api(QStringLiteral("api/join"), {{"label", label}});
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    const QString token = reply.json().value("token").toString();
    REQUIRE(token.size() >= 26);
    return token;
}

QString LiveExample::openWritingRound(const QString &question) {
    QString error;
    const QString round = live->openWritingRound(question, QString(), QString(), &error);
    INFO(error.toStdString());
    REQUIRE(!round.isEmpty());
    return round;
}

QString LiveExample::openVoteRound(int budget, int cap) {
    Edits::VoteRoundDraft draft;
    draft.title = QStringLiteral("Wat pakken we eerst aan?");
    draft.budget = budget;
    draft.cap = cap;
    QString error;
    const QString round = live->openVoteRound(draft, &error);
    INFO(error.toStdString());
    REQUIRE(!round.isEmpty());
    return round;
}

} // namespace blauwdruk::test
