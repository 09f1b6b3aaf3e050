#pragma once

#include "pgconnection.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace blauwdruk::test {

// A throwaway PostgreSQL 15 cluster for one test: initdb into a fresh folder
// under the build tree (pgtest/), run as `nobody` when we are root (initdb
// refuses root), trust authentication for the local socket only (no TCP:
// listen_addresses is empty), and a database `library`. The destructor stops
// it (immediate) and removes the folder, also when the test failed; a killed
// test leaves it to "Library: no cluster left running".
class TestCluster {
public:
    static inline const QString kAdmin = QStringLiteral("blauwdruk_admin");

    TestCluster();
    ~TestCluster();
    TestCluster(const TestCluster &) = delete;
    TestCluster &operator=(const TestCluster &) = delete;

    bool isRunning() const { return mRunning; }
    QString error() const { return mError; } // why it did not start
    QString dir() const;                     // the socket's folder
    QString dataDir() const;
    QString conninfo(const QString &user = kAdmin,
                     const QString &database = QStringLiteral("library")) const;
    std::unique_ptr<PgConnection> connect(const QString &user = kAdmin) const;
    // Runs SQL as `user`; the result, for the test to check.
    PgResult sql(const QString &user, const char *statement, const QStringList &parameters = {});
    // One value of a query run as the administrator (REQUIREs success).
    QString value(const char *statement, const QStringList &parameters = {});
    // pg_ctl stop -m immediate: the server gone as in a crash or power cut.
    void stop();
    // Runs a server program (as nobody when root); its output on failure.
    bool runServerProgram(const QString &program, const QStringList &arguments,
                          QString *output = nullptr);

private:
    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<PgConnection> mAdmin; // kept open for sql()/value() as the administrator
    bool mRunning = false;
    QString mError;
};

} // namespace blauwdruk::test
