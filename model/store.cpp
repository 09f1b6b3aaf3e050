#include "store.h"

#include "limitcheck.h"
#include "schema.h"
#include "sqlstatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QUrl>
#include <QtEndian>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace blauwdruk {

namespace {

QByteArray quoted(const char *name) {
    return '"' + QByteArray(name) + '"';
}

template <class T> QByteArray columnList() {
    QByteArrayList names;
    for (const Field<T> &field : T::fields())
        names << quoted(field.name);
    return names.join(", ");
}

QString listToText(const QStringList &list) {
    nlohmann::json json = nlohmann::json::array();
    for (const QString &item : list)
        json.push_back(item.toStdString());
    return QString::fromStdString(json.dump());
}

std::optional<QStringList> textToList(const QString &text) {
    const nlohmann::json json = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!json.is_array())
        return std::nullopt;
    QStringList list;
    for (const auto &item : json) {
        if (!item.is_string())
            return std::nullopt;
        list << QString::fromStdString(item.get<std::string>());
    }
    return list;
}

// What the first 100 bytes of a file say, read before SQLite touches it, so
// another application's database or a newer file is never opened for writing.
bool checkHeader(const QString &path, QString *error) {
    QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("file does not exist");
        return false;
    }
    if (!info.isFile()) {
        *error = QStringLiteral("is not a regular file");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot be read: %1").arg(file.errorString());
        return false;
    }
    const QByteArray header = file.read(100);
    if (header.isEmpty()) {
        *error = QStringLiteral("is empty, not a Blauwdruk workspace");
        return false;
    }
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)) || header.size() < 100) {
        *error = QStringLiteral("is not a Blauwdruk workspace (not an SQLite database)");
        return false;
    }
    const auto userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    const auto applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId != Schema::kApplicationId) {
        *error = QStringLiteral(
            "is an SQLite database of another application, not a Blauwdruk workspace");
        return false;
    }
    if (userVersion > Schema::kVersion) {
        *error =
            QStringLiteral(
                "was saved by a newer Blauwdruk (file format %1; this version reads up to %2); "
                "update Blauwdruk to open it")
                .arg(userVersion)
                .arg(Schema::kVersion);
        return false;
    }
    if (userVersion < 1) {
        *error = QStringLiteral("is damaged: it has no schema version");
        return false;
    }
    return true;
}

// Byte 18 of the header is 2 for a database in WAL mode.
bool isWalMode(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(19);
    return header.size() == 19 && header[18] == 2;
}

void syncDirectory(const QString &dir) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

sqlite3 *openDatabase(const QString &path, int flags, QString *error) {
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                                   flags | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        *error = QStringLiteral("cannot be opened: %1")
                     .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
        sqlite3_close(db);
        return nullptr;
    }
    // Defensive settings for files from others (sqlite.org/security.html).
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 200 * 1024 * 1024);
    sqlite3_busy_timeout(db, 3000);
    return db;
}

} // namespace

Store::Store(sqlite3 *db, const QString &path)
    : mDb(db)
    , mPath(path) {}

Store::~Store() {
    qDeleteAll(mStatements);
    mStatements.clear();
    sqlite3_close(mDb);
}

QString Store::sqliteError() const {
    return QString::fromUtf8(sqlite3_errmsg(mDb));
}

