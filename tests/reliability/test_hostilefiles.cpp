#include "examplewindow.h"
#include "killscript.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

// Every kind of broken or hostile file of docs/reliability.md, promise 3,
// made in `dir`: name → path.
std::vector<std::pair<QString, QString>> brokenFiles(const QTemporaryDir &dir) {
    std::vector<std::pair<QString, QString>> files;
    auto add = [&](const QString &name, const QByteArray &bytes) {
        const QString path = dir.filePath(name + ".blauwdruk");
        writeFile(path, bytes);
        files.emplace_back(name, path);
        return path;
    };
    auto ours = [&](const QString &name, const QString &sql) {
        const QString path = dir.filePath(name + ".blauwdruk");
        QString error;
        REQUIRE(Store::writeNew(path, KillScript::seedWorkspace(), &error));
        if (!sql.isEmpty())
            runSql(path, sql);
        files.emplace_back(name, path);
        return path;
    };
    add(QStringLiteral("empty"), {});
    add(QStringLiteral("text"), "Notulen van de werksessie\n");
    QByteArray noise(8192, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 2654435761u) >> 13);
    add(QStringLiteral("random"), noise);
    const QString whole = ours(QStringLiteral("whole"), {});
    add(QStringLiteral("truncated"), readFile(whole).left(int(readFile(whole).size() / 3)));
    files.erase(std::find_if(files.begin(), files.end(),
                             [](const auto &f) { return f.first == QLatin1String("whole"); }));
    const QString other = dir.filePath("other.blauwdruk");
    runSql(other, QStringLiteral("CREATE TABLE contacts(name TEXT)"));
    files.emplace_back(QStringLiteral("other application"), other);
    ours(QStringLiteral("newer"), QStringLiteral("PRAGMA user_version = 99"));
    ours(QStringLiteral("trigger"),
         QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON cards BEGIN DELETE FROM cards; END"));
    ours(QStringLiteral("view"), QStringLiteral("CREATE VIEW v AS SELECT * FROM cards"));
    ours(QStringLiteral("changed schema"), QStringLiteral("ALTER TABLE cards DROP COLUMN votes"));
    ours(QStringLiteral("dangling"),
         QStringLiteral(
             "UPDATE cards SET lane = 'gone' WHERE rowid = (SELECT min(rowid) FROM cards)"));
    ours(QStringLiteral("impossible"), QStringLiteral("UPDATE cards SET votes = -5"));
    ours(QStringLiteral("invalid UTF-8"),
         QStringLiteral("UPDATE workspace SET title = CAST(X'4D696E69FF' AS TEXT)"));
    ours(QStringLiteral("50 MB text"),
         QStringLiteral("UPDATE cards SET text = (SELECT replace(hex(zeroblob(26214400)), '00', "
                        "'ab')) WHERE rowid = (SELECT min(rowid) FROM cards)"));
    // The red team's (issue 11): schemas that made writes delete rows or crash.
    ours(QStringLiteral("unique cell"),
         QStringLiteral("DELETE FROM cards WHERE rowid NOT IN (SELECT min(rowid) FROM cards GROUP "
                        "BY journey, step, lane); DELETE FROM connections; CREATE UNIQUE INDEX "
                        "cell ON cards(journey, step, lane)"));
    ours(QStringLiteral("generated column"),
         QStringLiteral("PRAGMA writable_schema=ON; UPDATE sqlite_schema SET sql = replace(sql, "
                        "'duration TEXT NOT NULL', 'duration TEXT GENERATED ALWAYS AS (''x'') "
                        "STORED') WHERE name = 'cards'"));
    ours(QStringLiteral("check constraint"),
         QStringLiteral("PRAGMA writable_schema=ON; UPDATE sqlite_schema SET sql = replace(sql, "
                        "'title TEXT NOT NULL,', 'title TEXT NOT NULL CHECK (title <> ''''),') "
                        "WHERE name = 'cards'"));
    const QString v1 = dir.filePath("v1 with a view.blauwdruk");
    REQUIRE(QFile::copy(dataPath("v1-example.blauwdruk"), v1));
    QFile::setPermissions(v1, QFile::ReadOwner | QFile::WriteOwner);
    runSql(v1, QStringLiteral("CREATE VIEW v AS SELECT * FROM cards"));
    files.emplace_back(QStringLiteral("v1 with a view"), v1);
    return files;
}

} // namespace

// docs/reliability.md, promise 3, in the editor: a message, no crash, the
// file unchanged and the open work still open.
TEST_CASE("The editor refuses every broken or hostile file with a message and keeps its work") {
    QTemporaryDir dir;
    const auto files = brokenFiles(dir);
    ExampleWindow example;
    for (const auto &[name, path] : files) {
        CAPTURE(name);
        const QByteArray before = readFile(path);
        QString error;
        CHECK_FALSE(example.window.documents()->openFile(path, &error));
        INFO(error.toStdString());
        CHECK_FALSE(error.isEmpty());
        CHECK(readFile(path) == before);
        CHECK(example.doc().filePath() == example.path); // still the work that was open
        CHECK_FALSE(QFile::exists(path + "-journal"));
        CHECK_FALSE(QFile::exists(FileLock::lockPathFor(path)));
    }
    // And as a user sees it: a message naming the file.
    const QString path = files.front().second;
    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            QTest::keyClick(box, Qt::Key_Return);
        }
    });
    CHECK_FALSE(example.window.documents()->openFile(path));
    CHECK(shown.contains(QStringLiteral("empty.blauwdruk")));
    CHECK(shown.contains(QStringLiteral("is empty")));
    example.saved();
}
