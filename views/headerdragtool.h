#pragma once

#include "blueprintview.h"
#include "canvastool.h"

namespace blauwdruk {

// A stage, step or lane header dragged to another place reorders them; a
// line shows where it will land. A step may land in another stage. A click
// on a header moves the current cell there and selects no card.
class HeaderDragTool : public CanvasTool {
public:
    using CanvasTool::CanvasTool;

    bool press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void release(QMouseEvent *event) override;
    void cancel() override;
    void paint(QPainter *painter) const override;

private:
    void drop(const QPointF &at);
    void select();

    BlueprintView::HeaderHit mHeader;
    QPoint mPressView;
    QPointF mPoint;
    bool mDragging = false;
};

} // namespace blauwdruk
