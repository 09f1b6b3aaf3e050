#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <string>

namespace blauwdruk::test {

// The reliability worker (reliabilityworker.cpp) as a second process.
class Worker {
public:
    // Starts the worker with `arguments`; `prefix` runs it through another
    // program first (setpriv to become another user, bash for ulimit).
    explicit Worker(const QStringList &arguments, const QStringList &prefix = {});
    ~Worker(); // kills it if still running

    qint64 pid() const { return mProcess.processId(); }
    // The next line it prints (empty after 20 s or when it has ended).
    QString readLine();
    void write(const QString &line);
    // Sends SIGKILL, reaps it, and returns every line it printed.
    QStringList killAndRead();
    // Waits for it to end by itself; its remaining lines.
    QStringList finish();

    static QString program();

private:
    QProcess mProcess;
};

// SQLite's full PRAGMA integrity_check of a file, read-only: "ok" when sound.
std::string integrityCheck(const QString &path);

} // namespace blauwdruk::test
