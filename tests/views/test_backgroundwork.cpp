// Long work with progress and Cancel (issue 20, point 8): the window answers
// while work runs on a thread, a progress window offers Cancel, and Cancel
// either returns at once or interrupts the work and waits for it.
#include "backgroundwork.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDeadlineTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace blauwdruk;

namespace {

// Presses Cancel in the progress window once it shows (after
// BackgroundWork::kShowAfterMs); `label` receives what it said.
void cancelWhenShown(QString *label) {
    QTimer::singleShot(10, [label] {
        auto *progress = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
        QPushButton *cancel = progress ? progress->findChild<QPushButton *>() : nullptr;
        if (!progress || !progress->isVisible() || !cancel) {
            cancelWhenShown(label);
            return;
        }
        *label = progress->labelText();
        cancel->click();
    });
}

} // namespace

TEST_CASE("Long work: the window keeps answering, and the work's result comes back") {
    QSemaphore gate;
    int ticks = 0;
    QTimer ticker;
    // The window's own timers run while the work waits: after a few turns
    // they let it finish.
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (++ticks == 3)
            gate.release();
    });
    ticker.start(5);
    const std::optional<int> answer =
        BackgroundWork::run<int>(nullptr, QStringLiteral("Working…"), [&] {
            gate.acquire();
            return 42;
        });
    REQUIRE(answer);
    CHECK(*answer == 42);
    CHECK(ticks >= 3);
}

TEST_CASE("Long work: Cancel in the progress window returns at once, and the work ends unwatched") {
    auto gate = std::make_shared<QSemaphore>();
    auto ended = std::make_shared<std::atomic<bool>>(false);
    QString said;
    cancelWhenShown(&said);
    const std::optional<QString> answer = BackgroundWork::run<QString>(
        nullptr, QStringLiteral("Reading archief.blauwdruk…"), [gate, ended] {
            gate->acquire();
            *ended = true;
            return QStringLiteral("too late");
        });
    CHECK_FALSE(answer);
    CHECK(said == QStringLiteral("Reading archief.blauwdruk…"));
    CHECK_FALSE(*ended); // Cancel did not wait for it
    // The work runs on to its end, with what it owns.
    gate->release();
    const QDeadlineTimer deadline(30000);
    while (!*ended && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    CHECK(*ended);
}

TEST_CASE("Long work: Cancel with an interrupt stops the work and gives its own answer") {
    QSemaphore stop;
    QString said;
    cancelWhenShown(&said);
    const std::optional<QString> answer = BackgroundWork::run<QString>(
        nullptr, QStringLiteral("Searching the library…"),
        [&] {
            stop.acquire();
            return QStringLiteral("cancelled by the user");
        },
        [&] { stop.release(); });
    REQUIRE(answer);
    CHECK(*answer == QStringLiteral("cancelled by the user"));
    CHECK(said == QStringLiteral("Searching the library…"));
    // No progress window is left behind.
    CHECK(QApplication::activeModalWidget() == nullptr);
}
