#include "reliabilitysupport.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <sqlite3.h>

namespace blauwdruk::test {

QString Worker::program() {
    return QStringLiteral(RELIABILITY_WORKER);
}

Worker::Worker(const QStringList &arguments, const QStringList &prefix) {
    mProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (prefix.isEmpty()) {
        mProcess.start(program(), arguments);
    } else {
        mProcess.start(prefix.front(), prefix.mid(1) + QStringList{program()} + arguments);
    }
    REQUIRE(mProcess.waitForStarted(10000));
}

Worker::~Worker() {
    if (mProcess.state() != QProcess::NotRunning) {
        mProcess.kill();
        mProcess.waitForFinished(10000);
    }
}

QString Worker::readLine() {
    while (!mProcess.canReadLine()) {
        if (mProcess.state() == QProcess::NotRunning || !mProcess.waitForReadyRead(20000))
            break;
    }
    return QString::fromUtf8(mProcess.readLine()).trimmed();
}

void Worker::write(const QString &line) {
    mProcess.write((line + QLatin1Char('\n')).toUtf8());
    mProcess.waitForBytesWritten(10000);
}

QStringList Worker::killAndRead() {
    mProcess.kill(); // SIGKILL on Unix
    REQUIRE(mProcess.waitForFinished(10000));
    return QString::fromUtf8(mProcess.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList Worker::finish() {
    mProcess.closeWriteChannel();
    REQUIRE(mProcess.waitForFinished(60000));
    return QString::fromUtf8(mProcess.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

std::string integrityCheck(const QString &path) {
    sqlite3 *db = nullptr;
    std::string result = "cannot open";
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr);
        result.clear();
        while (sqlite3_step(statement) == SQLITE_ROW)
            result += reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        if (result.empty())
            result = sqlite3_errmsg(db);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return result;
}

} // namespace blauwdruk::test
