#pragma once

#include "inlineeditor.h"

#include <QGraphicsView>
#include <QMenu>
#include <QPointer>

namespace blauwdruk {

class BlueprintScene;

// The canvas widget. Mouse: double-click a cell to add a card, double-click
// a card to edit it, drag cards to another cell, drag from a selected
// card's handle (the dot on its right edge) to another card to connect them,
// rubber-band or Ctrl-click
// to select, Ctrl+wheel to zoom around the cursor, middle button or
// Space+drag to pan. Keyboard: arrows move the current cell, Enter adds a
// card there (or edits the selected one), F2 edits, Delete removes,
// Shift+arrows extend the selection, Ctrl+arrows move the selected cards,
// Alt+Up/Down step through a cell's cards, the menu key opens a menu for the
// selection or the current cell.
class BlueprintView : public QGraphicsView {
    Q_OBJECT
public:
    // Takes ownership of `scene` when it has no parent.
    explicit BlueprintView(BlueprintScene *scene, QWidget *parent = nullptr);

    BlueprintScene *blueprintScene() const { return mScene; }
    // A strip above the canvas (the journey's persona, starting point and
    // goal); the view takes ownership and keeps it over the full width.
    void setBanner(QWidget *banner);
    QWidget *banner() const { return mBanner; }
    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom, const QPointF &anchorInView = QPointF(-1, -1));
    void zoomIn();
    void zoomOut();
    void fitToView();

    // The keyboard's cell: where Enter adds a card.
    struct Cell {
        QString step;
        QString lane;
        bool isValid() const { return !step.isEmpty() && !lane.isEmpty(); }
    };
    Cell currentCell() const { return mCurrentCell; }
    void setCurrentCell(const Cell &cell);

    QStringList selectedCardIds() const;
    // Selects a card (or makes a step the current column) and scrolls to it.
    void showCard(const QString &cardId);
    void showStep(const QString &stepId);
    // Opens the in-place editor on a card, or on a new card in a cell.
    void editCard(const QString &cardId);
    void addCardIn(const Cell &cell);
    void removeSelectedCards();

    // Structure, at the current cell: used by the Insert menu and the
    // header context menus. New steps, lanes and stages open for renaming.
    enum class Header { None, Stage, Step, Lane };
    struct HeaderHit {
        Header kind = Header::None;
        QString id;
        QRectF rect;
    };
    HeaderHit headerAt(const QPointF &scenePos) const;
    void renameHeader(const HeaderHit &hit);
    void insertStep(int offset = 1); // 0: before the current step, 1: after
    void insertStage(int offset = 1);
    void insertLane(int offset = 1);
    void moveHeader(const HeaderHit &hit, int delta);
    void removeHeader(const HeaderHit &hit);
    bool connectSelected();

    // The clipboard carries cards as JSON (CardFragment) and their titles as
    // text, so cards move between journeys, files and other programs.
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    HeaderHit headerHit(Header kind, const QString &id) const;
    InlineEditor *activeEditor() const { return mEditor; }

signals:
    // The current cell moved (the inspector follows it).
    void currentCellChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QString cardAt(const QPoint &viewPos) const;
    QPointF zoomAnchor() const;
    // The selected card whose connection handle is at viewPos, or empty.
    QString handleAt(const QPoint &viewPos) const;
    void dropHeader(const HeaderHit &dragged, const QPointF &at);
    Cell cellAt(const QPointF &scenePos) const;
    int dropIndex(const Cell &cell, qreal sceneY, const QStringList &moving) const;
    void moveCurrentCell(int dx, int dy, bool extend = false);
    void moveSelectedCards(int dx, int dy);
    void selectInCell(int delta);
    void keyboardMenu();
    void addCardActions(QMenu &menu, const QStringList &cards);
    void drawCurrentCell(QPainter *painter);
    void openEditor(const QRectF &sceneRect, const QString &text);
    QString emotionPointAt(const QPoint &viewPos) const;

    BlueprintScene *mScene;
    QPointer<QWidget> mBanner;
    Cell mCurrentCell;
    QPointer<InlineEditor> mEditor;
    // Dragging cards: where it started and which cards move.
    QPointF mPressScenePos;
    QStringList mDragging;
    bool mDragActive = false;
    // Dragging a stage, step or lane header to reorder.
    HeaderHit mHeaderDrag;
    bool mHeaderDragActive = false;
    // Drawing a connection from a card's handle.
    QString mConnectFrom;
    QPointF mConnectPoint;
    // Dragging a step's point on the emotion curve up or down.
    QString mEmotionStep;
    int mEmotionGesture = 0;
    // Panning with the middle button.
    QPoint mPanLast;
    bool mPanning = false;
};

} // namespace blauwdruk
