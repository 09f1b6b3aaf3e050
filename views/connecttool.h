#pragma once

#include "canvastool.h"

namespace blauwdruk {

// A drag from a selected card's handle (the dot on its right edge) to
// another card draws a connection between them.
class ConnectTool : public CanvasTool {
public:
    using CanvasTool::CanvasTool;

    bool press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void release(QMouseEvent *event) override;
    void cancel() override;
    void paint(QPainter *painter) const override;

private:
    QString mFrom;
    QPointF mPoint;
};

} // namespace blauwdruk
