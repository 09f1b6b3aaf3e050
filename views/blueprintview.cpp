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

// Where a dragged header lands: the lane, step or stage under the drop point.
void BlueprintView::dropHeader(const HeaderHit &dragged, const QPointF &at) {
    const BlueprintLayout &layout = mScene->layout();
    const Workspace &ws = mScene->document()->workspace();
    Edits edits(*mScene->document());
    if (dragged.kind == Header::Lane) {
        for (size_t i = 0; i < layout.lanes.size(); ++i)
            if (at.y() >= layout.lanes[i].band.top() && at.y() < layout.lanes[i].band.bottom() &&
                layout.lanes[i].id != dragged.id)
                edits.moveLane(dragged.id, int(i));
    } else if (dragged.kind == Header::Stage) {
        for (size_t i = 0; i < layout.stages.size(); ++i)
            if (at.x() >= layout.stages[i].rect.left() && at.x() < layout.stages[i].rect.right() &&
                layout.stages[i].id != dragged.id)
                edits.moveStage(dragged.id, int(i));
    } else if (dragged.kind == Header::Step) {
        for (const auto &step : layout.steps) {
            if (at.x() < step.header.left() || at.x() >= step.header.right() ||
                step.id == dragged.id)
                continue;
            const Step *target = ws.find<Step>(step.id);
            const auto siblings = ws.stepsOfStage(target->stage);
            const int index =
                int(std::find(siblings.begin(), siblings.end(), target) - siblings.begin());
            edits.moveStep(dragged.id, target->stage, index);
        }
    }
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

void BlueprintView::mouseMoveEvent(QMouseEvent *event) {
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

BlueprintView::HeaderHit BlueprintView::headerAt(const QPointF &p) const {
    const BlueprintLayout &layout = mScene->layout();
    for (const auto &stage : layout.stages)
        if (stage.rect.contains(p))
            return {Header::Stage, stage.id, stage.rect};
    for (const auto &step : layout.steps)
        if (step.header.contains(p))
            return {Header::Step, step.id, step.header};
    for (const auto &lane : layout.lanes)
        if (lane.header.contains(p))
            return {Header::Lane, lane.id, lane.header};
    return {};
}

BlueprintView::HeaderHit BlueprintView::headerHit(Header kind, const QString &id) const {
    const BlueprintLayout &layout = mScene->layout();
    if (kind == Header::Stage)
        for (const auto &stage : layout.stages)
            if (stage.id == id)
                return {kind, id, stage.rect};
    if (kind == Header::Step)
        for (const auto &step : layout.steps)
            if (step.id == id)
                return {kind, id, step.header};
    if (kind == Header::Lane)
        for (const auto &lane : layout.lanes)
            if (lane.id == id)
                return {kind, id, lane.header};
    return {};
}

namespace {

EntityType entityOf(BlueprintView::Header kind) {
    return kind == BlueprintView::Header::Stage  ? EntityType::Stage
           : kind == BlueprintView::Header::Step ? EntityType::Step
                                                 : EntityType::Lane;
}

} // namespace

void BlueprintView::renameHeader(const HeaderHit &hit) {
    if (hit.kind == Header::None)
        return;
    const QVariant title =
        mScene->document()->workspace().field(entityOf(hit.kind), hit.id, QStringLiteral("title"));
    ensureVisible(hit.rect);
    openEditor(hit.rect.adjusted(4, 4, -4, -4), title.toString());
    connect(mEditor, &InlineEditor::committed, this, [this, hit](const QString &text) {
        Edits(*mScene->document())
            .setField(entityOf(hit.kind), {hit.id}, QStringLiteral("title"), text);
        setFocus();
    });
    connect(mEditor, &InlineEditor::cancelled, this, [this] { setFocus(); });
}

void BlueprintView::insertStep(int offset) {
    const Workspace &ws = mScene->document()->workspace();
    Edits edits(*mScene->document());
    QString id;
    if (const Step *current = ws.find<Step>(mCurrentCell.step)) {
        const auto siblings = ws.stepsOfStage(current->stage);
        const int index =
            int(std::find(siblings.begin(), siblings.end(), current) - siblings.begin());
        id = edits.addStep(current->stage, tr("New step"), index + offset);
    } else {
        // An empty journey: its first stage and step at once.
        const QString stage = edits.addStage(mScene->journeyId(), QString(), -1, tr("New step"));
        if (!stage.isEmpty())
            id = ws.stepsOfStage(stage).front()->id;
    }
    if (id.isEmpty())
        return;
    setCurrentCell({id, mCurrentCell.lane.isEmpty() && !mScene->layout().lanes.empty()
                            ? mScene->layout().lanes.front().id
                            : mCurrentCell.lane});
    renameHeader(headerHit(Header::Step, id));
}

void BlueprintView::insertStage(int offset) {
    const Workspace &ws = mScene->document()->workspace();
    const Step *current = ws.find<Step>(mCurrentCell.step);
    int index = -1;
    if (current) {
        const auto stages = ws.orderedStages(mScene->journeyId());
        for (size_t i = 0; i < stages.size(); ++i)
            if (stages[i]->id == current->stage)
                index = int(i) + offset;
    }
    const QString stage =
        Edits(*mScene->document())
            .addStage(mScene->journeyId(), tr("New stage"), index, tr("New step"));
    if (stage.isEmpty())
        return;
    setCurrentCell({ws.stepsOfStage(stage).front()->id, mCurrentCell.lane});
    renameHeader(headerHit(Header::Stage, stage));
}

void BlueprintView::insertLane(int offset) {
    const auto lanes = mScene->document()->workspace().orderedLanes(mScene->journeyId());
    int index = -1;
    for (size_t i = 0; i < lanes.size(); ++i)
        if (lanes[i]->id == mCurrentCell.lane)
            index = int(i) + offset;
    const QString id =
        Edits(*mScene->document())
            .addLane(mScene->journeyId(), QStringLiteral("free"), tr("New lane"), index);
    if (id.isEmpty())
        return;
    setCurrentCell({mCurrentCell.step, id});
    renameHeader(headerHit(Header::Lane, id));
}

void BlueprintView::moveHeader(const HeaderHit &hit, int delta) {
    const Workspace &ws = mScene->document()->workspace();
    Edits edits(*mScene->document());
    if (hit.kind == Header::Lane) {
        const auto lanes = ws.orderedLanes(mScene->journeyId());
        for (size_t i = 0; i < lanes.size(); ++i)
            if (lanes[i]->id == hit.id && int(i) + delta >= 0 && int(i) + delta < int(lanes.size()))
                edits.moveLane(hit.id, int(i) + delta);
    } else if (hit.kind == Header::Stage) {
        const auto stages = ws.orderedStages(mScene->journeyId());
        for (size_t i = 0; i < stages.size(); ++i)
            if (stages[i]->id == hit.id && int(i) + delta >= 0 &&
                int(i) + delta < int(stages.size()))
                edits.moveStage(hit.id, int(i) + delta);
    } else if (hit.kind == Header::Step) {
        // Within its stage, or over the edge into the neighbouring stage.
        const Step *step = ws.find<Step>(hit.id);
        const auto siblings = ws.stepsOfStage(step->stage);
        const int index = int(std::find(siblings.begin(), siblings.end(), step) - siblings.begin());
        const int target = index + delta;
        if (target >= 0 && target < int(siblings.size())) {
            edits.moveStep(hit.id, step->stage, target);
        } else {
            const auto stages = ws.orderedStages(mScene->journeyId());
            auto it = std::find_if(stages.begin(), stages.end(),
                                   [&](const Stage *s) { return s->id == step->stage; });
            if (delta < 0 && it != stages.begin())
                edits.moveStep(hit.id, (*(it - 1))->id, -1);
            else if (delta > 0 && it != stages.end() && it + 1 != stages.end())
                edits.moveStep(hit.id, (*(it + 1))->id, 0);
        }
    }
}

void BlueprintView::removeHeader(const HeaderHit &hit) {
    Edits edits(*mScene->document());
    if (hit.kind == Header::Stage)
        edits.removeStage(hit.id);
    else if (hit.kind == Header::Step)
        edits.removeStep(hit.id);
    else if (hit.kind == Header::Lane)
        edits.removeLane(hit.id);
}

bool BlueprintView::connectSelected() {
    const QStringList ids = selectedCardIds();
    if (ids.size() != 2)
        return false;
    // From the card earlier in reading order to the later one.
    QStringList ordered;
    for (const BlueprintLayout::CardBox &box : mScene->layout().cards)
        if (ids.contains(box.id))
            ordered << box.id;
    std::sort(ordered.begin(), ordered.end(), [this](const QString &a, const QString &b) {
        const QRectF ra = mScene->layout().card(a)->rect, rb = mScene->layout().card(b)->rect;
        return std::tuple(ra.left(), ra.top()) < std::tuple(rb.left(), rb.top());
    });
    return !Edits(*mScene->document()).addConnection(ordered[0], ordered[1]).isEmpty();
}

void BlueprintView::copySelection() {
    const QStringList ids = selectedCardIds();
    if (ids.isEmpty())
        return;
    const CardFragment fragment = CardFragment::copy(mScene->document()->workspace(), ids);
    auto *data = new QMimeData;
    data->setData(QLatin1String(CardFragment::kMimeType), fragment.toJson());
    data->setText(fragment.toPlainText());
    QGuiApplication::clipboard()->setMimeData(data);
}

void BlueprintView::cutSelection() {
    copySelection();
    removeSelectedCards();
}

void BlueprintView::paste() {
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data || !mCurrentCell.isValid())
        return;
    Edits edits(*mScene->document());
    QStringList ids;
    QString error;
    if (data->hasFormat(QLatin1String(CardFragment::kMimeType))) {
        if (auto fragment =
                CardFragment::fromJson(data->data(QLatin1String(CardFragment::kMimeType)), &error))
            ids = edits.pasteCards(*fragment, mCurrentCell.step, mCurrentCell.lane);
    } else if (data->hasText()) {
        ids = edits.pasteText(data->text(), mCurrentCell.step, mCurrentCell.lane);
    }
    mScene->clearSelection();
    for (const QString &id : ids)
        if (CardItem *item = mScene->cardItem(id))
            item->setSelected(true);
}

void BlueprintView::duplicateSelection() {
    const QStringList ids = selectedCardIds();
    if (ids.isEmpty())
        return;
    // Copies land in the same cells, below the originals.
    const Workspace &ws = mScene->document()->workspace();
    const CardFragment fragment = CardFragment::copy(ws, ids);
    int left = INT_MAX, top = INT_MAX;
    const auto &layout = mScene->layout();
    for (const QString &id : ids) {
        const Card *card = ws.find<Card>(id);
        for (size_t i = 0; i < layout.steps.size(); ++i)
            if (layout.steps[i].id == card->step)
                left = std::min(left, int(i));
        for (size_t i = 0; i < layout.lanes.size(); ++i)
            if (layout.lanes[i].id == card->lane)
                top = std::min(top, int(i));
    }
    const QStringList copies = Edits(*mScene->document())
                                   .pasteCards(fragment, layout.steps[size_t(left)].id,
                                               layout.lanes[size_t(top)].id, tr("Duplicate"));
    mScene->clearSelection();
    for (const QString &id : copies)
        if (CardItem *item = mScene->cardItem(id))
            item->setSelected(true);
}

void BlueprintView::contextMenuEvent(QContextMenuEvent *event) {
    if (event->reason() == QContextMenuEvent::Keyboard) {
        keyboardMenu();
        return;
    }
    const QPointF scenePos = mapToScene(event->pos());
    QMenu menu(this);
    const HeaderHit header = headerAt(scenePos);
    if (header.kind != Header::None) {
        const bool lane = header.kind == Header::Lane;
        menu.addAction(tr("Rename"), this, [this, header] { renameHeader(header); });
        menu.addSeparator();
        menu.addAction(lane ? tr("Move Up") : tr("Move Left"), this,
                       [this, header] { moveHeader(header, -1); });
        menu.addAction(lane ? tr("Move Down") : tr("Move Right"), this,
                       [this, header] { moveHeader(header, 1); });
        menu.addSeparator();
        if (header.kind == Header::Step) {
            setCurrentCell({header.id, mCurrentCell.lane});
            menu.addAction(tr("Insert Step Before"), this, [this] { insertStep(0); });
            menu.addAction(tr("Insert Step After"), this, [this] { insertStep(1); });
        } else if (lane) {
            setCurrentCell({mCurrentCell.step, header.id});
            menu.addAction(tr("Insert Lane Above"), this, [this] { insertLane(0); });
            menu.addAction(tr("Insert Lane Below"), this, [this] { insertLane(1); });
        } else {
            const auto steps = mScene->document()->workspace().stepsOfStage(header.id);
            if (!steps.empty())
                setCurrentCell({steps.front()->id, mCurrentCell.lane});
            menu.addAction(tr("Insert Stage Before"), this, [this] { insertStage(0); });
            menu.addAction(tr("Insert Stage After"), this, [this] { insertStage(1); });
        }
        menu.addSeparator();
        menu.addAction(tr("Delete"), this, [this, header] { removeHeader(header); });
    } else {
        const QString card = cardAt(event->pos());
        const Cell cell = cellAt(scenePos);
        if (!card.isEmpty()) {
            if (!selectedCardIds().contains(card)) {
                mScene->clearSelection();
                mScene->cardItem(card)->setSelected(true);
            }
            addCardActions(menu, selectedCardIds());
        } else if (cell.isValid()) {
            menu.addAction(tr("Add Card Here"), this, [this, cell] { addCardIn(cell); });
        }
    }
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

// What can be done to selected cards, for the mouse and the keyboard menus.
void BlueprintView::addCardActions(QMenu &menu, const QStringList &cards) {
    if (cards.isEmpty())
        return;
    menu.addAction(tr("Edit Title"), this, [this, cards] { editCard(cards.first()); });
    auto addChoices = [&](const QString &title, const QString &field, const QStringList &values,
                          QString (*name)(const QString &)) {
        QMenu *sub = menu.addMenu(title);
        for (const QString &value : values)
            sub->addAction(name(value), this, [this, cards, field, value] {
                Edits(*mScene->document()).setField(EntityType::Card, cards, field, value);
            });
    };
    addChoices(tr("Kind"), QStringLiteral("kind"), vocabulary::cardKinds(), &Labels::cardKind);
    addChoices(tr("Status"), QStringLiteral("status"), vocabulary::cardStatuses(),
               &Labels::cardStatus);
    addChoices(tr("Evidence"), QStringLiteral("evidence"), vocabulary::evidenceLevels(),
               &Labels::evidence);
    if (cards.size() == 2)
        menu.addAction(tr("Connect"), this, [this] { connectSelected(); });
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, [this] { removeSelectedCards(); });
}

// The menu key (or Shift+F10): everything the mouse menus offer, for the
// selected cards or else the current cell's step and lane.
void BlueprintView::keyboardMenu() {
    QMenu menu(this);
    const QStringList cards = selectedCardIds();
    QPoint at = viewport()->rect().center();
    if (!cards.isEmpty()) {
        if (const BlueprintLayout::CardBox *box = mScene->layout().card(cards.first()))
            at = mapFromScene(box->rect.center());
        addCardActions(menu, cards);
    } else if (mCurrentCell.isValid()) {
        const HeaderHit step = headerHit(Header::Step, mCurrentCell.step);
        const HeaderHit lane = headerHit(Header::Lane, mCurrentCell.lane);
        const QRectF cell(step.rect.left(), lane.rect.top(), step.rect.width(), lane.rect.height());
        at = mapFromScene(cell.center());
        menu.addAction(tr("Add Card Here"), this, [this] { addCardIn(mCurrentCell); });
        menu.addSeparator();
        menu.addAction(tr("Rename Step"), this, [this, step] { renameHeader(step); });
        menu.addAction(tr("Move Step Left"), this, [this, step] { moveHeader(step, -1); });
        menu.addAction(tr("Move Step Right"), this, [this, step] { moveHeader(step, 1); });
        menu.addAction(tr("Insert Step Before"), this, [this] { insertStep(0); });
        menu.addAction(tr("Insert Step After"), this, [this] { insertStep(1); });
        menu.addAction(tr("Delete Step"), this, [this, step] { removeHeader(step); });
        menu.addSeparator();
        menu.addAction(tr("Rename Lane"), this, [this, lane] { renameHeader(lane); });
        menu.addAction(tr("Move Lane Up"), this, [this, lane] { moveHeader(lane, -1); });
        menu.addAction(tr("Move Lane Down"), this, [this, lane] { moveHeader(lane, 1); });
        menu.addAction(tr("Insert Lane Above"), this, [this] { insertLane(0); });
        menu.addAction(tr("Insert Lane Below"), this, [this] { insertLane(1); });
        menu.addAction(tr("Delete Lane"), this, [this, lane] { removeHeader(lane); });
        menu.addSeparator();
        const Step *current = mScene->document()->workspace().find<Step>(mCurrentCell.step);
        if (current) {
            const HeaderHit stage = headerHit(Header::Stage, current->stage);
            menu.addAction(tr("Rename Stage"), this, [this, stage] { renameHeader(stage); });
        }
        menu.addAction(tr("Insert Stage After"), this, [this] { insertStage(1); });
    }
    if (!menu.isEmpty())
        menu.exec(viewport()->mapToGlobal(at));
}

} // namespace blauwdruk
