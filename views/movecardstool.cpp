#include "movecardstool.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "carditem.h"
#include "edits.h"

#include <QMouseEvent>

namespace blauwdruk {

namespace {
constexpr qreal kCardZ = 2;
constexpr qreal kDraggedZ = 10; // above the other cards and the arrows' labels
} // namespace

bool MoveCardsTool::press(QMouseEvent *event) {
    mCard = view()->cardAt(viewPos(event));
    if (mCard.isEmpty())
        return false;
    mPressView = viewPos(event);
    mPressScene = scenePos(event);
    mDragging = false;
    mToggled = event->modifiers() & Qt::ControlModifier;
    CardItem *item = scene()->cardItem(mCard);
    if (mToggled)
        item->setSelected(!item->isSelected());
    else if (!item->isSelected())
        view()->selectCards({mCard});
    const BlueprintView::Cell cell = view()->cellAt(mPressScene);
    if (cell.isValid())
        view()->setCurrentCell(cell);
    mMoving = item->isSelected() ? view()->selectedCardIds() : QStringList();
    return true;
}

void MoveCardsTool::move(QMouseEvent *event) {
    if (mMoving.isEmpty())
        return;
    if (!mDragging && !isDrag(mPressView, viewPos(event)))
        return;
    if (!mDragging && refusedReadOnly()) {
        mMoving.clear(); // selected, not moved
        return;
    }
    mDragging = true;
    const QPointF offset = scenePos(event) - mPressScene;
    for (const QString &id : std::as_const(mMoving))
        if (CardItem *item = scene()->cardItem(id)) {
            item->setPos(offset);
            item->setZValue(kDraggedZ);
        }
}

void MoveCardsTool::release(QMouseEvent *event) {
    if (!mDragging) {
        if (!mToggled && view()->selectedCardIds().size() > 1)
            view()->selectCards({mCard});
        return;
    }
    putBack();
    const QPointF at = scenePos(event);
    const BlueprintView::Cell target = view()->cellAt(at);
    if (!target.isValid())
        return;
    // A drag back to where it began changes nothing and leaves no undo step.
    Edits(*document())
        .moveCards(mMoving, target.step, target.lane, dropIndex(target.step, target.lane, at.y()),
                   newGestureId());
    view()->setCurrentCell(target);
    view()->selectCards(mMoving);
}

void MoveCardsTool::cancel() {
    if (mDragging)
        putBack();
    mDragging = false;
}

// The items go back to their boxes; the layout moves them if the model did.
void MoveCardsTool::putBack() {
    mDragging = false;
    for (const QString &id : std::as_const(mMoving))
        if (CardItem *item = scene()->cardItem(id)) {
            item->setPos(0, 0);
            item->setZValue(kCardZ);
        }
}

int MoveCardsTool::dropIndex(const QString &step, const QString &lane, qreal sceneY) const {
    int index = 0;
    for (const BlueprintLayout::CardBox &box : scene()->layout().cards) {
        if (box.stepId != step || box.laneId != lane || mMoving.contains(box.id))
            continue;
        if (box.rect.center().y() < sceneY)
            ++index;
    }
    return index;
}

} // namespace blauwdruk
