#include "papersize.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace blauwdruk {

std::optional<QPageSize> PaperSize::parse(const QString &text, QString *error) {
    const QString key = text.trimmed().toUpper();
    static const std::pair<const char *, QPageSize::PageSizeId> named[] = {{"A0", QPageSize::A0},
                                                                           {"A1", QPageSize::A1},
                                                                           {"A2", QPageSize::A2},
                                                                           {"A3", QPageSize::A3},
                                                                           {"A4", QPageSize::A4}};
    for (const auto &[name, id] : named)
        if (key == QLatin1String(name))
            return QPageSize(id);

    static const QRegularExpression custom(
        QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*[X\u00D7]\\s*(\\d+(?:\\.\\d+)?)\\s*MM$"));
    const QRegularExpressionMatch match = custom.match(key);
    if (match.hasMatch()) {
        const qreal width = match.captured(1).toDouble();
        const qreal height = match.captured(2).toDouble();
        if (width < kMinMm || height < kMinMm || width > kMaxMm || height > kMaxMm) {
            *error = QCoreApplication::translate(
                         "Export", "paper %1 x %2 mm is out of range: each side must be "
                                   "%3 to %4 mm")
                         .arg(width)
                         .arg(height)
                         .arg(kMinMm)
                         .arg(kMaxMm);
            return std::nullopt;
        }
        // Kept portrait, like the named papers, so that the landscape choice
        // turns it the same way. ExactMatch: a custom size close to a
        // standard one must not be snapped to it.
        return QPageSize(QSizeF(std::min(width, height), std::max(width, height)),
                         QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    }
    *error = QCoreApplication::translate(
                 "Export", "unknown paper \"%1\": use A0, A1, A2, A3, A4 or a size in "
                           "millimetres such as 841x594mm")
                 .arg(text.left(40));
    return std::nullopt;
}

QSizeF PaperSize::millimetres(const QPageSize &size, bool landscape) {
    // QPageLayout turns a page for landscape; do the same here.
    const QSizeF mm = size.size(QPageSize::Millimeter);
    return landscape ? mm.transposed() : mm;
}

} // namespace blauwdruk
