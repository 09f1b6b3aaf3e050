#include "partialfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace blauwdruk {

namespace {

QString prefixFor(const QFileInfo &target) {
    return QStringLiteral(".") + target.fileName() + QStringLiteral(".partial-");
}

bool processRuns(qint64 pid) {
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true; // without a way to ask, nothing is taken for abandoned
#endif
}

} // namespace

QString PartialFile::pathFor(const QString &target) {
    const QFileInfo info(target);
    return info.dir().filePath(prefixFor(info) +
                               QString::number(QCoreApplication::applicationPid()));
}

void PartialFile::removeStale(const QString &target) {
    const QFileInfo info(target);
    const QString prefix = prefixFor(info);
    QDir dir = info.dir();
    const QStringList names =
        dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        QString pid = name.mid(prefix.size());
        if (pid.endsWith(QLatin1String("-journal")))
            pid.chop(8);
        bool ok = false;
        const qint64 number = pid.toLongLong(&ok);
        if (ok && !processRuns(number))
            dir.remove(name);
    }
}

} // namespace blauwdruk
