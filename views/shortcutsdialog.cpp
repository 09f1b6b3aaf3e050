#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <span>
#include <utility>

namespace blauwdruk {

namespace {

QString plain(QString text) {
    return text.remove(QLatin1Char('&')).remove(QChar(u'…'));
}

QString keysOf(const QAction *action) {
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        if (!key.isEmpty())
            keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

// One row per key: what it does, and the key.
void addRows(QTreeWidgetItem *group, std::span<const std::pair<QString, QString>> keys) {
    for (const auto &[what, key] : keys) {
        auto *row = new QTreeWidgetItem(group);
        row->setText(0, what);
        row->setText(1, key);
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , mList(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    mList->setColumnCount(2);
    mList->setHeaderLabels({tr("Command"), tr("Keys")});
    mList->setAccessibleName(tr("Keyboard shortcuts"));
    mList->setRootIsDecorated(true);
    mList->setAlternatingRowColors(true);
    for (const QAction *action : menuBar->actions())
        if (action->menu())
            addMenu(action->menu(), nullptr);
    addCanvasKeys();
    mList->expandAll();
    mList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mList);
    layout->addWidget(buttons);
    resize(820, 680);
}

void ShortcutsDialog::addMenu(const QMenu *menu, QTreeWidgetItem *parent) {
    auto *group = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(mList);
    group->setText(0, plain(menu->title()));
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            addMenu(action->menu(), group);
            continue;
        }
        auto *row = new QTreeWidgetItem(group);
        row->setText(0, plain(action->text()));
        row->setText(1, keysOf(action));
        row->setToolTip(0, action->statusTip());
    }
    if (group->childCount() == 0)
        delete group; // Open Recent with nothing in it
}

// Keys the canvas handles itself: moving around is not a command.
void ShortcutsDialog::addCanvasKeys() {
    auto *group = new QTreeWidgetItem(mList);
    group->setText(0, tr("On the canvas"));
    const std::pair<QString, QString> keys[] = {
        {tr("Move to the next cell and select its first card"), tr("Arrow keys")},
        {tr("Add the next cell's first card to the selection"), tr("Shift+Arrow keys")},
        {tr("Step through the cards of the cell"), tr("Alt+Up, Alt+Down")},
        {tr("Edit the selected card; in an empty cell, add one"), tr("Enter")},
        {tr("Add one more card to a cell that has cards"), tr("Insert, Ctrl+Enter")},
        {tr("Clear the selection"), tr("Esc")},
        {tr("Menu for the selection or the cell"), tr("Menu key, Shift+F10")},
        {tr("Add a card, or rename a card or header"), tr("Double-click")},
        {tr("Select several cards"), tr("Ctrl+click, or drag a rectangle")},
        {tr("Move cards, stages, steps or lanes"), tr("Drag them")},
        {tr("Connect two cards"), tr("Drag from the selected card's dot")},
        {tr("Zoom around the mouse pointer"), tr("Ctrl+Wheel")},
        {tr("Move the view"), tr("Space+Drag, middle mouse button")},
        // Quick capture and vote entry (session mode): typed, not commands.
        {tr("Quick capture: type to start a card in the current cell, Enter adds it and opens "
            "the next"),
         tr("Letters, Enter")},
        {tr("Quick capture: a pain point, an opportunity or a question"), tr("! or + or ? first")},
        {tr("Quick capture: add the card and go to the next or previous cell"),
         tr("Tab, Shift+Tab")},
        {tr("Entering votes: give the selected card that many of the participant's dots"),
         tr("0 to 9")},
        {tr("Entering votes: the next or previous participant, then the show of hands"),
         tr("Tab, Shift+Tab")},
        {tr("Show of hands: count the number of hands typed"), tr("Enter")},
    };
    addRows(group, keys);
    addOutlineKeys();
}

// The outline dock's own keys (OutlineView): the same work as the canvas,
// for the keyboard and screen readers.
void ShortcutsDialog::addOutlineKeys() {
    auto *group = new QTreeWidgetItem(mList);
    group->setText(0, tr("In the outline (View › Outline)"));
    const std::pair<QString, QString> keys[] = {
        {tr("Add a card to the lane, or right after the card"), tr("Insert")},
        {tr("Edit the card's title"), tr("F2")},
        {tr("Delete the card"), tr("Delete")},
        {tr("Move the card to the step before or after"), tr("Alt+Left, Alt+Right")},
        {tr("Move the card to the lane above or below"), tr("Alt+Up, Alt+Down")},
        {tr("Connect the card to another, chosen by title"), tr("Ctrl+Shift+K")},
        {tr("Comment on the card or the step"), tr("Ctrl+Alt+M")},
        {tr("On a stage or step: add a step"), tr("Insert")},
        {tr("On a stage or lane: add a stage after it, or a lane below it"), tr("Shift+Insert")},
        {tr("On a stage, step or lane: rename it"), tr("F2")},
        {tr("On a stage, step, lane or arrow: delete it"), tr("Delete")},
        {tr("Move the stage or step left or right, the lane up or down"), tr("Alt+arrows")},
        {tr("Menu for the row"), tr("Menu key, Shift+F10")},
    };
    addRows(group, keys);
}

} // namespace blauwdruk
