#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace blauwdruk {

// The look of a blueprint, shared by the canvas and every export so they
// draw the same picture. Sizes are in scene units (1 unit = 1 px at 100 %),
// on an 8 px grid; colours are calm tints with text at WCAG AA contrast.
struct BlueprintStyle {
    qreal laneHeaderWidth = 184;
    qreal stageHeaderHeight = 40;
    qreal stepHeaderHeight = 72;
    qreal columnWidth = 216;
    qreal cardWidth = 192;
    qreal cardMinHeight = 88;
    qreal cardGap = 8;
    qreal cellPadding = 12;
    qreal laneMinHeight = 112;
    qreal emotionLaneHeight = 128;
    qreal cardRadius = 6;
    int cardTitleMaxLines = 5;

    QColor background{0xF7, 0xF7, 0xF5};
    QColor gridLine{0xDD, 0xDD, 0xD8};
    QColor headerBackground{0xEC, 0xEC, 0xE7};
    QColor text{0x1F, 0x23, 0x28};
    QColor mutedText{0x4F, 0x56, 0x5E};
    QColor lineColour{0x3D, 0x5A, 0x80};
    QColor arrowColour{0x44, 0x4C, 0x56};
    QColor selection{0x1A, 0x73, 0xE8};

    QFont font(qreal pixelSize = 13, bool bold = false) const;

    QColor laneTint(const QString &laneKind) const;
    QColor cardColour(const QString &cardKind) const;
    QColor stageColour(int index) const;

    // The default style: Inter where installed, else DejaVu Sans.
    static const BlueprintStyle &standard();
};

} // namespace blauwdruk
