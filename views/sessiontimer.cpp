#include "sessiontimer.h"

#include <algorithm>

namespace blauwdruk {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kLongest = 24 * 60 * kMinute; // what two digits of minutes can say, and more
} // namespace

SessionTimer::SessionTimer(QObject *parent)
    : QObject(parent) {
    // Four times a second: the display turns over close to each second.
    mClock.setInterval(250);
    connect(&mClock, &QTimer::timeout, this, &SessionTimer::clockTick);
}

void SessionTimer::setDuration(int seconds) {
    mDurationMs = std::clamp<qint64>(qint64(seconds) * 1000, 1000, kLongest);
    if (!mRunning)
        mRemainingMs = mDurationMs;
    emit changed();
}

void SessionTimer::start() {
    if (mRunning)
        return;
    if (mRemainingMs == 0)
        mRemainingMs = mDurationMs; // started again after the end: from the top
    mRunning = true;
    mSinceTick.start();
    if (mClockEnabled)
        mClock.start();
    emit changed();
}

void SessionTimer::pause() {
    if (!mRunning)
        return;
    clockTick(); // what passed since the last tick counts
    mRunning = false;
    mClock.stop();
    emit changed();
}

void SessionTimer::reset() {
    mRunning = false;
    mClock.stop();
    mRemainingMs = mDurationMs;
    emit changed();
}

void SessionTimer::addMinutes(int minutes) {
    const bool started = mRunning || (mRemainingMs != mDurationMs && mRemainingMs != 0);
    if (started) {
        // Never below a second: taking a minute off must not end the round.
        mRemainingMs = std::clamp<qint64>(mRemainingMs + minutes * kMinute, 1000, kLongest);
    } else {
        mDurationMs = std::clamp<qint64>(mDurationMs + minutes * kMinute, kMinute, kLongest);
        mRemainingMs = mDurationMs;
    }
    emit changed();
}

void SessionTimer::tick(qint64 elapsedMs) {
    if (!mRunning || elapsedMs <= 0)
        return;
    mRemainingMs = std::max<qint64>(0, mRemainingMs - elapsedMs);
    if (mRemainingMs == 0) {
        mRunning = false;
        mClock.stop();
        if (mPlay && (!mWanted || mWanted()))
            mPlay();
    }
    emit changed();
}

void SessionTimer::clockTick() {
    if (mRunning)
        tick(mSinceTick.restart());
}

QString SessionTimer::text() const {
    const int seconds = remainingSeconds();
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace blauwdruk
