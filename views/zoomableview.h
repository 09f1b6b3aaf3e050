#pragma once

#include <QtGlobal>

namespace blauwdruk {

// A view the View menu's zoom actions work on (CanvasActions): the blueprint
// canvas and the compare view. Both zoom by the same steps within the same
// limits, with the same keys, Ctrl+wheel and Fit.
class ZoomableView {
public:
    static constexpr qreal kMinZoom = 0.1;
    static constexpr qreal kMaxZoom = 4.0;
    static constexpr qreal kZoomStep = 1.2;

    virtual qreal zoom() const = 0;
    virtual void zoomIn() = 0;
    virtual void zoomOut() = 0;
    // Everything in view, as large as it fits.
    virtual void fitToView() = 0;
    virtual void showActualSize() = 0;

protected:
    ~ZoomableView() = default;
};

} // namespace blauwdruk
