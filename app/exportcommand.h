#pragma once

#include <QStringList>

namespace blauwdruk {

// `blauwdruk export`: any format of the ExporterRegistry, with the options
// its capabilities declare, or persona sheets. Returns the exit code
// (CommandLine::ExitCode).
class ExportCommand {
public:
    static int run(const QStringList &arguments);
    // "{pdf,svg,...}": each format's default extension, as offered.
    static QString extensions();
    // The persona sheets' extension ("pdf").
    static QString personaSheetExtension();
};

} // namespace blauwdruk
