#include "edits.h"
#include "inspector.h"
#include "killscript.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "reliabilitysupport.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

// A file with the seed workspace, held open for writing by a worker process.
struct HeldFile {
    QTemporaryDir dir;
    QString path = dir.filePath("shared.blauwdruk");
    std::unique_ptr<Worker> holder;
    HeldFile() {
        QString error;
        REQUIRE(Store::writeNew(path, KillScript::seedWorkspace(), &error));
        holder = std::make_unique<Worker>(QStringList{QStringLiteral("hold"), path});
        REQUIRE(holder->readLine() == QLatin1String("ready writing"));
    }
};

} // namespace

// docs/reliability.md, promise 4.
TEST_CASE("A file in use opens read-only in a second process, says who has it and can be saved "
          "as a copy") {
    HeldFile shared;
    const KillScript script(KillScript::seedWorkspace());
    QString error;
    std::unique_ptr<Document> second = Document::open(shared.path, Store::Mode::ReadWrite, &error);
    REQUIRE(second);
    CHECK(second->isReadOnly());
    CHECK(second->readOnlyReason() == Document::ReadOnlyReason::InUse);
    const FileLock::Holder who = second->lockHolder();
    CHECK(who.pid == shared.holder->pid());
    CHECK(who.host == QSysInfo::machineHostName());
    CHECK(who.user == QFileInfo(shared.dir.path()).owner()); // the same user runs both
    CHECK(qAbs(who.since.secsTo(QDateTime::currentDateTime())) < 120);
    CHECK(who.describe().contains(QString::number(who.pid)));

    // The second one cannot write; the file stays as the holder has it.
    const QByteArray before = fileHash(shared.path);
    CHECK_FALSE(script.apply(*second, 0, &error));
    CHECK(fileHash(shared.path) == before);

    // Save As gives it its own file to work in.
    const QString copy = shared.dir.filePath("mine.blauwdruk");
    REQUIRE(second->saveAs(copy, &error));
    CHECK_FALSE(second->isReadOnly());
    REQUIRE(script.apply(*second, 0, &error));

    // Meanwhile the holder goes on writing its file.
    shared.holder->write(QStringLiteral("edit 0"));
    CHECK(shared.holder->readLine() == QLatin1String("ok 0"));
    shared.holder->write(QStringLiteral("edit 1"));
    CHECK(shared.holder->readLine() == QLatin1String("ok 1"));
    shared.holder->write(QStringLiteral("quit"));
    shared.holder->finish();
    second.reset();

    // Neither damaged the other's file.
    CHECK(integrityCheck(shared.path) == "ok");
    CHECK(integrityCheck(copy) == "ok");
    auto held = Document::open(shared.path, Store::Mode::ReadWrite, &error);
    REQUIRE(held);
    CHECK_FALSE(held->isReadOnly()); // the holder has gone
    CHECK(script.found(held->workspace()) == script.expected(2));
    auto mine = Document::open(copy, Store::Mode::ReadOnly, &error);
    REQUIRE(mine);
    CHECK(script.found(mine->workspace()) == script.expected(1));
}

TEST_CASE("A lock left by a killed process blocks no one") {
    HeldFile shared;
    shared.holder->killAndRead();
    REQUIRE(QFile::exists(FileLock::lockPathFor(shared.path))); // it is still there
    QString error;
    auto document = Document::open(shared.path, Store::Mode::ReadWrite, &error);
    REQUIRE(document);
    CHECK_FALSE(document->isReadOnly());
    const KillScript script(document->workspace());
    CHECK(script.apply(*document, 0, &error));
    document.reset();
    CHECK_FALSE(QFile::exists(FileLock::lockPathFor(shared.path))); // released on close
}

TEST_CASE("A lock its process was killed while writing blocks no one") {
    // Killed between making the lock file and writing its id into it: an
    // empty lock, whose holder nobody can look up.
    ExampleFile file;
    file.document.reset(); // closed: no lock of ours
    const QString path = file.path;
    QFile lock(FileLock::lockPathFor(path));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.close();
    QString error;
    auto document = Document::open(path, Store::Mode::ReadWrite, &error);
    REQUIRE(document);
    CHECK_FALSE(document->isReadOnly());
    document.reset();
    CHECK_FALSE(QFile::exists(FileLock::lockPathFor(path))); // released on close
}

TEST_CASE("Save As does not replace a file another process has open") {
    HeldFile shared;
    QString error;
    ExampleFile mine;
    CHECK_FALSE(mine.document->saveAs(shared.path, &error));
    CHECK(error.contains(QStringLiteral("is open in Blauwdruk by")));
    CHECK(error.contains(QString::number(shared.holder->pid())));
    CHECK(mine.document->filePath() == mine.path);
}

TEST_CASE("The editor opens a file in use read-only, with a notice and Save As") {
    HeldFile shared;
    MainWindow window;
    window.show();
    REQUIRE(window.documents()->openFile(shared.path));
    Document *document = window.document();
    CHECK(document->isReadOnly());
    const QString notice = window.noticeBar()->text();
    INFO(notice.toStdString());
    CHECK(notice.contains(QStringLiteral("is being edited in Blauwdruk by")));
    CHECK(notice.contains(QString::number(shared.holder->pid())));
    CHECK(notice.contains(QStringLiteral("Save As")));
    // Nothing invites typing that would not be saved.
    auto fields = [&window] {
        return window.findChild<Inspector *>()->findChildren<QLineEdit *>();
    };
    auto editable = [&] {
        const QList<QLineEdit *> edits = fields();
        return std::count_if(edits.begin(), edits.end(),
                             [](QLineEdit *edit) { return !edit->isReadOnly(); });
    };
    REQUIRE(fields().size() > 0); // the Inspector shows the first step
    CHECK(editable() == 0);

    const QString copy = shared.dir.filePath("copy.blauwdruk");
    REQUIRE(window.documents()->saveTo(copy));
    CHECK(window.noticeBar()->text().isEmpty());
    CHECK_FALSE(window.document()->isReadOnly());
    CHECK(window.document()->filePath() == copy);
    CHECK(editable() > 0);
    CHECK(Edits(*window.document())
              .setWorkspaceField(QStringLiteral("title"), QStringLiteral("Onze kopie")));
    CHECK(onDisk(copy) == canonical(window.document()->workspace()));
}
