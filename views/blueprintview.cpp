#include "blueprintview.h"

#include "blueprintscene.h"
#include "blueprintstyle.h"
#include "canvasaccessible.h"
#include "canvasactions.h"
#include "carditem.h"
#include "commentmarkers.h"
#include "commentmarkertool.h"
#include "connecttool.h"
#include "document.h"
#include "editinplacetool.h"
#include "emotiontool.h"
#include "headerdragtool.h"
#include "movecardstool.h"
#include "pinnedheaders.h"
#include "quickcapturetool.h"
#include "selecttool.h"
#include "theme.h"
#include "votetool.h"

#include <QContextMenuEvent>
#include <QCursor>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace blauwdruk {

BlueprintView::BlueprintView(BlueprintScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , mScene(scene) {
    // A scene nobody owns goes with its view (QGraphicsView never deletes one).
    if (!scene->parent())
        scene->setParent(this);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::NoDrag); // the tools make the gestures
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setBackgroundBrush(Theme::canvas().background);
    connect(Theme::instance(), &Theme::changed, this,
            [this] { setBackgroundBrush(Theme::canvas().background); });
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    // A screen reader meets the cards as the canvas's children, and hears
    // the card that becomes the one chosen.
    CanvasAccessible::install();
    connect(scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QStringList selected = selectedCardIds();
        if (hasFocus() && selected.size() == 1)
            CanvasAccessible::announceFocus(mScene->cardItem(selected.front()));
    });
    // Pinned headers move with every scroll: repaint rather than blit.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setCacheMode(QGraphicsView::CacheNone);
    // The order in which a press is offered: the most specific place first.
    auto edit = std::make_unique<EditInPlaceTool>(this);
    mEditTool = edit.get();
    mTools.push_back(std::move(edit));
    auto capture = std::make_unique<QuickCaptureTool>(this);
    mCaptureTool = capture.get();
    mTools.push_back(std::move(capture));
    auto vote = std::make_unique<VoteTool>(this);
    mVoteTool = vote.get();
    mTools.push_back(std::move(vote));
    mTools.push_back(std::make_unique<CommentMarkerTool>(this));
    mTools.push_back(std::make_unique<HeaderDragTool>(this));
    mTools.push_back(std::make_unique<EmotionTool>(this));
    mTools.push_back(std::make_unique<ConnectTool>(this));
    mTools.push_back(std::make_unique<MoveCardsTool>(this));
    mTools.push_back(std::make_unique<SelectTool>(this));
    const auto &layout = mScene->layout();
    if (!layout.steps.empty() && !layout.lanes.empty())
        mCurrentCell = {layout.steps.front().id, layout.lanes.front().id};
    // Comments change no item of the scene: their markers are drawn over it.
    connect(mScene->document(), &Document::changed, this, [this](const Changes &changes) {
        if (CommentMarkers::affects(changes))
            viewport()->update();
    });
}

