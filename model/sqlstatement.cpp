#include "sqlstatement.h"

#include <QStringDecoder>

#include <sqlite3.h>

namespace blauwdruk {

SqlStatement::SqlStatement(sqlite3 *db, const QByteArray &sql) {
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &mStmt,
                           nullptr) != SQLITE_OK) {
        mPrepareError = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(mStmt);
        mStmt = nullptr;
    }
}

SqlStatement::~SqlStatement() {
    sqlite3_finalize(mStmt);
}

void SqlStatement::bind(int index, const QString &text) {
    if (!mStmt)
        return;
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(mStmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bind(int index, qint64 value) {
    if (!mStmt)
        return;
    sqlite3_bind_int64(mStmt, index, value);
}

void SqlStatement::bindBlob(int index, const QByteArray &bytes) {
    if (!mStmt)
        return;
    // A null pointer would store NULL, which the NOT NULL column refuses.
    if (bytes.isEmpty())
        sqlite3_bind_zeroblob(mStmt, index, 0);
    else
        sqlite3_bind_blob(mStmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

int SqlStatement::step() {
    return mStmt ? sqlite3_step(mStmt) : SQLITE_ERROR;
}

void SqlStatement::reset() {
    if (!mStmt)
        return;
    sqlite3_reset(mStmt);
    sqlite3_clear_bindings(mStmt);
}

QString SqlStatement::text(int column) const {
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(mStmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(mStmt, column));
}

QByteArrayView SqlStatement::textBytes(int column) const {
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(mStmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(mStmt, column));
}

bool SqlStatement::isValidUtf8(int column) const {
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(mStmt, column));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // decode() is lazy: the conversion runs when the result becomes a QString.
    const QString text = decoder.decode(QByteArrayView(data, sqlite3_column_bytes(mStmt, column)));
    return !decoder.hasError();
}

qint64 SqlStatement::integer(int column) const {
    return sqlite3_column_int64(mStmt, column);
}

QByteArray SqlStatement::blob(int column) const {
    const auto *data = static_cast<const char *>(sqlite3_column_blob(mStmt, column));
    return QByteArray(data, sqlite3_column_bytes(mStmt, column));
}

int SqlStatement::columnType(int column) const {
    return sqlite3_column_type(mStmt, column);
}

} // namespace blauwdruk
