#pragma once

#include "blueprintlayout.h"

#include <vector>

namespace blauwdruk {

// Finds room for connection labels on a laid-out blueprint: a box on or
// beside its arrow that covers no card, no emotion value and no label placed
// before it, inside the grid (never over a header). Cards leave corridors
// free of cards along every lane boundary and gutters between columns, and
// arrows run along them, so most labels sit on their arrow where it runs
// along a corridor or crosses one.
//
// Looking for room stays cheap at any size: a box slides along a line to the
// free place nearest where it would like to be in one look at what lies
// along that line (cards found by column and binary search on their tops,
// labels in a coarse grid of buckets), not by trying place after place.
class LabelPlacer {
public:
    LabelPlacer(const BlueprintLayout &layout, const BlueprintStyle &style);

    struct Placement {
        QRectF box;    // null when there is no room within reach of the arrow
        QLineF leader; // from the box to the arrow, when the box is off it
    };
    // A free box of `size` on or near `path`, then taken.
    Placement place(const QPolygonF &path, const QSizeF &size);
    // Whether a box is inside the grid and clear of everything placed.
    bool isFree(const QRectF &box) const;

private:
    // The free box nearest `box` when sliding it at most `reach` along one
    // axis, or a null rectangle.
    QRectF nearestFree(const QRectF &box, Qt::Orientation along, qreal reach) const;
    // Calls f(rect) for each card, emotion value and label that may reach
    // into `area` (a label spanning several buckets may come more than once).
    template <class F> void forEachObstacle(const QRectF &area, F &&f) const;
    void take(const QRectF &box);
    int columnAt(qreal x) const;
    // The buckets a rectangle reaches into: columns, then rows, inclusive.
    QRect bucketsOf(const QRectF &rect) const;
    // Lane boundaries (the corridors) within a span, nearest its middle first.
    std::vector<qreal> boundariesWithin(qreal top, qreal bottom) const;
    qreal boundaryAbove(qreal y) const;
    qreal boundaryBelow(qreal y) const;

    const BlueprintStyle &mStyle;
    QRectF mArea;                   // the grid: right of the lane headers, below the step headers
    std::vector<qreal> mBoundaries; // tops of every lane but the first, top to bottom
    // Per column, the cards' top and bottom, top to bottom (cards of a column
    // never overlap, so bottoms are in order too).
    std::vector<std::vector<std::pair<qreal, qreal>>> mCards;
    std::vector<QRectF> mValues; // per column: its emotion value, or null
    // Labels placed so far, by bucket (row by row) of a coarse grid.
    int mBucketColumns = 1;
    int mBucketRows = 1;
    std::vector<std::vector<QRectF>> mLabels;
    // Scratch for nearestFree(): the centres each obstacle rules out.
    mutable std::vector<std::pair<qreal, qreal>> mBlocked;
};

} // namespace blauwdruk
