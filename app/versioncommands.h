#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace blauwdruk {

class MainWindow;
class Workspace;

// Versions and what changed: File › Versions…, View › Show Changes and
// View › View Approved State. A version or the approved state opens
// read-only in a window of its own; changes show as marks on the canvas
// and a list beside it (the window's Changes dock).
class VersionCommands {
    Q_DECLARE_TR_FUNCTIONS(VersionCommands)
public:
    explicit VersionCommands(MainWindow &window);

    void showVersions();
    // The active journey's changes since its approval; a journey never
    // approved is compared with a version the user picks.
    void showChangesSinceApproval();
    void viewApprovedState();
    // A version in a new read-only window (null when it cannot be read).
    MainWindow *openVersion(const QString &versionId);
    // One version: with now, marked on this window's canvas. Two: from the
    // older to the newer, marked on a read-only window of the newer.
    void compare(const QStringList &versionIds);

private:
    // A new window showing `workspace` read-only, titled with `label`.
    MainWindow *openReadOnly(const Workspace &workspace, const QString &label,
                             const QString &journey);
    void compareWithNow(const QString &versionId, const QString &journey);
    QString versionLabel(const QString &versionId) const;
    void warn(const QString &title, const QString &text);

    MainWindow &mWindow;
};

} // namespace blauwdruk
