// Files whose schema someone else changed (the red team's report, issue 11):
// each must be refused before anything is read or written, and a write that
// would still touch other rows fails loudly instead of deleting them.
#include "edits.h"
#include "schema.h"
#include "sqlstatement.h"
#include "store.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace blauwdruk;

namespace {

QString writeExample(const QTemporaryDir &dir,
                     const QString &name = QStringLiteral("x.blauwdruk")) {
    const QString path = dir.filePath(name);
    QString error;
    REQUIRE(Store::writeNew(path, test::exampleWorkspace(), &error));
    return path;
}

// Opening, for writing and for reading, must fail naming `expected`, and
// leave the file byte for byte as it was with nothing beside it.
void expectRefusedBoth(const QString &path, const QString &expected) {
    const QByteArray before = test::fileHash(path);
    const QStringList besideBefore =
        QDir(QFileInfo(path).path()).entryList(QDir::Files | QDir::Hidden);
    for (Store::Mode mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly}) {
        QString error;
        auto document = Document::open(path, mode, &error);
        CHECK_FALSE(document);
        INFO(error.toStdString());
        CHECK(error.contains(expected));
    }
    CHECK(test::fileHash(path) == before);
    CHECK(QDir(QFileInfo(path).path()).entryList(QDir::Files | QDir::Hidden) == besideBefore);
}

// Rewrites the stored CREATE statement of `table` as writable_schema allows,
// the way a crafted file would say anything SQLite accepts.
void rewriteSchema(const QString &path, const QString &table, const QString &from,
                   const QString &to) {
    test::runSql(path,
                 QStringLiteral("PRAGMA writable_schema=ON; UPDATE sqlite_schema SET sql = "
                                "replace(sql, '%2', '%3') WHERE name = '%1'; "
                                "PRAGMA writable_schema=OFF;")
                     .arg(table, QString(from).replace("'", "''"), QString(to).replace("'", "''")));
}

qint64 countRows(const QString &path, const char *table) {
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    qint64 n = -1;
    {
        // Finished before the connection is closed, or closing fails.
        SqlStatement count(db, QByteArray("SELECT count(*) FROM ") + table);
        if (count.step() == SQLITE_ROW)
            n = count.integer(0);
    }
    sqlite3_close(db);
    REQUIRE(n >= 0);
    return n;
}

} // namespace

TEST_CASE("Hostile schema: anything but our exact schema is refused before a row is read") {
    QTemporaryDir dir;
    const QString path = writeExample(dir);
    SECTION("the red team's unique index over a cell") {
        // Keep one card per cell, drop what then dangles, and make the cell unique.
        test::runSql(path, "DELETE FROM cards WHERE rowid NOT IN (SELECT min(rowid) FROM cards "
                           "GROUP BY journey, step, lane); DELETE FROM connections; "
                           "CREATE UNIQUE INDEX cell ON cards(journey, step, lane);");
        expectRefusedBoth(path, QStringLiteral("index \"cell\""));
    }
    SECTION("an ordinary index of someone else's") {
        test::runSql(path, "CREATE INDEX by_title ON cards(title);");
        expectRefusedBoth(path, QStringLiteral("index \"by_title\""));
    }
    SECTION("our index made unique") {
        rewriteSchema(path, "cards_by_journey", "CREATE INDEX", "CREATE UNIQUE INDEX");
        expectRefusedBoth(path, QStringLiteral("\"cards_by_journey\" has been changed"));
    }
    SECTION("a CHECK constraint") {
        rewriteSchema(path, "cards", "title TEXT NOT NULL,",
                      "title TEXT NOT NULL CHECK (length(title) < 5),");
        expectRefusedBoth(path, QStringLiteral("table \"cards\" has been changed"));
    }
    SECTION("another collation") {
        rewriteSchema(path, "cards", "title TEXT NOT NULL,", "title TEXT NOT NULL COLLATE NOCASE,");
        expectRefusedBoth(path, QStringLiteral("table \"cards\" has been changed"));
    }
    SECTION("a UNIQUE column constraint") {
        rewriteSchema(path, "lanes", "title TEXT NOT NULL,", "title TEXT NOT NULL UNIQUE,");
        expectRefusedBoth(path, QStringLiteral("table \"lanes\" has been changed"));
    }
    SECTION("a default changed") {
        rewriteSchema(path, "steps", "DEFAULT ''", "DEFAULT 'x'");
        expectRefusedBoth(path, QStringLiteral("table \"steps\" has been changed"));
    }
    SECTION("a generated column") {
        rewriteSchema(path, "cards", "duration TEXT NOT NULL",
                      "duration TEXT GENERATED ALWAYS AS (title) VIRTUAL");
        expectRefusedBoth(path, QStringLiteral("table \"cards\" has been changed"));
    }
    SECTION("a column lost NOT NULL") {
        rewriteSchema(path, "comments", "author TEXT NOT NULL", "author TEXT");
        expectRefusedBoth(path, QStringLiteral("table \"comments\" has been changed"));
    }
    SECTION("a column dropped") {
        test::runSql(path, "ALTER TABLE cards DROP COLUMN votes;");
        expectRefusedBoth(path, QStringLiteral("table \"cards\" has been changed"));
    }
    SECTION("a foreign key that deletes") {
        rewriteSchema(path, "cards", "lane TEXT NOT NULL,",
                      "lane TEXT NOT NULL REFERENCES lanes(id) ON DELETE CASCADE,");
        expectRefusedBoth(path, QStringLiteral("table \"cards\" has been changed"));
    }
    SECTION("a table without rowid") {
        rewriteSchema(path, "stages", ") STRICT", ") STRICT, WITHOUT ROWID");
        expectRefusedBoth(path, QStringLiteral("table \"stages\" has been changed"));
    }
    SECTION("comments and case alone are no change") {
        rewriteSchema(path, "stages", "CREATE TABLE stages (", "create table STAGES ( -- ours\n");
        QString error;
        CHECK(Document::open(path, Store::Mode::ReadWrite, &error));
        INFO(error.toStdString());
    }
}

