#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct pg_result;

namespace blauwdruk {

// One answer from PostgreSQL (RAII around libpq's PGresult): rows of text
// values, or an error with its SQLSTATE. Values are read as UTF-8 text, the
// client encoding PgConnection asks for.
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);

    // True when the statement succeeded (a command, or rows).
    bool ok() const;
    int rows() const;
    QString value(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    bool isNull(int row, int column) const;
    // Rows an INSERT, UPDATE or DELETE changed; row-level security hides
    // rows rather than refusing, so 0 is an answer to check.
    int affected() const;
    // The five-character SQLSTATE ("42501": permission), empty when ok.
    QString sqlState() const;
    // The server's primary message (without "ERROR:" and the detail lines).
    QString message() const;

private:
    std::shared_ptr<pg_result> mResult;
};

} // namespace blauwdruk
