#include "store.h"

#include "limitcheck.h"
#include "partialfile.h"
#include "schema.h"
#include "schemacheck.h"
#include "sqlstatement.h"
#include "validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
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

// A list column: a JSON array of texts, read from the bytes as stored, so
// invalid UTF-8 is refused (the JSON parser checks it) instead of being
// replaced, and too large a list is refused before it is decoded.
std::optional<QStringList> textToList(QByteArrayView bytes, QString *problem) {
    if (bytes.size() > limits::kMaxListBytes) {
        *problem =
            QCoreApplication::translate("Store", "is a list of %1 bytes; a list holds at most %2")
                .arg(limitcheck::number(bytes.size()), limitcheck::number(limits::kMaxListBytes));
        return std::nullopt;
    }
    const nlohmann::json json = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (!json.is_array() || json.size() > size_t(limits::kMaxListItems)) {
        *problem = json.is_array()
                       ? QCoreApplication::translate("Store", "holds more than %1 items")
                             .arg(limitcheck::number(limits::kMaxListItems))
                       : QCoreApplication::translate("Store", "is not a list of UTF-8 texts");
        return std::nullopt;
    }
    QStringList list;
    for (const auto &item : json) {
        if (!item.is_string()) {
            *problem = QCoreApplication::translate("Store", "is not a list of texts");
            return std::nullopt;
        }
        const std::string &text = item.get_ref<const std::string &>();
        list << QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    return list;
}

// What the application id and schema version say: another application's
// database or a newer file is never opened for writing.
bool checkIdentity(qint32 applicationId, qint32 userVersion, QString *error) {
    if (applicationId != Schema::kApplicationId) {
        *error = QCoreApplication::translate(
            "Store", "is an SQLite database of another application, not a Blauwdruk workspace");
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
        *error = QCoreApplication::translate("Store", "is damaged: it has no schema version");
        return false;
    }
    return true;
}

// What the first 100 bytes of a file say, read before SQLite touches it. In
// WAL mode page 1 may have a newer copy in the -wal file, so open() asks
// SQLite again before anything is written.
bool checkHeader(const QString &path, QString *error) {
    QFileInfo info(path);
    if (info.isSymLink()) {
        *error =
            QCoreApplication::translate("Store", "is a symbolic link to %1; open that file itself")
                .arg(QDir::toNativeSeparators(info.symLinkTarget()));
        return false;
    }
    if (!info.exists()) {
        *error = QCoreApplication::translate("Store", "file does not exist");
        return false;
    }
    if (!info.isFile()) {
        *error = QCoreApplication::translate("Store", "is not a regular file");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Store", "cannot be read: %1").arg(file.errorString());
        return false;
    }
    const QByteArray header = file.read(100);
    if (header.isEmpty()) {
        *error = QCoreApplication::translate("Store", "is empty, not a Blauwdruk workspace");
        return false;
    }
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)) || header.size() < 100) {
        *error = QCoreApplication::translate(
            "Store", "is not a Blauwdruk workspace (not an SQLite database)");
        return false;
    }
    return checkIdentity(qFromBigEndian<qint32>(header.constData() + 68),
                         qFromBigEndian<qint32>(header.constData() + 60), error);
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
        *error = QCoreApplication::translate("Store", "cannot be opened: %1")
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
    // No value much larger than the largest a file may hold (a snapshot, a
    // photo) is ever loaded into memory; one a little larger still is, so
    // that it is refused with our message, naming it.
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH,
                  int(std::max(limits::kMaxSnapshotBytes, limits::kMaxPhotoBytes) + (16 << 20)));
    sqlite3_busy_timeout(db, 3000);
    return db;
}

