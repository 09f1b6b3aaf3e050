#pragma once

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace blauwdruk {

// A PDF of A4 portrait pages, written whole or not at all (QSaveFile): the
// persona sheets and the review report. The pages have no margins of the
// writer's; what is painted draws its own.
class PdfFile {
public:
    // Paints every page onto the device; false with the reason.
    using Paint = std::function<bool(QPagedPaintDevice &device, QString *error)>;

    // On failure false with `error` (in English, for after the file name).
    static bool writeA4(const QString &path, const QString &title, int resolution,
                        const Paint &paint, QString *error);
};

} // namespace blauwdruk
