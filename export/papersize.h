#pragma once

#include <QPageSize>
#include <QSizeF>
#include <QString>

#include <optional>

namespace blauwdruk {

// The paper names a poster export accepts: "A0".."A4", or a custom size in
// millimetres such as "841x594mm".
class PaperSize {
public:
    static constexpr qreal kMinMm = 50;
    static constexpr qreal kMaxMm = 5000;

    // The page size for `text`, or nothing with `error` set (English, for the
    // command line and the export dialog alike).
    static std::optional<QPageSize> parse(const QString &text, QString *error);
    // Width and height in millimetres, turned when `landscape` asks for it.
    static QSizeF millimetres(const QPageSize &size, bool landscape);
};

} // namespace blauwdruk
