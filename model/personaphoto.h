#pragma once

#include "sizelimits.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace blauwdruk {

// Turns a picture a user chooses into the photo a persona stores: read with
// limits (a hostile or huge file is refused, not decoded), turned upright,
// scaled down so the workspace stays small, and saved as JPEG (PNG when it
// has transparency). Also decodes stored photos for the views, with the same
// limits, since a file or an import may carry any bytes at all.
class PersonaPhoto {
public:
    static constexpr int kMaxSide = 512; // stored photos are at most this wide and tall
    static constexpr qint64 kMaxFileBytes =
        limits::kMaxPhotoBytes; // larger files are refused unread
    static constexpr qint64 kMaxSourcePixels = limits::kMaxPhotoPixels;

    // The bytes to store, or empty with `error` set (in English, for the
    // caller to put after the file name).
    static QByteArray fromFile(const QString &path, QString *error);
    static QByteArray fromImage(QImage image);

    // True when the bytes start as a PNG or a JPEG file does (the validator
    // refuses a photo that does not).
    static bool hasImageSignature(const QByteArray &bytes);
    // A stored photo as an image, upright. A JPEG larger than `side` pixels
    // is decoded at about that size (0: full size), other images whole.
    // Nothing is decoded beyond the limits in sizelimits.h; then, and for bytes
    // that are no readable PNG or JPEG image, a null image and `problem` says why.
    static QImage decode(const QByteArray &bytes, int side, QString *problem = nullptr);
    // Why a stored photo cannot be shown, or empty when it can (or is empty).
    static QString problem(const QByteArray &bytes);
    // A photo from an import, as Blauwdruk stores a picked one: larger than
    // kMaxSide, it is scaled down and saved again; otherwise, and when it
    // cannot be read (then `problem` says why), the bytes stay as they are.
    static QByteArray normalized(const QByteArray &bytes, QString *problem = nullptr);
};

} // namespace blauwdruk
