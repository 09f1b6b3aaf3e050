#include "headerdragtool.h"

#include "blueprintscene.h"
#include "blueprintstyle.h"
#include "document.h"
#include "edits.h"
#include "theme.h"

#include <QMouseEvent>
#include <QPainter>

namespace blauwdruk {

bool HeaderDragTool::press(QMouseEvent *event) {
    mHeader = view()->headerAt(scenePos(event));
    mPressView = viewPos(event);
    mPoint = scenePos(event);
    mDragging = false;
    return mHeader.kind != BlueprintView::Header::None;
}

void HeaderDragTool::move(QMouseEvent *event) {
    mPoint = scenePos(event);
    if (mHeader.kind == BlueprintView::Header::None)
        return; // refused: read-only
    if (!mDragging && isDrag(mPressView, viewPos(event))) {
        if (refusedReadOnly() || refusedStructureLocked()) {
            mHeader = {};
            return;
        }
        mDragging = true;
    }
    view()->viewport()->update();
}

void HeaderDragTool::release(QMouseEvent *event) {
    if (mDragging)
        drop(scenePos(event));
    else
        select();
    cancel();
}

// A click on a header: its step, lane or stage becomes the current cell's,
// with no card selected, so the Inspector shows it (a step with its emotion)
// and the keys work from there.
void HeaderDragTool::select() {
    view()->selectCards({});
    view()->setCurrentHeader(mHeader);
}

void HeaderDragTool::cancel() {
    mDragging = false;
    mHeader = {};
    view()->viewport()->update();
}

// Where the header lands: the lane, step or stage under the drop point.
// An edit lays the scene out anew, which replaces the layout's vectors: each
// loop ends at its edit.
void HeaderDragTool::drop(const QPointF &at) {
    const BlueprintLayout &layout = scene()->layout();
    const Workspace &ws = document()->workspace();
    Edits edits(*document());
    using Header = BlueprintView::Header;
    if (mHeader.kind == Header::Lane) {
        for (size_t i = 0; i < layout.lanes.size(); ++i)
            if (at.y() >= layout.lanes[i].band.top() && at.y() < layout.lanes[i].band.bottom() &&
                layout.lanes[i].id != mHeader.id) {
                edits.moveLane(mHeader.id, int(i));
                return;
            }
    } else if (mHeader.kind == Header::Stage) {
        for (size_t i = 0; i < layout.stages.size(); ++i)
            if (at.x() >= layout.stages[i].rect.left() && at.x() < layout.stages[i].rect.right() &&
                layout.stages[i].id != mHeader.id) {
                edits.moveStage(mHeader.id, int(i));
                return;
            }
    } else if (mHeader.kind == Header::Step) {
        for (const auto &step : layout.steps) {
            if (at.x() < step.header.left() || at.x() >= step.header.right() ||
                step.id == mHeader.id)
                continue;
            const Step *target = ws.find<Step>(step.id);
            const auto siblings = ws.stepsOfStage(target->stage);
            const int index =
                int(std::find(siblings.begin(), siblings.end(), target) - siblings.begin());
            edits.moveStep(mHeader.id, target->stage, index);
            return;
        }
    }
}

void HeaderDragTool::paint(QPainter *painter) const {
    if (!mDragging)
        return;
    painter->save();
    QPen pen(Theme::canvas().selection, 3);
    pen.setCosmetic(true);
    painter->setPen(pen);
    const QRectF bounds = scene()->layout().bounds;
    if (mHeader.kind == BlueprintView::Header::Lane)
        painter->drawLine(QPointF(bounds.left(), mPoint.y()), QPointF(bounds.right(), mPoint.y()));
    else
        painter->drawLine(QPointF(mPoint.x(), bounds.top()), QPointF(mPoint.x(), bounds.bottom()));
    painter->restore();
}

} // namespace blauwdruk
