#include "pgconnection.h"

#include <libpq-fe.h>

#include <vector>

namespace blauwdruk {

namespace {

// libpq's messages end in a newline and may span lines ("connection to
// server … failed: …\n\tIs the server running…"): one line for ours.
QString oneLine(const char *text) {
    return QString::fromUtf8(text).simplified();
}

} // namespace

PgConnection::PgConnection(const QString &conninfo, const QString &password) {
    // The connection string is expanded in place of dbname (expand_dbname),
    // so the keywords after it override it and those before it are defaults
    // it may override: a timeout unless the user set one.
    const QByteArray info = conninfo.toUtf8();
    const QByteArray secret = password.toUtf8();
    std::vector<const char *> keys{"connect_timeout", "dbname", "fallback_application_name",
                                   "client_encoding"};
    std::vector<const char *> values{"10", info.constData(), "blauwdruk", "UTF8"};
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(secret.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    mConn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!mConn) {
        mError = tr("cannot connect to the library: out of memory");
        return;
    }
    if (PQstatus(mConn) == CONNECTION_OK) {
        // The server's notices ("role … is already a member") are not for
        // the user; libpq would print them on stderr.
        PQsetNoticeProcessor(
            mConn, [](void *, const char *) {}, nullptr);
        // Made now, on the connecting thread: cancel() may then be called
        // from any thread while a statement runs on another.
        mCancel = PQgetCancel(mConn);
        return;
    }
    const QString said = oneLine(PQerrorMessage(mConn));
    if (PQconnectionNeedsPassword(mConn)) {
        mNeedsPassword = true;
        mError = tr("%1 asks for a password: give it in the password file (~/.pgpass or "
                    "PGPASSFILE) or when asked")
                     .arg(where());
    } else if (said.contains(QLatin1String("password authentication failed"))) {
        mError = tr("wrong password for %1 on %2").arg(user(), where());
    } else if (said.contains(QLatin1String("does not exist")) && said.contains(u'"')) {
        mError = tr("cannot connect to the library: %1").arg(said);
    } else {
        mError = tr("cannot connect to the library (%1): %2").arg(where(), said);
    }
}

PgConnection::~PgConnection() {
    if (mCancel)
        PQfreeCancel(mCancel);
    if (mConn)
        PQfinish(mConn);
}

void PgConnection::cancel() {
    if (!mCancel)
        return;
    char said[256];
    // The running statement then fails with "canceling statement due to
    // user request"; when none runs, the request does nothing.
    PQcancel(mCancel, said, sizeof said);
}

bool PgConnection::isOpen() const {
    return mConn && PQstatus(mConn) == CONNECTION_OK;
}

QString PgConnection::where() const {
    if (!mConn)
        return tr("the library");
    const QString host = QString::fromUtf8(PQhost(mConn));
    return tr("database %1 on %2")
        .arg(QString::fromUtf8(PQdb(mConn)),
             host.isEmpty() ? QStringLiteral("the local socket") : host);
}

QString PgConnection::user() const {
    return mConn ? QString::fromUtf8(PQuser(mConn)) : QString();
}

PgResult PgConnection::exec(const char *sql, const QStringList &parameters) {
    if (!mConn)
        return PgResult();
    std::vector<QByteArray> texts;
    texts.reserve(size_t(parameters.size()));
    std::vector<const char *> values;
    for (const QString &parameter : parameters) {
        texts.push_back(parameter.toUtf8());
        values.push_back(texts.back().constData());
    }
    return PgResult(
        PQexecParams(mConn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
}

PgResult PgConnection::execScript(const char *sql) {
    if (!mConn)
        return PgResult();
    return PgResult(PQexec(mConn, sql));
}

bool PgConnection::isLost() const {
    return !mConn || PQstatus(mConn) != CONNECTION_OK;
}

QString PgConnection::explain(const PgResult &result) const {
    const QString state = result.sqlState();
    // Errors libpq makes itself carry no SQLSTATE: the connection broke.
    // 08…: connection exceptions; 57P0…: the server is shutting down.
    if (isLost() || state.isEmpty() || state.startsWith(QLatin1String("08")) ||
        state.startsWith(QLatin1String("57P")))
        return tr("the connection to the library was lost (%1)")
            .arg(mConn ? result.message().simplified() : tr("no connection"));
    // 3F000: no such schema; 42P01: no such table.
    if (state == QLatin1String("3F000") || state == QLatin1String("42P01"))
        return tr("%1 has no Blauwdruk library; run `blauwdruk library init`").arg(where());
    // 57014: query_canceled, by cancel() when the user said Cancel.
    if (state == QLatin1String("57014"))
        return tr("cancelled by the user");
    if (state == QLatin1String("42501"))
        return tr("%1 may not do that in the library: %2").arg(user(), result.message());
    return result.message().simplified();
}

} // namespace blauwdruk
