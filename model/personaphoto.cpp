#include "personaphoto.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>

namespace blauwdruk {

namespace {

// Messages show in the editor, so they are translated there.
QString tr(const char *text) {
    return QCoreApplication::translate("blauwdruk::PersonaPhoto", text);
}

} // namespace

QByteArray PersonaPhoto::fromFile(const QString &path, QString *error) {
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("is not a file");
        return {};
    }
    if (info.size() > kMaxFileBytes) {
        *error = tr("is larger than %1 MB").arg(kMaxFileBytes >> 20);
        return {};
    }
    QImageReader reader(path);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QSize size = reader.size();
    if (!reader.canRead()) {
        *error = tr("is not an image Blauwdruk can read (%1)").arg(reader.errorString());
        return {};
    }
    if (size.isValid() && qint64(size.width()) * size.height() > kMaxSourcePixels) {
        *error = tr("is too large an image (%1 × %2 pixels)").arg(size.width()).arg(size.height());
        return {};
    }
    // Decode at a reduced size when the format allows it (JPEG does).
    if (size.isValid() && qMax(size.width(), size.height()) > 4 * kMaxSide)
        reader.setScaledSize(size.scaled(4 * kMaxSide, 4 * kMaxSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) {
        *error = tr("could not be read as an image (%1)").arg(reader.errorString());
        return {};
    }
    return fromImage(std::move(image));
}

QByteArray PersonaPhoto::fromImage(QImage image) {
    if (image.isNull())
        return {};
    if (image.width() > kMaxSide || image.height() > kMaxSide)
        image = image.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.hasAlphaChannel())
        image.save(&buffer, "PNG");
    else
        image.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace blauwdruk
