#pragma once

#include <QString>
#include <QStringList>

namespace blauwdruk {

class MainWindow;

// What the editor looked like when it was closed comes back on the next
// start: the window's size, place and maximised state, its docks, and for
// each workspace file the tabs that were open and the one in front. Only the
// editor a person starts remembers (main.cpp); `--screenshot` neither reads
// nor writes any of it.
class WindowSession {
public:
    explicit WindowSession(MainWindow &window);

    void restoreLayout();
    void saveLayout() const;
    // The tabs open now, remembered for `file`.
    void saveTabs(const QString &file) const;
    // Opens the tabs remembered for `file`; false when there are none (or
    // none of them is in the workspace any more).
    bool restoreTabs(const QString &file);

    // Each tab as remembered: "journey:ID", "persona:ID", "compare:ID", or
    // "fixed:N" for the overview and the personas.
    static QString tabOf(const MainWindow &window, int index);
    static QStringList tabsOf(const MainWindow &window);

private:
    MainWindow &mWindow;
};

} // namespace blauwdruk
