#pragma once

#include "canvastool.h"

namespace blauwdruk {

// A point of the emotion curve dragged up or down sets its step's emotion.
// The curve follows the mouse through the model, so every value on the way
// is an edit; the gesture's id merges them into one undo step, and a drag
// that ends on the value it began with leaves none.
class EmotionTool : public CanvasTool {
public:
    using CanvasTool::CanvasTool;

    bool press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void release(QMouseEvent *event) override;
    void cancel() override;

private:
    QString mStep;
    QString mGesture;
};

} // namespace blauwdruk
