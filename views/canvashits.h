#pragma once

#include "blueprintlayout.h"

namespace blauwdruk {

// What lies where on a laid-out blueprint: the stage, step or lane header
// under a point, a header's rectangle, a cell's rectangle. The canvas and
// its tools ask it; it only reads the layout.
class CanvasHits {
public:
    enum class Header { None, Stage, Step, Lane };
    struct HeaderHit {
        Header kind = Header::None;
        QString id;
        QRectF rect;
    };

    explicit CanvasHits(const BlueprintLayout &layout)
        : mLayout(layout) {}

    HeaderHit headerAt(const QPointF &scenePos) const;
    HeaderHit header(Header kind, const QString &id) const;
    // The cell of a step and a lane: the step's column across the lane's band.
    QRectF cellRect(const QString &step, const QString &lane) const;

private:
    const BlueprintLayout &mLayout;
};

} // namespace blauwdruk
