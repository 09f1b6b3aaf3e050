#include "filelock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QThread>

namespace blauwdruk {

QString FileLock::Holder::describe() const {
    const QString who =
        user.isEmpty() ? QCoreApplication::translate("blauwdruk::FileLock", "another user") : user;
    QString text =
        host.isEmpty()
            ? who
            : QCoreApplication::translate("blauwdruk::FileLock", "%1 on %2").arg(who, host);
    if (pid > 0)
        text += QCoreApplication::translate("blauwdruk::FileLock", " (process %1)").arg(pid);
    if (since.isValid())
        text += QCoreApplication::translate("blauwdruk::FileLock", " since %1")
                    .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat));
    return text;
}

QString FileLock::lockPathFor(const QString &filePath) {
    // The canonical path, so two names of one file share one lock.
    const QFileInfo info(filePath);
    const QString canonical = info.canonicalFilePath();
    const QFileInfo target(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
    return target.absolutePath() + QStringLiteral("/.") + target.fileName() +
           QStringLiteral(".lock");
}

FileLock::FileLock(const QString &filePath)
    : mLockPath(lockPathFor(filePath)) {}

FileLock::~FileLock() = default; // QLockFile unlocks when destroyed

// A lock file there, but without a holder to read from it.
bool FileLock::isUnfinished() const {
    qint64 pid = 0;
    QString host;
    QString application;
    return QFileInfo::exists(mLockPath) && !mLock->getLockInfo(&pid, &host, &application);
}

FileLock::Result FileLock::tryLock() {
    mLock = std::make_unique<QLockFile>(mLockPath);
    // Only a dead process makes a lock stale, never its age: a workshop
    // keeps a file open all day.
    mLock->setStaleLockTime(0);
    if (mLock->tryLock(0))
        return Result::Locked;
    if (mLock->error() == QLockFile::LockFailedError && isUnfinished()) {
        // A process killed while it wrote its lock leaves one without a
        // process id, which nothing could ever prove stale. A live writer
        // finishes within moments: after those, the lock is the dead one's.
        for (int wait = 0; wait < 20 && isUnfinished(); ++wait)
            QThread::msleep(10);
        if (isUnfinished() && mLock->removeStaleLockFile() && mLock->tryLock(0))
            return Result::Locked;
    }
    const QLockFile::LockError reason = mLock->error();
    if (reason == QLockFile::LockFailedError) {
        QString host;
        QString application;
        mLock->getLockInfo(&mHolder.pid, &host, &application);
        mHolder.host = host;
        const QFileInfo info(mLockPath);
        mHolder.user = info.owner();
        mHolder.since = info.lastModified();
        mLock.reset();
        return Result::HeldByOther;
    }
    mError = reason == QLockFile::PermissionError
                 ? QStringLiteral("its folder cannot be written to")
                 : QStringLiteral("its lock file %1 cannot be made").arg(mLockPath);
    mLock.reset();
    return Result::CannotLock;
}

} // namespace blauwdruk
