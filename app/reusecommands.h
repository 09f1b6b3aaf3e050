#pragma once

#include "edits.h"

#include <QCoreApplication>
#include <QString>

namespace blauwdruk {

class MainWindow;
class Workspace;
struct Provenance;

// Reuse in the window: File › Import from Workspace… (another .blauwdruk,
// only read) and what File › Library… takes, through one TakeDialog, as
// one undo step with provenance (Edits::takeFrom).
class ReuseCommands {
    Q_DECLARE_TR_FUNCTIONS(ReuseCommands)
public:
    explicit ReuseCommands(MainWindow &window);

    // Asks for a workspace file, then what to take from it.
    void importFromWorkspace();
    // What to take from the workspace file at `path`; false when nothing
    // was taken (refused, cancelled, or the file could not be read).
    bool importFrom(const QString &path);
    // File › Library…: search the shared library and take from it.
    void showLibrary();
    // Journey › Publish to Library… for the active journey.
    void publishActive();
    // The dialog for `source`, then the take; `tick` is ticked first.
    bool take(const Workspace &source, const QString &sourceLabel, const Provenance &origin,
              const QString &actionText, const QString &tick = QString());

private:
    void warn(const QString &text);
    // When some of what `request` takes was taken from this source before,
    // asks whether to take it again (second copies); true to go on.
    bool confirmTakingAgain(const Edits::TakeRequest &request, const Provenance &origin);

    MainWindow &mWindow;
};

} // namespace blauwdruk
