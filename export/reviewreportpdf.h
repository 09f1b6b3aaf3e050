#pragma once

#include <QString>

class QPagedPaintDevice;

namespace blauwdruk {

class ReportText;

// The review report as a PDF on A4 portrait, text kept as text: every
// line wraps to the page's width, a page ends where the next line does not
// fit, and a heading never ends a page without what follows it.
class ReviewReportPdf {
public:
    static constexpr int kResolution = 1200; // dots per inch of the PDF's coordinates

    // Through QSaveFile: on failure false with `error` (in English, for
    // after the file name) and no file left behind.
    static bool write(const ReportText &report, const QString &path, QString *error);
    // Onto any paged device (a QPdfWriter, a QPrinter), filling its pages:
    // the report draws its own margins.
    static bool paint(QPagedPaintDevice &device, const ReportText &report, QString *error);
};

} // namespace blauwdruk
