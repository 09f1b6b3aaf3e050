#include "svgpaintdevice.h"

namespace blauwdruk {

SvgPaintDevice::SvgPaintDevice(QIODevice *out, SvgPaintEngine::Header header)
    : mSize(header.size)
    , mEngine(std::make_unique<SvgPaintEngine>(out, std::move(header))) {}

SvgPaintDevice::~SvgPaintDevice() = default;

int SvgPaintDevice::metric(PaintDeviceMetric metric) const {
    constexpr int kDpi = 96;
    switch (metric) {
    case PdmWidth:
        return mSize.width();
    case PdmHeight:
        return mSize.height();
    case PdmWidthMM:
        return qRound(mSize.width() * 25.4 / kDpi);
    case PdmHeightMM:
        return qRound(mSize.height() * 25.4 / kDpi);
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return kDpi;
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    default:
        break;
    }
    return 0;
}

} // namespace blauwdruk
