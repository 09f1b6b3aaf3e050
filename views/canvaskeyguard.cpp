#include "canvaskeyguard.h"

#include "blueprintview.h"
#include "canvasactions.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace blauwdruk {

namespace {

bool isInsideCanvas(const QWidget *widget) {
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget())
        if (qobject_cast<const BlueprintView *>(w))
            return true;
    return false;
}

bool isTextField(const QWidget *widget) {
    if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget))
        return true;
    if (const auto *text = qobject_cast<const QTextEdit *>(widget))
        return !text->isReadOnly();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
        return !text->isReadOnly();
    return false;
}

bool matchesAny(const QKeySequence &keys, std::initializer_list<QKeySequence> list) {
    for (const QKeySequence &candidate : list)
        if (keys.matches(candidate) == QKeySequence::ExactMatch)
            return true;
    return false;
}

} // namespace

CanvasKeyGuard::CanvasKeyGuard(CanvasActions &actions, QWidget *window)
    : QObject(window)
    , mActions(actions)
    , mWindow(window) {
    qApp->installEventFilter(this);
}

CanvasKeyGuard::~CanvasKeyGuard() {
    qApp->removeEventFilter(this);
}

bool CanvasKeyGuard::keyBelongsTo(const QWidget *widget, const QKeySequence &keys) {
    // The title being typed in place gets every key.
    if (isInsideCanvas(widget))
        return true;
    const auto ctrl = [](Qt::Key key) { return QKeySequence(Qt::CTRL | key); };
    if (isTextField(widget))
        return matchesAny(keys, {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace),
                                 ctrl(Qt::Key_Left), ctrl(Qt::Key_Right), ctrl(Qt::Key_Up),
                                 ctrl(Qt::Key_Down), QKeySequence::Cut, QKeySequence::Copy,
                                 QKeySequence::Paste, QKeySequence::SelectAll, QKeySequence::Undo,
                                 QKeySequence::Redo});
    if (qobject_cast<const QAbstractItemView *>(widget))
        return matchesAny(keys, {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace),
                                 QKeySequence(Qt::Key_F2), ctrl(Qt::Key_Left), ctrl(Qt::Key_Right),
                                 ctrl(Qt::Key_Up), ctrl(Qt::Key_Down), QKeySequence::Copy,
                                 QKeySequence::SelectAll});
    return false;
}

bool CanvasKeyGuard::eventFilter(QObject *watched, QEvent *event) {
    // A ShortcutOverride travels up from the focused widget; it is looked at
    // once, where it starts.
    if (event->type() != QEvent::ShortcutOverride || watched != QApplication::focusWidget())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != mWindow)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence keys(key->keyCombination());
    const std::optional<CanvasActions::Id> id = mActions.actionFor(keys);
    if (!id)
        return false;
    if (keyBelongsTo(widget, keys)) {
        key->accept(); // the widget gets the key press, not the canvas
        return true;
    }
    if (!mActions.action(*id)->isEnabled())
        emit mActions.message(mActions.whyDisabled(*id));
    return false;
}

} // namespace blauwdruk
