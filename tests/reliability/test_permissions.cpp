#include "killscript.h"
#include "reliabilitysupport.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

// Permissions do not stop root, so as root these tests run the other
// process as the unprivileged user "nobody" (setpriv, util-linux); as
// another user they run it as that user.
constexpr uid_t kNobody = 65534;

QStringList unprivileged() {
    if (geteuid() != 0)
        return {};
    return {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
            QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
            QStringLiteral("--")};
}

// A file or folder owned by whoever runs the other process, with `mode`.
void own(const QString &path, mode_t mode) {
    const QByteArray name = QFile::encodeName(path);
    if (geteuid() == 0)
        REQUIRE(::chown(name.constData(), kNobody, kNobody) == 0);
    REQUIRE(::chmod(name.constData(), mode) == 0);
}

// A folder the other process can reach: the folder of the test and its
// subfolders "work" (holding the workspace) and "mine" (for Save As).
struct Folders {
    QTemporaryDir root;
    QString work = root.filePath("work");
    QString mine = root.filePath("mine");
    QString file = work + "/gedeeld.blauwdruk";
    Folders() {
        REQUIRE(QDir().mkpath(work));
        REQUIRE(QDir().mkpath(mine));
        REQUIRE(::chmod(QFile::encodeName(root.path()).constData(), 0755) == 0);
        QString error;
        REQUIRE(Store::writeNew(file, KillScript::seedWorkspace(), &error));
        own(mine, 0755);
    }
    ~Folders() {
        // Writable again, so the temporary folder can be removed.
        ::chmod(QFile::encodeName(work).constData(), 0755);
    }
    QStringList probe() {
        Worker worker({QStringLiteral("probe"), file, mine + "/kopie.blauwdruk"}, unprivileged());
        return worker.finish();
    }
};

} // namespace

// docs/reliability.md, promise 3: read-only files and folders, for real.
TEST_CASE("A file the user may not write opens read-only, stays untouched and can be saved as a "
          "copy") {
    Folders folders;
    own(folders.work, 0755);
    SECTION("a read-only file") {
        own(folders.file, 0444);
    }
    SECTION("a file in a read-only folder") {
        own(folders.file, 0644);
        own(folders.work, 0555); // SQLite could not even write its journal here
    }
    const QByteArray before = readFile(folders.file);
    const QStringList lines = folders.probe();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QStringLiteral("reason %1").arg(int(Document::ReadOnlyReason::NotWritable)));
    CHECK(lines[1].startsWith(QLatin1String("edit refused")));
    CHECK(lines[2] == QLatin1String("save-as ok"));
    CHECK(readFile(folders.file) == before);
    const QStringList left =
        QDir(folders.work).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    CHECK(left == QStringList{QStringLiteral("gedeeld.blauwdruk")}); // no lock, no journal
    CHECK(integrityCheck(folders.mine + "/kopie.blauwdruk") == "ok");
}

TEST_CASE("The same user with write permission edits the file: the permission tests can fail") {
    Folders folders;
    own(folders.work, 0755);
    own(folders.file, 0644);
    const QStringList lines = folders.probe();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QStringLiteral("reason %1").arg(int(Document::ReadOnlyReason::None)));
    CHECK(lines[1] == QLatin1String("edit ok"));
}

TEST_CASE("An export into a read-only folder fails with a message naming it and leaves nothing") {
    Folders folders;
    own(folders.work, 0755);
    own(folders.file, 0644);
    own(folders.mine, 0555);
    QProcess process;
    process.setProgram(unprivileged().isEmpty() ? QStringLiteral(BLAUWDRUK_BINARY)
                                                : unprivileged().front());
    QStringList arguments = unprivileged().mid(1);
    if (!unprivileged().isEmpty())
        arguments << QStringLiteral(BLAUWDRUK_BINARY);
    const QString poster = folders.mine + "/poster.pdf";
    process.setArguments(arguments << QStringLiteral("export") << folders.file
                                   << QStringLiteral("-o") << poster);
    process.start();
    REQUIRE(process.waitForFinished(60000));
    const QString message = QString::fromUtf8(process.readAllStandardError());
    INFO(message.toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() != 0);
    CHECK(message.contains(QStringLiteral("poster.pdf")));
    CHECK(QDir(folders.mine).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}
