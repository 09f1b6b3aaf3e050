#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;
class QTreeWidgetItem;
class QMenu;

namespace blauwdruk {

// Help › Keyboard Shortcuts: every command of the menu bar with its keys,
// read from the actions themselves (so the list is never out of date),
// and the canvas's own keys for moving around.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);
    QTreeWidget *list() const { return mList; }

private:
    void addMenu(const QMenu *menu, QTreeWidgetItem *parent);
    void addCanvasKeys();
    void addOutlineKeys();

    QTreeWidget *mList;
};

} // namespace blauwdruk
