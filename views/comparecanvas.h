#pragma once

#include "change.h"
#include "comparelayout.h"
#include "journeyalignment.h"
#include "zoomableview.h"

#include <QAbstractScrollArea>
#include <QPointer>

class QMenu;
class QTimer;

namespace blauwdruk {

class Document;

// The drawing of the compare view: a current journey above an ideal one,
// steps in shared columns, connectors between paired steps, and what exists
// in only one journey marked. Pairs are adjusted by hand, each change one
// undoable edit (Edits::setCounterpart): drag from a step onto a step of the
// other journey; the context menu (also the menu key or Shift+F10) pairs,
// unpairs or hands a step back to aligning by title. Keyboard: arrows move
// the selection (Up/Down to the other journey), Ctrl+Left/Right moves the
// selected step's pairing one step along the other journey, Enter opens the
// step in its blueprint. It zooms as the canvas does (Ctrl+wheel and the View
// menu); the band names on the left keep their size.
class CompareCanvas : public QAbstractScrollArea, public ZoomableView {
    Q_OBJECT
public:
    explicit CompareCanvas(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setJourneys(const QString &current, const QString &ideal);
    void setShowCards(bool show);
    bool showsCards() const { return mShowCards; }
    // Shown instead of the drawing when there is nothing to compare.
    void setPlaceholder(const QString &text);

    const JourneyAlignment &alignment() const { return mAlignment; }
    const CompareLayout &compareLayout() const { return mLayout; }

    QString selectedStep() const { return mSelected; }
    void selectStep(const QString &step); // and scrolls it into view

    // What carries an "only in one journey" mark, in column order.
    QStringList markedSteps() const;
    QStringList markedCards() const;

    // A step's centre in viewport coordinates, scrolled into view first.
    QPoint stepPoint(const QString &step);

    qreal zoom() const override { return mZoom; }
    // Zooms around a point of the viewport (default: its middle), keeping
    // what is under it in place.
    void setZoom(qreal zoom, const QPointF &anchorInView = QPointF(-1, -1));
    void zoomIn() override;
    void zoomOut() override;
    void fitToView() override;
    void showActualSize() override { setZoom(1.0); }

    // Pairs a step of the current journey with one of the ideal journey,
    // given in either order. One undo step; false when it cannot.
    bool pairSteps(const QString &a, const QString &b);

signals:
    // The alignment was computed again (after any change or a new choice).
    void alignmentChanged();
    // Double-click or Enter on a step: show it in its journey's blueprint.
    void stepActivated(const QString &journey, const QString &step);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void rebuild();
    void onChanged(const blauwdruk::Changes &changes);
    void updateScrollBars();
    QPointF origin() const; // where the layout's (0, 0) is in the viewport
    QPointF toLayout(const QPointF &viewportPos) const { return (viewportPos - origin()) / mZoom; }
    QPointF toView(const QPointF &layoutPos) const { return layoutPos * mZoom + origin(); }
    QRectF toView(const QRectF &layoutRect) const {
        return QRectF(toView(layoutRect.topLeft()), layoutRect.size() * mZoom);
    }
    QPointF zoomAnchor() const;
    bool isIdealStep(const QString &step) const;
    bool setCounterpart(const QString &idealStep, const QString &counterpart);
    void moveSelection(int columns, bool otherBand);
    void chooseStep(int columns, bool otherBand);
    void describeSelected();
    QString stepDetails(const CompareLayout::StepBox &box, bool withCards) const;
    void shiftPair(int delta);
    void openStep(const QString &step);
    void updateDrag(const QPoint &pos);
    void autoScroll();
    void showMenu(const QString &step, const QPoint &globalPos);
    void fillMenu(QMenu &menu, const QString &step);
    QString toolTipAt(const QPoint &viewportPos) const;

    QPointer<Document> mDocument;
    QString mCurrentJourney;
    QString mIdealJourney;
    QString mCurrentTitle;
    QString mIdealTitle;
    QString mPlaceholder;
    bool mShowCards = true;
    qreal mZoom = 1.0;
    JourneyAlignment mAlignment;
    CompareLayout mLayout;

    QString mSelected;
    // A drag from one step towards a step of the other journey.
    QString mPressStep;
    QPoint mPressPos;
    QPoint mDragPos;
    bool mDragging = false;
    QString mDropTarget;
    // Scrolls while a drag is held near an edge, towards steps out of view.
    QTimer *mAutoScroll = nullptr;
    QPoint mAutoScrollStep;
};

} // namespace blauwdruk
