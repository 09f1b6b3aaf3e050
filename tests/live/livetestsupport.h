#pragma once

// Real HTTP and WebSocket clients for the live session's tests, on the
// loopback address only. Each waits in the event loop (the server in the
// same process keeps serving meanwhile), with a deadline so a hung server
// fails the test instead of hanging it.

#include "document.h"
#include "liveserver.h"
#include "livesession.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace blauwdruk::test {

struct HttpReply {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower case
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const {
        for (const auto &[key, value] : headers)
            if (key == name)
                return value;
        return {};
    }
};

// Sends `request` as it is on a fresh connection and reads the answer until
// the server closes it.
HttpReply rawRequest(quint16 port, const QByteArray &request);
// Several at once, each on its own connection: all are written before any
// answer is read.
std::vector<HttpReply> rawRequests(quint16 port, const std::vector<QByteArray> &requests);
QByteArray postRequest(const QString &path, const QByteArray &body,
                       const QByteArray &language = "nl");
QByteArray getRequest(const QString &path);
HttpReply post(quint16 port, const QString &path, const QJsonObject &body);
HttpReply get(quint16 port, const QString &path);
// True when nothing accepts a connection on the port any more.
bool nothingListens(quint16 port);

// The example file, its document, a work session on its first journey, a
// live session and its server on 127.0.0.1 with a free port.
struct LiveExample {
    ExampleFile file;
    QString journey;
    QString session;
    std::unique_ptr<LiveSession> live;
    std::unique_ptr<LiveServer> server;
    quint16 port = 0;
    QString base; // "/SECRET/"

    explicit LiveExample(LiveLimits limits = {});
    ~LiveExample();
    Document &document() { return *file.document; }
    QString join(const QString &label); // the token
    QString openWritingRound(const QString &question = QStringLiteral("Welke knelpunten?"));
    QString openVoteRound(int budget, int cap);
    HttpReply api(const QString &call, const QJsonObject &body) {
        return post(port, base + call, body);
    }
};

} // namespace blauwdruk::test
