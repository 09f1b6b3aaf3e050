// Measures the live session (issue 18) as a room uses it: N phones join at
// once, then each sends cards, each on its own connection over 127.0.0.1,
// all requests in flight together; then a vote round with every phone
// putting dots on cards. Prints the wall time of each wave and the 50th and
// 95th percentile of one request's time from connect to the answer's end,
// and the process's peak memory. Run by hand, never a timed test; figures
// go in docs/performance.md.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench_live [PHONES] [CARDS_EACH]
#include "currentsession.h"
#include "document.h"
#include "jsoncodec.h"
#include "liveserver.h"
#include "livesession.h"
#include "store.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace blauwdruk;

namespace {

struct Wave {
    std::vector<QByteArray> answers;
    std::vector<double> ms; // per request
    double wallMs = 0;
};

// Every request on its own connection, all written before any is read.
Wave send(quint16 port, const std::vector<QByteArray> &requests) {
    Wave wave;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QElapsedTimer> clocks(requests.size());
    std::vector<bool> done(requests.size(), false);
    wave.answers.resize(requests.size());
    wave.ms.resize(requests.size());
    QElapsedTimer wall;
    wall.start();
    for (size_t i = 0; i < requests.size(); ++i) {
        clocks[i].start();
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        socket->write(requests[i]);
        sockets.push_back(std::move(socket));
    }
    size_t finished = 0;
    const QDeadlineTimer deadline(120'000);
    while (finished < requests.size() && !deadline.hasExpired()) {
        QTest::qWait(1);
        for (size_t i = 0; i < sockets.size(); ++i) {
            if (done[i])
                continue;
            wave.answers[i] += sockets[i]->readAll();
            if (sockets[i]->state() == QAbstractSocket::UnconnectedState) {
                done[i] = true;
                wave.ms[i] = clocks[i].nsecsElapsed() / 1e6;
                ++finished;
            }
        }
    }
    wave.wallMs = wall.nsecsElapsed() / 1e6;
    return wave;
}

QByteArray post(const QString &path, const QJsonObject &body) {
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "POST " + path.toUtf8() +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(json.size()) +
           "\r\n\r\n" + json;
}

QJsonObject body(const QByteArray &answer) {
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
}

int status(const QByteArray &answer) {
    return answer.split(' ').value(1).toInt();
}

void report(const char *what, Wave wave) {
    std::sort(wave.ms.begin(), wave.ms.end());
    const auto at = [&](double p) { return wave.ms[size_t(p * (wave.ms.size() - 1))]; };
    int ok = 0;
    for (const QByteArray &answer : wave.answers)
        ok += status(answer) / 100 == 2;
    std::printf("%-22s %6zu requests  %5d ok  wall %8.1f ms  p50 %7.1f ms  p95 %7.1f ms\n", what,
                wave.ms.size(), ok, wave.wallMs, at(0.5), at(0.95));
}

} // namespace

int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv);
    const int phones = argc > 1 ? std::atoi(argv[1]) : 100;
    const int cardsEach = argc > 2 ? std::atoi(argv[2]) : 5;
    QTemporaryDir dir;
    QFile example(QStringLiteral(BLAUWDRUK_SOURCE_DIR "/resources/example/minimaregelingen.json"));
    example.open(QIODevice::ReadOnly);
    QString error;
    const std::optional<Workspace> ws = JsonCodec::read(example.readAll(), &error);
    const QString path = dir.filePath(QStringLiteral("bench.blauwdruk"));
    if (!ws || !Store::writeNew(path, *ws, &error))
        return std::fprintf(stderr, "%s\n", qPrintable(error)), 1;
    std::unique_ptr<Document> document = Document::open(path, Store::Mode::ReadWrite, &error);
    const QString journey = document->workspace().orderedJourneys().front()->id;
    const QString session = CurrentSession::ensure(*document, journey);
    LiveLimits limits;
    limits.participants = std::max(limits.participants, phones);
    limits.joinsPerMinute = std::max(limits.joinsPerMinute, phones);
    limits.cardsPerMinute = std::max(limits.cardsPerMinute, cardsEach);
    limits.connections = std::max(limits.connections, phones + 10);
    LiveSession live(*document, session, limits);
    LiveServer server(live);
    server.listen(QHostAddress::LocalHost, 0, &error);
    const QString base = QLatin1Char('/') + live.secret() + QLatin1Char('/');
    std::printf("%d phones, %d cards each, on the example's first journey\n", phones, cardsEach);

    std::vector<QByteArray> joins;
    for (int i = 0; i < phones; ++i)
        joins.push_back(post(base + "api/join", {{"label", QString("Deelnemer %1").arg(i + 1)}}));
    const Wave joined = send(server.port(), joins);
    report("join", joined);
    QStringList tokens;
    for (const QByteArray &answer : joined.answers)
        tokens << body(answer)["token"].toString();

    QString roundError;
    live.openWritingRound(QStringLiteral("Welke knelpunten?"), QString(), QString(), &roundError);
    for (int round = 0; round < cardsEach; ++round) {
        std::vector<QByteArray> cards;
        for (const QString &token : tokens)
            cards.push_back(post(
                base + "api/cards",
                {{"token", token}, {"text", QString("Kaart %1 van %2").arg(round).arg(token)}}));
        report(round == 0 ? "cards (wave 1)" : "cards (next wave)", send(server.port(), cards));
    }
    std::vector<QByteArray> states;
    for (const QString &token : tokens)
        states.push_back(post(base + "api/state", {{"token", token}}));
    report("state (writing)", send(server.port(), states));

    Edits::VoteRoundDraft draft;
    draft.title = QStringLiteral("Wat eerst?");
    live.openVoteRound(draft, &roundError);
    const Wave voteState = send(server.port(), states);
    report("state (vote round)", voteState);
    const QJsonArray cards = body(voteState.answers.front())["cards"].toArray();
    std::vector<QByteArray> votes;
    for (int i = 0; i < tokens.size(); ++i)
        votes.push_back(
            post(base + "api/votes", {{"token", tokens[i]},
                                      {"card", cards[i % cards.size()].toObject()["id"]},
                                      {"count", 2}}));
    report("votes", send(server.port(), votes));
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("cards in the inbox: %d; dots cast: %d; peak memory %.0f MB\n",
                int(document->workspace().cards.size()), live.dotsCast(), usage.ru_maxrss / 1024.0);
    return 0;
}
