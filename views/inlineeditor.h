#pragma once

#include <QPlainTextEdit>

namespace blauwdruk {

// The in-place editor for a title (card, step, lane, stage), laid over the
// canvas. Enter commits, Shift+Enter breaks the line, Esc cancels; leaving
// it commits.
class InlineEditor : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit InlineEditor(QWidget *parent = nullptr);

signals:
    void committed(const QString &text);
    void cancelled();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish(bool commit);
    bool mDone = false;
    bool mArmed = false;
};

} // namespace blauwdruk
