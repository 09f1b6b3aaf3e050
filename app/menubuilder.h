#pragma once

#include <QCoreApplication>

class QMainWindow;
class QMenu;

namespace blauwdruk {

class CanvasActions;
class WindowActions;

// Puts the actions into the window's menu bar and toolbar. Nothing here
// makes a command: every entry is an action from WindowActions or
// CanvasActions (or a dock's own toggle).
class MenuBuilder {
    Q_DECLARE_TR_FUNCTIONS(MenuBuilder)
public:
    MenuBuilder(QMainWindow &window, const WindowActions &windowActions,
                const CanvasActions &canvasActions);
    // Returns File › Open Recent, which the window fills.
    QMenu *build();

private:
    QMenu *buildFileMenu();
    void buildEditMenu();
    void buildViewMenu();
    void buildInsertMenu();
    void buildCardMenu();
    void buildStructureMenu();
    void buildJourneyMenu();
    void buildReviewMenu();
    void buildSessionMenu();
    void buildHelpMenu();
    void buildToolBar();

    QMainWindow &mWindow;
    const WindowActions &mWindowActions;
    const CanvasActions &mCanvasActions;
};

} // namespace blauwdruk
