#include "canvastool.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "document.h"
#include "sessionrules.h"

#include <QApplication>
#include <QMouseEvent>

namespace blauwdruk {

CanvasTool::CanvasTool(BlueprintView *view)
    : mView(view) {}

CanvasTool::~CanvasTool() = default;

BlueprintScene *CanvasTool::scene() const {
    return mView->blueprintScene();
}

Document *CanvasTool::document() const {
    return mView->blueprintScene()->document();
}

QPoint CanvasTool::viewPos(const QMouseEvent *event) {
    return event->position().toPoint();
}

QPointF CanvasTool::scenePos(const QMouseEvent *event) const {
    return mView->mapToScene(viewPos(event));
}

bool CanvasTool::isDrag(const QPoint &from, const QPoint &to) {
    return (to - from).manhattanLength() >= QApplication::startDragDistance();
}

QString CanvasTool::newGestureId() {
    // Unique within the process, which is as long as an undo stack lives.
    static quint64 counter = 0;
    return QStringLiteral("gesture-%1").arg(++counter);
}

bool CanvasTool::refusedReadOnly() const {
    if (!document()->isContentLocked())
        return false;
    tell(CanvasActions::readOnlyMessage(document()));
    return true;
}

bool CanvasTool::refusedStructureLocked() const {
    if (!SessionRules::isStructureLocked(document()->workspace(),
                                         mView->blueprintScene()->journeyId()))
        return false;
    tell(CanvasActions::structureLockedMessage());
    return true;
}

void CanvasTool::tell(const QString &text) const {
    if (CanvasActions *actions = mView->actions())
        emit actions->message(text);
}

} // namespace blauwdruk
