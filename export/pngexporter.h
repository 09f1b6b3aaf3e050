#pragma once

#include "exporter.h"

#include <QSize>

namespace blauwdruk {

// One journey's blueprint with its title block as a PNG image, at a chosen
// resolution (96 dpi = the canvas at 100 %) or pixel width.
class PngExporter : public Exporter {
public:
    // Beyond these an image would take gigabytes; refuse instead of trying.
    static constexpr int kMaxSide = 20000;
    // The shorter side at the least: below it a picture shows nothing.
    static constexpr int kMinSide = 16;
    static constexpr qint64 kMaxPixels = 200'000'000;

    QString name() const override { return QStringLiteral("png"); }
    QStringList extensions() const override { return {QStringLiteral("png")}; }
    ExportCapabilities capabilities() const override;
    // Encoded in memory, then written: the picture is whole in memory to be
    // encoded anyway, and libpng leaks when the file refuses a write.
    QByteArray render(const Workspace &workspace, const ExportOptions &options,
                      QString *error) const override;

    // The image size and scale (pixels per scene unit) for a picture of
    // `picture` scene units, or an empty size with `error` set.
    static QSize imageSize(const QSizeF &picture, const ExportOptions &options, qreal *scale,
                           QString *error);
};

} // namespace blauwdruk
