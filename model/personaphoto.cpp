#include "personaphoto.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>

namespace blauwdruk {

QByteArray PersonaPhoto::fromFile(const QString &path, QString *error) {
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = QStringLiteral("is not a file");
        return {};
    }
    if (info.size() > kMaxFileBytes) {
        *error = QStringLiteral("is larger than %1 MB").arg(kMaxFileBytes >> 20);
        return {};
    }
    QImageReader reader(path);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QSize size = reader.size();
    if (!reader.canRead()) {
        *error =
            QStringLiteral("is not an image Blauwdruk can read (%1)").arg(reader.errorString());
        return {};
    }
    if (size.isValid() && qint64(size.width()) * size.height() > kMaxSourcePixels) {
        *error = QStringLiteral("is too large an image (%1 × %2 pixels)")
                     .arg(size.width())
                     .arg(size.height());
        return {};
    }
    // Decode at a reduced size when the format allows it (JPEG does).
    if (size.isValid() && qMax(size.width(), size.height()) > 4 * kMaxSide)
        reader.setScaledSize(size.scaled(4 * kMaxSide, 4 * kMaxSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) {
        *error = QStringLiteral("could not be read as an image (%1)").arg(reader.errorString());
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
