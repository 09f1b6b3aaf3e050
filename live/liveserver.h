#pragma once

#include "livesession.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QList>

class QWebSocket;

namespace blauwdruk {

class RequestGuard;

// Serves a live session to the room: the participant's page (from the
// app's resources) and the JSON protocol below the session's secret, and
// tells connected phones over a WebSocket when to fetch their state again.
// It listens on one address only, from listen() until it is destroyed.
class LiveServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit LiveServer(LiveSession &session, QObject *parent = nullptr);
    ~LiveServer() override;

    // Port 0 picks a free port. False, with the reason, when it cannot.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    // http://HOST:PORT/SECRET/ for the address listened on.
    QString participantUrl() const;
    int webSocketCount() const { return int(mSockets.size()); }
    int openConnections() const;

    // Every response's Content-Security-Policy: nothing from elsewhere, no
    // inline script or style.
    static QByteArray contentSecurityPolicy();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                 const QByteArray &type, const QByteArray &body);
    void takeWebSockets();
    void notifyPhones();
    LiveSession::Language languageOf(const QHttpServerRequest &request) const;

    LiveSession &mSession;
    RequestGuard *mGuard = nullptr;
    QHostAddress mAddress;
    QList<QWebSocket *> mSockets;    // joined: told about changes
    QList<QWebSocket *> mUnverified; // waiting for their token
};

} // namespace blauwdruk
