#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace blauwdruk {

// Marks a workspace file as being edited by this process: a lock file beside
// it (".NAME.lock") names the process, user, machine and start time, so a
// second Blauwdruk opens the file read-only and can say who has it. A lock
// left by a process that died on this machine is recognised and taken over;
// one from another machine (a network drive) is respected.
class FileLock {
public:
    enum class Result { Locked, HeldByOther, CannotLock };

    // Who holds a lock, as far as the lock file tells.
    struct Holder {
        QString user;
        QString host;
        qint64 pid = 0;
        QDateTime since;
        // "jan on laptop-3 (process 4711) since 29-11-2026 14:02", in the
        // current language.
        QString describe() const;
    };

    explicit FileLock(const QString &filePath);
    ~FileLock(); // releases the lock
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    Result tryLock();
    // After HeldByOther: who has the file.
    Holder holder() const { return mHolder; }
    // After CannotLock: why (in English, for after the file name).
    QString error() const { return mError; }

    static QString lockPathFor(const QString &filePath);

private:
    bool isUnfinished() const;

    std::unique_ptr<QLockFile> mLock;
    QString mLockPath;
    Holder mHolder;
    QString mError;
};

} // namespace blauwdruk
