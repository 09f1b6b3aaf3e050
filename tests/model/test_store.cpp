#include "edits.h"
#include "schema.h"
#include "store.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace blauwdruk;
using test::readFile;

namespace {

qint64 pragma(const QString &path, const char *name) {
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, (QByteArray("PRAGMA ") + name).constData(), -1, &stmt, nullptr);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const qint64 value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

// Opening must fail with `expected` in the message and leave the file as it was.
void expectRefused(const QString &path, const QString &expected) {
    const bool existed = QFileInfo(path).isFile();
    const QByteArray before = existed ? test::fileHash(path) : QByteArray();
    QString error;
    auto store = Store::open(path, Store::Mode::ReadWrite, &error);
    CHECK_FALSE(store);
    INFO(error.toStdString());
    CHECK(error.contains(expected));
    if (existed)
        CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + "-journal"));
    CHECK_FALSE(QFile::exists(path + "-wal"));
}

bool noSidecars(const QString &path) {
    return !QFile::exists(path + "-journal") && !QFile::exists(path + "-wal") &&
           !QFile::exists(path + "-shm");
}

} // namespace

TEST_CASE("A written workspace reads back identically and carries our ids") {
    QTemporaryDir dir;
    const QString path = dir.filePath("a.blauwdruk");
    const Workspace ws = test::exampleWorkspace();
    QString error;
    REQUIRE(Store::writeNew(path, ws, &error));
    CHECK(test::onDisk(path) == test::canonical(ws));
    CHECK(pragma(path, "application_id") == Schema::kApplicationId);
    CHECK(pragma(path, "user_version") == Schema::kVersion);
    CHECK(noSidecars(path));
    // Nothing but the file itself is left in the folder (no temporary files).
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("writeNew replaces an existing file whole and leaves no temporary file on failure") {
    QTemporaryDir dir;
    const QString path = dir.filePath("a.blauwdruk");
    Workspace ws = test::exampleWorkspace();
    QString error;
    REQUIRE(Store::writeNew(path, ws, &error));
    ws.meta.title = QStringLiteral("Tweede versie");
    REQUIRE(Store::writeNew(path, ws, &error));
    CHECK(test::onDisk(path) == test::canonical(ws));

    const QString missing = dir.filePath("no/such/folder/b.blauwdruk");
    CHECK_FALSE(Store::writeNew(missing, ws, &error));
    CHECK(error.contains(QStringLiteral("cannot write in")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("Every edit is on disk when it returns and no journal is left beside the file") {
    test::ExampleFile file;
    Edits edits(*file.document);
    const Workspace &ws = file.document->workspace();
    const QString journey = ws.orderedJourneys().front()->id;
    const QString stage = ws.orderedStages(journey).front()->id;
    REQUIRE_FALSE(edits.addStep(stage, QStringLiteral("Nieuwe stap")).isEmpty());
    CHECK(test::onDisk(file.path) == test::canonical(ws));
    CHECK(noSidecars(file.path));
    file.document.reset();
    CHECK(noSidecars(file.path));
}

TEST_CASE("Files that are not Blauwdruk workspaces are refused with a clear message") {
    QTemporaryDir dir;
    SECTION("missing") {
        expectRefused(dir.filePath("none.blauwdruk"), QStringLiteral("does not exist"));
        CHECK_FALSE(QFile::exists(dir.filePath("none.blauwdruk")));
    }
    SECTION("empty") {
        test::writeFile(dir.filePath("e.blauwdruk"), {});
        expectRefused(dir.filePath("e.blauwdruk"), QStringLiteral("is empty"));
    }
    SECTION("text renamed") {
        test::writeFile(dir.filePath("t.blauwdruk"), "Dit is een notitie, geen werkruimte.\n");
        expectRefused(dir.filePath("t.blauwdruk"), QStringLiteral("not an SQLite database"));
    }
    SECTION("random bytes") {
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        test::writeFile(dir.filePath("r.blauwdruk"), noise);
        expectRefused(dir.filePath("r.blauwdruk"), QStringLiteral("not an SQLite database"));
    }
    SECTION("another application's database") {
        const QString path = dir.filePath("other.blauwdruk");
        test::runSql(path, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x');");
        expectRefused(path, QStringLiteral("another application"));
    }
    SECTION("a folder") {
        expectRefused(dir.path(), QStringLiteral("not a regular file"));
    }
}

TEST_CASE("A file from a newer Blauwdruk is refused and left untouched") {
    QTemporaryDir dir;
    const QString path = dir.filePath("new.blauwdruk");
    QString error;
    REQUIRE(Store::writeNew(path, test::exampleWorkspace(), &error));
    test::runSql(path, "PRAGMA user_version = 99");
    expectRefused(path, QStringLiteral("newer Blauwdruk"));
    CHECK(pragma(path, "user_version") == 99);
}

TEST_CASE("Damaged or altered files are refused") {
    QTemporaryDir dir;
    const QString path = dir.filePath("x.blauwdruk");
    QString error;
    REQUIRE(Store::writeNew(path, test::exampleWorkspace(), &error));
    SECTION("a trigger was added") {
        test::runSql(path, "CREATE TRIGGER t AFTER INSERT ON cards BEGIN DELETE FROM cards; END;");
        expectRefused(path, QStringLiteral("trigger"));
    }
    SECTION("a view was added") {
        test::runSql(path, "CREATE VIEW v AS SELECT * FROM cards;");
        expectRefused(path, QStringLiteral("view"));
    }
    SECTION("a table lost a column") {
        test::runSql(path, "ALTER TABLE cards DROP COLUMN votes;");
        expectRefused(path, QStringLiteral("table \"cards\" has been changed"));
    }
    SECTION("a table was added") {
        test::runSql(path, "CREATE TABLE extra (x TEXT);");
        expectRefused(path, QStringLiteral("table \"extra\""));
    }
    SECTION("text that is not UTF-8") {
        test::runSql(path, "UPDATE workspace SET title = CAST(X'4D696E69FF' AS TEXT);");
        QString message;
        auto store = Store::open(path, Store::Mode::ReadWrite, &message);
        REQUIRE(store);
        CHECK_FALSE(store->load(&message));
        CHECK(message.contains(QStringLiteral("UTF-8")));
    }
    SECTION("a table is missing") {
        test::runSql(path, "DROP TABLE comments;");
        expectRefused(path, QStringLiteral("\"comments\" is missing"));
    }
    SECTION("truncated") {
        QByteArray bytes = readFile(path);
        test::writeFile(path, bytes.left(bytes.size() / 2));
        QString message;
        auto store = Store::open(path, Store::Mode::ReadWrite, &message);
        std::optional<Workspace> ws;
        if (store)
            ws = store->load(&message);
        CHECK_FALSE((store && ws));
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("damaged")));
    }
    SECTION("a row refers to nothing") {
        test::runSql(
            path, "UPDATE cards SET lane = 'gone' WHERE rowid = (SELECT min(rowid) FROM cards);");
        auto document = Document::open(path, Store::Mode::ReadWrite, &error);
        CHECK_FALSE(document);
        CHECK(error.contains(QStringLiteral("refers to a missing lane gone")));
    }
}

TEST_CASE("The version 1 fixture still opens, complete and sound") {
    QTemporaryDir dir;
    const QString path = dir.filePath("v1.blauwdruk");
    REQUIRE(QFile::copy(test::dataPath("v1-example.blauwdruk"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    auto document = Document::open(path, Store::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    REQUIRE(document);
    const Workspace &ws = document->workspace();
    CHECK(ws.personas.size() >= 2);
    CHECK(ws.journeys.size() == 2);
    CHECK(ws.cards.size() >= 40);
    CHECK(test::canonical(ws) == test::readFile(test::dataPath("v1-example.json")).toStdString());
    // Opened for writing, it is upgraded in place to the current format.
    document.reset();
    CHECK(pragma(path, "user_version") == Schema::kVersion);
    CHECK(Document::open(path, Store::Mode::ReadWrite, &error));
}

TEST_CASE("A version 1 file opened only to read is upgraded in memory, the file untouched") {
    const QString fixture = test::dataPath("v1-example.blauwdruk");
    QTemporaryDir dir;
    const QString path = dir.filePath("v1.blauwdruk");
    REQUIRE(QFile::copy(fixture, path));
    QString error;
    auto document = Document::open(path, Store::Mode::ReadOnly, &error);
    INFO(error.toStdString());
    REQUIRE(document);
    CHECK(test::canonical(document->workspace()) ==
          test::readFile(test::dataPath("v1-example.json")).toStdString());
    document.reset();
    CHECK(test::readFile(path) == test::readFile(fixture));
}

TEST_CASE("A file left in WAL mode by another tool is read without leaving files beside it") {
    QTemporaryDir dir;
    const QString path = dir.filePath("wal.blauwdruk");
    QString error;
    REQUIRE(Store::writeNew(path, test::exampleWorkspace(), &error));
    test::runSql(path, "PRAGMA journal_mode=WAL;");
    REQUIRE(noSidecars(path));
    {
        auto store = Store::open(path, Store::Mode::ReadOnly, &error);
        INFO(error.toStdString());
        REQUIRE(store);
        CHECK(store->load(&error));
    }
    CHECK(noSidecars(path));
    {
        auto document = Document::open(path, Store::Mode::ReadWrite, &error);
        REQUIRE(document);
        Edits(*document).setWorkspaceField(QStringLiteral("title"), QStringLiteral("Weer gewoon"));
    }
    CHECK(noSidecars(path)); // opened for writing, it went back to a rollback journal
}

TEST_CASE("Writing a new file replaces only regular files, and writes through links") {
    QTemporaryDir dir;
    QString error;
    const Workspace ws = test::exampleWorkspace();
    CHECK_FALSE(Store::writeNew(dir.path(), ws, &error));
    CHECK(error.contains(QStringLiteral("not a regular file")));
    REQUIRE(QFile::link(dir.filePath("target.blauwdruk"), dir.filePath("link.blauwdruk")));
    REQUIRE(Store::writeNew(dir.filePath("link.blauwdruk"), ws, &error));
    CHECK(QFileInfo(dir.filePath("link.blauwdruk")).isSymLink());
    CHECK(test::onDisk(dir.filePath("target.blauwdruk")) == test::canonical(ws));
}
