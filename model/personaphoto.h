#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace blauwdruk {

// Turns a picture a user chooses into the photo a persona stores: read with
// limits (a hostile or huge file is refused, not decoded), turned upright,
// scaled down so the workspace stays small, and saved as JPEG (PNG when it
// has transparency).
class PersonaPhoto {
public:
    static constexpr int kMaxSide = 512; // stored photos are at most this wide and tall
    static constexpr qint64 kMaxFileBytes = 40 << 20; // larger files are refused unread
    static constexpr int kMaxSourcePixels = 100'000'000;

    // The bytes to store, or empty with `error` set (in English, for the
    // caller to put after the file name).
    static QByteArray fromFile(const QString &path, QString *error);
    static QByteArray fromImage(QImage image);
};

} // namespace blauwdruk
