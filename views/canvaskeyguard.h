#pragma once

#include <QObject>

class QKeySequence;
class QWidget;

namespace blauwdruk {

class CanvasActions;

// The canvas's keys work wherever the keyboard is in its window: Insert in
// the inspector still adds a card. Only where the focused field uses the
// key itself does it keep it (Delete in a text field deletes a letter, F2 in
// the tree renames there, every key goes to the title being typed on the
// canvas). A key whose command cannot run now says why in the status bar
// instead of doing nothing.
class CanvasKeyGuard : public QObject {
    Q_OBJECT
public:
    // Watches the keys typed in `window` (the guard's parent).
    CanvasKeyGuard(CanvasActions &actions, QWidget *window);
    ~CanvasKeyGuard() override;

    // Whether `widget`, with the keyboard, uses `keys` itself.
    static bool keyBelongsTo(const QWidget *widget, const QKeySequence &keys);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CanvasActions &mActions;
    QWidget *mWindow;
};

} // namespace blauwdruk
