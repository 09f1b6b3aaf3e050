#include "pdfpaintdevice.h"

#include "vectordevicemetric.h"

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
    return vectorDeviceMetric(
        metric,
        QSize(qRound(mPage.width() * unitsPerPoint), qRound(mPage.height() * unitsPerPoint)),
        kResolution);
}

} // namespace blauwdruk
