#include "blueprintview.h"

#include "blueprintpainter.h"
#include "blueprintscene.h"
#include "cardfragment.h"
#include "carditem.h"
#include "document.h"
#include "edits.h"
#include "inlineeditor.h"
#include "labels.h"
#include "vocabulary.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

namespace blauwdruk {

namespace {
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kStep = 1.2;
} // namespace

BlueprintView::BlueprintView(BlueprintScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , mScene(scene) {
    // A scene nobody owns goes with its view (QGraphicsView never deletes one).
    if (!scene->parent())
        scene->setParent(this);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setBackgroundBrush(QColor(0xF7, 0xF7, 0xF5));
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    // Pinned headers move with every scroll: repaint rather than blit.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setCacheMode(QGraphicsView::CacheNone);
    const auto &layout = mScene->layout();
    if (!layout.steps.empty() && !layout.lanes.empty())
        mCurrentCell = {layout.steps.front().id, layout.lanes.front().id};
}

void BlueprintView::setBanner(QWidget *banner) {
    delete mBanner;
    mBanner = banner;
    if (banner) {
        banner->setParent(this);
        banner->show();
    }
    setViewportMargins(0, banner ? banner->sizeHint().height() : 0, 0, 0);
    if (banner)
        banner->setGeometry(0, 0, width(), banner->sizeHint().height());
}

void BlueprintView::resizeEvent(QResizeEvent *event) {
    if (mBanner)
        mBanner->setGeometry(0, 0, width(), mBanner->sizeHint().height());
    QGraphicsView::resizeEvent(event);
}

void BlueprintView::showCard(const QString &cardId) {
    CardItem *item = mScene->cardItem(cardId);
    const Card *card = mScene->document()->workspace().find<Card>(cardId);
    if (!item || !card)
        return;
    mScene->clearSelection();
    item->setSelected(true);
    setCurrentCell({card->step, card->lane});
    ensureVisible(item->sceneBoundingRect(), 48, 48);
    setFocus();
}

void BlueprintView::showStep(const QString &stepId) {
    for (const BlueprintLayout::StepBox &step : mScene->layout().steps)
        if (step.id == stepId) {
            const QString lane = mCurrentCell.lane.isEmpty() && !mScene->layout().lanes.empty()
                                     ? mScene->layout().lanes.front().id
                                     : mCurrentCell.lane;
            setCurrentCell({stepId, lane});
            ensureVisible(step.header, 48, 48);
            setFocus();
        }
}

void BlueprintView::setZoom(qreal zoom, const QPointF &anchorInView) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPointF anchor =
        anchorInView.x() < 0 ? QPointF(viewport()->rect().center()) : anchorInView;
    const QPointF sceneAnchor = mapToScene(anchor.toPoint());
    setTransform(QTransform::fromScale(zoom, zoom));
    // Keep the point under the cursor where it was.
    const QPointF delta = mapFromScene(sceneAnchor) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(delta.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(delta.y()));
}

// Keys zoom around the mouse pointer when it is over the canvas, as the
// wheel does; otherwise around the middle.
QPointF BlueprintView::zoomAnchor() const {
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    return viewport()->rect().contains(cursor) ? QPointF(cursor) : QPointF(-1, -1);
}

void BlueprintView::zoomIn() {
    setZoom(zoom() * kStep, zoomAnchor());
}

void BlueprintView::zoomOut() {
    setZoom(zoom() / kStep, zoomAnchor());
}

void BlueprintView::fitToView() {
    fitInView(mScene->layout().bounds, Qt::KeepAspectRatio);
    setZoom(zoom());
}

void BlueprintView::setCurrentCell(const Cell &cell) {
    if (cell.step == mCurrentCell.step && cell.lane == mCurrentCell.lane)
        return;
    mCurrentCell = cell;
    viewport()->update();
    emit currentCellChanged();
}

QStringList BlueprintView::selectedCardIds() const {
    QStringList ids;
    for (QGraphicsItem *item : mScene->selectedItems())
        if (auto *card = dynamic_cast<CardItem *>(item))
            ids << card->cardId();
    return ids;
}

QString BlueprintView::cardAt(const QPoint &viewPos) const {
    for (QGraphicsItem *item : items(viewPos))
        if (auto *card = dynamic_cast<CardItem *>(item))
            return card->cardId();
    return QString();
}

BlueprintView::Cell BlueprintView::cellAt(const QPointF &scenePos) const {
    const auto [step, lane] = mScene->layout().cellAt(scenePos);
    return {step, lane};
}

// Where in a cell a card dropped at sceneY goes: before the first card
// (not being moved) whose middle is below it.
int BlueprintView::dropIndex(const Cell &cell, qreal sceneY, const QStringList &moving) const {
    int index = 0;
    for (const BlueprintLayout::CardBox &box : mScene->layout().cards) {
        if (box.stepId != cell.step || box.laneId != cell.lane || moving.contains(box.id))
            continue;
        if (box.rect.center().y() < sceneY)
            ++index;
    }
    return index;
}

void BlueprintView::openEditor(const QRectF &sceneRect, const QString &text) {
    auto *editor = new InlineEditor(viewport());
    QFont font =
        mScene->layout().cards.empty() ? QFont() : BlueprintStyle::standard().font(13, true);
    font.setPixelSize(std::max(11, int(13 * zoom())));
    editor->setFont(font);
    editor->setPlainText(text);
    editor->selectAll();
    editor->setGeometry(mapFromScene(sceneRect).boundingRect());
    editor->show();
    editor->setFocus();
    mEditor = editor;
}

void BlueprintView::editCard(const QString &cardId) {
    const BlueprintLayout::CardBox *box = mScene->layout().card(cardId);
    const Card *card = mScene->document()->workspace().find<Card>(cardId);
    if (!box || !card)
        return;
    ensureVisible(box->rect);
    openEditor(box->rect, card->title);
    connect(mEditor, &InlineEditor::committed, this, [this, cardId](const QString &text) {
        const Card *card = mScene->document()->workspace().find<Card>(cardId);
        if (card && !text.isEmpty() && text != card->title)
            Edits(*mScene->document())
                .setField(EntityType::Card, {cardId}, QStringLiteral("title"), text);
        setFocus();
    });
    connect(mEditor, &InlineEditor::cancelled, this, [this] { setFocus(); });
}

void BlueprintView::addCardIn(const Cell &cell) {
    if (!cell.isValid())
        return;
    setCurrentCell(cell);
    // The editor appears where the new card will go: below the cell's cards.
    const BlueprintStyle &style = BlueprintStyle::standard();
    qreal top = 0;
    QRectF column, band;
    for (const auto &s : mScene->layout().steps)
        if (s.id == cell.step)
            column = s.header;
    for (const auto &l : mScene->layout().lanes)
        if (l.id == cell.lane)
            band = l.band;
    top = band.top() + style.cellPadding;
    for (const BlueprintLayout::CardBox &box : mScene->layout().cards)
        if (box.stepId == cell.step && box.laneId == cell.lane)
            top = std::max(top, box.rect.bottom() + style.cardGap);
    const QRectF rect(column.left() + (style.columnWidth - style.cardWidth) / 2, top,
                      style.cardWidth, style.cardMinHeight);
    ensureVisible(rect);
    openEditor(rect, QString());
    connect(mEditor, &InlineEditor::committed, this, [this, cell](const QString &text) {
        if (!text.isEmpty()) {
            const QString id = Edits(*mScene->document()).addCard(cell.step, cell.lane, text);
            if (CardItem *item = mScene->cardItem(id)) {
                mScene->clearSelection();
                item->setSelected(true);
            }
        }
        setFocus();
    });
    connect(mEditor, &InlineEditor::cancelled, this, [this] { setFocus(); });
}

void BlueprintView::removeSelectedCards() {
    const QStringList ids = selectedCardIds();
    if (!ids.isEmpty())
        Edits(*mScene->document()).removeCards(ids);
}

void BlueprintView::moveSelectedCards(int dx, int dy) {
    const QStringList ids = selectedCardIds();
    if (ids.isEmpty())
        return;
    moveCurrentCell(dx, dy, true);
    Edits(*mScene->document()).moveCards(ids, mCurrentCell.step, mCurrentCell.lane, -1);
    mScene->clearSelection();
    for (const QString &id : ids)
        if (CardItem *item = mScene->cardItem(id))
            item->setSelected(true);
}

void BlueprintView::selectInCell(int delta) {
    QStringList cell;
    for (const BlueprintLayout::CardBox &box : mScene->layout().cards)
        if (box.stepId == mCurrentCell.step && box.laneId == mCurrentCell.lane)
            cell << box.id;
    if (cell.isEmpty())
        return;
    // From the selected card in this cell, if there is one.
    int index = -1;
    for (const QString &id : selectedCardIds())
        if (cell.contains(id))
            index = int(cell.indexOf(id));
    index = std::clamp(index + delta, 0, int(cell.size()) - 1);
    mScene->clearSelection();
    if (CardItem *item = mScene->cardItem(cell[index])) {
        item->setSelected(true);
        ensureVisible(item->boundingRect(), 24, 24);
    }
}

void BlueprintView::moveCurrentCell(int dx, int dy, bool extend) {
    const auto &layout = mScene->layout();
    if (layout.steps.empty() || layout.lanes.empty())
        return;
    int column = 0, row = 0;
    for (size_t i = 0; i < layout.steps.size(); ++i)
        if (layout.steps[i].id == mCurrentCell.step)
            column = int(i);
    for (size_t i = 0; i < layout.lanes.size(); ++i)
        if (layout.lanes[i].id == mCurrentCell.lane)
            row = int(i);
    column = std::clamp(column + dx, 0, int(layout.steps.size()) - 1);
    row = std::clamp(row + dy, 0, int(layout.lanes.size()) - 1);
    setCurrentCell({layout.steps[size_t(column)].id, layout.lanes[size_t(row)].id});
    const QRectF cell(
        layout.steps[size_t(column)].header.left(), layout.lanes[size_t(row)].band.top(),
        layout.steps[size_t(column)].header.width(), layout.lanes[size_t(row)].band.height());
    ensureVisible(cell, 24, 24);
    // The cell's first card becomes the selection (or joins it, with Shift),
    // so Enter/F2 edit it and Ctrl+Shift+K can connect two cards.
    if (!extend)
        mScene->clearSelection();
    for (const BlueprintLayout::CardBox &box : layout.cards)
        if (box.stepId == mCurrentCell.step && box.laneId == mCurrentCell.lane) {
            if (CardItem *item = mScene->cardItem(box.id))
                item->setSelected(true);
            break;
        }
}

void BlueprintView::wheelEvent(QWheelEvent *event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal factor = event->angleDelta().y() > 0 ? kStep : 1 / kStep;
        setZoom(zoom() * factor, event->position());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void BlueprintView::mouseDoubleClickEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton)
        return QGraphicsView::mouseDoubleClickEvent(event);
    const HeaderHit header = headerAt(mapToScene(event->position().toPoint()));
    if (header.kind != Header::None) {
        renameHeader(header);
        event->accept();
        return;
    }
    const QString card = cardAt(event->position().toPoint());
    if (!card.isEmpty())
        editCard(card);
    else
        addCardIn(cellAt(mapToScene(event->position().toPoint())));
    event->accept();
}