// A file in WAL mode whose -wal file holds changes, read without leaving
// anything beside it: both are copied into a private folder, read there and
// copied into memory. SQLite would otherwise make a -shm file beside the
// original, and could not read it at all from a folder the user may not write.
sqlite3 *openWalCopy(const QString &path, QString *error) {
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.blauwdruk"));
    if (!dir.isValid() || !QFile::copy(path, copy) ||
        !QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"))) {
        *error = QCoreApplication::translate("Store",
                                             "cannot be read: its -wal file could not be copied");
        return nullptr;
    }
    sqlite3 *file = openDatabase(copy, SQLITE_OPEN_READWRITE, error);
    if (!file)
        return nullptr;
    sqlite3 *memory =
        openDatabase(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
    sqlite3_backup *backup = memory ? sqlite3_backup_init(memory, "main", file, "main") : nullptr;
    const bool copied = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
    sqlite3_backup_finish(backup);
    if (!copied && memory) {
        const int code = sqlite3_errcode(memory) & 0xff;
        *error = (code == SQLITE_CORRUPT || code == SQLITE_NOTADB
                      ? QCoreApplication::translate("Store", "is damaged: %1")
                      : QCoreApplication::translate("Store", "cannot be read: %1"))
                     .arg(QString::fromUtf8(sqlite3_errmsg(memory)));
    }
    sqlite3_close(file);
    if (!copied) {
        sqlite3_close(memory);
        return nullptr;
    }
    return memory;
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
    // no locks. With one, a private copy of both is read (openWalCopy). Opened
    // for writing, it is switched back to DELETE mode below.
    const bool wal = isWalMode(path);
    const bool walPending = wal && QFile::exists(path + QStringLiteral("-wal"));
    // For writing, a pending -wal is first read and checked through a private
    // copy: SQLite would fold it into the file when a refused connection
    // closes, and a hostile -wal must leave the file as it was.
    if (mode == Mode::ReadWrite && walPending && !open(path, Mode::ReadOnly, error))
        return nullptr;
    sqlite3 *db = nullptr;
    if (mode == Mode::ReadOnly && walPending) {
        db = openWalCopy(path, &message);
    } else {
        QString name = path;
        if (mode == Mode::ReadOnly && wal)
            name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())
                       .toString(QUrl::FullyEncoded) +
                   QStringLiteral("?immutable=1");
        db = openDatabase(name, flags, &message);
    }
    if (!db) {
        *error = message;
        return nullptr;
    }
    std::unique_ptr<Store> store(new Store(db, path));
    if (!store->exec("PRAGMA cell_size_check=ON; PRAGMA mmap_size=0;", &message)) {
        *error = store->openFailure(message);
        return nullptr;
    }
    // Asked of SQLite, not of the bytes on disk: in WAL mode the header the
    // file shows may be an old one. Nothing is written before this.
    {
        SqlStatement identity(db, "SELECT * FROM pragma_application_id, pragma_user_version");
        if (identity.step() != SQLITE_ROW) {
            *error = store->openFailure(identity.isValid() ? store->sqliteError()
                                                           : identity.errorMessage());
            return nullptr;
        }
        if (!checkIdentity(qint32(identity.integer(0)), qint32(identity.integer(1)), error))
            return nullptr;
        store->mSchemaVersion = int(identity.integer(1));
    }
    {
        // Blauwdruk writes UTF-8 only. SQLite would convert the text of a
        // UTF-16 file as it reads it, replacing lone surrogates unseen.
        SqlStatement encoding(db, "PRAGMA encoding");
        if (encoding.step() == SQLITE_ROW && encoding.text(0) != QLatin1String("UTF-8")) {
            *error = QCoreApplication::translate(
                         "Store", "is not a Blauwdruk workspace as Blauwdruk writes it: its "
                                  "text is stored as %1, not UTF-8")
                         .arg(encoding.text(0).left(20));
            return nullptr;
        }
    }
    {
        // Reading the schema is where a damaged file, a live writer or an
        // interrupted change first shows.
        SqlStatement schema(db, "SELECT count(*) FROM sqlite_schema");
        if (schema.step() != SQLITE_ROW) {
            *error =
                store->openFailure(schema.isValid() ? store->sqliteError() : schema.errorMessage());
            return nullptr;
        }
    }
    // The whole schema, exactly as Blauwdruk writes it for the file's format,
    // before any row is read or written: see model/schemacheck.h.
    if (const QString difference = schemacheck::difference(db, store->mSchemaVersion);
        !difference.isEmpty()) {
        *error = QCoreApplication::translate(
                     "Store", "was changed outside Blauwdruk, so it is not opened (%1); "
                              "ask whoever sent it for a copy saved by Blauwdruk")
                     .arg(difference);
        return nullptr;
    }
    {
        SqlStatement check(db, "PRAGMA quick_check");
        const int rc = check.step();
        if (rc != SQLITE_ROW || check.text(0) != QLatin1String("ok")) {
            *error = rc == SQLITE_ROW
                         ? QStringLiteral("is damaged: %1").arg(check.text(0).left(200))
                         : store->openFailure(store->sqliteError());
            return nullptr;
        }
    }
    if (mode == Mode::ReadWrite &&
        !store->exec("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;", &message)) {
        *error = store->openFailure(message);
        return nullptr;
    }
    if (store->mSchemaVersion < Schema::kVersion && !store->upgrade(mode, &message)) {
        *error = message;
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
            *error = QCoreApplication::translate("Store", "cannot be written: %1").arg(message);
            return nullptr;
        }
    }
    return store;
}

