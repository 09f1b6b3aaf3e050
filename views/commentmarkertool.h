#pragma once

#include "canvastool.h"

namespace blauwdruk {

// A click on a comment marker opens its thread in the comments panel (the
// view announces it); the card or step under it is not selected.
class CommentMarkerTool : public CanvasTool {
public:
    using CanvasTool::CanvasTool;

    bool press(QMouseEvent *event) override;
};

} // namespace blauwdruk
