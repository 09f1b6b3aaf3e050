#pragma once

#include "livelimits.h"

#include <QTcpServer>

class QTcpSocket;

namespace blauwdruk {

// The live session's door. Qt 6.4's HTTP server reads whatever a client
// sends, of any size; this listening socket reads a request's line and
// headers first (without taking them from the socket) and lets through only
// a request within the limits, for the session's secret path, to the HTTP
// server behind it. Everything else is answered with a 4xx and closed before
// its body is read. The server answers one request per connection, so every
// request passes here.
class RequestGuard : public QTcpServer {
    Q_OBJECT
public:
    RequestGuard(const QString &secret, const LiveLimits &limits, QObject *parent = nullptr);

    int openConnections() const { return mOpen; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    void inspect(QTcpSocket *socket);
    // Answers with `status` and closes the connection.
    static void stopInspecting(QTcpSocket *socket);
    static void turnAway(QTcpSocket *socket, int status, const char *reason);

    QByteArray mPrefix; // "/SECRET/"
    LiveLimits mLimits;
    int mOpen = 0;
};

} // namespace blauwdruk
