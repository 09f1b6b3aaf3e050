#include "schemacheck.h"

#include "schema.h"
#include "sqlstatement.h"

#include <QMap>

#include <sqlite3.h>

#include <mutex>

namespace blauwdruk::schemacheck {

namespace {

// One entry of sqlite_schema, as far as it decides what SQLite does.
struct Entry {
    QString type;
    QString table;
    QStringList tokens; // empty for SQLite's own autoindexes, which have no SQL
    bool operator==(const Entry &) const = default;
};

using Entries = QMap<QString, Entry>;

// SQL split into tokens without whitespace and comments; keywords and bare
// names lower-cased, as SQLite reads them without regard to case. Quoted
// names and string literals stay as written.
QStringList tokens(const QString &sql) {
    QStringList out;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    auto until = [&](qsizetype from, QChar close) {
        // The end of a quoted token; a doubled closing quote is part of it.
        qsizetype j = from + 1;
        while (j < n) {
            if (sql[j] == close) {
                if (close != QLatin1Char(']') && j + 1 < n && sql[j + 1] == close) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            ++j;
        }
        return n;
    };
    while (i < n) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('-') && i + 1 < n && sql[i + 1] == QLatin1Char('-')) {
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && sql[i + 1] == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') ||
                   c == QLatin1Char('[')) {
            const qsizetype end = until(i, c == QLatin1Char('[') ? QLatin1Char(']') : c);
            out << sql.mid(i, end - i);
            i = end;
        } else if (c.isLetterOrNumber() || c == QLatin1Char('_') || c.unicode() >= 0x80) {
            qsizetype j = i;
            while (j < n && (sql[j].isLetterOrNumber() || sql[j] == QLatin1Char('_') ||
                             sql[j] == QLatin1Char('$') || sql[j].unicode() >= 0x80))
                ++j;
            out << sql.mid(i, j - i).toLower();
            i = j;
        } else {
            out << QString(c);
            ++i;
        }
    }
    return out;
}

// The tables, indexes, triggers and views of `db`, named.
bool readEntries(sqlite3 *db, Entries *entries, QString *error) {
    SqlStatement all(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema");
    if (!all.isValid()) {
        *error = all.errorMessage();
        return false;
    }
    int rc;
    while ((rc = all.step()) == SQLITE_ROW)
        entries->insert(all.text(1), {all.text(0), all.text(2), tokens(all.text(3))});
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

// The schema of each format version, made in memory by the same SQL that
// makes a file: for older formats, the newest one with later migrations taken
// back (SQLite rewrites the stored SQL as if they had never been added).
const Entries &reference(int version) {
    static QMap<int, Entries> references;
    static std::once_flag once;
    std::call_once(once, [] {
        for (int v = Schema::kVersion; v >= 1; --v) {
            sqlite3 *db = nullptr;
            sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
            bool ok = sqlite3_exec(db, Schema::createSql(), nullptr, nullptr, nullptr) == SQLITE_OK;
            for (int from = Schema::kVersion - 1; ok && from >= v; --from) {
                const char *undo = Schema::reverseMigrationSql(from);
                ok = undo && sqlite3_exec(db, undo, nullptr, nullptr, nullptr) == SQLITE_OK;
            }
            Entries entries;
            QString ignored;
            if (ok && readEntries(db, &entries, &ignored))
                references.insert(v, entries);
            sqlite3_close(db);
        }
    });
    static const Entries none;
    const auto it = references.constFind(version);
    return it == references.cend() ? none : *it;
}

// "a table", "an index": the kinds sqlite_schema names.
QString withArticle(const QString &type) {
    return (type == QLatin1String("index") ? QStringLiteral("an ") : QStringLiteral("a ")) +
           type.left(20);
}

} // namespace

QString difference(sqlite3 *db, int version) {
    const Entries &expected = reference(version);
    if (expected.isEmpty())
        return QStringLiteral("no schema is known for file format %1").arg(version);
    Entries found;
    QString error;
    if (!readEntries(db, &found, &error))
        return QStringLiteral("its schema cannot be read: %1").arg(error);
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!expected.contains(it.key()))
            return QStringLiteral("it contains %1 \"%2\", which Blauwdruk files never have")
                .arg(withArticle(it->type), it.key().left(80));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto other = found.constFind(it.key());
        if (other == found.cend())
            return QStringLiteral("the %1 \"%2\" is missing").arg(it->type, it.key());
        if (*other != *it)
            return QStringLiteral("the %1 \"%2\" has been changed").arg(it->type, it.key());
    }
    return QString();
}

} // namespace blauwdruk::schemacheck
