#include "pngexporter.h"

#include "blueprintlayout.h"
#include "posterpicture.h"
#include "titleblock.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

#include <cmath>

namespace blauwdruk {

ExportCapabilities PngExporter::capabilities() const {
    return {
        .label = QT_TRANSLATE_NOOP("blauwdruk::ExportDialog", "PNG picture"),
        .content = ExportCapabilities::Content::Picture,
        .journeys = ExportCapabilities::Journeys::FileEach,
        .resolution = true,
    };
}

QSize PngExporter::imageSize(const QSizeF &picture, const ExportOptions &options, qreal *scale,
                             QString *error) {
    if (options.pixelWidth > 0) {
        *scale = options.pixelWidth / picture.width();
    } else if (options.dpi > 0) {
        *scale = options.dpi / 96.0;
    } else {
        *error = QCoreApplication::translate(
            "Export", "give a resolution in dpi or a width in pixels above 0");
        return {};
    }
    // A hair below: 96 dpi of a 2776-unit picture is 2776 pixels, not 2777.
    const double width = std::ceil(picture.width() * *scale - 1e-6);
    const double height = std::ceil(picture.height() * *scale - 1e-6);
    if (width > kMaxSide || height > kMaxSide || width * height > double(kMaxPixels)) {
        *error = QCoreApplication::translate(
                     "Export", "an image of %1 x %2 pixels is too large (at most %3 pixels a "
                               "side and %4 million in all): choose a lower resolution")
                     .arg(width, 0, 'f', 0)
                     .arg(height, 0, 'f', 0)
                     .arg(kMaxSide)
                     .arg(kMaxPixels / 1'000'000);
        return {};
    }
    // A very wide journey at a given width would come out as a blank strip.
    if (std::min(width, height) < kMinSide) {
        *error = QCoreApplication::translate(
                     "Export", "at this size the picture would be %1 x %2 pixels, too thin to "
                               "show anything (at least %3 pixels a side): give a larger "
                               "width, or export a PDF poster")
                     .arg(width, 0, 'f', 0)
                     .arg(height, 0, 'f', 0)
                     .arg(kMinSide);
        return {};
    }
    return QSize(int(width), int(height));
}

QByteArray PngExporter::render(const Workspace &workspace, const ExportOptions &options,
                               QString *error) const {
    const std::optional<PosterPicture> poster = PosterPicture::of(workspace, options, error);
    if (!poster)
        return {};
    const BlueprintLayout &layout = poster->layout;
    const TitleBlock &titleBlock = poster->titleBlock;
    const QRectF picture = poster->rect;
    qreal scale = 1;
    const QSize size = imageSize(picture.size(), options, &scale, error);
    if (size.isEmpty())
        return {};

    QImage image(size, QImage::Format_RGB32);
    if (image.isNull()) {
        *error = QCoreApplication::translate("Export",
                                             "not enough memory for an image of %1 x %2 pixels")
                     .arg(size.width())
                     .arg(size.height());
        return {};
    }
    image.fill(Qt::white);
    // Viewers and printers read the size in inches from here.
    const int dotsPerMetre = int(std::lround(scale * 96 / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        painter.translate(-picture.topLeft());
        titleBlock.paintPoster(painter, layout, workspace);
    }
    if (options.progress && !options.progress(1, 2)) {
        *error = QCoreApplication::translate("Export", "cancelled");
        return {};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        *error = QCoreApplication::translate("Export", "could not encode the PNG: %1")
                     .arg(writer.errorString());
        return {};
    }
    if (options.progress && !options.progress(2, 2)) {
        *error = QCoreApplication::translate("Export", "cancelled");
        return {};
    }
    return bytes;
}

} // namespace blauwdruk
