#pragma once

#include "blueprintpainter.h"
#include "comparelayout.h"
#include "theme.h"

#include <QCoreApplication>

#include <array>

class QPainter;

namespace blauwdruk {

// Draws a CompareLayout: the two bands, the step boxes with their card chips,
// the marks for what is only in one journey, and the connectors. Marks read
// without colour: a dashed outline and a worded badge; connectors differ by
// line style (solid by hand, dotted by title, dashed for similar titles,
// dash and dot for pairs Make Ideal Version made).
class ComparePainter {
    Q_DECLARE_TR_FUNCTIONS(ComparePainter)
public:
    struct StepState {
        bool selected = false;
        bool focused = false;    // the view has keyboard focus on the selection
        bool dropTarget = false; // a drag would pair with this step
    };

    static constexpr qreal kGutterWidth = 152;
    // The colours the compare view paints besides the style's.
    struct Colours {
        QColor currentTint, idealTint;      // the two bands
        QColor boxBorder, onlyBorder;       // a step box's edge; a step in one journey only
        QColor gutter;                      // behind the band names
        QColor box, onlyBox;                // a step box's fill
        std::array<QColor, 5> emotionFills; // the faces, emotion -2 … +2
    };
    static Colours colours(bool highContrast);

    explicit ComparePainter(const BlueprintStyle &style = Theme::canvas());

    void paintBands(QPainter &painter, const CompareLayout &layout) const;
    void paintLinks(QPainter &painter, const CompareLayout &layout,
                    const QString &highlightStep) const;
    void paintStep(QPainter &painter, const CompareLayout::StepBox &box,
                   const StepState &state) const;
    // The band names at the left, pinned while the columns scroll under them;
    // `y` is the layout's vertical offset in the view and `scale` its zoom
    // (the names keep their size).
    void paintGutter(QPainter &painter, const CompareLayout &layout, qreal y, qreal scale,
                     qreal height, const QString &currentTitle, const QString &idealTitle) const;

    // One connector's pen, shared with the legend.
    static QPen linkPen(JourneyAlignment::Origin origin, const QColor &colour, qreal width = 2.5);
    static QString originText(JourneyAlignment::Origin origin);
    static QString onlyInText(bool ideal);

private:
    void paintEmotion(QPainter &painter, const QRectF &face, int emotion) const;
    void paintChip(QPainter &painter, const CompareLayout::Chip &chip) const;
    void paintStatusRow(QPainter &painter, const CompareLayout::StepBox &box,
                        const QRectF &row) const;

    const BlueprintStyle &mStyle;
    BlueprintPainter mCards;
    Colours mColours;
};

} // namespace blauwdruk
