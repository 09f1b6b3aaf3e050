#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace blauwdruk {

// The countdown of a work session (issue 15): a duration, started, paused,
// a minute more or less while it runs, "urgent" in its last minute, and a
// short sound when it reaches zero. Time passes through tick(), which the
// running clock calls with the milliseconds since the last call; tests call
// it themselves and need no sleeps. The sound is a function, so a test can
// count the calls (and the window can ask Preferences whether it is wanted).
class SessionTimer : public QObject {
    Q_OBJECT
public:
    explicit SessionTimer(QObject *parent = nullptr);

    // The duration to count down from; resets a timer that is not running.
    void setDuration(int seconds);
    int duration() const { return mDurationMs / 1000; }
    void start();
    void pause();
    void toggle() { mRunning ? pause() : start(); }
    // Back to the full duration, stopped.
    void reset();
    // A minute more or less: of the time left while it runs or is paused
    // part-way, else of the duration.
    void addMinutes(int minutes);
    // Lets `elapsedMs` pass; at zero the timer stops and sounds once.
    void tick(qint64 elapsedMs);

    bool isRunning() const { return mRunning; }
    bool isFinished() const { return mRemainingMs == 0; }
    // Whole seconds left, rounded up: "0:01" until the very end.
    int remainingSeconds() const { return int((mRemainingMs + 999) / 1000); }
    bool isLastMinute() const { return remainingSeconds() <= 60; }
    // "mm:ss"
    QString text() const;

    // What sounds at zero, and whether it is wanted (asked each time:
    // Preferences can change in between).
    void setPlayer(std::function<void()> play) { mPlay = std::move(play); }
    void setSoundWanted(std::function<bool()> wanted) { mWanted = std::move(wanted); }
    // Whether the clock (a QTimer) drives tick(); off in tests.
    void setClockEnabled(bool on) { mClockEnabled = on; }

signals:
    void changed();

private:
    void clockTick();

    qint64 mDurationMs = 10 * 60 * 1000;
    qint64 mRemainingMs = 10 * 60 * 1000;
    bool mRunning = false;
    bool mClockEnabled = true;
    QTimer mClock;
    QElapsedTimer mSinceTick;
    std::function<void()> mPlay;
    std::function<bool()> mWanted;
};

} // namespace blauwdruk
