#pragma once

#include "blueprintstyle.h"
#include "journeyalignment.h"
#include "workspace.h"

#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <optional>
#include <vector>

namespace blauwdruk {

// Where everything of the compare view goes: the current journey's band
// above the ideal journey's, one shared column per JourneyAlignment column,
// and the connectors between paired steps. Holds copies of what it shows, so
// painting never reads the workspace. Coordinates start at the left of the
// first column (the band labels are pinned to the view's left edge).
class CompareLayout {
public:
    struct Chip {
        Card card;
        QRectF rect;
        QStringList titleLines; // at most two, the last one elided when cut
        QString lane;           // the lane's title
        bool onlyHere = false;  // marked: its step is paired, the card is not
    };
    struct StepBox {
        QString id;
        bool ideal = false;
        int column = 0;
        QRectF rect;
        QStringList titleLines; // at most two, the last one elided when cut
        QString channel;        // elided to one line
        int emotion = 0;
        bool onlyInOne = false;
        std::optional<JourneyAlignment::Pair> pair; // empty when unpaired
        std::vector<Chip> chips;
    };
    struct Link {
        QString current;
        QString ideal;
        JourneyAlignment::Origin origin = JourneyAlignment::Origin::Title;
        bool crossing = false;
        QPointF from; // bottom of the current step
        QPointF to;   // top of the ideal step
    };

    static constexpr qreal kColumnWidth = 232;
    static constexpr qreal kBoxWidth = 216;
    static constexpr qreal kMargin = 16;
    static constexpr qreal kHeaderHeight = 112; // title, channel, status row (two lines)
    static constexpr qreal kChipGap = 8;
    static constexpr qreal kGap = 72; // between the bands, for the connectors

    static CompareLayout compute(const Workspace &workspace, const JourneyAlignment &alignment,
                                 bool showCards,
                                 const BlueprintStyle &style = BlueprintStyle::standard());

    QRectF currentBand;
    QRectF idealBand;
    QSizeF size;
    std::vector<StepBox> steps;
    std::vector<Link> links;

    const StepBox *step(const QString &id) const;
    // The step box under a point, or nullptr.
    const StepBox *stepAt(const QPointF &point) const;
    const Chip *chipAt(const QPointF &point) const;
};

} // namespace blauwdruk