void BlueprintView::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::MiddleButton) {
        mPanning = true;
        mPanLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        // A header pressed may be dragged to a new place.
        mHeaderDrag = headerAt(mapToScene(event->position().toPoint()));
        mHeaderDragActive = false;
        mPressScenePos = mapToScene(event->position().toPoint());
        if (mHeaderDrag.kind != Header::None) {
            event->accept();
            return;
        }
        mEmotionStep = emotionPointAt(event->position().toPoint());
        if (!mEmotionStep.isEmpty()) {
            ++mEmotionGesture;
            viewport()->setCursor(Qt::SizeVerCursor);
            event->accept();
            return;
        }
        const QString from = handleAt(event->position().toPoint());
        if (!from.isEmpty()) { // a drag from the handle draws a connection
            mConnectFrom = from;
            mConnectPoint = mapToScene(event->position().toPoint());
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
    if (event->button() != Qt::LeftButton || dragMode() == QGraphicsView::ScrollHandDrag)
        return;
    mPressScenePos = mapToScene(event->position().toPoint());
    const QString card = cardAt(event->position().toPoint());
    const Cell cell = cellAt(mPressScenePos);
    if (cell.isValid())
        setCurrentCell(cell);
    mDragging = card.isEmpty() ? QStringList() : selectedCardIds();
    if (!card.isEmpty() && !mDragging.contains(card))
        mDragging = {card};
    mDragActive = false;
}

QString BlueprintView::handleAt(const QPoint &viewPos) const {
    const QPointF p = mapToScene(viewPos);
    const qreal reach = 9 / std::max(zoom(), 0.1);
    for (const QString &id : selectedCardIds())
        if (const BlueprintLayout::CardBox *box = mScene->layout().card(id))
            if (QLineF(p, CardItem::handlePosition(box->rect)).length() <= reach)
                return id;
    return QString();
}

QString BlueprintView::emotionPointAt(const QPoint &viewPos) const {
    return mScene->layout().emotionPointAt(mapToScene(viewPos), 10 / std::max(zoom(), 0.1));
}

void BlueprintView::mouseMoveEvent(QMouseEvent *event) {
    if (!mEmotionStep.isEmpty() && (event->buttons() & Qt::LeftButton)) {
        // Each change of value is an edit; one drag merges into one undo step.
        const int value = mScene->layout().emotionAtY(mapToScene(event->position().toPoint()).y());
        const Step *step = mScene->document()->workspace().find<Step>(mEmotionStep);
        if (step && step->emotion != value)
            Edits(*mScene->document())
                .setField(EntityType::Step, {mEmotionStep}, QStringLiteral("emotion"), value, true,
                          QString::number(mEmotionGesture));
        event->accept();
        return;
    }
    if (!mConnectFrom.isEmpty()) {
        mConnectPoint = mapToScene(event->position().toPoint());
        viewport()->update();
        return;
    }
    if (mHeaderDrag.kind != Header::None && (event->buttons() & Qt::LeftButton)) {
        mConnectPoint = mapToScene(event->position().toPoint());
        if ((mConnectPoint - mPressScenePos).manhattanLength() >= QApplication::startDragDistance())
            mHeaderDragActive = true;
        viewport()->update();
        return;
    }
    if (mPanning) {
        const QPoint delta = event->position().toPoint() - mPanLast;
        mPanLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    if (!mDragging.isEmpty() && (event->buttons() & Qt::LeftButton)) {
        const QPointF scenePos = mapToScene(event->position().toPoint());
        if (!mDragActive &&
            (scenePos - mPressScenePos).manhattanLength() >= QApplication::startDragDistance())
            mDragActive = true;
        if (mDragActive) {
            // The cards follow the mouse; the model changes once, on release.
            for (const QString &id : mDragging)
                if (CardItem *item = mScene->cardItem(id)) {
                    item->setPos(scenePos - mPressScenePos);
                    item->setZValue(10);
                }
            return;
        }
    }
    QGraphicsView::mouseMoveEvent(event);
}

void BlueprintView::mouseReleaseEvent(QMouseEvent *event) {
    if (!mEmotionStep.isEmpty() && event->button() == Qt::LeftButton) {
        mEmotionStep.clear();
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    if (mHeaderDrag.kind != Header::None && event->button() == Qt::LeftButton) {
        const HeaderHit dragged = mHeaderDrag;
        const bool active = mHeaderDragActive;
        mHeaderDrag = {};
        mHeaderDragActive = false;
        if (active)
            dropHeader(dragged, mapToScene(event->position().toPoint()));
        viewport()->update();
        event->accept();
        return;
    }
    if (!mConnectFrom.isEmpty() && event->button() == Qt::LeftButton) {
        const QString from = mConnectFrom;
        mConnectFrom.clear();
        const QString to = cardAt(event->position().toPoint());
        if (!to.isEmpty() && to != from)
            Edits(*mScene->document()).addConnection(from, to);
        viewport()->update();
        event->accept();
        return;
    }
    if (mPanning && event->button() == Qt::MiddleButton) {
        mPanning = false;
        viewport()->unsetCursor();
        return;
    }
    if (mDragActive && event->button() == Qt::LeftButton) {
        const QPointF scenePos = mapToScene(event->position().toPoint());
        const Cell target = cellAt(scenePos);
        const QStringList moving = mDragging;
        mDragActive = false;
        mDragging.clear();
        for (const QString &id : moving)
            if (CardItem *item = mScene->cardItem(id)) {
                item->setPos(0, 0);
                item->setZValue(2);
            }
        if (target.isValid())
            Edits(*mScene->document())
                .moveCards(moving, target.step, target.lane,
                           dropIndex(target, scenePos.y(), moving));
        mScene->relayout(); // snap back when nothing moved
        for (const QString &id : moving)
            if (CardItem *item = mScene->cardItem(id))
                item->setSelected(true);
        event->accept();
        return;
    }
    mDragging.clear();
    QGraphicsView::mouseReleaseEvent(event);
}

void BlueprintView::keyPressEvent(QKeyEvent *event) {
    const QStringList selected = selectedCardIds();
    switch (event->key()) {
    case Qt::Key_Space:
        if (!event->isAutoRepeat())
            setDragMode(QGraphicsView::ScrollHandDrag);
        return;
    case Qt::Key_F2:
        if (!selected.isEmpty())
            editCard(selected.first());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selected.size() == 1)
            editCard(selected.first());
        else
            addCardIn(mCurrentCell);
        return;
    case Qt::Key_Insert:
        addCardIn(mCurrentCell);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        removeSelectedCards();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int dx = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
        const int dy = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1 : 0;
        if (event->modifiers() & Qt::ControlModifier)
            moveSelectedCards(dx, dy); // Ctrl+arrows carry the cards along
        else if (event->modifiers() & Qt::AltModifier)
            selectInCell(dy + dx); // Alt+arrows step through the cell's cards
        else
            moveCurrentCell(dx, dy, event->modifiers() & Qt::ShiftModifier);
        return;
    }
    case Qt::Key_Escape:
        mScene->clearSelection();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void BlueprintView::keyReleaseEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        setDragMode(QGraphicsView::RubberBandDrag);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void BlueprintView::drawForeground(QPainter *painter, const QRectF &) {
    drawCurrentCell(painter);
    if (mHeaderDragActive) { // where a dragged header would land
        painter->save();
        QPen pen(BlueprintStyle::standard().selection, 3);
        pen.setCosmetic(true);
        painter->setPen(pen);
        const QRectF bounds = mScene->layout().bounds;
        if (mHeaderDrag.kind == Header::Lane)
            painter->drawLine(QPointF(bounds.left(), mConnectPoint.y()),
                              QPointF(bounds.right(), mConnectPoint.y()));
        else
            painter->drawLine(QPointF(mConnectPoint.x(), bounds.top()),
                              QPointF(mConnectPoint.x(), bounds.bottom()));
        painter->restore();
    }
    if (!mConnectFrom.isEmpty()) { // the connection being drawn
        if (const BlueprintLayout::CardBox *box = mScene->layout().card(mConnectFrom)) {
            painter->save();
            QPen pen(BlueprintStyle::standard().selection, 2, Qt::DashLine);
            pen.setCosmetic(true);
            painter->setPen(pen);
            painter->drawLine(CardItem::handlePosition(box->rect), mConnectPoint);
            painter->restore();
        }
    }
    // Step and lane headers stay in view while scrolling.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const BlueprintPainter headers;
    if (visible.top() > 0) {
        painter->save();
        painter->translate(0, visible.top());
        headers.paintColumnHeaders(*painter, mScene->layout());
        painter->restore();
    }
    if (visible.left() > 0) {
        painter->save();
        painter->translate(visible.left(), 0);
        headers.paintLaneHeaders(*painter, mScene->layout());
        if (visible.top() > 0) // the corner stays clean
            painter->fillRect(QRectF(0, visible.top(), BlueprintStyle::standard().laneHeaderWidth,
                                     mScene->layout().headerHeight),
                              BlueprintStyle::standard().background);
        painter->restore();
    }
}

// The keyboard's current cell: a calm outline, always visible.
void BlueprintView::drawCurrentCell(QPainter *painter) {
    if (!mCurrentCell.isValid() || !hasFocus())
        return;
    QRectF column, band;
    for (const auto &s : mScene->layout().steps)
        if (s.id == mCurrentCell.step)
            column = s.header;
    for (const auto &l : mScene->layout().lanes)
        if (l.id == mCurrentCell.lane)
            band = l.band;
    if (column.isNull() || band.isNull())
        return;
    painter->save();
    QPen pen(BlueprintStyle::standard().selection, 2, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(
        QRectF(column.left(), band.top(), column.width(), band.height()).adjusted(2, 2, -2, -2));
    painter->restore();
}

} // namespace blauwdruk
