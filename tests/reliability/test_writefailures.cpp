#include "edits.h"
#include "examplewindow.h"
#include "killscript.h"
#include "noticebar.h"
#include "reliabilitysupport.h"
#include "untitledfiles.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

// Lets this process write files of at most `bytes` (as a full disk would,
// writes past it fail with EFBIG) until it goes out of scope.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &mBefore);
        rlimit limit = mBefore;
        limit.rlim_cur = bytes;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &limit) == 0);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &mBefore);
        std::signal(SIGXFSZ, SIG_DFL);
    }

private:
    rlimit mBefore{};
};

} // namespace

// docs/reliability.md, promise 3: a full disk. The worker runs under
// `ulimit -f`, so the file cannot grow past a size a little above its own.
TEST_CASE("On a full disk the failed edit is not written, earlier ones are intact and the work "
          "stays in memory") {
    QTemporaryDir dir;
    const QString path = dir.filePath("full.blauwdruk");
    QString error;
    REQUIRE(Store::writeNew(path, KillScript::seedWorkspace(), &error));
    const qint64 blocks = QFileInfo(path).size() / 1024 + 24; // ulimit -f counts 1024 bytes
    Worker worker({QStringLiteral("fill"), path},
                  {QStringLiteral("bash"), QStringLiteral("-c"),
                   QStringLiteral("ulimit -f %1 && exec \"$@\"").arg(blocks),
                   QStringLiteral("bash")});
    const QStringList lines = worker.finish();
    REQUIRE(lines.size() >= 3);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    const QString failure = lines[lines.size() - 2];
    REQUIRE(failure.startsWith(QLatin1String("failed ")));
    const int failed = failure.section(QLatin1Char(' '), 1, 1).toInt();
    CHECK(failed > 3); // it did write several edits before the disk was full
    CHECK((failure.contains(QStringLiteral("full")) || failure.contains(QStringLiteral("disk"))));
    CHECK(lines.last() == QLatin1String("kept in memory"));

    // The file holds exactly the edits that were acknowledged, and is sound.
    CHECK(integrityCheck(path) == "ok");
    CHECK_FALSE(QFile::exists(path + "-journal"));
    auto document = Document::open(path, Store::Mode::ReadOnly, &error);
    REQUIRE(document);
    const KillScript script(document->workspace());
    CHECK(script.found(document->workspace()) == script.expected(failed));
}

TEST_CASE("In the editor, a full disk keeps the work in memory and Save As saves it") {
    QTemporaryDir elsewhere;
    ExampleWindow example;
    Document &document = example.doc();
    const QString original = example.path;
    const QByteArray before = readFile(original);
    const QString title = QString(QStringLiteral("Een lange kaart ")).repeated(400);
    {
        // Room for the file as it is and nothing more: the next write fails,
        // and so does a recovery copy of the same size.
        FileSizeLimit limit(rlim_t(before.size()));
        Edits edits(document);
        const Journey *journey = example.ws().orderedJourneys().front();
        const QString step = example.ws().orderedSteps(journey->id).front()->id;
        const QString lane = example.ws().orderedLanes(journey->id).front()->id;
        CHECK(edits.addCard(step, lane, title).isEmpty()); // not written: it says so
    }
    // The edit happened, in memory.
    auto hasCard = [&] {
        return std::any_of(example.ws().cards.begin(), example.ws().cards.end(),
                           [&](const Card &card) { return card.title == title; });
    };
    CHECK(hasCard());
    CHECK(document.hasUnsavedChanges());
    const QString notice = example.window.noticeBar()->text();
    INFO(notice.toStdString());
    CHECK(notice.contains(QStringLiteral("could not be saved")));
    CHECK(notice.contains(QStringLiteral("kept in memory")));
    CHECK(readFile(original) == before); // the file is as it was: whole

    // With room again, Save As writes everything, the failed edit included.
    const QString saved = elsewhere.filePath("saved.blauwdruk");
    REQUIRE(example.window.documents()->saveTo(saved));
    CHECK_FALSE(document.hasUnsavedChanges());
    CHECK(example.window.noticeBar()->text().isEmpty());
    CHECK(onDisk(saved) == canonical(example.ws()));
    CHECK(hasCard());
}

// docs/reliability.md, promise 3: a file that disappears while open.
TEST_CASE("A file deleted or renamed while open is noticed before anything is written into it") {
    ExampleFile example;
    Document &document = *example.document;
    QString error;
    SECTION("deleted") {
        REQUIRE(QFile::remove(example.path));
    }
    SECTION("renamed") {
        REQUIRE(QFile::rename(example.path, example.path + ".old"));
    }
    CHECK_FALSE(
        Edits(document).setWorkspaceField(QStringLiteral("title"), QStringLiteral("Nieuw")));
    CHECK(document.lastError().contains(QStringLiteral("moved, renamed or deleted")));
    CHECK(document.hasUnsavedChanges());
    CHECK(document.workspace().meta.title == QLatin1String("Nieuw"));
    // Saving it again brings everything back.
    REQUIRE(document.saveAs(example.path, &error));
    CHECK(onDisk(example.path) == canonical(document.workspace()));
}

TEST_CASE("In the editor, a vanished file's work continues in a recovery copy") {
    ExampleWindow example;
    REQUIRE(QFile::remove(example.path));
    CHECK(Edits(example.doc())
              .setWorkspaceField(QStringLiteral("title"), QStringLiteral("Na het verdwijnen")));
    Document &document = example.doc();
    // Every change, the failed one included, is in the recovery copy.
    CHECK(document.isUntitled());
    const QString recovery = document.filePath();
    CHECK(QFileInfo(recovery).absolutePath() ==
          QFileInfo(UntitledFiles::folder()).absoluteFilePath());
    CHECK(onDisk(recovery) == canonical(example.ws()));
    CHECK_FALSE(document.hasUnsavedChanges());
    const QString notice = example.window.noticeBar()->text();
    INFO(notice.toStdString());
    CHECK(notice.contains(QStringLiteral("Nothing is lost")));
    CHECK(notice.contains(QStringLiteral("moved, renamed or deleted")));
    // Later edits go there too.
    CHECK(Edits(document).setWorkspaceField(QStringLiteral("title"), QStringLiteral("Verder")));
    CHECK(onDisk(recovery) == canonical(example.ws()));

    // Save As puts it back where it was and drops the recovery copy.
    REQUIRE(example.window.documents()->saveTo(example.path));
    CHECK_FALSE(QFile::exists(recovery));
    CHECK(example.window.noticeBar()->text().isEmpty());
    CHECK(onDisk(example.path) == canonical(example.ws()));
}
