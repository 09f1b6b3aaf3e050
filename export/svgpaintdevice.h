#pragma once

#include "svgpaintengine.h"

#include <QPaintDevice>

#include <memory>

namespace blauwdruk {

// What a QPainter paints on to write SVG with SvgPaintEngine: a device of the
// header's size at 96 dots per inch (scene units are CSS pixels).
class SvgPaintDevice : public QPaintDevice {
public:
    SvgPaintDevice(QIODevice *out, SvgPaintEngine::Header header);
    ~SvgPaintDevice() override;

    QPaintEngine *paintEngine() const override { return mEngine.get(); }
    bool failed() const { return mEngine->failed(); }

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSize mSize;
    std::unique_ptr<SvgPaintEngine> mEngine;
};

} // namespace blauwdruk
