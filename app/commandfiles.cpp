#include "commandfiles.h"

#include "commandline.h"
#include "outputfile.h"
#include "sizelimits.h"
#include "store.h"
#include "validator.h"

#include <QFile>
#include <QFileInfo>

namespace blauwdruk {

namespace {

// JSON and CSV input alike: parsed, either takes several times its size in
// memory (sizelimits.h, kMaxJsonBytes).
constexpr qint64 kMaxInputBytes = limits::kMaxJsonBytes;

} // namespace

std::optional<QByteArray> CommandFiles::readInput(const QString &path, QString *error) {
    QFileInfo info(path);
    if (!info.exists()) {
        *error = CommandLine::tr("file does not exist");
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = CommandLine::tr("is not a regular file");
        return std::nullopt;
    }
    if (info.size() > kMaxInputBytes) {
        *error = CommandLine::tr("is too large (%1 MB; the limit is %2 MB)")
                     .arg(info.size() / (1024 * 1024))
                     .arg(kMaxInputBytes / (1024 * 1024));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CommandLine::tr("cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<Workspace> CommandFiles::load(const QString &path, bool validate, int *schemaVersion,
                                            QString *error) {
    std::unique_ptr<Store> store = Store::open(path, Store::Mode::ReadOnly, error);
    if (!store)
        return std::nullopt;
    if (schemaVersion)
        *schemaVersion = store->schemaVersion();
    std::optional<Workspace> workspace = store->load(error);
    if (workspace && validate) {
        const std::vector<Problem> problems = validateWorkspace(*workspace);
        if (!problems.empty()) {
            *error = CommandLine::tr("is damaged: %1 (`blauwdruk check` lists every problem)")
                         .arg(problems.front().toString());
            return std::nullopt;
        }
    }
    return workspace;
}

std::unique_ptr<Document> CommandFiles::openForWriting(const QString &path, QString *error) {
    if (!QFileInfo(path).isFile()) {
        *error = QFileInfo::exists(path) ? CommandLine::tr("is not a regular file")
                                         : CommandLine::tr("file does not exist");
        return nullptr;
    }
    std::unique_ptr<Document> document = Document::open(path, Store::Mode::ReadWrite, error);
    if (!document)
        return nullptr;
    switch (document->readOnlyReason()) {
    case Document::ReadOnlyReason::None:
        return document;
    case Document::ReadOnlyReason::InUse:
        *error = CommandLine::tr("is open in Blauwdruk by %1; it is not changed")
                     .arg(document->lockHolder().describe());
        return nullptr;
    case Document::ReadOnlyReason::Requested:
    case Document::ReadOnlyReason::NotWritable:
        break;
    }
    *error = CommandLine::tr("cannot be written (the file or its folder is read-only); it is not "
                             "changed");
    return nullptr;
}

int CommandFiles::writeWorkspace(const QString &out, const Workspace &workspace,
                                 const QString &in) {
    QString error;
    OutputFile output(out);
    if (!output.check(in, &error) || !Store::writeNew(out, workspace, &error))
        return CommandLine::fail(out, error);
    return CommandLine::Success;
}

} // namespace blauwdruk
