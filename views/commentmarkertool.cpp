#include "commentmarkertool.h"

#include "blueprintview.h"
#include "commentmarkers.h"

namespace blauwdruk {

bool CommentMarkerTool::press(QMouseEvent *event) {
    const CommentMarkers markers = view()->commentMarkers();
    const CommentMarkers::Marker *marker = markers.at(scenePos(event));
    if (!marker)
        return false;
    emit view()->commentMarkerClicked(marker->thread);
    return true;
}

} // namespace blauwdruk
