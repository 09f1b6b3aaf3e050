// Cancel while the library works (issue 20, point 8): the window's Cancel
// reaches a statement running on another thread, and the connection serves on.
#include "librarytestsupport.h"

#include <QDeadlineTimer>
#include <QThread>

#include <thread>

using namespace blauwdruk;
using namespace blauwdruk::test;

TEST_CASE("Library: cancel() stops a statement running on another thread") {
    TestCluster cluster;
    INFO(cluster.error().toStdString());
    REQUIRE(cluster.isRunning());
    std::unique_ptr<PgConnection> busy = cluster.connect();
    std::unique_ptr<PgConnection> watcher = cluster.connect();
    REQUIRE(busy->isOpen());
    REQUIRE(watcher->isOpen());

    PgResult slept;
    std::thread runner([&] { slept = busy->exec("SELECT pg_sleep(120)"); });
    // Wait until the server runs it, so the cancel has something to stop.
    const QDeadlineTimer deadline(60000);
    bool running = false;
    while (!running && !deadline.hasExpired()) {
        const PgResult seen = watcher->exec(
            "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE "
            "'SELECT pg_sleep(120)%'");
        running = seen.ok() && seen.value(0, 0) == QLatin1String("1");
        if (!running)
            QThread::yieldCurrentThread();
    }
    REQUIRE(running);
    busy->cancel();
    runner.join();

    CHECK_FALSE(slept.ok());
    CHECK(slept.sqlState() == QStringLiteral("57014"));
    CHECK(busy->explain(slept) == QStringLiteral("cancelled by the user"));
    // The connection is not lost: the next statement runs.
    CHECK(busy->exec("SELECT 1").ok());
    // With nothing running, a cancel does no harm.
    busy->cancel();
    CHECK(busy->exec("SELECT 2").ok());
}
