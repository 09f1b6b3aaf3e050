#include "blueprintstyle.h"

#include "cardkind.h"

#include <QHash>

namespace blauwdruk {

QFont BlueprintStyle::font(qreal pixelSize, bool bold) const {
    QFont f;
    f.setFamilies({QStringLiteral("Inter"), QStringLiteral("DejaVu Sans")});
    f.setPixelSize(int(pixelSize));
    f.setBold(bold);
    return f;
}

QColor BlueprintStyle::laneTint(const QString &laneKind) const {
    static const QHash<QString, QColor> tints{
        {"customer", QColor(0xFF, 0xF7, 0xE6)},      {"evidence", QColor(0xF5, 0xF1, 0xFA)},
        {"frontstage", QColor(0xEA, 0xF3, 0xFB)},    {"backstage", QColor(0xEC, 0xF6, 0xEF)},
        {"support", QColor(0xF2, 0xF2, 0xF0)},       {"tech", QColor(0xEE, 0xF1, 0xF4)},
        {"content", QColor(0xFC, 0xF0, 0xF3)},       {"governance", QColor(0xF0, 0xF0, 0xF8)},
        {"emotion", QColor(0xFF, 0xFF, 0xFF)},       {"pain_points", QColor(0xFD, 0xEE, 0xEC)},
        {"opportunities", QColor(0xEC, 0xF7, 0xEE)}, {"measurement", QColor(0xEC, 0xF6, 0xF6)},
        {"parking", QColor(0xF3, 0xF0, 0xE6)},       {"inbox", QColor(0xFF, 0xF8, 0xE1)},
    };
    return tints.value(laneKind, QColor(0xF9, 0xF9, 0xF7));
}

QColor BlueprintStyle::cardColour(const QString &cardKind) const {
    const CardKind *kind = CardKind::find(cardKind);
    return (kind ? kind : &CardKind::all().front())->colour; // unknown kinds look like notes
}

QColor BlueprintStyle::stageColour(int index) const {
    static const QColor colours[] = {QColor(0xD9, 0xE6, 0xF5), QColor(0xE3, 0xEE, 0xDA),
                                     QColor(0xF4, 0xE4, 0xD2), QColor(0xE9, 0xDF, 0xF1)};
    return colours[index % 4];
}

const BlueprintStyle &BlueprintStyle::standard() {
    static const BlueprintStyle style;
    return style;
}

} // namespace blauwdruk
