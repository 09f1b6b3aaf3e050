#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace blauwdruk {

// A prepared SQLite statement that finalizes itself. One that failed to
// prepare is inert: binding and resetting do nothing and step() returns
// SQLITE_ERROR, so a caller that checks the result reports errorMessage()
// instead of handing SQLite a null statement.
class SqlStatement {
public:
    SqlStatement(sqlite3 *db, const QByteArray &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool isValid() const { return mStmt != nullptr; }
    // Why the statement could not be prepared.
    QString errorMessage() const { return mPrepareError; }
    sqlite3_stmt *handle() const { return mStmt; }

    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bindBlob(int index, const QByteArray &bytes);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset();

    QString text(int column) const;
    // The text's UTF-8 bytes as SQLite holds them, valid until the next step.
    QByteArrayView textBytes(int column) const;
    bool isValidUtf8(int column) const;
    qint64 integer(int column) const;
    QByteArray blob(int column) const;
    int columnType(int column) const;

private:
    sqlite3_stmt *mStmt = nullptr;
    QString mPrepareError;
};

} // namespace blauwdruk
