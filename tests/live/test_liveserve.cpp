// `blauwdruk session serve`: the live session without a window, run as the
// real binary, as a script would. Each test ends its server itself (SIGTERM
// or stdin closed), and kills it if the test fails first.
#include "livetestsupport.h"

#include "../app/clirun.h"
#include "store.h"

#include <QJsonArray>
#include <QProcess>
#include <QUrl>

using namespace blauwdruk;

namespace {

struct Served {
    QProcess process;
    QUrl url;
    Served(const QString &file, const QStringList &more = {}) {
        process.setProcessEnvironment(test::cliEnvironment());
        process.start(QStringLiteral(BLAUWDRUK_BINARY),
                      QStringList{"session", "serve", file, "--listen", "127.0.0.1:0"} + more);
        REQUIRE(process.waitForStarted(10'000));
        REQUIRE(QTest::qWaitFor([&] { return process.canReadLine(); }, 20'000));
        url = QUrl(QString::fromUtf8(process.readLine()).trimmed());
    }
    ~Served() {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10'000);
        }
    }
    quint16 port() const { return quint16(url.port()); }
    // One line on stdin, its JSON answer from stdout.
    QJsonObject command(const QByteArray &line) {
        process.write(line + '\n');
        REQUIRE(QTest::qWaitFor([&] { return process.canReadLine(); }, 10'000));
        return QJsonDocument::fromJson(process.readLine()).object();
    }
};

} // namespace

TEST_CASE("Live session: session serve prints the address first, serves the protocol and ends "
          "cleanly on SIGTERM") {
    test::ExampleFile file;
    file.document.reset();
    Served served(file.path, {"--question", "Welke knelpunten ervaart Samira?"});
    // http://127.0.0.1:PORT/SECRET/
    CHECK(served.url.scheme() == "http");
    CHECK(served.url.host() == "127.0.0.1");
    REQUIRE(served.port() != 0);
    const QString base = served.url.path();
    REQUIRE(base.size() >= 28);
    CHECK(base.endsWith('/'));
    const test::HttpReply page = test::get(served.port(), base);
    CHECK(page.status == 200); // no redirect
    CHECK(test::get(served.port(), "/").status == 403);

    const test::HttpReply joined =
        test::post(served.port(), base + "api/join", {{"label", "Anna"}});
    REQUIRE(joined.status == 200);
    const QString token = joined.json()["token"].toString();
    REQUIRE(test::post(served.port(), base + "api/cards", {{"token", token}, {"text", "Te lang"}})
                .status == 201);
    const QJsonObject status = served.command("status");
    CHECK(status["participants"].toInt() == 1);
    CHECK(status["cards"].toInt() == 1);
    const QJsonObject vote = served.command("vote 5 3 Wat pakken we eerst aan?");
    REQUIRE(vote["ok"].toBool());
    const QJsonArray cards =
        test::post(served.port(), base + "api/state", {{"token", token}}).json()["cards"].toArray();
    REQUIRE(!cards.isEmpty());
    REQUIRE(test::post(served.port(), base + "api/votes",
                       {{"token", token}, {"card", cards[0].toObject()["id"]}, {"count", 2}})
                .status == 200);
    CHECK(served.command("reveal")["ok"].toBool());
    CHECK(!served.command("bogus")["ok"].toBool());

    served.process.terminate(); // SIGTERM
    REQUIRE(served.process.waitForFinished(20'000));
    CHECK(served.process.exitStatus() == QProcess::NormalExit);
    CHECK(served.process.exitCode() == 0);
    CHECK(test::nothingListens(served.port()));
    // Everything is in the file: rounds closed, the session ended.
    std::unique_ptr<Store> store = Store::open(file.path, Store::Mode::ReadOnly, nullptr);
    REQUIRE(store);
    const Workspace ws = *store->load(nullptr);
    REQUIRE(ws.voteRounds.size() == 2);
    for (const VoteRound &round : ws.voteRounds)
        CHECK(round.closed);
    REQUIRE(ws.sessions.size() == 1);
    CHECK(!ws.sessions.front().endedAt.isEmpty());
    CHECK(ws.participants.size() == 1);
    CHECK(ws.votes.size() == 1);
}

TEST_CASE("Live session: session serve ends when its stdin closes, and refuses what it cannot "
          "serve") {
    test::ExampleFile file;
    file.document.reset();
    {
        Served served(file.path);
        served.process.closeWriteChannel();
        REQUIRE(served.process.waitForFinished(20'000));
        CHECK(served.process.exitCode() == 0);
        CHECK(test::nothingListens(served.port()));
    }
    const test::CliResult badAddress =
        test::runCli({"session", "serve", file.path, "--listen", "localhost"});
    CHECK(badAddress.exitCode == 2);
    CHECK(badAddress.err.contains("--listen"));
    const test::CliResult noFile =
        test::runCli({"session", "serve", file.path + ".none", "--listen", "127.0.0.1:0"});
    CHECK(noFile.exitCode == 1);
    CHECK(noFile.err.contains(".none"));
    // A file another Blauwdruk holds is not served.
    std::unique_ptr<Document> holder = Document::open(file.path, Store::Mode::ReadWrite, nullptr);
    REQUIRE(holder);
    const test::CliResult held =
        test::runCli({"session", "serve", file.path, "--listen", "127.0.0.1:0"});
    CHECK(held.exitCode == 1);
    CHECK(held.out.isEmpty());
}