TEST_CASE("Hostile schema: a generated column refused up front, a statement that fails to "
          "prepare fails the edit, not the program") {
    QTemporaryDir dir;
    const QString path = writeExample(dir);
    SECTION("the red team's generated duration") {
        rewriteSchema(path, "cards", "duration TEXT NOT NULL",
                      "duration TEXT GENERATED ALWAYS AS ('x') STORED");
        expectRefusedBoth(path, QStringLiteral("table \"cards\" has been changed"));
    }
    SECTION("the schema changed under an open document") {
        QString error;
        auto document = Document::open(path, Store::Mode::ReadWrite, &error);
        REQUIRE(document);
        // Another program renames a column while the file is open: every
        // statement that names it now fails to prepare.
        test::runSql(path, "ALTER TABLE cards RENAME COLUMN duration TO length;");
        const Workspace &ws = document->workspace();
        const Card &card = ws.cards.front();
        CHECK_FALSE(Edits(*document).setField(EntityType::Card, {card.id}, QStringLiteral("title"),
                                              QStringLiteral("Nieuw")));
        INFO(document->lastError().toStdString());
        CHECK(document->lastError().contains(QStringLiteral("duration")));
    }
    SECTION("an inert statement") {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
        {
            SqlStatement bad(db, "INSERT INTO nowhere VALUES (?)");
            CHECK_FALSE(bad.isValid());
            bad.reset();
            bad.bind(1, QStringLiteral("x"));
            bad.bind(1, qint64(1));
            bad.bindBlob(1, QByteArray("x"));
            CHECK(bad.step() == SQLITE_ERROR);
            CHECK(bad.errorMessage().contains(QStringLiteral("no such table")));
        }
        sqlite3_close(db);
    }
}

TEST_CASE(
    "Hostile schema: a write that would delete another row fails loudly and deletes nothing") {
    QTemporaryDir dir;
    const QString path = writeExample(dir);
    QString error;
    auto document = Document::open(path, Store::Mode::ReadWrite, &error);
    REQUIRE(document);
    const Workspace &ws = document->workspace();
    const Card card = ws.cards.front();
    const qint64 before = countRows(path, "cards");
    // Another program adds a unique index while the file is open (open()
    // would have refused it): a card in the same cell now clashes with it.
    // INSERT OR REPLACE would delete the first card to make room.
    test::runSql(path,
                 QStringLiteral("DELETE FROM cards WHERE step = '%1' AND lane = '%2' AND id <> "
                                "'%3'; CREATE UNIQUE INDEX cell ON cards(journey, step, lane) "
                                "WHERE step = '%1' AND lane = '%2';")
                     .arg(card.step, card.lane, card.id));
    const qint64 kept = countRows(path, "cards");
    REQUIRE(kept < before);
    const QString added = Edits(*document).addCard(card.step, card.lane, QStringLiteral("Tweede"));
    CHECK(document->lastError().contains(QStringLiteral("UNIQUE")));
    INFO(document->lastError().toStdString());
    CHECK(countRows(path, "cards") == kept); // the first card is still there
    Q_UNUSED(added);
}