// The actions let go of a canvas before it is one no more.
BlueprintView::~BlueprintView() {
    if (mActions && mActions->view() == this)
        mActions->setView(nullptr);
    // The scene goes with the view, after this destructor: its items leave
    // the selection as they go, and that is no news for a view half gone.
    if (mScene)
        disconnect(mScene, &QGraphicsScene::selectionChanged, this, nullptr);
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

InlineEditor *BlueprintView::activeEditor() const {
    return mEditTool->activeEditor();
}

void BlueprintView::setQuickCapture(bool on) {
    if (on == mCaptureTool->isEnabled())
        return;
    mCaptureTool->setEnabled(on);
    emit quickCaptureChanged(on);
}

bool BlueprintView::isQuickCapture() const {
    return mCaptureTool->isEnabled();
}

QString BlueprintView::voteBadgeText(const QString &cardId) const {
    return mVoteTool->badgeText(cardId);
}

bool BlueprintView::focusNextPrevChild(bool next) {
    if (!mVoteTool->isEntering())
        return QGraphicsView::focusNextPrevChild(next);
    mVoteTool->stepVoter(next ? 1 : -1);
    emit voteEntryChanged();
    return true;
}

void BlueprintView::showCard(const QString &cardId, bool takeKeyboard) {
    CardItem *item = mScene->cardItem(cardId);
    const Card *card = mScene->document()->workspace().find<Card>(cardId);
    if (!item || !card)
        return;
    selectCards({cardId});
    setCurrentCell({card->step, card->lane});
    reveal(item->sceneBoundingRect());
    if (takeKeyboard)
        setFocus();
}

void BlueprintView::showStep(const QString &stepId) {
    const HeaderHit step = headerHit(Header::Step, stepId);
    if (step.kind == Header::None)
        return;
    const QString lane = mCurrentCell.lane.isEmpty() && !mScene->layout().lanes.empty()
                             ? mScene->layout().lanes.front().id
                             : mCurrentCell.lane;
    setCurrentCell({stepId, lane});
    reveal(step.rect);
    setFocus();
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
    setZoom(zoom() * kZoomStep, zoomAnchor());
}

void BlueprintView::zoomOut() {
    setZoom(zoom() / kZoomStep, zoomAnchor());
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

void BlueprintView::setCurrentHeader(const HeaderHit &header) {
    const BlueprintLayout &layout = mScene->layout();
    if (header.kind == Header::None || layout.steps.empty() || layout.lanes.empty())
        return;
    Cell cell = mCurrentCell;
    if (layout.columnOf(cell.step) < 0)
        cell.step = layout.steps.front().id;
    if (layout.rowOf(cell.lane) < 0)
        cell.lane = layout.lanes.front().id;
    if (header.kind == Header::Step) {
        cell.step = header.id;
    } else if (header.kind == Header::Lane) {
        cell.lane = header.id;
    } else if (header.kind == Header::Stage) {
        const Workspace &ws = mScene->document()->workspace();
        const Step *current = ws.find<Step>(cell.step);
        const auto steps = ws.stepsOfStage(header.id);
        if (steps.empty())
            return;
        if (!current || current->stage != header.id)
            cell.step = steps.front()->id;
    }
    setCurrentCell(cell);
}

QStringList BlueprintView::selectedCardIds() const {
    QStringList ids;
    for (QGraphicsItem *item : mScene->selectedItems())
        if (auto *card = dynamic_cast<CardItem *>(item))
            ids << card->cardId();
    return ids;
}

void BlueprintView::selectCards(const QStringList &ids) {
    // One selectionChanged for the lot, not one per card.
    QSignalBlocker quiet(mScene);
    mScene->clearSelection();
    for (const QString &id : ids)
        if (CardItem *item = mScene->cardItem(id))
            item->setSelected(true);
    quiet.unblock();
    emit mScene->selectionChanged();
}

QString BlueprintView::cardAt(const QPoint &viewPos) const {
    if (underPinnedHeaders(mapToScene(viewPos)))
        return QString();
    for (QGraphicsItem *item : items(viewPos))
        if (auto *card = dynamic_cast<CardItem *>(item))
            return card->cardId();
    return QString();
}

BlueprintView::Cell BlueprintView::cellAt(const QPointF &scenePos) const {
    if (underPinnedHeaders(scenePos))
        return {};
    const auto [step, lane] = mScene->layout().cellAt(scenePos);
    return {step, lane};
}

QRectF BlueprintView::cellRect(const Cell &cell) const {
    return CanvasHits(mScene->layout()).cellRect(cell.step, cell.lane);
}

QRectF BlueprintView::newCardRect(const Cell &cell) const {
    const BlueprintStyle &style = Theme::canvas();
    const QRectF area = cellRect(cell);
    qreal top = area.top() + style.cellPadding;
    for (const BlueprintLayout::CardBox &box : mScene->layout().cards)
        if (box.stepId == cell.step && box.laneId == cell.lane)
            top = std::max(top, box.rect.bottom() + style.cardGap);
    return QRectF(area.left() + (style.columnWidth - style.cardWidth) / 2, top, style.cardWidth,
                  style.cardMinHeight);
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

// Scrolled, the pinned headers cover the scene's edges (drawPinnedHeaders):
// a point there is on the header drawn there, not on what lies beneath.
QPointF BlueprintView::pinnedShift(const QPointF &scenePos) const {
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    QPointF shift;
    if (visible.top() > 0 && scenePos.y() < visible.top() + mScene->layout().headerHeight)
        shift.setY(visible.top());
    if (visible.left() > 0 && scenePos.x() < visible.left() + Theme::canvas().laneHeaderWidth)
        shift.setX(visible.left());
    return shift;
}

bool BlueprintView::underPinnedHeaders(const QPointF &scenePos) const {
    return !pinnedShift(scenePos).isNull();
}

BlueprintView::HeaderHit BlueprintView::headerAt(const QPointF &p) const {
    const QPointF shift = pinnedShift(p);
    HeaderHit hit = CanvasHits(mScene->layout()).headerAt(p - shift);
    hit.rect.translate(shift); // where it is drawn
    return hit;
}

// Brings a rectangle into view clear of the pinned headers.
void BlueprintView::reveal(const QRectF &sceneRect) {
    // The pinned lane names and step titles cover the canvas's left and top
    // edges: what is revealed comes out beside them, with its start in view
    // when the view is too small for all of it (a narrow canvas beside the
    // outline).
    constexpr int kMargin = 8;
    const QRect area = viewport()->rect().adjusted(
        int(Theme::canvas().laneHeaderWidth * zoom()) + kMargin,
        int(mScene->layout().headerHeight * zoom()) + kMargin, -kMargin, -kMargin);
    const QRect shown = mapFromScene(sceneRect).boundingRect();
    const auto shift = [](int start, int end, int areaStart, int areaEnd) {
        if (start < areaStart)
            return start - areaStart;
        if (end > areaEnd)
            return std::max(0, std::min(end - areaEnd, start - areaStart));
        return 0;
    };
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() +
                                    shift(shown.left(), shown.right(), area.left(), area.right()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() +
                                  shift(shown.top(), shown.bottom(), area.top(), area.bottom()));
}

BlueprintView::HeaderHit BlueprintView::headerHit(Header kind, const QString &id) const {
    return CanvasHits(mScene->layout()).header(kind, id);
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
    selectCards({cell[index]});
    if (const BlueprintLayout::CardBox *box = mScene->layout().card(cell[index]))
        reveal(box->rect);
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
    reveal(cellRect(mCurrentCell));
    // The cell's first card becomes the selection (or joins it, with Shift),
    // so Enter/F2 edit it and Connect can join two cards.
    QStringList selection = extend ? selectedCardIds() : QStringList();
    for (const BlueprintLayout::CardBox &box : layout.cards)
        if (box.stepId == mCurrentCell.step && box.laneId == mCurrentCell.lane) {
            selection << box.id;
            break;
        }
    selectCards(selection);
}

void BlueprintView::wheelEvent(QWheelEvent *event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal factor = event->angleDelta().y() > 0 ? kZoomStep : 1 / kZoomStep;
        setZoom(zoom() * factor, event->position());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void BlueprintView::mouseDoubleClickEvent(QMouseEvent *event) {
    event->accept();
    if (event->button() != Qt::LeftButton)
        return;
    cancelGesture();
    for (const auto &tool : mTools)
        if (tool->doubleClick(event))
            return;
}

void BlueprintView::mousePressEvent(QMouseEvent *event) {
    event->accept();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && mSpaceHeld)) {
        mPanning = true;
        mPanLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    cancelGesture();
    for (const auto &tool : mTools)
        if (tool->press(event)) {
            mActiveTool = tool.get();
            break;
        }
    viewport()->update();
}

void BlueprintView::mouseMoveEvent(QMouseEvent *event) {
    event->accept();
    if (mPanning) {
        const QPoint delta = event->position().toPoint() - mPanLast;
        mPanLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    if (mActiveTool && (event->buttons() & Qt::LeftButton))
        mActiveTool->move(event);
}

void BlueprintView::mouseReleaseEvent(QMouseEvent *event) {
    event->accept();
    if (mPanning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        mPanning = false;
        if (mSpaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        return;
    }
    if (event->button() == Qt::LeftButton && mActiveTool) {
        CanvasTool *tool = std::exchange(mActiveTool, nullptr);
        tool->release(event);
    }
}

void BlueprintView::cancelGesture() {
    if (CanvasTool *tool = std::exchange(mActiveTool, nullptr))
        tool->cancel();
}

// The current cell's outline shows where the keyboard is, only while the
// canvas has it: the viewport is drawn again as the keyboard comes and goes
// (the scroll area would repaint only its frame).
void BlueprintView::focusInEvent(QFocusEvent *event) {
    QGraphicsView::focusInEvent(event);
    // The keyboard's place must show from the start (WCAG 2.4.7): coming
    // by Tab or a shortcut onto a canvas with no current cell, the first
    // cell becomes current, choosing nothing. A click makes its own.
    const BlueprintLayout &layout = mScene->layout();
    if (!mCurrentCell.isValid() && event->reason() != Qt::MouseFocusReason &&
        !layout.steps.empty() && !layout.lanes.empty())
        setCurrentCell({layout.steps.front().id, layout.lanes.front().id});
    viewport()->update();
}

void BlueprintView::focusOutEvent(QFocusEvent *event) {
    // A menu or a dialog took the keyboard mid-drag: the drag ends here.
    cancelGesture();
    mSpaceHeld = false;
    QGraphicsView::focusOutEvent(event);
    viewport()->update();
}

void BlueprintView::keyPressEvent(QKeyEvent *event) {
    // Entering votes, digits are dots: quick capture starts no card.
    if (mVoteTool->isEntering() ? mVoteTool->keyTyped(event) : mCaptureTool->keyTyped(event))
        return;
    switch (event->key()) {
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            mSpaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Edit the one selected card, or add a card in the current cell.
        if (mActions)
            mActions->activate(selectedCardIds().size() == 1 ? CanvasActions::EditCard
                                                             : CanvasActions::AddCard);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (event->modifiers() & Qt::ControlModifier)
            break; // moving cards: an action
        const int dx = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
        const int dy = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1 : 0;
        if (event->modifiers() & Qt::AltModifier)
            selectInCell(dy + dx); // Alt+arrows step through the cell's cards
        else
            moveCurrentCell(dx, dy, event->modifiers() & Qt::ShiftModifier);
        return;
    }
    case Qt::Key_F10: // Shift+F10: the keyboard menu, as the Menu key
        if (event->modifiers() == Qt::ShiftModifier) {
            QContextMenuEvent menu(QContextMenuEvent::Keyboard, QPoint());
            contextMenuEvent(&menu);
            return;
        }
        break;
    case Qt::Key_Escape:
        if (mActiveTool)
            cancelGesture();
        else
            selectCards({});
        viewport()->update();
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void BlueprintView::keyReleaseEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpaceHeld = false;
        if (!mPanning)
            viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void BlueprintView::contextMenuEvent(QContextMenuEvent *event) {
    cancelGesture();
    if (mActions)
        mActions->showContextMenu(this, event);
}

void BlueprintView::drawForeground(QPainter *painter, const QRectF &) {
    drawCurrentCell(painter);
    for (const auto &tool : mTools)
        tool->paint(painter);
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const CommentMarkers markers = commentMarkers();
    mChangeMarks.paintCards(*painter, mScene->layout());
    markers.paintOnCards(*painter);
    // Over the cards, under the pinned headers: those stay readable.
    mFocus.paint(*painter, mScene->layout(), visible);
    PinnedHeaders::paint(*painter, mScene->layout(), visible);
    mFocus.paintPinned(*painter, mScene->layout(), visible, Theme::canvas().laneHeaderWidth);
    mChangeMarks.paintHeaders(*painter, mScene->layout(), visible);
    markers.paintOnHeaders(*painter);
}

CommentMarkers BlueprintView::commentMarkers() const {
    return CommentMarkers(mScene->document()->workspace(), mScene->layout(), mScene->journeyId(),
                          mapToScene(viewport()->rect()).boundingRect());
}

void BlueprintView::setChanges(std::vector<DiffEntry> entries) {
    mChangeMarks.setEntries(std::move(entries));
    viewport()->update();
}

void BlueprintView::setFocusArea(const FocusArea &area) {
    const BlueprintLayout &layout = mScene->layout();
    const FocusArea focus = area.rect(layout).isNull() ? FocusArea() : area;
    const bool changed = !(focus == mFocus);
    mFocus = focus;
    if (!mFocus.isNone()) {
        // Typing lands in the focus: the current cell moves into it.
        const auto [step, lane] = mFocus.cellWithin(layout, mCurrentCell.step, mCurrentCell.lane);
        setCurrentCell({step, lane});
        followFocus();
    }
    viewport()->update();
    if (changed)
        emit focusAreaChanged();
}

void BlueprintView::focusOnCurrent(FocusArea::Kind kind) {
    QString id;
    if (kind == FocusArea::Kind::Step)
        id = mCurrentCell.step;
    else if (kind == FocusArea::Kind::Lane)
        id = mCurrentCell.lane;
    else if (kind == FocusArea::Kind::Stage)
        if (const Step *step = mScene->document()->workspace().find<Step>(mCurrentCell.step))
            id = step->stage;
    setFocusArea(FocusArea(kind, id));
}

void BlueprintView::moveFocus(int delta) {
    if (!mFocus.isNone())
        setFocusArea(mFocus.moved(mScene->layout(), delta));
}

// Steps and stages are columns: the view scrolls sideways to show them;
// lanes are rows: it scrolls up or down. An area wider (or taller) than the
// view shows from its start, where the current cell is.
void BlueprintView::followFocus() {
    const QRectF area = mFocus.rect(mScene->layout());
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const qreal headerWidth = Theme::canvas().laneHeaderWidth;
    const qreal headerHeight = mScene->layout().headerHeight;
    QPointF centre = visible.center();
    if (mFocus.kind() == FocusArea::Kind::Lane) {
        const qreal room = visible.height() - headerHeight;
        centre.setY(area.height() <= room ? area.center().y() - headerHeight / 2
                                          : area.top() - headerHeight + visible.height() / 2);
    } else {
        const qreal room = visible.width() - headerWidth;
        centre.setX(area.width() <= room ? area.center().x() - headerWidth / 2
                                         : area.left() - headerWidth + visible.width() / 2);
    }
    centerOn(centre);
}

// The keyboard's current cell: a calm outline, always visible.
void BlueprintView::drawCurrentCell(QPainter *painter) {
    if (!mCurrentCell.isValid() || !hasFocus())
        return;
    const QRectF cell = cellRect(mCurrentCell);
    if (cell.isNull())
        return;
    painter->save();
    QPen pen(Theme::canvas().selection, Theme::canvas().focusWidth, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(cell.adjusted(2, 2, -2, -2));
    painter->restore();
}

} // namespace blauwdruk
