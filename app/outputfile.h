#pragma once

#include "filelock.h"

#include <QString>

#include <memory>

namespace blauwdruk {

// A file the command line is about to write (workspaces, exports,
// screenshots): every command checks it the same way before it reads its
// input, and holds it while it writes. Refused: the input itself, anything
// that is not a regular file (a folder, a device such as /dev/full, a
// socket), and a workspace another Blauwdruk is editing.
class OutputFile {
public:
    explicit OutputFile(const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // False with the reason (for after the file's name) when `path` may not
    // be written; `input` is the file the command reads, if any.
    bool check(const QString &input, QString *error);

private:
    QString mPath;
    // Held from check() until the file is written, so no editor opens it
    // in between.
    std::unique_ptr<FileLock> mLock;
};

} // namespace blauwdruk