TEST_CASE("Hostile schema: a version 1 file is validated before it is upgraded") {
    QTemporaryDir dir;
    const QString path = dir.filePath("v1.blauwdruk");
    REQUIRE(QFile::copy(test::dataPath("v1-example.blauwdruk"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    SECTION("with a view") {
        test::runSql(path, "CREATE VIEW v AS SELECT * FROM cards;");
        expectRefusedBoth(path, QStringLiteral("view \"v\""));
        CHECK(countRows(path, "pragma_user_version") == 1);
    }
    SECTION("with a dangling lane") {
        test::runSql(
            path, "UPDATE cards SET lane = 'gone' WHERE rowid = (SELECT min(rowid) FROM cards);");
        expectRefusedBoth(path, QStringLiteral("refers to a missing lane gone"));
    }
    SECTION("with the current format's column already added") {
        test::runSql(path, "ALTER TABLE steps ADD COLUMN counterpart TEXT NOT NULL DEFAULT '';");
        expectRefusedBoth(path, QStringLiteral("table \"steps\" has been changed"));
    }
    SECTION("sound: upgraded once, then opened as a current file") {
        QString error;
        REQUIRE(Document::open(path, Store::Mode::ReadWrite, &error));
        // Its stored SQL is what ALTER TABLE wrote, not what a new file has.
        CHECK(Document::open(path, Store::Mode::ReadWrite, &error));
        INFO(error.toStdString());
    }
}

TEST_CASE("Hostile WAL: the version and application id are asked of SQLite, not of the bytes") {
    QTemporaryDir dir;
    const QString path = writeExample(dir);
    test::runSql(path, "PRAGMA journal_mode=WAL;");
    // A -wal file that changes page 1: kept beside the file, not folded in.
    auto withWal = [&](const char *sql) {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
        REQUIRE(QFile::exists(path + "-wal"));
        QFile::remove(path + "-shm");
    };
    SECTION("a newer version in the -wal") {
        withWal("PRAGMA user_version=99;");
        expectRefusedBoth(path, QStringLiteral("newer Blauwdruk"));
    }
    SECTION("another application's id in the -wal") {
        withWal("PRAGMA application_id=1;");
        expectRefusedBoth(path, QStringLiteral("another application"));
    }
    SECTION("a sound change in the -wal is read, and reading leaves no -shm") {
        withWal("UPDATE workspace SET title = 'Uit de wal';");
        const QByteArray wal = test::readFile(path + "-wal");
        QString error;
        {
            auto document = Document::open(path, Store::Mode::ReadOnly, &error);
            INFO(error.toStdString());
            REQUIRE(document);
            CHECK(document->workspace().meta.title == QStringLiteral("Uit de wal"));
        }
        CHECK_FALSE(QFile::exists(path + "-shm"));
        CHECK(test::readFile(path + "-wal") == wal);
    }
}

TEST_CASE("Hostile encoding: invalid UTF-8 in a list is refused, not replaced") {
    QTemporaryDir dir;
    const QString path = writeExample(dir);
    test::runSql(path, "UPDATE cards SET tags = CAST(X'5B2261FF225D' AS TEXT) WHERE rowid = 1");
    expectRefusedBoth(path, QStringLiteral("tags of row"));
}

TEST_CASE("Hostile encoding: a UTF-16 file is refused, whatever it holds") {
    const QString fixture = QStringLiteral(BLAUWDRUK_SOURCE_DIR) +
                            QStringLiteral("/tests/fuzz/corpus/workspace/refused-utf16.blauwdruk");
    QTemporaryDir dir;
    const QString path = dir.filePath("utf16.blauwdruk");
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    expectRefusedBoth(path, QStringLiteral("its text is stored as UTF-16le, not UTF-8"));
}

TEST_CASE("Hostile paths: a live writer and a symbolic link are named as what they are") {
    QTemporaryDir dir;
    const QString path = writeExample(dir);
    SECTION("a symbolic link") {
        REQUIRE(QFile::link(path, dir.filePath("link.blauwdruk")));
        QString error;
        CHECK_FALSE(Store::open(dir.filePath("link.blauwdruk"), Store::Mode::ReadOnly, &error));
        CHECK(error.contains(QStringLiteral("symbolic link")));
        CHECK(error.contains(QStringLiteral("x.blauwdruk")));
    }
    SECTION("another program in the middle of writing") {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "BEGIN EXCLUSIVE; UPDATE workspace SET title = 'bezig';", nullptr,
                             nullptr, nullptr) == SQLITE_OK);
        QString error;
        CHECK_FALSE(Store::open(path, Store::Mode::ReadOnly, &error));
        INFO(error.toStdString());
        CHECK(error.contains(QStringLiteral("being written by another program")));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
}
