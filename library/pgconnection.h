#pragma once

#include "pgresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct pg_conn;
struct pg_cancel;

namespace blauwdruk {

// One connection to the shared library's PostgreSQL (RAII around libpq's
// PGconn). Settings follow libpq's own conventions, so an administrator's
// usual tools apply: a connection string or `service=NAME`
// (pg_service.conf), PG* environment variables when none is given, the
// password file (PGPASSFILE, ~/.pgpass) and TLS as `sslmode` and the server
// ask. A password we are given is used for this connection only, never kept.
// Statements take their values as parameters (PQexecParams), never spliced
// into SQL text.
class PgConnection {
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
public:
    // Connects at once; see isOpen() and error().
    explicit PgConnection(const QString &conninfo, const QString &password = QString());
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    bool isOpen() const;
    // The server asked for a password and none was given (nor found in the
    // password file): the caller may ask the user and connect again.
    bool needsPassword() const { return mNeedsPassword; }
    // Why the connection failed, in one line.
    QString error() const { return mError; }
    // "database blauwdruk on /run/postgresql", for messages.
    QString where() const;
    // The role we are logged in as (the organisation when publishing).
    QString user() const;

    // Runs one statement with text parameters $1, $2, … (never NULL: SQL
    // turns '' into NULL with NULLIF where it must).
    PgResult exec(const char *sql, const QStringList &parameters = {});
    // Several statements without parameters (the schema's migrations).
    PgResult execScript(const char *sql);
    // A failed result said for people in one line: a lost connection, a
    // missing library, a refused permission, or the server's own words.
    QString explain(const PgResult &result) const;
    // The connection broke (server stopped, network gone).
    bool isLost() const;
    // Asks the server to stop the statement running on this connection,
    // from any thread (the window's Cancel while a search runs on another).
    void cancel();

private:
    pg_conn *mConn = nullptr;
    pg_cancel *mCancel = nullptr;
    bool mNeedsPassword = false;
    QString mError;
};

// A transaction that rolls back unless committed: a failure, an exception
// or an early return leaves nothing half-written.
class PgTransaction {
public:
    explicit PgTransaction(PgConnection &connection)
        : mConnection(connection) {
        mBegin = mConnection.exec("BEGIN");
    }
    ~PgTransaction() {
        if (mBegin.ok() && !mDone)
            mConnection.exec("ROLLBACK");
    }
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;

    const PgResult &begin() const { return mBegin; }
    PgResult commit() {
        mDone = true;
        return mConnection.exec("COMMIT");
    }

private:
    PgConnection &mConnection;
    PgResult mBegin;
    bool mDone = false;
};

} // namespace blauwdruk
