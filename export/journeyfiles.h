#pragma once

#include "exporter.h"

#include <functional>

namespace blauwdruk {

// "All journeys" in a format that holds one journey a file
// (ExportCapabilities::Journeys::FileEach): a file per journey, named after
// it, all or nothing. The command line and the export dialog both write
// through here, so the naming, the checks and the clean-up exist once.
class JourneyFiles {
public:
    // Refuses a file before anything is written (false with the reason,
    // for after the file name); the command line checks its outputs so.
    using Check = std::function<bool(const QString &file, QString *error)>;

    // A file per journey: "poster.svg", journey 2 titled "Zo kan het" ->
    // "poster-2-zo-kan-het.svg".
    static QString fileFor(const QString &path, int number, const QString &title);
    // The files `path` becomes, one per journey in display order.
    static QStringList files(const Workspace &workspace, const QString &path);

    // Every file is checked first (it may not be a folder or a device; then
    // `check`), each is written under a partial name, and only when all are
    // written are they renamed into place. False with the file that failed
    // and why; no partial file is left behind. Only a rename failing midway
    // (rare: the folder changed underneath) keeps the files renamed before.
    static bool write(const Exporter &exporter, const Workspace &workspace, ExportOptions options,
                      const QString &path, const Check &check, QStringList *written,
                      QString *failedFile, QString *error);
};

} // namespace blauwdruk
