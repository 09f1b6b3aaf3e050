#pragma once

#include "canvastool.h"

#include <QRect>
#include <QSet>

namespace blauwdruk {

// A press on the empty canvas: the cell under it becomes the current cell,
// the selection is cleared (kept with Ctrl), and dragging draws a rubber
// band that selects the cards it touches. Takes every press no other tool
// took.
class SelectTool : public CanvasTool {
public:
    using CanvasTool::CanvasTool;

    bool press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void release(QMouseEvent *event) override;
    void cancel() override;
    void paint(QPainter *painter) const override;

private:
    void selectBanded(const QSet<QString> &banded);

    QPoint mOrigin;
    QRect mBand;
    bool mBanding = false;
    // The selection before the band (with Ctrl), and what the band adds.
    QSet<QString> mKept;
    QSet<QString> mBanded;
};

} // namespace blauwdruk
