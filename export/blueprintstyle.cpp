#include "blueprintstyle.h"

#include "cardkind.h"

#include <QHash>

#include <cmath>

namespace blauwdruk {

QFont BlueprintStyle::font(qreal pixelSize, bool bold) const {
    QFont f;
    f.setFamilies({QStringLiteral("Inter"), QStringLiteral("DejaVu Sans")});
    f.setPixelSize(std::max(1, qRound(pixelSize * textScale)));
    f.setBold(bold);
    return f;
}

namespace {
const char *const kLaneKinds[] = {
    "customer",   "evidence", "frontstage",  "backstage",     "support",     "tech",    "content",
    "governance", "emotion",  "pain_points", "opportunities", "measurement", "parking", "inbox"};
} // namespace

std::span<const char *const> BlueprintStyle::laneKinds() {
    return kLaneKinds;
}

int BlueprintStyle::stageColourCount() {
    return 4;
}

QColor BlueprintStyle::laneTint(const QString &laneKind) const {
    // High contrast: white lanes, told apart by their names and edges.
    if (highContrast)
        return QColor(0xFF, 0xFF, 0xFF);
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
    return colours[index % stageColourCount()];
}

QColor BlueprintStyle::cardBorder(const QColor &fill) const {
    return highContrast ? text : fill.darker(125);
}

QColor BlueprintStyle::textOn(const QColor &fill) const {
    return contrast(text, fill) >= 4.5 ? text : QColor(0xFF, 0xFF, 0xFF);
}

qreal BlueprintStyle::luminance(const QColor &colour) {
    auto linear = [](qreal c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

qreal BlueprintStyle::contrast(const QColor &a, const QColor &b) {
    const qreal la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const BlueprintStyle &BlueprintStyle::standard() {
    static const BlueprintStyle style;
    return style;
}

const BlueprintStyle &BlueprintStyle::highContrastStyle() {
    static const BlueprintStyle style = [] {
        BlueprintStyle s;
        s.highContrast = true;
        s.background = QColor(0xFF, 0xFF, 0xFF);
        s.gridLine = QColor(0x59, 0x59, 0x59);
        s.headerBackground = QColor(0xEE, 0xEE, 0xEE);
        s.text = QColor(0x00, 0x00, 0x00);
        s.mutedText = QColor(0x26, 0x26, 0x26);
        s.lineColour = QColor(0x00, 0x2B, 0x66);
        s.arrowColour = QColor(0x00, 0x00, 0x00);
        s.selection = QColor(0x00, 0x3D, 0xC7);
        s.cardShadow = s.background; // no shadow: the edge says where a card ends
        s.iconInk = QColor(0x00, 0x00, 0x00);
        s.findHighlight = QColor(0x8F, 0x4A, 0x00);
        s.cardBorderWidth = 2;
        s.selectionWidth = 4;
        s.focusWidth = 3;
        return s;
    }();
    return style;
}

} // namespace blauwdruk
