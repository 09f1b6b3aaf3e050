#pragma once

#include <QByteArray>
#include <QIODevice>

namespace blauwdruk {

// A device in front of another that holds back what is written until
// release(), then passes everything straight on. A writer's first bytes can
// so be corrected before they reach the file (a PDF's XMP date, which must
// equal the one Qt stamps when drawing begins) while the rest, the pages,
// streams to the file as it is made.
class HeadBuffer : public QIODevice {
public:
    explicit HeadBuffer(QIODevice &out)
        : mOut(out) {
        open(QIODevice::WriteOnly);
    }

    // What is held so far, to correct in place.
    QByteArray &head() { return mHead; }
    // Writes the head on; false when that failed.
    bool release() {
        mReleased = true;
        mFailed = mOut.write(mHead) != mHead.size();
        mHead = QByteArray();
        return !mFailed;
    }
    // True once the device refused a write (a full disk): the writer above
    // may not notice.
    bool failed() const { return mFailed; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override {
        if (mReleased) {
            const qint64 written = mOut.write(data, size);
            mFailed = mFailed || written != size;
            return written;
        }
        mHead.append(data, size);
        return size;
    }

private:
    QIODevice &mOut;
    QByteArray mHead;
    bool mReleased = false;
    bool mFailed = false;
};

} // namespace blauwdruk
