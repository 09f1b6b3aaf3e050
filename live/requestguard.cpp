#include "requestguard.h"

#include <QTcpSocket>
#include <QTimer>

namespace blauwdruk {

namespace {

// Compares without stopping at the first difference, so the time an answer
// takes says nothing about how much of a guessed secret was right.
bool sameSecret(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

RequestGuard::RequestGuard(const QString &secret, const LiveLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , mPrefix('/' + secret.toLatin1() + '/')
    , mLimits(limits) {
    // A room joins at once: with Qt's default backlog of 50 the system
    // dropped the rest, and their phones tried again a second later
    // (measured: bench_live, docs/performance.md).
    setListenBacklogSize(limits.connections);
    setMaxPendingConnections(limits.connections);
}

void RequestGuard::incomingConnection(qintptr handle) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    ++mOpen;
    connect(socket, &QObject::destroyed, this, [this] { --mOpen; });
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    if (mOpen > mLimits.connections)
        return turnAway(socket, 503, "Service Unavailable");
    // Never more in memory than one request may be; the rest waits in the
    // operating system until it is read.
    socket->setReadBufferSize(mLimits.headerBytes + mLimits.bodyBytes + 1);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, socket,
            [socket] { turnAway(socket, 408, "Request Timeout"); });
    deadline->start(mLimits.headerSeconds * 1000);
    connect(socket, &QIODevice::readyRead, socket, [this, socket] { inspect(socket); });
}

void RequestGuard::turnAway(QTcpSocket *socket, int status, const char *reason) {
    stopInspecting(socket);
    const QByteArray body = QByteArray::number(status) + ' ' + reason + '\n';
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                  QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\nCache-Control: no-store\r\n"
                  "Content-Security-Policy: default-src 'none'\r\n\r\n" +
                  body);
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

void RequestGuard::stopInspecting(QTcpSocket *socket) {
    QObject::disconnect(socket, &QIODevice::readyRead, socket, nullptr);
    for (QTimer *timer : socket->findChildren<QTimer *>())
        timer->stop();
}

void RequestGuard::inspect(QTcpSocket *socket) {
    const QByteArray head = socket->peek(mLimits.headerBytes + 4);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > mLimits.headerBytes)
            return turnAway(socket, 431, "Request Header Fields Too Large");
        return; // more to come
    }
    const QList<QByteArray> lines = head.left(end).split('\n');
    const QList<QByteArray> request = lines.first().trimmed().split(' ');
    if (request.size() != 3 || !request[2].startsWith("HTTP/1."))
        return turnAway(socket, 400, "Bad Request");
    // The secret first: without it nothing else is looked at.
    const QByteArray &target = request[1];
    if (!sameSecret(target.left(mPrefix.size()), mPrefix))
        return turnAway(socket, 403, "Forbidden");
    const QByteArray &method = request[0];
    if (method != "GET" && method != "HEAD" && method != "POST")
        return turnAway(socket, 405, "Method Not Allowed");
    qint64 length = -1;
    bool webSocket = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return turnAway(socket, 400, "Bad Request");
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        webSocket = webSocket || (name == "upgrade" && value.toLower() == "websocket");
        if (name == "transfer-encoding")
            return turnAway(socket, 411, "Length Required"); // chunked bodies have no size up front
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || (length >= 0 && length != n))
                return turnAway(socket, 400, "Bad Request");
            length = n;
        }
    }
    if (length > mLimits.bodyBytes)
        return turnAway(socket, 413, "Content Too Large");
    if (method == "POST" && length < 0)
        return turnAway(socket, 411, "Length Required");
    // Within the limits: to the HTTP server, which reads it from the start.
    stopInspecting(socket);
    // A request that never sends the body it announced does not keep its
    // connection; a WebSocket stays open as long as the session.
    if (!webSocket)
        QTimer::singleShot(mLimits.headerSeconds * 3000, socket, [socket] { socket->abort(); });
    addPendingConnection(socket);
    // What arrived already announced itself to us, not to the server.
    QMetaObject::invokeMethod(socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

} // namespace blauwdruk
