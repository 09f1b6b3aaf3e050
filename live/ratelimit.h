#pragma once

#include <QElapsedTimer>

#include <deque>

namespace blauwdruk {

// At most `perMinute` events in any sliding minute, on the monotonic clock.
class RateLimit {
public:
    explicit RateLimit(int perMinute = 60)
        : mPerMinute(perMinute) {
        mClock.start();
    }

    // True, and counted, when one more event fits in the last minute.
    bool take() {
        const qint64 now = mClock.elapsed();
        while (!mTimes.empty() && now - mTimes.front() >= 60'000)
            mTimes.pop_front();
        if (int(mTimes.size()) >= mPerMinute)
            return false;
        mTimes.push_back(now);
        return true;
    }

private:
    int mPerMinute;
    QElapsedTimer mClock;
    std::deque<qint64> mTimes;
};

} // namespace blauwdruk
