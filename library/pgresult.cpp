#include "pgresult.h"

#include <libpq-fe.h>

namespace blauwdruk {

PgResult::PgResult(pg_result *result)
    : mResult(result, PQclear) {}

bool PgResult::ok() const {
    if (!mResult)
        return false;
    const ExecStatusType status = PQresultStatus(mResult.get());
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

int PgResult::rows() const {
    return mResult ? PQntuples(mResult.get()) : 0;
}

QString PgResult::value(int row, int column) const {
    return QString::fromUtf8(bytes(row, column));
}

QByteArray PgResult::bytes(int row, int column) const {
    if (!mResult || row >= rows() || column >= PQnfields(mResult.get()))
        return {};
    return QByteArray(PQgetvalue(mResult.get(), row, column),
                      PQgetlength(mResult.get(), row, column));
}

bool PgResult::isNull(int row, int column) const {
    if (!mResult || row >= rows() || column >= PQnfields(mResult.get()))
        return true;
    return PQgetisnull(mResult.get(), row, column) != 0;
}

int PgResult::affected() const {
    return mResult ? QByteArray(PQcmdTuples(mResult.get())).toInt() : 0;
}

QString PgResult::sqlState() const {
    if (!mResult || ok())
        return {};
    return QString::fromUtf8(PQresultErrorField(mResult.get(), PG_DIAG_SQLSTATE));
}

QString PgResult::message() const {
    if (!mResult)
        return QStringLiteral("no answer from the server");
    const char *primary = PQresultErrorField(mResult.get(), PG_DIAG_MESSAGE_PRIMARY);
    if (primary)
        return QString::fromUtf8(primary);
    return QString::fromUtf8(PQresultErrorMessage(mResult.get())).trimmed();
}

} // namespace blauwdruk
