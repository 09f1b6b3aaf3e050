#pragma once

#include <QColor>
#include <QFont>
#include <QString>

#include <span>

namespace blauwdruk {

// The look of a blueprint, shared by the canvas and every export so they
// draw the same picture. Sizes are in scene units (1 unit = 1 px at 100 %),
// on an 8 px grid; colours are calm tints with text at WCAG AA contrast
// (tests/views/test_contrast.cpp computes every pair the painter draws).
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
    QColor selection{0x15, 0x65, 0xC0}; // 3:1 on every card fill (test_contrast)
    QColor cardShadow{0xD4, 0xD4, 0xCF};
    QColor iconInk{0x33, 0x33, 0x33};
    QColor findHighlight{0xB8, 0x6E, 0x00}; // a Find match's ring: amber, >= 3:1 on the lanes
    QColor labelBackground{0xFF, 0xFF, 0xFF};
    // Line widths that carry meaning: a card's edge (hair-thin in the calm
    // look), the selection and the keyboard focus rings.
    qreal cardBorderWidth = 1;
    qreal selectionWidth = 3;
    qreal focusWidth = 2;
    // Text size against the sizes named in the code: the canvas follows the
    // system's font size with it; posters keep 1.
    qreal textScale = 1;
    bool highContrast = false;

    QFont font(qreal pixelSize = 13, bool bold = false) const;

    QColor laneTint(const QString &laneKind) const;
    QColor cardColour(const QString &cardKind) const;
    QColor stageColour(int index) const;
    // A card's edge: a shade of its fill, or the text colour in high contrast.
    QColor cardBorder(const QColor &fill) const;
    // The text colour for a card of `fill`: the style's, unless a colour from
    // elsewhere is too dark for it (then white).
    QColor textOn(const QColor &fill) const;

    // Every lane kind with a tint of its own and the number of stage
    // colours: what a contrast check has to go through.
    static std::span<const char *const> laneKinds();
    static int stageColourCount();

    // The default style: Inter where installed, else DejaVu Sans. Posters,
    // exports and (unless the user asks for high contrast) the canvas use it.
    static const BlueprintStyle &standard();
    // Black text, strong edges and rings, text at >= 7:1 (WCAG AAA): the
    // canvas under the high-contrast theme (views/theme.h).
    static const BlueprintStyle &highContrastStyle();

    // WCAG 2.1 relative luminance of an sRGB colour and the contrast ratio
    // of two colours (1 … 21).
    static qreal luminance(const QColor &colour);
    static qreal contrast(const QColor &a, const QColor &b);
};

} // namespace blauwdruk
