#include "pinnedheaders.h"

#include "blueprintlayout.h"
#include "blueprintpainter.h"
#include "blueprintstyle.h"
#include "theme.h"

#include <QPainter>

namespace blauwdruk {

void PinnedHeaders::paint(QPainter &painter, const BlueprintLayout &layout, const QRectF &visible) {
    const BlueprintPainter headers(Theme::canvas());
    if (visible.top() > 0) {
        painter.save();
        painter.translate(0, visible.top());
        headers.paintColumnHeaders(painter, layout);
        painter.restore();
    }
    if (visible.left() > 0) {
        painter.save();
        painter.translate(visible.left(), 0);
        headers.paintLaneHeaders(painter, layout);
        if (visible.top() > 0) // the corner stays clean
            painter.fillRect(
                QRectF(0, visible.top(), Theme::canvas().laneHeaderWidth, layout.headerHeight),
                Theme::canvas().background);
        painter.restore();
    }
}

} // namespace blauwdruk
