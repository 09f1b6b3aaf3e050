#include "labelplacer.h"

#include <algorithm>
#include <cmath>

namespace blauwdruk {

namespace {

constexpr qreal kGap = 2;             // kept free between a label and a card or another text
constexpr qreal kMaxColumnsAlong = 3; // how far a label slides along a run, either way
constexpr qreal kBucketWidth = 256;
constexpr qreal kBucketHeight = 64;

// Whether two rectangles (of positive size) share more than an edge:
// QRectF::intersects, without its care for negative sizes, which is most of
// its cost here.
bool overlap(const QRectF &a, const QRectF &b) {
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() &&
           b.top() < a.bottom();
}

struct Run {
    QPointF a, b;
    qreal length() const { return std::abs(b.x() - a.x()) + std::abs(b.y() - a.y()); }
    QPointF middle() const { return (a + b) / 2; }
};

} // namespace

LabelPlacer::LabelPlacer(const BlueprintLayout &layout, const BlueprintStyle &style)
    : mStyle(style) {
    const qreal gridRight = style.laneHeaderWidth + qreal(layout.steps.size()) * style.columnWidth;
    mArea = QRectF(QPointF(style.laneHeaderWidth, layout.headerHeight),
                   QPointF(std::min(gridRight, layout.bounds.right()), layout.bounds.bottom()));
    for (size_t i = 1; i < layout.lanes.size(); ++i)
        mBoundaries.push_back(layout.lanes[i].band.top());
    mCards.resize(layout.steps.size());
    for (const BlueprintLayout::CardBox &card : layout.cards) {
        const int column = columnAt(card.rect.center().x());
        if (column >= 0 && size_t(column) < mCards.size())
            mCards[size_t(column)].push_back({card.rect.top(), card.rect.bottom()});
    }
    // Cards are kept by lane, then column, then their order in the cell, so
    // each column's are top to bottom already; sorting is a safeguard.
    for (auto &column : mCards)
        if (!std::is_sorted(column.begin(), column.end()))
            std::sort(column.begin(), column.end());
    mValues.resize(layout.steps.size());
    for (size_t i = 0; i < layout.emotionValues.size() && i < mValues.size(); ++i)
        mValues[i] = layout.emotionValues[i].rect;
    mBucketColumns = std::max(1, int(mArea.right() / kBucketWidth) + 1);
    mBucketRows = std::max(1, int(mArea.bottom() / kBucketHeight) + 1);
    mLabels.resize(size_t(mBucketColumns) * size_t(mBucketRows));
}

int LabelPlacer::columnAt(qreal x) const {
    return int(std::floor((x - mStyle.laneHeaderWidth) / mStyle.columnWidth));
}

QRect LabelPlacer::bucketsOf(const QRectF &rect) const {
    auto column = [&](qreal x) { return std::clamp(int(x / kBucketWidth), 0, mBucketColumns - 1); };
    auto row = [&](qreal y) { return std::clamp(int(y / kBucketHeight), 0, mBucketRows - 1); };
    return QRect(QPoint(column(rect.left()), row(rect.top())),
                 QPoint(column(rect.right()), row(rect.bottom())));
}

template <class F> void LabelPlacer::forEachObstacle(const QRectF &area, F &&f) const {
    const int first = std::max(0, columnAt(area.left()));
    const int last = std::min(int(mCards.size()) - 1, columnAt(area.right()));
    for (int c = first; c <= last; ++c) {
        const qreal left = mStyle.laneHeaderWidth + qreal(c) * mStyle.columnWidth +
                           (mStyle.columnWidth - mStyle.cardWidth) / 2;
        if (area.right() <= left || area.left() >= left + mStyle.cardWidth)
            continue;
        const auto &column = mCards[size_t(c)];
        // From the first card that ends below the area's top.
        auto it = std::partition_point(column.begin(), column.end(),
                                       [&](const auto &card) { return card.second <= area.top(); });
        for (; it != column.end() && it->first < area.bottom(); ++it)
            f(QRectF(left, it->first, mStyle.cardWidth, it->second - it->first));
    }
    for (int c = std::max(0, first - 1); c <= last + 1 && c < int(mValues.size()); ++c)
        if (!mValues[size_t(c)].isNull())
            f(mValues[size_t(c)]);
    const QRect buckets = bucketsOf(area);
    for (int y = buckets.top(); y <= buckets.bottom(); ++y)
        for (int x = buckets.left(); x <= buckets.right(); ++x)
            for (const QRectF &label : mLabels[size_t(y * mBucketColumns + x)])
                f(label);
}

bool LabelPlacer::isFree(const QRectF &box) const {
    if (!mArea.contains(box))
        return false;
    const QRectF room = box.adjusted(-kGap, -kGap, kGap, kGap);
    bool free = true;
    forEachObstacle(room, [&](const QRectF &obstacle) { free = free && !overlap(obstacle, room); });
    return free;
}

QRectF LabelPlacer::nearestFree(const QRectF &box, Qt::Orientation along, qreal reach) const {
    const bool across = along == Qt::Horizontal;
    const qreal half = across ? box.width() / 2 : box.height() / 2;
    const qreal wanted = across ? box.center().x() : box.center().y();
    // Where the box's centre may go: within reach, the box inside the grid.
    const qreal lo = std::max(wanted - reach, (across ? mArea.left() : mArea.top()) + half);
    const qreal hi = std::min(wanted + reach, (across ? mArea.right() : mArea.bottom()) - half);
    const bool fitsCrosswise = across ? box.top() >= mArea.top() && box.bottom() <= mArea.bottom()
                                      : box.left() >= mArea.left() && box.right() <= mArea.right();
    if (lo > hi || !fitsCrosswise)
        return QRectF();
    const QRectF sweep = (across ? QRectF(lo - half, box.top(), hi - lo + 2 * half, box.height())
                                 : QRectF(box.left(), lo - half, box.width(), hi - lo + 2 * half))
                             .adjusted(-kGap, -kGap, kGap, kGap);
    // The centres each obstacle rules out: an open interval, widened a hair
    // so that a box at its end is clear by the gap whatever the rounding.
    std::vector<std::pair<qreal, qreal>> &blocked = mBlocked;
    blocked.clear();
    forEachObstacle(sweep, [&](const QRectF &o) {
        if (!overlap(o, sweep))
            return;
        const qreal margin = half + kGap + 0.01;
        blocked.push_back(across ? std::pair(o.left() - margin, o.right() + margin)
                                 : std::pair(o.top() - margin, o.bottom() + margin));
    });
    std::sort(blocked.begin(), blocked.end());
    // The free centre nearest the wanted one: the wanted one itself, or an
    // end of the run of blocked intervals that covers it.
    qreal best = std::clamp(wanted, lo, hi);
    qreal runStart = 0, runEnd = 0;
    bool inRun = false;
    for (size_t i = 0; i < blocked.size();) {
        qreal start = blocked[i].first, end = blocked[i].second;
        for (++i; i < blocked.size() && blocked[i].first < end; ++i)
            end = std::max(end, blocked[i].second);
        if (start < best && best < end) {
            runStart = start;
            runEnd = end;
            inRun = true;
            break;
        }
    }
    if (inRun) {
        const bool before = runStart >= lo;
        const bool after = runEnd <= hi;
        if (!before && !after)
            return QRectF();
        best = before && (!after || best - runStart <= runEnd - best) ? runStart : runEnd;
    }
    const QRectF found = across ? QRectF(best - half, box.top(), box.width(), box.height())
                                : QRectF(box.left(), best - half, box.width(), box.height());
    return isFree(found) ? found : QRectF();
}

void LabelPlacer::take(const QRectF &box) {
    const QRect buckets = bucketsOf(box);
    for (int y = buckets.top(); y <= buckets.bottom(); ++y)
        for (int x = buckets.left(); x <= buckets.right(); ++x)
            mLabels[size_t(y * mBucketColumns + x)].push_back(box);
}

std::vector<qreal> LabelPlacer::boundariesWithin(qreal top, qreal bottom) const {
    const auto first = std::lower_bound(mBoundaries.begin(), mBoundaries.end(), top);
    const auto last = std::upper_bound(first, mBoundaries.end(), bottom);
    std::vector<qreal> within(first, last);
    // Nearest the run's middle first.
    const qreal middle = (top + bottom) / 2;
    std::stable_sort(within.begin(), within.end(),
                     [&](qreal a, qreal b) { return std::abs(a - middle) < std::abs(b - middle); });
    return within;
}

qreal LabelPlacer::boundaryAbove(qreal y) const {
    const auto it = std::lower_bound(mBoundaries.begin(), mBoundaries.end(), y);
    return it == mBoundaries.begin() ? qQNaN() : *(it - 1);
}

qreal LabelPlacer::boundaryBelow(qreal y) const {
    const auto it = std::upper_bound(mBoundaries.begin(), mBoundaries.end(), y);
    return it == mBoundaries.end() ? qQNaN() : *it;
}

// In order of preference: on a run across columns (it lies on a corridor),
// where a run down a gutter crosses a corridor, beside a run down a gutter
// where the cells next to it are empty, and on the corridors just above and
// below a run down a gutter (tied to it by a leader down the gutter, which
// no card ever covers). A box on a corridor may slide along it while the
// arrow, or its leader, still passes through it.
LabelPlacer::Placement LabelPlacer::place(const QPolygonF &path, const QSizeF &size) {
    const qreal w = size.width();
    const qreal h = size.height();
    auto boxAt = [&](const QPointF &centre) {
        return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h);
    };
    std::vector<Run> across, down;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const Run run{path[i - 1], path[i]};
        if (run.a.y() == run.b.y() && run.a.x() != run.b.x())
            across.push_back(run);
        else if (run.a.x() == run.b.x())
            down.push_back(run);
    }
    std::stable_sort(across.begin(), across.end(),
                     [](const Run &a, const Run &b) { return a.length() > b.length(); });
    auto done = [&](const QRectF &box, const QLineF &leader = QLineF()) {
        take(box);
        return Placement{box, leader};
    };

    // Along a long run, near its middle: a label far along a corridor full
    // of other labels is hard to tie to its arrow (and looking along all of
    // a corridor for each label would cost as much as there are labels on it).
    const qreal farthest = kMaxColumnsAlong * mStyle.columnWidth;
    for (const Run &run : across) {
        if (run.length() < w / 2)
            continue; // a stub between a card and its gutter: any box on it covers the card
        const qreal reach =
            std::min(std::max<qreal>(0, run.length() / 2 - w / 2) + w / 4, farthest);
        if (const QRectF box = nearestFree(boxAt(run.middle()), Qt::Horizontal, reach);
            !box.isNull())
            return done(box);
    }
    const qreal crossing = std::max<qreal>(0, w / 2 - 8); // the arrow stays inside the box
    for (const Run &run : down) {
        const qreal top = std::min(run.a.y(), run.b.y());
        const qreal bottom = std::max(run.a.y(), run.b.y());
        for (qreal y : boundariesWithin(top, bottom))
            if (const QRectF box = nearestFree(boxAt({run.a.x(), y}), Qt::Horizontal, crossing);
                !box.isNull())
                return done(box);
    }
    for (const Run &run : down) {
        // Across the run, or just right or left of it: whichever is free
        // nearest the run's middle.
        const QPointF middle = run.middle();
        const qreal reach =
            std::min(std::max<qreal>(0, run.length() / 2 - h / 2), mStyle.laneMinHeight);
        QRectF best;
        for (const qreal dx : {qreal(0), 4 + w / 2, -4 - w / 2}) {
            const QRectF box = nearestFree(boxAt(middle + QPointF(dx, 0)), Qt::Vertical, reach);
            if (!box.isNull() && (best.isNull() || std::abs(box.center().y() - middle.y()) <
                                                       std::abs(best.center().y() - middle.y())))
                best = box;
        }
        if (!best.isNull())
            return done(best);
    }
    for (const Run &run : down) {
        const qreal top = std::min(run.a.y(), run.b.y());
        const qreal bottom = std::max(run.a.y(), run.b.y());
        const qreal x = run.a.x();
        const qreal above = boundaryAbove(top);
        if (!std::isnan(above))
            if (const QRectF box = nearestFree(boxAt({x, above}), Qt::Horizontal, crossing);
                !box.isNull())
                return done(box, QLineF(x, box.bottom(), x, top));
        const qreal below = boundaryBelow(bottom);
        if (!std::isnan(below))
            if (const QRectF box = nearestFree(boxAt({x, below}), Qt::Horizontal, crossing);
                !box.isNull())
                return done(box, QLineF(x, box.top(), x, bottom));
    }
    return {};
}

} // namespace blauwdruk
