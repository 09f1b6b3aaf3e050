#include "inlineeditor.h"

#include "textlimit.h"

#include <QKeyEvent>
#include <QTimer>

namespace blauwdruk {

InlineEditor::InlineEditor(QWidget *parent)
    : QPlainTextEdit(parent) {
    setObjectName(QStringLiteral("InlineEditor"));
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabChangesFocus(true);
    TextLimit::apply(this);
    // A menu that opened this editor gives the focus back to the canvas as it
    // closes; that must not count as leaving the editor.
    QTimer::singleShot(0, this, [this] {
        mArmed = true;
        if (!mDone) // finished already (fast typing): leave the focus alone
            setFocus();
    });
    setStyleSheet(QStringLiteral("QPlainTextEdit { background: #fffdf2; border: 2px solid #1565c0;"
                                 " border-radius: 6px; color: #1f2328; }"));
}

// Esc is the editor's first (cancel the edit), before any shortcut of the
// window, such as leaving session mode.
bool InlineEditor::event(QEvent *event) {
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void InlineEditor::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & Qt::ShiftModifier)) {
        finish(true);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void InlineEditor::focusOutEvent(QFocusEvent *event) {
    QPlainTextEdit::focusOutEvent(event);
    if (mArmed)
        finish(true);
}

void InlineEditor::finish(bool commit) {
    if (mDone)
        return;
    mDone = true;
    if (commit)
        emit committed(toPlainText().trimmed());
    else
        emit cancelled();
    deleteLater();
}

} // namespace blauwdruk