// Why SQLite could not read the file, in words that say what is true.
QString Store::openFailure(const QString &message) const {
    const int code = sqlite3_errcode(mDb) & 0xff;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return QStringLiteral("is being written by another program right now; try again when it "
                              "has finished");
    if (QFile::exists(mPath + QStringLiteral("-journal")) && code != SQLITE_CORRUPT &&
        code != SQLITE_NOTADB)
        return QStringLiteral("holds a change that was interrupted (a -journal file lies "
                              "beside it); open it in the Blauwdruk editor to recover it");
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        return QStringLiteral("is damaged: %1").arg(message);
    return QStringLiteral("cannot be opened: %1").arg(message);
}

// Brings a file of an older format up to date. Read-only, only a copy in
// memory is upgraded. For writing, the upgraded copy is read and validated
// first, so a file that would be refused is never changed.
bool Store::upgrade(Mode mode, QString *error) {
    const int fileVersion = mSchemaVersion;
    QString message;
    if (mode == Mode::ReadWrite) {
        std::unique_ptr<Store> trial = open(mPath, Mode::ReadOnly, &message);
        std::optional<Workspace> workspace = trial ? trial->load(&message) : std::nullopt;
        if (!workspace) {
            *error = message;
            return false;
        }
        if (const std::vector<Problem> problems = validateWorkspace(*workspace);
            !problems.empty()) {
            *error = QCoreApplication::translate("Store", "is damaged: %1")
                         .arg(summarizeProblems(problems));
            return false;
        }
    } else if (!copyIntoMemory(&message)) {
        *error = QCoreApplication::translate("Store", "cannot be read: %1").arg(message);
        return false;
    }
    if (!migrate(&message)) {
        *error = QCoreApplication::translate("Store", "could not be upgraded from format %1: %2")
                     .arg(fileVersion)
                     .arg(message);
        return false;
    }
    if (mode == Mode::ReadOnly)
        mSchemaVersion = fileVersion; // what the file itself still is
    return true;
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
                *error =
                    QCoreApplication::translate("Store", "no migration from format %1").arg(from);
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

std::optional<Workspace> Store::load(QString *error) {
    Workspace ws;
    QString message;
    SqlStatement meta(mDb,
                      "SELECT " + columnList<WorkspaceMeta>() + " FROM workspace WHERE id = 1");
    if (!meta.isValid() || meta.step() != SQLITE_ROW) {
        *error = QCoreApplication::translate("Store", "is damaged: the workspace row is missing");
        return std::nullopt;
    }
    ws.meta.id = WorkspaceMeta::kId;
    int column = 0;
    for (const auto &field : WorkspaceMeta::fields()) {
        if (meta.columnType(column) != SQLITE_TEXT || !meta.isValidUtf8(column)) {
            *error =
                QCoreApplication::translate("Store", "is damaged: workspace.%1 is not UTF-8 text")
                    .arg(QLatin1String(field.name));
            return std::nullopt;
        }
        if (field.type() == FieldType::TextList) {
            QString problem;
            auto list = textToList(meta.textBytes(column), &problem);
            if (!list) {
                *error = QCoreApplication::translate("Store", "is damaged: workspace.%1 %2")
                             .arg(QLatin1String(field.name), problem);
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
        *error =
            QCoreApplication::translate("Store", "holds %1 objects; a workspace holds at most %2")
                .arg(limitcheck::number(objects), limitcheck::number(limits::kMaxObjects));
        return std::nullopt;
    }
    bool ok = true;
    forEachListType([&](auto *tag) {
        ok = ok && readTable<std::remove_pointer_t<decltype(tag)>>(ws, &message);
    });
    if (!ok) {
        *error = QCoreApplication::translate("Store", "is damaged: %1").arg(message);
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
    qint64 snapshotBytes = 0;
    while ((rc = select.step()) == SQLITE_ROW) {
        T object;
        int column = 0;
        for (const Field<T> &field : T::fields()) {
            const int type = select.columnType(column);
            const auto bad = [&](const char *what) {
                *error = QCoreApplication::translate("Store", "%1.%2 of row %3 is not %4")
                             .arg(QLatin1String(T::kTable), QLatin1String(field.name),
                                  select.text(0), QLatin1String(what));
                return false;
            };
            const auto refuse = [&](const QString &problem) {
                *error = QCoreApplication::translate("Store", "%1.%2 of row %3 %4")
                             .arg(QLatin1String(T::kTable), QLatin1String(field.name),
                                  select.text(0).left(60), problem);
                return false;
            };
            switch (field.type()) {
            case FieldType::Text:
                // Snapshots are measured in bytes, one and all together,
                // before any is converted (sizelimits.h).
                if (std::is_same_v<T, Version> && type == SQLITE_TEXT &&
                    qstrcmp(field.name, "snapshot") == 0) {
                    const qint64 bytes = select.textBytes(column).size();
                    snapshotBytes += bytes;
                    if (bytes > limits::kMaxSnapshotBytes)
                        return refuse(
                            QStringLiteral("is %1 bytes; a snapshot holds at most %2 MB")
                                .arg(limitcheck::number(bytes),
                                     limitcheck::number(limits::kMaxSnapshotBytes >> 20)));
                    if (snapshotBytes > limits::kMaxAllSnapshotBytes)
                        return refuse(
                            QStringLiteral("brings the snapshots to more than %1 MB together, "
                                           "the most a workspace holds")
                                .arg(limitcheck::number(limits::kMaxAllSnapshotBytes >> 20)));
                }
                // A text over the limit is refused before it is converted,
                // with the validator's words: a 50 MB field costs no copies.
                if (type == SQLITE_TEXT) {
                    const QString tooLong = limitcheck::textLengthProblem(
                        QLatin1StringView(field.name),
                        limitcheck::utf16Length(select.textBytes(column)));
                    if (!tooLong.isEmpty()) {
                        const QByteArrayView id = select.textBytes(0);
                        *error = QCoreApplication::translate("Store", "%1 %2: %3")
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
                QString problem = QStringLiteral("is not a list of texts");
                auto list = type == SQLITE_TEXT ? textToList(select.textBytes(column), &problem)
                                                : std::nullopt;
                if (!list)
                    return refuse(problem);
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

// Runs a write that must change exactly `expected` rows (at most, when
// `atMost`). Anything else means the file does not behave as ours does, and
// the edit fails rather than silently change other rows.
bool Store::runWrite(SqlStatement &write, int expected, bool atMost, QString *error) {
    if (!write.isValid()) {
        *error = write.errorMessage();
        return false;
    }
    if (write.step() != SQLITE_DONE) {
        *error = sqliteError();
        return false;
    }
    const int changed = sqlite3_changes(mDb);
    if (changed == expected || (atMost && changed < expected))
        return true;
    *error =
        QStringLiteral("a write changed %1 rows where %2 was expected").arg(changed).arg(expected);
    return false;
}

bool Store::writeMeta(const WorkspaceMeta &meta, QString *error) {
    // The workspace's one row, inserted or updated in place, and nothing
    // else: unlike INSERT OR REPLACE, a clash with any other constraint
    // fails the write instead of deleting another row.
    static const QByteArray sql = [] {
        QByteArrayList names{"id"}, values{"?"}, sets;
        for (const auto &field : WorkspaceMeta::fields()) {
            names << quoted(field.name);
            values << "?";
            sets << quoted(field.name) + " = excluded." + quoted(field.name);
        }
        return "INSERT INTO workspace (" + names.join(", ") + ") VALUES (" + values.join(", ") +
               ") ON CONFLICT (id) DO UPDATE SET " + sets.join(", ");
    }();
    SqlStatement &insert = statement(sql);
    insert.bind(1, qint64(1)); // the one row of the workspace table
    int index = 2;
    for (const auto &field : WorkspaceMeta::fields()) {
        const QVariant value = field.get(meta);
        insert.bind(index++, field.type() == FieldType::TextList ? listToText(value.toStringList())
                                                                 : value.toString());
    }
    return runWrite(insert, 1, false, error);
}

// A row that exists is deleted by its id and inserted again, as INSERT OR
// REPLACE did but without its other meaning: REPLACE also deletes any row
// that clashes with another unique index, where a plain INSERT fails. (An
// upsert would update in place, which writes to every page the rows of a
// renumbered cell are spread over: moves and their undo took half as long
// again.)
template <class T> bool Store::writeRow(const T &object, bool exists, QString *error) {
    if (exists && !deleteRow<T>(object.id, error))
        return false;
    // Made once per type: this runs for every row written.
    static const QByteArray sql = [] {
        QByteArray insert =
            "INSERT INTO " + QByteArray(T::kTable) + " (" + columnList<T>() + ") VALUES (";
        for (size_t i = 0; i < T::fields().size(); ++i)
            insert += i ? ", ?" : "?";
        return insert + ")";
    }();
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
    return runWrite(insert, 1, false, error);
}

template <class T> bool Store::deleteRow(const QString &id, QString *error) {
    SqlStatement &remove = statement("DELETE FROM " + QByteArray(T::kTable) + " WHERE id = ?");
    remove.bind(1, id);
    return runWrite(remove, 1, true, error);
}

bool Store::stillAtPath(QString *error) {
    int moved = 0;
    if (sqlite3_file_control(mDb, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && !moved)
        return true;
    if (error)
        *error = QCoreApplication::translate(
            "Store", "the file was moved, renamed or deleted while it was open");
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
                return object ? writeRow(*object, true, error) : deleteRow<T>(ref.id, error);
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
                ok = writeRow(object, false, error); // the table was just emptied
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
        *error = QCoreApplication::translate(
            "Store", "exists and is not a regular file; it is not replaced");
        return false;
    }
    const QString dir = target.absolutePath();
    PartialFile::removeStale(path);
    const QString temporaryPath = PartialFile::pathFor(path);
    QFile::remove(temporaryPath);
    QFile::remove(temporaryPath + QStringLiteral("-journal"));
    {
        QFile temporary(temporaryPath);
        if (!temporary.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *error = QCoreApplication::translate("Store", "cannot write in %1: %2")
                         .arg(QDir::toNativeSeparators(dir), temporary.errorString());
            return false;
        }
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
    // A new file gets the umask's permissions; a workspace on a shared drive should
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
