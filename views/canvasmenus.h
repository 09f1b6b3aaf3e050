#pragma once

#include "canvasactions.h"

#include <QCoreApplication>

class QContextMenuEvent;
class QMenu;

namespace blauwdruk {

class BlueprintView;

// The canvas's context menus, built from CanvasActions: for the cards under
// the mouse, a stage, step or lane header, an empty cell, and the keyboard
// menu (the menu key or Shift+F10) with everything for the selection or
// the current cell. Before a menu opens, what it is about becomes the
// selection or the current cell, which is what the actions work on.
class CanvasMenus {
    Q_DECLARE_TR_FUNCTIONS(CanvasMenus)
public:
    CanvasMenus(CanvasActions &actions, BlueprintView &view);
    void exec(QContextMenuEvent *event);

private:
    void add(QMenu &menu, std::initializer_list<CanvasActions::Id> ids) const;
    void addCardActions(QMenu &menu) const;
    void addStageActions(QMenu &menu) const;
    void addStepActions(QMenu &menu) const;
    void addLaneActions(QMenu &menu) const;
    void addCellActions(QMenu &menu) const;

    CanvasActions &mActions;
    BlueprintView &mView;
};

} // namespace blauwdruk
