#pragma once

#include "blueprintview.h"
#include "canvastool.h"
#include "capturedraft.h"

#include <QPointer>

#include <functional>

class QKeyEvent;

namespace blauwdruk {

// Quick capture (a session's typing): with it on, a printable key typed on
// the canvas opens a draft card in the current cell holding that key.
// Enter adds the card (one undo step) and opens the next draft in the same
// cell; Tab adds it and moves on to the next cell, Shift+Tab to the previous
// one; Esc drops the draft; an empty Enter closes it. No dialog, no mouse.
class QuickCaptureTool : public CanvasTool {
public:
    using Cell = BlueprintView::Cell;
    // The cell Tab (forward) or Shift+Tab goes to from `step` and `lane`.
    using NextCell = std::function<Cell(const QString &step, const QString &lane, bool forward)>;

    explicit QuickCaptureTool(BlueprintView *view);
    ~QuickCaptureTool() override;

    bool press(QMouseEvent *) override { return false; }

    void setEnabled(bool on);
    bool isEnabled() const { return mEnabled; }
    // Replaces where Tab goes (a session's focus); an empty one restores
    // defaultNextCell().
    void setNextCell(NextCell next);
    // Down the card lanes of the step, then the first lane of the next step
    // (Shift+Tab: the other way round); past the end it starts over.
    Cell defaultNextCell(const QString &step, const QString &lane, bool forward) const;

    // A key typed on the canvas: true when it started a draft (or was
    // refused, saying why).
    bool keyTyped(QKeyEvent *event);
    // Opens an empty draft in `cell` (Session › Park Item); false when
    // capture is off or the file may not be changed (saying why). A draft
    // `aside` is one card: once added or dropped, the current cell goes
    // back to where it was, so the room's typing does not stay in the
    // parking lot.
    bool startIn(const Cell &cell, bool aside = false);
    // The draft being typed, or null.
    CaptureDraft *draft() const { return mDraft; }
    Cell draftCell() const { return mCell; }

private:
    void open(const Cell &cell, const QString &text);
    QRect draftRect() const;
    // Scrolls the draft into view, then follow()s.
    void place();
    // Puts the draft where its cell is drawn now, in type that size.
    void follow();
    void finish(CaptureDraft::Finish how);
    bool add();
    void close();

    bool mEnabled = false;
    NextCell mNext;
    QPointer<CaptureDraft> mDraft;
    Cell mCell;
    Cell mReturnTo; // valid while the draft is aside
};

} // namespace blauwdruk
