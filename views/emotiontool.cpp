#include "emotiontool.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "document.h"
#include "edits.h"

#include <QMouseEvent>

namespace blauwdruk {

bool EmotionTool::press(QMouseEvent *event) {
    // The reach is in screen pixels, whatever the zoom.
    mStep = scene()->layout().emotionPointAt(scenePos(event), 10 / std::max(view()->zoom(), 0.1));
    if (mStep.isEmpty())
        return false;
    if (refusedReadOnly()) {
        mStep.clear();
        return true; // the point stays where it is
    }
    mGesture = newGestureId();
    view()->viewport()->setCursor(Qt::SizeVerCursor);
    return true;
}

void EmotionTool::move(QMouseEvent *event) {
    const int value = scene()->layout().emotionAtY(scenePos(event).y());
    const Step *step = document()->workspace().find<Step>(mStep);
    if (step && step->emotion != value)
        Edits(*document())
            .setField(EntityType::Step, {mStep}, QStringLiteral("emotion"), value, true, mGesture);
}

void EmotionTool::release(QMouseEvent *) {
    cancel();
}

// What the drag set so far stays: it is one undo step already.
void EmotionTool::cancel() {
    mStep.clear();
    view()->viewport()->unsetCursor();
}

} // namespace blauwdruk
