#include "pdfpaintdevice.h"

namespace blauwdruk {

PdfPaintDevice::PdfPaintDevice(QIODevice *out, PdfDocument::Info info,
                               const QSizeF &firstPagePoints)
    : mDocument(out, std::move(info))
    , mEngine(mDocument)
    , mPage(firstPagePoints) {
    mEngine.newPage(firstPagePoints);
}

PdfPaintDevice::~PdfPaintDevice() = default;

void PdfPaintDevice::newPage(const QSizeF &points) {
    mPage = points;
    mEngine.newPage(points);
}

int PdfPaintDevice::metric(PaintDeviceMetric metric) const {
    const qreal unitsPerPoint = kResolution / 72.0;
    switch (metric) {
    case PdmWidth:
        return qRound(mPage.width() * unitsPerPoint);
    case PdmHeight:
        return qRound(mPage.height() * unitsPerPoint);
    case PdmWidthMM:
        return qRound(mPage.width() * 25.4 / 72);
    case PdmHeightMM:
        return qRound(mPage.height() * 25.4 / 72);
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return kResolution;
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
