#pragma once

#include <QPaintDevice>
#include <QSize>

#include <climits>

namespace blauwdruk {

// QPaintDevice::metric() for the devices that write vector files (SVG, PDF):
// `units` wide and high at `dpi`, full colour, no device pixel ratio.
inline int vectorDeviceMetric(QPaintDevice::PaintDeviceMetric metric, const QSize &units, int dpi) {
    switch (metric) {
    case QPaintDevice::PdmWidth:
        return units.width();
    case QPaintDevice::PdmHeight:
        return units.height();
    case QPaintDevice::PdmWidthMM:
        return qRound(units.width() * 25.4 / dpi);
    case QPaintDevice::PdmHeightMM:
        return qRound(units.height() * 25.4 / dpi);
    case QPaintDevice::PdmDpiX:
    case QPaintDevice::PdmDpiY:
    case QPaintDevice::PdmPhysicalDpiX:
    case QPaintDevice::PdmPhysicalDpiY:
        return dpi;
    case QPaintDevice::PdmNumColors:
        return INT_MAX;
    case QPaintDevice::PdmDepth:
        return 32;
    case QPaintDevice::PdmDevicePixelRatio:
        return 1;
    case QPaintDevice::PdmDevicePixelRatioScaled:
        return int(QPaintDevice::devicePixelRatioFScale());
    default:
        return 0;
    }
}

} // namespace blauwdruk
