#include "outputfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace blauwdruk {

OutputFile::OutputFile(const QString &path)
    : mPath(path) {}

OutputFile::~OutputFile() = default;

bool OutputFile::check(const QString &input, QString *error) {
    const QFileInfo target(mPath);
    if (!input.isEmpty() && target.exists() &&
        target.canonicalFilePath() == QFileInfo(input).canonicalFilePath()) {
        *error =
            QCoreApplication::translate("Files", "is also the input file; choose another output");
        return false;
    }
    if (target.exists() && !target.isFile()) {
        *error = QCoreApplication::translate(
            "Files", "exists and is not a regular file; it is not replaced");
        return false;
    }
    // Only a file someone has open in Blauwdruk has a lock beside it.
    if (target.exists() && QFileInfo::exists(FileLock::lockPathFor(mPath))) {
        auto lock = std::make_unique<FileLock>(mPath);
        switch (lock->tryLock()) {
        case FileLock::Result::HeldByOther:
            *error = QCoreApplication::translate("Files",
                                                 "is open in Blauwdruk by %1; it is not replaced")
                         .arg(lock->holder().describe());
            return false;
        case FileLock::Result::Locked:
            mLock = std::move(lock);
            break;
        case FileLock::Result::CannotLock:
            break; // the write itself will say why the folder cannot be written
        }
    }
    return true;
}

} // namespace blauwdruk
