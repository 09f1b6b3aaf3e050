#include "untitledfiles.h"

#include "filelock.h"

#include <QDir>
#include <QStandardPaths>
#include <QUuid>

namespace blauwdruk {

QString UntitledFiles::folder() {
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                         QStringLiteral("/untitled");
    QDir().mkpath(path);
    return path;
}

QString UntitledFiles::newPath() {
    return folder() + QStringLiteral("/untitled-%1.blauwdruk")
                          .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QStringList UntitledFiles::orphans() {
    QStringList found;
    const QFileInfoList files = QDir(folder()).entryInfoList(
        {QStringLiteral("*.blauwdruk")}, QDir::Files | QDir::Hidden, QDir::Time);
    for (const QFileInfo &file : files) {
        if (file.fileName().startsWith(QLatin1Char('.')))
            continue; // a temporary file of an interrupted write
        // A running Blauwdruk holds the lock of its own untitled file.
        FileLock lock(file.filePath());
        if (lock.tryLock() == FileLock::Result::Locked)
            found << file.filePath();
    }
    return found;
}

} // namespace blauwdruk
