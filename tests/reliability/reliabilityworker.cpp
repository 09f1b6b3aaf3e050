// The other process of the reliability tests: it edits a workspace file the
// way the editor does (through a Document) and reports each edit once it has
// returned, so the test can kill it at any moment, hold a file open against
// another process, or run it as another user or with a small file size limit.
//
//   reliability_worker edits FILE FIRST     edits FIRST, FIRST+1, … until killed
//   reliability_worker untitled FIRST       the same on a new untitled file
//   reliability_worker hold FILE            opens FILE; "edit K" / "quit" on stdin
//   reliability_worker probe FILE COPY      tries to write FILE, then Save As COPY
//   reliability_worker fill FILE            edits until a write fails
//
// Each report is one line on stdout, flushed at once.
#include "document.h"
#include "killscript.h"
#include "store.h"
#include "untitledfiles.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

using namespace blauwdruk;

namespace {

void say(const QString &line) {
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int fail(const QString &message) {
    say(QStringLiteral("error %1").arg(message));
    return 1;
}

std::unique_ptr<Document> openForWriting(const QString &path, QString *error) {
    return Document::open(path, Store::Mode::ReadWrite, error);
}

// Edits from `first` on, each reported after it returned; stops at the first
// failure (reported) or after a very long run.
int editFrom(Document &document, int first) {
    const test::KillScript script(document.workspace());
    for (int k = first; k < first + 1'000'000; ++k) {
        QString error;
        if (!script.apply(document, k, &error)) {
            say(QStringLiteral("failed %1 %2").arg(k).arg(error));
            // The failed edit must still be in memory, for Save As.
            const bool kept = script.found(document.workspace()) == script.expected(k + 1);
            say(kept ? QStringLiteral("kept in memory") : QStringLiteral("lost from memory"));
            return 3;
        }
        say(QString::number(k));
    }
    return 0;
}

int hold(const QString &path) {
    QString error;
    std::unique_ptr<Document> document = openForWriting(path, &error);
    if (!document)
        return fail(error);
    say(QStringLiteral("ready %1").arg(document->isReadOnly() ? "read-only" : "writing"));
    const test::KillScript script(document->workspace());
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString command = QString::fromStdString(line);
        if (command == QLatin1String("quit"))
            return 0;
        if (command.startsWith(QLatin1String("edit "))) {
            const int k = command.mid(5).toInt();
            say(script.apply(*document, k, &error)
                    ? QStringLiteral("ok %1").arg(k)
                    : QStringLiteral("failed %1 %2").arg(k).arg(error));
        }
    }
    return 0;
}

int probe(const QString &path, const QString &copy) {
    QString error;
    std::unique_ptr<Document> document = openForWriting(path, &error);
    if (!document)
        return fail(error);
    say(QStringLiteral("reason %1").arg(int(document->readOnlyReason())));
    const test::KillScript script(document->workspace());
    say(script.apply(*document, 0, &error) ? QStringLiteral("edit ok")
                                           : QStringLiteral("edit refused %1").arg(error));
    say(document->saveAs(copy, &error) ? QStringLiteral("save-as ok")
                                       : QStringLiteral("save-as failed %1").arg(error));
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    // With a file size limit (ulimit -f) a write past it fails with EFBIG
    // instead of killing the process, as a full disk would.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    // The same folders and names as the test runner, so untitled files
    // land where the tests' main windows look for them.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BlauwdrukTests"));
    QCoreApplication::setApplicationName(QStringLiteral("blauwdruk-tests"));
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    QString error;
    if (mode == QLatin1String("edits") && args.size() == 4) {
        std::unique_ptr<Document> document = openForWriting(args[2], &error);
        if (!document)
            return fail(error);
        if (document->isReadOnly())
            return fail(QStringLiteral("opened read-only"));
        return editFrom(*document, args[3].toInt());
    }
    if (mode == QLatin1String("untitled") && args.size() == 3) {
        const QString path = UntitledFiles::newPath();
        std::unique_ptr<Document> document =
            Document::create(path, test::KillScript::seedWorkspace(), &error);
        if (!document)
            return fail(error);
        document->setUntitled(true);
        say(QStringLiteral("path %1").arg(path));
        return editFrom(*document, args[2].toInt());
    }
    if (mode == QLatin1String("hold") && args.size() == 3)
        return hold(args[2]);
    if (mode == QLatin1String("probe") && args.size() == 4)
        return probe(args[2], args[3]);
    if (mode == QLatin1String("fill") && args.size() == 3) {
        std::unique_ptr<Document> document = openForWriting(args[2], &error);
        if (!document)
            return fail(error);
        return editFrom(*document, 0);
    }
    std::fprintf(stderr, "usage: reliability_worker edits|untitled|hold|probe|fill …\n");
    return 2;
}
