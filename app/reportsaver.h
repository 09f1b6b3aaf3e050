#pragma once

#include <QString>

namespace blauwdruk {

class MainWindow;
class ReportText;

// Saves a report (the session summary, the demo findings) where the user
// says: a file dialog offering PDF and Markdown, beside the workspace and
// named after it ("Inkomen 2026 - demo findings.pdf"); a name typed without
// an extension gets the chosen type's. Says in the status bar where it went.
class ReportSaver {
public:
    // `nameFormat`: "%1 - session summary.%2", already translated in the
    // workspace's language; %1 is the file's base name, %2 the extension.
    static bool save(MainWindow &window, const ReportText &report, const QString &dialogTitle,
                     const QString &nameFormat);
};

} // namespace blauwdruk
