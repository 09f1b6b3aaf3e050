#pragma once

#include "canvasactions.h"
#include "canvashits.h"
#include "changemarks.h"
#include "focusarea.h"
#include "inlineeditor.h"
#include "zoomableview.h"

#include <QGraphicsView>
#include <QPointer>

#include <memory>
#include <vector>

namespace blauwdruk {

class BlueprintScene;
class CanvasTool;
class CommentMarkers;
class EditInPlaceTool;
class QuickCaptureTool;
class VoteTool;

// The canvas widget. It keeps the viewport (zoom around the cursor with
// Ctrl+wheel, scrolling, panning with the middle button or Space+drag, the
// keyboard's current cell and the pinned headers) and hands each mouse
// gesture to one of its tools (canvastool.h): the first tool that takes a
// press owns the gesture until the release. Commands (add, delete, connect,
// insert...) are CanvasActions; the keyboard here only moves around: arrows
// move the current cell, Shift+arrows extend the selection, Alt+arrows step
// through a cell's cards, Enter edits the selected card or adds one.
class BlueprintView : public QGraphicsView, public ZoomableView {
    Q_OBJECT
public:
    // Takes ownership of `scene` when it has no parent.
    explicit BlueprintView(BlueprintScene *scene, QWidget *parent = nullptr);
    ~BlueprintView() override;

    BlueprintScene *blueprintScene() const { return mScene; }
    // A strip above the canvas (the journey's persona, starting point and
    // goal); the view takes ownership and keeps it over the full width.
    void setBanner(QWidget *banner);
    QWidget *banner() const { return mBanner; }
    qreal zoom() const override { return transform().m11(); }
    void setZoom(qreal zoom, const QPointF &anchorInView = QPointF(-1, -1));
    void zoomIn() override;
    void zoomOut() override;
    void fitToView() override;
    void showActualSize() override { setZoom(1.0); }

    // The keyboard's cell: where Enter adds a card.
    struct Cell {
        QString step;
        QString lane;
        bool isValid() const { return !step.isEmpty() && !lane.isEmpty(); }
    };
    Cell currentCell() const { return mCurrentCell; }
    void setCurrentCell(const Cell &cell);
    // Moves the current cell by columns and rows; the cell's first card
    // becomes the selection (or joins it with `extend`).
    void moveCurrentCell(int dx, int dy, bool extend = false);

    QStringList selectedCardIds() const;
    void selectCards(const QStringList &ids);
    // Selects a card (or makes a step the current column) and scrolls to it;
    // the card's view takes the keyboard unless told not to (the outline keeps it).
    void showCard(const QString &cardId, bool takeKeyboard = true);
    void showStep(const QString &stepId);

    // What lies under a point: a card, a cell, a header, a handle.
    using Header = CanvasHits::Header;
    using HeaderHit = CanvasHits::HeaderHit;
    HeaderHit headerAt(const QPointF &scenePos) const;
    HeaderHit headerHit(Header kind, const QString &id) const;
    // Makes a header's step, lane or stage the current cell's: a stage's
    // first step, unless the current step is already in it.
    void setCurrentHeader(const HeaderHit &header);
    QString cardAt(const QPoint &viewPos) const;
    Cell cellAt(const QPointF &scenePos) const;
    QRectF cellRect(const Cell &cell) const;
    // Where a card added to a cell will go: below the cell's cards.
    QRectF newCardRect(const Cell &cell) const;
    // Scrolls so that a rectangle shows, clear of the pinned headers.
    void reveal(const QRectF &sceneRect);
    // The selected card whose connection handle is at viewPos, or empty.
    QString handleAt(const QPoint &viewPos) const;

    // Editing titles in place: a card, a new card in a cell, a header.
    EditInPlaceTool *editor() const { return mEditTool; }
    InlineEditor *activeEditor() const;

    // Quick capture (a session's typing, QuickCaptureTool): with it on, a
    // printable key starts a card in the current cell.
    void setQuickCapture(bool on);
    bool isQuickCapture() const;
    QuickCaptureTool *captureTool() const { return mCaptureTool; }
    // Dot voting (VoteTool): the current round, its revealed totals, and
    // entering votes, where digits are votes and never start a card.
    VoteTool *voteTool() const { return mVoteTool; }
    // The total the canvas shows on a card: empty until the round is revealed.
    QString voteBadgeText(const QString &cardId) const;

    // The actions its menus and keys offer (set by CanvasActions::attach).
    void setActions(CanvasActions *actions) { mActions = actions; }
    CanvasActions *actions() const { return mActions; }

    // The comment markers as drawn now (on the visible part).
    CommentMarkers commentMarkers() const;
    // What changed (since an approval, a version), marked over the canvas;
    // no entries clear the marks.
    void setChanges(std::vector<DiffEntry> entries);
    const ChangeMarks &changeMarks() const { return mChangeMarks; }

    // The stage, step or lane a session looks at (focusarea.h): the rest is
    // dimmed, the view follows it and the current cell moves into it. None
    // clears it. A view state, never stored in the file.
    FocusArea focusArea() const { return mFocus; }
    void setFocusArea(const FocusArea &area);
    // The current cell's stage, step or lane becomes the focus.
    void focusOnCurrent(FocusArea::Kind kind);
    // The next (1) or previous (-1) area of the same kind.
    void moveFocus(int delta);

signals:
    // The current cell moved (the inspector and the actions follow it).
    void currentCellChanged();
    void quickCaptureChanged(bool on);
    // A comment marker was clicked: show this thread.
    void commentMarkerClicked(const QString &thread);
    // The focus area was set, moved or cleared.
    void focusAreaChanged();
    // Vote entry said something or moved on (the session bar follows).
    void voteEntryChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // While entering votes, Tab and Shift+Tab switch participant.
    bool focusNextPrevChild(bool next) override;

private:
    QPointF zoomAnchor() const;
    QPointF pinnedShift(const QPointF &scenePos) const;
    bool underPinnedHeaders(const QPointF &scenePos) const;
    void selectInCell(int delta);
    void cancelGesture();
    void drawCurrentCell(QPainter *painter);
    void followFocus();

    BlueprintScene *mScene;
    QPointer<QWidget> mBanner;
    QPointer<CanvasActions> mActions;
    Cell mCurrentCell;
    // The gestures, asked in this order; the one holding the mouse, if any.
    std::vector<std::unique_ptr<CanvasTool>> mTools;
    EditInPlaceTool *mEditTool = nullptr;
    QuickCaptureTool *mCaptureTool = nullptr;
    VoteTool *mVoteTool = nullptr;
    CanvasTool *mActiveTool = nullptr;
    // Panning with the middle button, or the left one while Space is held.
    QPoint mPanLast;
    bool mPanning = false;
    bool mSpaceHeld = false;
    ChangeMarks mChangeMarks;
    FocusArea mFocus;
};

} // namespace blauwdruk
