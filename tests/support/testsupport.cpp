#include "testsupport.h"

#include "store.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

namespace blauwdruk::test {

QByteArray readFile(const QString &path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString dataPath(const QString &name) {
    return QStringLiteral(BLAUWDRUK_SOURCE_DIR "/tests/data/") + name;
}

Workspace exampleWorkspace() {
    QString error;
    auto ws = JsonCodec::read(
        readFile(QStringLiteral(BLAUWDRUK_SOURCE_DIR "/resources/example/minimaregelingen.json")),
        &error);
    INFO(error.toStdString());
    REQUIRE(ws);
    return *ws;
}

std::string onDisk(const QString &path) {
    QString error;
    auto store = Store::open(path, Store::Mode::ReadOnly, &error);
    INFO(error.toStdString());
    REQUIRE(store);
    auto ws = store->load(&error);
    REQUIRE(ws);
    return canonical(*ws);
}

ExampleFile::ExampleFile()
    : ExampleFile(exampleWorkspace()) {}

ExampleFile::ExampleFile(const Workspace &workspace) {
    REQUIRE(dir.isValid());
    path = dir.filePath(QStringLiteral("example.blauwdruk"));
    QString error;
    document = Document::create(path, workspace, &error);
    INFO(error.toStdString());
    REQUIRE(document);
}

ToolRun runTool(const QString &tool, const QStringList &arguments, const char *package) {
    const QString program = QStandardPaths::findExecutable(tool);
    INFO(tool.toStdString() << " is missing: run scripts/install-deps --tests (" << package << ")");
    REQUIRE_FALSE(program.isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString poppler(const QString &tool, const QStringList &arguments) {
    const ToolRun run = runTool(tool, arguments, "poppler-utils");
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

int pdfPageCount(const QString &pdf) {
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                                             QRegularExpression::MultilineOption)
                                              .match(poppler(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QString pdfText(const QString &pdf) {
    return poppler(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .simplified();
}

Workspace exampleWithoutPairs() {
    Workspace ws = exampleWorkspace();
    for (Step &step : ws.steps)
        step.counterpart.clear();
    return ws;
}

void runSql(const QString &path, const QString &sql) {
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

QByteArray fileHash(const QString &path) {
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

void chooseItem(QComboBox *combo, int index) {
    REQUIRE(index >= 0);
    REQUIRE(index < combo->count());
    REQUIRE(combo->isEnabled());
    QTest::keyClick(combo, Qt::Key_F4);
    QAbstractItemView *list = combo->view();
    REQUIRE(list->isVisible());
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    REQUIRE(list->currentIndex().row() == index);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK_FALSE(list->isVisible());
    CHECK(combo->currentIndex() == index);
}

void chooseData(QComboBox *combo, const QVariant &data) {
    const int index = combo->findData(data);
    INFO(data.toString().toStdString());
    REQUIRE(index >= 0);
    chooseItem(combo, index);
}

void activateItem(QListWidget *list, int row) {
    QListWidgetItem *item = list->item(row);
    REQUIRE(item);
    list->scrollToItem(item);
    const QPoint centre = list->visualItemRect(item).center();
    REQUIRE(list->viewport()->rect().contains(centre));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
    QCoreApplication::processEvents(); // what the activation started
}

void typeInto(QAbstractSpinBox *spin, const QString &text) {
    spin->setFocus(Qt::OtherFocusReason);
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

} // namespace blauwdruk::test
