// libFuzzer target: opening a .blauwdruk file (the editor, `info`, `check`,
// `export`).
//
// Why: a workspace file is an SQLite database that may come from anyone, and
// the store treats it as untrusted: it reads the header itself, opens with
// SQLite's defensive settings, runs quick_check, migrates older schema
// versions and validates every row before the editor sees it. Each input is
// opened the way the editor opens a file, once read-only (older files are
// upgraded in a copy in memory) and once for writing (upgraded in place), on
// two fixed files in a directory of this process that is removed at exit.
#include "document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace blauwdruk;

namespace {

QString gDirectory;

void removeDirectory() {
    QDir(gDirectory).removeRecursively();
}

// Writes the input afresh, without the -journal, -wal or -shm file an
// earlier input may have left beside it: each run sees only its own bytes.
QString writeInput(const QString &name, const QByteArray &bytes) {
    const QString path = gDirectory + QLatin1Char('/') + name;
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fuzz_open_workspace: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    gDirectory = QDir::temp().filePath(
        QStringLiteral("blauwdruk-fuzz-%1").arg(QCoreApplication::applicationPid()));
    if (!QDir().mkpath(gDirectory)) {
        std::fprintf(stderr, "fuzz_open_workspace: cannot make %s\n", qPrintable(gDirectory));
        std::abort();
    }
    std::atexit(removeDirectory);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    for (const Store::Mode mode : {Store::Mode::ReadOnly, Store::Mode::ReadWrite}) {
        const QString path =
            writeInput(mode == Store::Mode::ReadOnly ? QStringLiteral("read.blauwdruk")
                                                     : QStringLiteral("write.blauwdruk"),
                       bytes);
        Document::open(path, mode, &error);
    }
    return 0;
}
