#include "svgpaintdevice.h"

#include "vectordevicemetric.h"

namespace blauwdruk {

SvgPaintDevice::SvgPaintDevice(QIODevice *out, SvgPaintEngine::Header header)
    : mSize(header.size)
    , mEngine(std::make_unique<SvgPaintEngine>(out, std::move(header))) {}

SvgPaintDevice::~SvgPaintDevice() = default;

int SvgPaintDevice::metric(PaintDeviceMetric metric) const {
    return vectorDeviceMetric(metric, mSize, 96); // scene units are CSS pixels
}

} // namespace blauwdruk
