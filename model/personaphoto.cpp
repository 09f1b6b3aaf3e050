#include "personaphoto.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QtEndian>

#include <array>

namespace blauwdruk {

namespace {

// Messages show in the editor, so they are translated there.
// Qt's own guard against decoding huge images (256 MB by default) is
// process-wide; make sure it is at least as strict as ours, never looser.
void limitAllocation() {
    static const bool done = [] {
        const int current = QImageReader::allocationLimit();
        if (current == 0 || current > limits::kPhotoDecodeMegabytes)
            QImageReader::setAllocationLimit(limits::kPhotoDecodeMegabytes);
        return true;
    }();
    Q_UNUSED(done);
}

quint32 crc32(const char *data, qsizetype size) {
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = c & 1 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFF;
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ quint8(data[i])) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

// A PNG is a chain of chunks, each with its length and checksum. Walking it
// before libpng sees the bytes finds damage (a cut file, flipped bits,
// garbage) in words of our own; libpng would print its complaints straight
// to stderr, which the command line keeps for one line per problem.
bool pngChunksSound(const QByteArray &bytes) {
    qsizetype at = 8; // after the signature
    bool first = true;
    while (at + 12 <= bytes.size()) {
        const quint32 length = qFromBigEndian<quint32>(bytes.constData() + at);
        if (length > quint32(bytes.size() - at - 12))
            return false;
        const QByteArrayView type(bytes.constData() + at + 4, 4);
        if (first && type != "IHDR")
            return false;
        first = false;
        const quint32 crc = qFromBigEndian<quint32>(bytes.constData() + at + 8 + length);
        if (crc32(bytes.constData() + at + 4, qsizetype(length) + 4) != crc)
            return false;
        if (type == "IEND")
            return true;
        at += 12 + qsizetype(length);
    }
    return false; // ended without IEND
}

// Everything that can be known without decoding: size in bytes, file
// signature, a PNG's chunks, and the width and height its header claims.
// Asks JPEGs, whose decoder can scale while decoding, for about `side` pixels.
bool prepare(QImageReader &reader, const QByteArray *bytes, int side, QString *error) {
    limitAllocation();
    if (bytes) {
        if (bytes->size() > limits::kMaxPhotoBytes) {
            *error = QCoreApplication::translate("blauwdruk::PersonaPhoto", "is larger than %1 MB")
                         .arg(limits::kMaxPhotoBytes >> 20);
            return false;
        }
        // Only what a persona photo may be: no other decoder sees these bytes.
        if (!PersonaPhoto::hasImageSignature(*bytes)) {
            *error = QCoreApplication::translate("blauwdruk::PersonaPhoto",
                                                 "is not a PNG or JPEG image");
            return false;
        }
        if (bytes->startsWith("\x89PNG") && !pngChunksSound(*bytes)) {
            *error =
                QCoreApplication::translate("blauwdruk::PersonaPhoto", "is a damaged PNG image");
            return false;
        }
    }
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid()) {
        *error = QCoreApplication::translate("blauwdruk::PersonaPhoto",
                                             "is not an image Blauwdruk can read");
        return false;
    }
    const qint64 pixels = qint64(size.width()) * size.height();
    const bool scalesWhileDecoding = reader.format() == "jpeg";
    // Decoded whole at 4 bytes a pixel, unless the decoder scales.
    if (pixels > limits::kMaxPhotoPixels ||
        (!scalesWhileDecoding && pixels * 4 > qint64(limits::kPhotoDecodeMegabytes) << 20)) {
        *error = QCoreApplication::translate("blauwdruk::PersonaPhoto",
                                             "is too large an image (%1 × %2 pixels)")
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    if (scalesWhileDecoding && side > 0 && qMax(size.width(), size.height()) > side)
        reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio));
    return true;
}

QImage read(QImageReader &reader, QString *error) {
    QImage image = reader.read();
    if (image.isNull())
        *error = QCoreApplication::translate("blauwdruk::PersonaPhoto",
                                             "could not be read as an image (%1)")
                     .arg(reader.errorString());
    return image;
}

} // namespace

QByteArray PersonaPhoto::fromFile(const QString &path, QString *error) {
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = QCoreApplication::translate("blauwdruk::PersonaPhoto", "is not a file");
        return {};
    }
    if (info.size() > kMaxFileBytes) {
        *error = QCoreApplication::translate("blauwdruk::PersonaPhoto", "is larger than %1 MB")
                     .arg(kMaxFileBytes >> 20);
        return {};
    }
    QImageReader reader(path);
    if (!prepare(reader, nullptr, 4 * kMaxSide, error))
        return {};
    QImage image = read(reader, error);
    return image.isNull() ? QByteArray() : fromImage(std::move(image));
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

bool PersonaPhoto::hasImageSignature(const QByteArray &bytes) {
    return bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xFF\xD8\xFF");
}

QImage PersonaPhoto::decode(const QByteArray &bytes, int side, QString *problem) {
    QString error;
    QImage image;
    if (!bytes.isEmpty()) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        if (prepare(reader, &bytes, side, &error))
            image = read(reader, &error);
    }
    if (problem)
        *problem = error;
    return image;
}

QString PersonaPhoto::problem(const QByteArray &bytes) {
    QString error;
    decode(bytes, kMaxSide, &error);
    return error;
}

QByteArray PersonaPhoto::normalized(const QByteArray &bytes, QString *problem) {
    QString error;
    QImage image;
    if (!bytes.isEmpty()) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        if (prepare(reader, &bytes, 4 * kMaxSide, &error)) { // as fromFile() reads
            const QSize size = reader.size();
            image = read(reader, &error);
            // Small enough, it stays byte for byte as it is, so export ->
            // import -> export keeps giving the same bytes.
            if (size.width() <= kMaxSide && size.height() <= kMaxSide)
                image = QImage();
        }
    }
    if (problem)
        *problem = error;
    return image.isNull() ? bytes : fromImage(image);
}

} // namespace blauwdruk
