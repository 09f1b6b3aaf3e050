#pragma once

class QPainter;
class QRectF;

namespace blauwdruk {

class BlueprintLayout;

// The step headers along the top and the lane headers along the left stay
// in view while the canvas scrolls: painted over the scene at the edge of
// the visible part.
class PinnedHeaders {
public:
    static void paint(QPainter &painter, const BlueprintLayout &layout, const QRectF &visible);
};

} // namespace blauwdruk
