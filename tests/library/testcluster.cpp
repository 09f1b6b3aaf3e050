#include "testcluster.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace blauwdruk::test {

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

} // namespace

TestCluster::TestCluster() {
    const QString parent = QStringLiteral(BLAUWDRUK_PGTEST_DIR);
    QDir().mkpath(parent);
    ::chmod(parent.toLocal8Bit().constData(), 0755);
    mDir = std::make_unique<QTemporaryDir>(parent + QStringLiteral("/cluster-XXXXXX"));
    if (!mDir->isValid()) {
        mError = QStringLiteral("cannot make a folder under %1").arg(parent);
        return;
    }
    if (::geteuid() == 0) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody ||
            ::chown(mDir->path().toLocal8Bit().constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
            mError = QStringLiteral("cannot give %1 to nobody").arg(mDir->path());
            return;
        }
    }
    QString output;
    // -N: no fsync; a test cluster is thrown away.
    if (!runServerProgram(QStringLiteral("initdb"),
                          {QStringLiteral("-N"), QStringLiteral("-D"), dataDir(),
                           QStringLiteral("--auth=trust"), QStringLiteral("-U"), kAdmin,
                           QStringLiteral("-E"), QStringLiteral("UTF8"),
                           QStringLiteral("--locale=C.UTF-8")},
                          &output)) {
        mError = QStringLiteral("initdb failed: %1").arg(output);
        return;
    }
    if (!runServerProgram(QStringLiteral("pg_ctl"),
                          {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-D"),
                           dataDir(), QStringLiteral("-l"),
                           mDir->filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                           QStringLiteral("-c listen_addresses='' -k %1 -c fsync=off").arg(dir())},
                          &output)) {
        mError = QStringLiteral("pg_ctl start failed: %1").arg(output);
        return;
    }
    mRunning = true;
    PgConnection postgres(conninfo(kAdmin, QStringLiteral("postgres")));
    const PgResult created = postgres.exec("CREATE DATABASE library");
    if (!created.ok()) {
        mError = QStringLiteral("CREATE DATABASE failed: %1").arg(postgres.explain(created));
        return;
    }
    mAdmin = connect(kAdmin);
}

TestCluster::~TestCluster() {
    mAdmin.reset();
    stop();
}

QString TestCluster::dir() const {
    return mDir ? mDir->path() : QString();
}

QString TestCluster::dataDir() const {
    return dir() + QStringLiteral("/data");
}

QString TestCluster::conninfo(const QString &user, const QString &database) const {
    return QStringLiteral("host=%1 user=%2 dbname=%3").arg(dir(), user, database);
}

std::unique_ptr<PgConnection> TestCluster::connect(const QString &user) const {
    return std::make_unique<PgConnection>(conninfo(user));
}

PgResult TestCluster::sql(const QString &user, const char *statement,
                          const QStringList &parameters) {
    if (user == kAdmin && mAdmin)
        return mAdmin->exec(statement, parameters);
    PgConnection connection(conninfo(user));
    return connection.exec(statement, parameters);
}

QString TestCluster::value(const char *statement, const QStringList &parameters) {
    REQUIRE(mAdmin);
    const PgResult result = mAdmin->exec(statement, parameters);
    INFO(statement << ": " << mAdmin->explain(result).toStdString());
    REQUIRE(result.ok());
    return result.value(0, 0);
}

void TestCluster::stop() {
    if (!mRunning)
        return;
    mRunning = false;
    runServerProgram(QStringLiteral("pg_ctl"),
                     {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"),
                      QStringLiteral("immediate"), QStringLiteral("-D"), dataDir()});
}

bool TestCluster::runServerProgram(const QString &program, const QStringList &arguments,
                                   QString *output) {
    QProcess process;
    process.setWorkingDirectory(dir());
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (::geteuid() == 0) {
        process.setProgram(QStringLiteral("runuser"));
        process.setArguments(QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                         QStringLiteral("--"), kBin + program} +
                             arguments);
    } else {
        process.setProgram(kBin + program);
        process.setArguments(arguments);
    }
    process.start();
    const bool finished = process.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).simplified();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace blauwdruk::test