bool Store::exec(const char *sql, QString *error) {
    char *message = nullptr;
    if (sqlite3_exec(mDb, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(mDb));
    sqlite3_free(message);
    return false;
}

SqlStatement &Store::statement(const QByteArray &sql) {
    SqlStatement *&cached = mStatements[sql];
    if (!cached)
        cached = new SqlStatement(mDb, sql);
    cached->reset();
    return *cached;
}

std::unique_ptr<Store> Store::open(const QString &path, Mode mode, QString *error) {
    QString message;
    if (!checkHeader(path, &message)) {
        *error = message;
        return nullptr;
    }
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    // A file another tool left in WAL mode would get -wal and -shm files
    // beside it even when only read. Without a pending -wal file there is
    // nothing to fold in, so read it as an immutable file: no sidecar files,
    // no locks. (Opened for writing, it is switched back to DELETE mode.)
    QString name = path;
    if (mode == Mode::ReadOnly && isWalMode(path) && !QFile::exists(path + QStringLiteral("-wal")))
        name =
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1");
    sqlite3 *db = openDatabase(name, flags, &message);
    if (!db) {
        *error = message;
        return nullptr;
    }
    std::unique_ptr<Store> store(new Store(db, path));
    // Rollback journal, synced at every commit: whole on network drives, and
    // nothing is left beside the file once it is closed.
    const char *settings = mode == Mode::ReadOnly
                               ? "PRAGMA cell_size_check=ON; PRAGMA mmap_size=0;"
                               : "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; "
                                 "PRAGMA cell_size_check=ON; PRAGMA mmap_size=0;";
    if (!store->exec(settings, &message)) {
        const int code = sqlite3_errcode(db) & 0xff;
        *error = (code == SQLITE_CORRUPT || code == SQLITE_NOTADB
                      ? QStringLiteral("is damaged: %1")
                      : QStringLiteral("cannot be opened: %1"))
                     .arg(message);
        return nullptr;
    }
    {
        SqlStatement check(db, "PRAGMA quick_check");
        const int rc = check.step();
        if (rc != SQLITE_ROW || check.text(0) != QLatin1String("ok")) {
            if (rc != SQLITE_ROW && mode == Mode::ReadOnly &&
                QFile::exists(path + QStringLiteral("-journal")))
                *error =
                    QStringLiteral("holds a change that was interrupted (a -journal file lies "
                                   "beside it); open it in the Blauwdruk editor to recover it");
            else
                *error =
                    rc == SQLITE_ROW
                        ? QStringLiteral("is damaged: %1").arg(check.text(0))
                        : QStringLiteral("is damaged or unreadable: %1").arg(store->sqliteError());
            return nullptr;
        }
    }
    {
        // Finished before copyIntoMemory() closes the connection: a statement
        // still open would make sqlite3_close() fail and leak the connection
        // (and the file handle).
        SqlStatement version(db, "PRAGMA user_version");
        version.step();
        store->mSchemaVersion = int(version.integer(0));
    }
    if (store->mSchemaVersion < Schema::kVersion) {
        // A file opened only to read is never changed: it is upgraded in a
        // copy in memory.
        if (mode == Mode::ReadOnly && !store->copyIntoMemory(&message)) {
            *error = QStringLiteral("cannot be read: %1").arg(message);
            return nullptr;
        }
        const int fileVersion = store->mSchemaVersion;
        if (!store->migrate(&message)) {
            *error = QStringLiteral("could not be upgraded from format %1: %2")
                         .arg(fileVersion)
                         .arg(message);
            return nullptr;
        }
        if (mode == Mode::ReadOnly)
            store->mSchemaVersion = fileVersion; // what the file itself still is
    }
    if (!store->checkStructure(&message)) {
        *error = QStringLiteral("is damaged: %1").arg(message);
        return nullptr;
    }
    // A journal a process was still writing when it died is not "hot":
    // SQLite rightly ignores it (the file was not touched yet) but leaves it
    // lying beside the file. One write transaction replaces and removes it.
    if (mode == Mode::ReadWrite && QFile::exists(path + QStringLiteral("-journal"))) {
        const QByteArray touch = "PRAGMA user_version=" + QByteArray::number(store->mSchemaVersion);
        if (!store->exec("BEGIN IMMEDIATE", &message) ||
            !store->exec(touch.constData(), &message) || !store->exec("COMMIT", &message)) {
            store->exec("ROLLBACK", nullptr);
            *error = QStringLiteral("cannot be written: %1").arg(message);
            return nullptr;
        }
    }
    return store;
}

bool Store::copyIntoMemory(QString *error) {
    sqlite3 *memory =
        openDatabase(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
    if (!memory)
        return false;
    sqlite3_backup *backup = sqlite3_backup_init(memory, "main", mDb, "main");
    const bool copied = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
    sqlite3_backup_finish(backup);
    if (!copied) {
        *error = QString::fromUtf8(sqlite3_errmsg(memory));
        sqlite3_close(memory);
        return false;
    }
    qDeleteAll(mStatements);
    mStatements.clear();
    sqlite3_close(mDb);
    mDb = memory;
    return true;
}

bool Store::migrate(QString *error) {
    if (!exec("BEGIN IMMEDIATE", error))
        return false;
    for (int from = mSchemaVersion; from < Schema::kVersion; ++from) {
        const char *sql = Schema::migrationSql(from);
        if (!sql || !exec(sql, error)) {
            if (!sql && error)
                *error = QStringLiteral("no migration from format %1").arg(from);
            exec("ROLLBACK", nullptr);
            return false;
        }
    }
    const QByteArray setVersion = "PRAGMA user_version=" + QByteArray::number(Schema::kVersion);
    if (!exec(setVersion.constData(), error) || !exec("COMMIT", error)) {
        exec("ROLLBACK", nullptr);
        return false;
    }
    mSchemaVersion = Schema::kVersion;
    return true;
}

// The tables and columns must be exactly ours, strictly typed, with no
// triggers or views that could run or hide anything.
bool Store::checkStructure(QString *error) {
    {
        SqlStatement extras(
            mDb, "SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', 'view')");
        if (extras.step() == SQLITE_ROW) {
            *error = QStringLiteral("it contains a %1 \"%2\", which Blauwdruk files never have")
                         .arg(extras.text(0), extras.text(1));
            return false;
        }
    }
    QStringList tables;
    {
        SqlStatement all(mDb, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite\\_%' ESCAPE '\\'");
        while (all.step() == SQLITE_ROW)
            tables << all.text(0);
    }
    auto expect = [&](const char *table, QStringList columns) {
        tables.removeAll(QLatin1String(table));
        SqlStatement strict(
            mDb, "SELECT strict FROM pragma_table_list WHERE schema = 'main' AND name = ?");
        strict.bind(1, QString::fromLatin1(table));
        if (strict.step() != SQLITE_ROW) {
            *error = QStringLiteral("the table \"%1\" is missing").arg(QLatin1String(table));
            return false;
        }
        if (strict.integer(0) != 1) {
            *error = QStringLiteral("the table \"%1\" has been changed").arg(QLatin1String(table));
            return false;
        }
        SqlStatement info(mDb, "SELECT name FROM pragma_table_xinfo(?)");
        info.bind(1, QString::fromLatin1(table));
        QStringList found;
        while (info.step() == SQLITE_ROW)
            found << info.text(0);
        columns.sort();
        found.sort();
        if (found != columns) {
            *error = QStringLiteral("the table \"%1\" has other columns than expected")
                         .arg(QLatin1String(table));
            return false;
        }
        return true;
    };
    QStringList metaColumns{QStringLiteral("id")};
    for (const auto &field : WorkspaceMeta::fields())
        metaColumns << QLatin1String(field.name);
    bool ok = expect(WorkspaceMeta::kTable, metaColumns);
    forEachListType([&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        QStringList columns;
        for (const auto &field : T::fields())
            columns << QLatin1String(field.name);
        ok = ok && expect(T::kTable, columns);
    });
    if (ok && !tables.isEmpty()) {
        *error = QStringLiteral("it contains a table \"%1\" that Blauwdruk files never have")
                     .arg(tables.first());
        return false;
    }
    return ok;
}

std::optional<Workspace> Store::load(QString *error) {
    Workspace ws;
    QString message;
    SqlStatement meta(mDb,
                      "SELECT " + columnList<WorkspaceMeta>() + " FROM workspace WHERE id = 1");
    if (!meta.isValid() || meta.step() != SQLITE_ROW) {
        *error = QStringLiteral("is damaged: the workspace row is missing");
        return std::nullopt;
    }
    ws.meta.id = WorkspaceMeta::kId;
    int column = 0;
    for (const auto &field : WorkspaceMeta::fields()) {
        if (meta.columnType(column) != SQLITE_TEXT || !meta.isValidUtf8(column)) {
            *error = QStringLiteral("is damaged: workspace.%1 is not UTF-8 text")
                         .arg(QLatin1String(field.name));
            return std::nullopt;
        }
        if (field.type() == FieldType::TextList) {
            auto list = textToList(meta.text(column));
            if (!list) {
                *error = QStringLiteral("is damaged: workspace.%1 is not a list")
                             .arg(QLatin1String(field.name));
                return std::nullopt;
            }
            field.set(ws.meta, *list);
        } else {
            field.set(ws.meta, meta.text(column));
        }
        ++column;
    }
    // Counted before anything is read: a file cannot make us hold more objects
    // than a workspace may have (limits::kMaxObjects).
    qint64 objects = 0;
    forEachListType([&](auto *tag) {
        SqlStatement count(mDb, "SELECT count(*) FROM " +
                                    QByteArray(std::remove_pointer_t<decltype(tag)>::kTable));
        if (count.step() == SQLITE_ROW)
            objects += count.integer(0);
    });
    if (objects > limits::kMaxObjects) {
        *error = QStringLiteral("holds %1 objects; a workspace holds at most %2")
                     .arg(limitcheck::number(objects), limitcheck::number(limits::kMaxObjects));
        return std::nullopt;
    }
    bool ok = true;
    forEachListType([&](auto *tag) {
        ok = ok && readTable<std::remove_pointer_t<decltype(tag)>>(ws, &message);
    });
    if (!ok) {
        *error = QStringLiteral("is damaged: %1").arg(message);
        return std::nullopt;
    }
    return ws;
}

template <class T> bool Store::readTable(Workspace &ws, QString *error) {
    SqlStatement select(mDb, "SELECT " + columnList<T>() + " FROM " + QByteArray(T::kTable));
    if (!select.isValid()) {
        *error = sqliteError();
        return false;
    }
    int rc;
    while ((rc = select.step()) == SQLITE_ROW) {
        T object;
        int column = 0;
        for (const Field<T> &field : T::fields()) {
            const int type = select.columnType(column);
            const auto bad = [&](const char *what) {
                *error = QStringLiteral("%1.%2 of row %3 is not %4")
                             .arg(QLatin1String(T::kTable), QLatin1String(field.name),
                                  select.text(0), QLatin1String(what));
                return false;
            };
            switch (field.type()) {
            case FieldType::Text:
                // A text over the limit is refused before it is converted,
                // with the validator's words: a 50 MB field costs no copies.
                if (type == SQLITE_TEXT) {
                    const QString tooLong = limitcheck::textLengthProblem(
                        QLatin1StringView(field.name),
                        limitcheck::utf16Length(select.textBytes(column)));
                    if (!tooLong.isEmpty()) {
                        const QByteArrayView id = select.textBytes(0);
                        *error = QStringLiteral("%1 %2: %3")
                                     .arg(entityTypeName(T::kType),
                                          id.size() <= 60
                                              ? QString::fromUtf8(id)
                                              : QString::fromUtf8(id.first(60)) + QChar(0x2026),
                                          tooLong);
                        return false;
                    }
                }
                if (type != SQLITE_TEXT || !select.isValidUtf8(column))
                    return bad("UTF-8 text");
                field.set(object, select.text(column));
                break;
            case FieldType::Int:
                if (type != SQLITE_INTEGER || select.integer(column) < INT_MIN ||
                    select.integer(column) > INT_MAX)
                    return bad("a whole number");
                field.set(object, int(select.integer(column)));
                break;
            case FieldType::Bool:
                if (type != SQLITE_INTEGER ||
                    (select.integer(column) != 0 && select.integer(column) != 1))
                    return bad("0 or 1");
                field.set(object, select.integer(column) == 1);
                break;
            case FieldType::TextList: {
                auto list = type == SQLITE_TEXT ? textToList(select.text(column)) : std::nullopt;
                if (!list)
                    return bad("a list of texts");
                field.set(object, *list);
                break;
            }
            case FieldType::Bytes:
                if (type != SQLITE_BLOB)
                    return bad("binary data");
                field.set(object, select.blob(column));
                break;
            }
            ++column;
        }
        ws.items<T>().push_back(std::move(object));
    }
    if (rc != SQLITE_DONE) {
        *error = sqliteError();
        return false;
    }
    return true;
}

bool Store::writeMeta(const WorkspaceMeta &meta, QString *error) {
    QByteArray sql =
        "INSERT OR REPLACE INTO workspace (id, " + columnList<WorkspaceMeta>() + ") VALUES (1";
    for (size_t i = 0; i < WorkspaceMeta::fields().size(); ++i)
        sql += ", ?";
    sql += ")";
    SqlStatement &insert = statement(sql);
    int index = 1;
    for (const auto &field : WorkspaceMeta::fields()) {
        const QVariant value = field.get(meta);
        insert.bind(index++, field.type() == FieldType::TextList ? listToText(value.toStringList())
                                                                 : value.toString());
    }
    if (insert.step() != SQLITE_DONE) {
        *error = sqliteError();
        return false;
    }
    return true;
}

template <class T> bool Store::writeRow(const T &object, QString *error) {
    QByteArray sql =
        "INSERT OR REPLACE INTO " + QByteArray(T::kTable) + " (" + columnList<T>() + ") VALUES (";
    for (size_t i = 0; i < T::fields().size(); ++i)
        sql += i ? ", ?" : "?";
    sql += ")";
    SqlStatement &insert = statement(sql);
    int index = 1;
    for (const Field<T> &field : T::fields()) {
        std::visit(
            [&](auto ptr) {
                const auto &value = object.*ptr;
                using V = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<V, QString>)
                    insert.bind(index, value);
                else if constexpr (std::is_same_v<V, QStringList>)
                    insert.bind(index, listToText(value));
                else if constexpr (std::is_same_v<V, QByteArray>)
                    insert.bindBlob(index, value);
                else
                    insert.bind(index, qint64(value));
            },
            field.member);
        ++index;
    }
    if (insert.step() != SQLITE_DONE) {
        *error = sqliteError();
        return false;
    }
    return true;
}

template <class T> bool Store::deleteRow(const QString &id, QString *error) {
    SqlStatement &remove = statement("DELETE FROM " + QByteArray(T::kTable) + " WHERE id = ?");
    remove.bind(1, id);
    if (remove.step() != SQLITE_DONE) {
        *error = sqliteError();
        return false;
    }
    return true;
}

bool Store::stillAtPath(QString *error) {
    int moved = 0;
    if (sqlite3_file_control(mDb, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && !moved)
        return true;
    if (error)
        *error = QStringLiteral("the file was moved, renamed or deleted while it was open");
    return false;
}

bool Store::persist(const Workspace &ws, const std::vector<EntityRef> &changed, QString *error) {
    if (!stillAtPath(error) || !exec("BEGIN IMMEDIATE", error))
        return false;
    bool ok = true;
    for (const EntityRef &ref : changed) {
        ok = visitEntityType(ref.type, [&](auto *tag) {
            using T = std::remove_pointer_t<decltype(tag)>;
            if constexpr (std::is_same_v<T, WorkspaceMeta>) {
                return writeMeta(ws.meta, error);
            } else {
                const T *object = ws.find<T>(ref.id);
                return object ? writeRow(*object, error) : deleteRow<T>(ref.id, error);
            }
        });
        if (!ok)
            break;
    }
    if (ok && exec("COMMIT", error))
        return true;
    exec("ROLLBACK", nullptr);
    return false;
}

bool Store::writeAll(const Workspace &ws, QString *error) {
    bool ok = exec("DELETE FROM workspace", error) && writeMeta(ws.meta, error);
    forEachListType([&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        if (!ok)
            return;
        const QByteArray clear = "DELETE FROM " + QByteArray(T::kTable);
        ok = exec(clear.constData(), error);
        for (const T &object : ws.items<T>())
            if (ok)
                ok = writeRow(object, error);
    });
    return ok;
}

bool Store::rewrite(const Workspace &ws, QString *error) {
    if (!stillAtPath(error) || !exec("BEGIN IMMEDIATE", error))
        return false;
    if (writeAll(ws, error) && exec("COMMIT", error))
        return true;
    exec("ROLLBACK", nullptr);
    return false;
}

bool Store::writeNew(const QString &requestedPath, const Workspace &ws, QString *error) {
    // Through a symbolic link the file it points at is replaced, not the link.
    const QFileInfo requested(requestedPath);
    const QString path = requested.isSymLink() ? requested.symLinkTarget() : requestedPath;
    const QFileInfo target(path);
    if (target.exists() && !target.isFile()) {
        *error = QStringLiteral("exists and is not a regular file; it is not replaced");
        return false;
    }
    const QString dir = target.absolutePath();
    QString temporaryPath;
    {
        QTemporaryFile temporary(dir + QStringLiteral("/.") + target.fileName() +
                                 QStringLiteral(".XXXXXX"));
        temporary.setAutoRemove(false);
        if (!temporary.open()) {
            *error = QStringLiteral("cannot write in %1: %2")
                         .arg(QDir::toNativeSeparators(dir), temporary.errorString());
            return false;
        }
        temporaryPath = temporary.fileName();
    }
    auto discard = [&](const QString &message) {
        QFile::remove(temporaryPath);
        QFile::remove(temporaryPath + QStringLiteral("-journal"));
        *error = message;
        return false;
    };
    QString message;
    sqlite3 *db = openDatabase(temporaryPath, SQLITE_OPEN_READWRITE, &message);
    if (!db)
        return discard(message);
    {
        Store store(db, temporaryPath);
        const QByteArray pragmas =
            "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; PRAGMA application_id=" +
            QByteArray::number(Schema::kApplicationId) +
            "; PRAGMA user_version=" + QByteArray::number(Schema::kVersion) + ";";
        const bool ok = store.exec(pragmas.constData(), &message) &&
                        store.exec("BEGIN IMMEDIATE", &message) &&
                        store.exec(Schema::createSql(), &message) && store.writeAll(ws, &message) &&
                        store.exec("COMMIT", &message);
        if (!ok)
            return discard(QStringLiteral("could not be written: %1").arg(message));
    } // closes the database before the rename
    // QTemporaryFile makes private files; a workspace on a shared drive should
    // keep the permissions of the file it replaces, or the usual ones.
    QFile::setPermissions(temporaryPath, target.exists() ? QFile::permissions(path)
                                                         : QFile::ReadOwner | QFile::WriteOwner |
                                                               QFile::ReadGroup | QFile::ReadOther);
    if (std::rename(QFile::encodeName(temporaryPath).constData(),
                    QFile::encodeName(path).constData()) != 0)
        return discard(QStringLiteral("could not be written: %1")
                           .arg(QString::fromLocal8Bit(strerror(errno))));
    syncDirectory(dir);
    return true;
}

} // namespace blauwdruk
