#include "liveserver.h"

#include "requestguard.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <utility>

namespace blauwdruk {

namespace {

// The page's files, by their name below the secret.
struct PageFile {
    const char *path;
    const char *resource;
    const char *type;
};
constexpr PageFile kPageFiles[] = {
    {"", ":/live/index.html", "text/html; charset=utf-8"},
    {"index.html", ":/live/index.html", "text/html; charset=utf-8"},
    {"app.css", ":/live/app.css", "text/css; charset=utf-8"},
    {"app.js", ":/live/app.js", "text/javascript; charset=utf-8"},
};

QByteArray resource(const char *name) {
    QFile file(QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

LiveServer::LiveServer(LiveSession &session, QObject *parent)
    : QAbstractHttpServer(parent)
    , mSession(session) {
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &LiveServer::takeWebSockets);
    connect(&session, &LiveSession::changed, this, &LiveServer::notifyPhones);
}

LiveServer::~LiveServer() {
    // Phones are let go before the server goes; their goodbyes find no one.
    const QList<QWebSocket *> joined = std::exchange(mSockets, {});
    const QList<QWebSocket *> unverified = std::exchange(mUnverified, {});
    for (QWebSocket *socket : joined + unverified) {
        socket->disconnect(this);
        // Joined phones say the facilitator ended the session, rather than
        // blaming their Wi-Fi: written to the system before the socket closes.
        if (joined.contains(socket)) {
            socket->sendTextMessage(QStringLiteral("{\"type\":\"ended\"}"));
            socket->flush();
        }
        socket->close();
        delete socket;
    }
}

QByteArray LiveServer::contentSecurityPolicy() {
    return "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ws: wss:; "
           "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

bool LiveServer::listen(const QHostAddress &address, quint16 port, QString *error) {
    auto guard = std::make_unique<RequestGuard>(mSession.secret(), mSession.limits());
    if (!guard->listen(address, port)) {
        if (error)
            *error = guard->errorString();
        return false;
    }
    mAddress = address;
    mGuard = guard.release();
    bind(mGuard); // the HTTP server takes it as its child
    return true;
}

quint16 LiveServer::port() const {
    return mGuard ? mGuard->serverPort() : 0;
}

int LiveServer::openConnections() const {
    return mGuard ? mGuard->openConnections() : 0;
}

QString LiveServer::participantUrl() const {
    QString host = mAddress.toString();
    if (mAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2/%3/").arg(host).arg(port()).arg(mSession.secret());
}

LiveSession::Language LiveServer::languageOf(const QHttpServerRequest &request) const {
    // The phone's first language where we have it, the workspace's otherwise.
    const QByteArray accepted = request.value("accept-language").trimmed().toLower();
    if (accepted.startsWith("nl"))
        return LiveSession::Language::Dutch;
    if (accepted.startsWith("en"))
        return LiveSession::Language::English;
    return mSession.defaultLanguage();
}

void LiveServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                         const QByteArray &type, const QByteArray &body) {
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(body,
                    {{"Content-Type", type},
                     {"Content-Security-Policy", contentSecurityPolicy()},
                     {"X-Content-Type-Options", "nosniff"},
                     {"Referrer-Policy", "no-referrer"},
                     {"X-Frame-Options", "DENY"},
                     {"Cache-Control", "no-store"},
                     {"Connection", "close"}},
                    QHttpServerResponder::StatusCode(status));
    // One request per connection: the next one passes the guard again.
    socket->disconnectFromHost();
}

bool LiveServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    const QString prefix = QLatin1Char('/') + mSession.secret() + QLatin1Char('/');
    const QString path = request.url().path();
    if (!path.startsWith(prefix)) { // the guard lets none of these through
        respond(request, socket, 403, "text/plain; charset=utf-8", "403 Forbidden\n");
        return true;
    }
    const QString below = path.mid(prefix.size());
    const LiveSession::Language language = languageOf(request);
    if (below == QLatin1String("ws")) {
        // A WebSocket upgrade is accepted by returning true unanswered.
        if (request.value("upgrade").toLower() == "websocket")
            return true;
        respond(request, socket, 400, "text/plain; charset=utf-8", "400 Bad Request\n");
        return true;
    }
    if (request.method() == QHttpServerRequest::Method::Post && below.startsWith("api/")) {
        const LiveSession::Reply reply = mSession.handle(below, request.body(), language);
        respond(request, socket, reply.status, "application/json; charset=utf-8",
                QJsonDocument(reply.body).toJson(QJsonDocument::Compact));
        return true;
    }
    if (request.method() == QHttpServerRequest::Method::Get ||
        request.method() == QHttpServerRequest::Method::Head) {
        for (const PageFile &file : kPageFiles) {
            if (below != QLatin1String(file.path))
                continue;
            QByteArray body = resource(file.resource);
            if (QByteArray(file.type).startsWith("text/html") &&
                language == LiveSession::Language::English)
                body.replace("lang=\"nl\"", "lang=\"en\"");
            respond(request, socket, 200, file.type, body);
            return true;
        }
    }
    return false;
}

void LiveServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    const bool api = request.url().path().contains(QLatin1String("/api/"));
    respond(request, socket, api ? 405 : 404, "text/plain; charset=utf-8",
            api ? "405 Method Not Allowed\n" : "404 Not Found\n");
}

void LiveServer::takeWebSockets() {
    while (hasPendingWebSocketConnections()) {
        QWebSocket *socket = nextPendingWebSocketConnection().release();
        if (!socket)
            break;
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(mSession.limits().webSocketMessageBytes);
        socket->setMaxAllowedIncomingFrameSize(mSession.limits().webSocketMessageBytes);
        mUnverified.append(socket);
        // The first message names the participant; a socket that does not
        // within the time allowed for a request's headers is closed.
        QTimer::singleShot(mSession.limits().headerSeconds * 1000, socket, [this, socket] {
            if (mUnverified.contains(socket))
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        });
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &message) {
                    if (!mUnverified.contains(socket))
                        return; // nothing else is listened to
                    const QString token = QJsonDocument::fromJson(message.toUtf8())
                                              .object()
                                              .value(QStringLiteral("token"))
                                              .toString();
                    mUnverified.removeAll(socket);
                    if (!mSession.knowsToken(token) ||
                        mSockets.size() >= mSession.limits().participants * 2) {
                        socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
                        return;
                    }
                    mSockets.append(socket);
                    socket->sendTextMessage(QStringLiteral("{\"type\":\"changed\"}"));
                });
        connect(socket, &QWebSocket::binaryMessageReceived, socket,
                [socket] { socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            mUnverified.removeAll(socket);
            mSockets.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void LiveServer::notifyPhones() {
    for (QWebSocket *socket : std::as_const(mSockets))
        socket->sendTextMessage(QStringLiteral("{\"type\":\"changed\"}"));
}

} // namespace blauwdruk
