#pragma once

#include "entityref.h"
#include "workspace.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace blauwdruk {

class SqlStatement;

// One open .blauwdruk file (SQLite). Opening treats the file as untrusted
// input; every write is its own synchronous transaction in rollback-journal
// mode, so the file is whole after each write and no -wal/-shm file exists
// (WAL is unsafe on network drives). See docs/architecture.md, "The file".
class Store {
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens an existing workspace file. Refuses, with a message and without
    // writing to it, anything that is not a sound Blauwdruk file of this or an
    // older schema version; migrates older versions (ReadOnly: in a copy in memory).
    static std::unique_ptr<Store> open(const QString &path, Mode mode, QString *error);

    // Writes a complete new file: first to a temporary file beside `path`,
    // then renamed over it, so an interrupted write never leaves half a file.
    static bool writeNew(const QString &path, const Workspace &workspace, QString *error);

    std::optional<Workspace> load(QString *error);

    // Writes the current state of the named objects (a missing object is
    // deleted) in one transaction. On failure nothing was written.
    bool persist(const Workspace &workspace, const std::vector<EntityRef> &changed, QString *error);

    // Replaces the whole content with `workspace` in one transaction.
    bool rewrite(const Workspace &workspace, QString *error);

    QString path() const { return mPath; }
    // The file's format version (opened read-only, an older file stays older).
    int schemaVersion() const { return mSchemaVersion; }

private:
    Store(sqlite3 *db, const QString &path);
    bool exec(const char *sql, QString *error);
    // Before each write: false when the file was deleted, renamed or replaced
    // since it was opened, as the writes would go where no one can see them.
    bool stillAtPath(QString *error);
    QString openFailure(const QString &message) const;
    bool upgrade(Mode mode, QString *error);
    // Replaces the connection by one to a copy of the file in memory.
    bool copyIntoMemory(QString *error);
    bool migrate(QString *error);
    bool writeAll(const Workspace &workspace, QString *error);
    bool runWrite(SqlStatement &write, int expected, bool atMost, QString *error);
    bool writeMeta(const WorkspaceMeta &meta, QString *error);
    template <class T> bool writeRow(const T &object, bool exists, QString *error);
    template <class T> bool deleteRow(const QString &id, QString *error);
    template <class T> bool readTable(Workspace &workspace, QString *error);
    SqlStatement &statement(const QByteArray &sql);
    QString sqliteError() const;

    sqlite3 *mDb = nullptr;
    QString mPath;
    int mSchemaVersion = 0;
    QHash<QByteArray, SqlStatement *> mStatements;
};

} // namespace blauwdruk
