#pragma once

#include "pdfdocument.h"
#include "pdfpaintengine.h"

#include <QPaintDevice>

namespace blauwdruk {

// What a QPainter paints a PDF on, page after page: 1200 device units per
// inch, y down from each page's top left. newPage() ends the page and starts
// one of any size, while the painter stays active.
class PdfPaintDevice : public QPaintDevice {
public:
    static constexpr int kResolution = 1200;

    PdfPaintDevice(QIODevice *out, PdfDocument::Info info, const QSizeF &firstPagePoints);
    ~PdfPaintDevice() override;

    QPaintEngine *paintEngine() const override { return &mEngine; }
    void newPage(const QSizeF &points);
    bool failed() const { return mDocument.failed(); }

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    mutable PdfDocument mDocument;
    mutable PdfPaintEngine mEngine;
    QSizeF mPage; // points
};

} // namespace blauwdruk
