#include "focusarea.h"

#include "blueprintlayout.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace blauwdruk {

QRectF FocusArea::rect(const BlueprintLayout &layout) const {
    switch (mKind) {
    case Kind::Stage:
        for (const auto &stage : layout.stages)
            if (stage.id == mId)
                return QRectF(stage.rect.left(), stage.rect.top(), stage.rect.width(),
                              layout.bounds.bottom() - stage.rect.top());
        break;
    case Kind::Step:
        for (const auto &step : layout.steps)
            if (step.id == mId)
                return step.header.united(step.column);
        break;
    case Kind::Lane:
        for (const auto &lane : layout.lanes)
            if (lane.id == mId)
                return lane.header.united(lane.band);
        break;
    case Kind::None:
        break;
    }
    return QRectF();
}

FocusArea FocusArea::moved(const BlueprintLayout &layout, int delta) const {
    std::vector<QString> ids;
    if (mKind == Kind::Stage)
        for (const auto &stage : layout.stages)
            ids.push_back(stage.id);
    if (mKind == Kind::Step)
        for (const auto &step : layout.steps)
            ids.push_back(step.id);
    if (mKind == Kind::Lane)
        for (const auto &lane : layout.lanes)
            ids.push_back(lane.id);
    const auto at = std::find(ids.begin(), ids.end(), mId);
    if (at == ids.end())
        return *this;
    const int index = std::clamp(int(at - ids.begin()) + delta, 0, int(ids.size()) - 1);
    return FocusArea(mKind, ids[size_t(index)]);
}

std::vector<QString> FocusArea::steps(const BlueprintLayout &layout) const {
    std::vector<QString> ids;
    const QRectF area = rect(layout);
    if (area.isNull())
        return ids;
    for (const auto &step : layout.steps)
        if (mKind == Kind::Lane || area.contains(step.header.center()))
            ids.push_back(step.id);
    return ids;
}

std::vector<std::pair<QString, QString>> FocusArea::cells(const BlueprintLayout &layout) const {
    std::vector<std::pair<QString, QString>> result;
    for (const QString &step : steps(layout))
        for (const auto &lane : layout.lanes)
            if (mKind != Kind::Lane || lane.id == mId)
                result.emplace_back(step, lane.id);
    return result;
}

bool FocusArea::isWorkLane(const QString &kind) {
    return kind != QLatin1String("emotion") && kind != QLatin1String("parking") &&
           kind != QLatin1String("inbox");
}

std::pair<QString, QString> FocusArea::cellWithin(const BlueprintLayout &layout,
                                                  const QString &step, const QString &lane) const {
    const std::vector<QString> inside = steps(layout);
    if (mKind == Kind::None || inside.empty())
        return {step, lane};
    const bool stepInside = std::find(inside.begin(), inside.end(), step) != inside.end();
    QString row = lane;
    if (mKind == Kind::Lane) {
        row = mId;
    } else {
        // A step or stage is worked on in its card lanes: not in the
        // emotion curve, and not in the parking lot the last parked item
        // left the current cell in.
        const int at = layout.rowOf(row);
        if (at < 0 || !isWorkLane(layout.lanes[size_t(at)].kind)) {
            const auto work = std::find_if(layout.lanes.begin(), layout.lanes.end(),
                                           [](const auto &box) { return isWorkLane(box.kind); });
            if (work != layout.lanes.end())
                row = work->id;
            else if (at < 0 && !layout.lanes.empty())
                row = layout.lanes.front().id;
        }
    }
    return {stepInside ? step : inside.front(), row};
}

namespace {

// The canvas's ink at a third: the rest recedes, clearly on a projector,
// and can still be read.
const QColor kDim(0x1F, 0x23, 0x28, 85);

void dim(QPainter &painter, const QRectF &band, const QRectF &keep) {
    QPainterPath outside;
    outside.addRect(band);
    QPainterPath inside;
    inside.addRect(keep);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(kDim);
    painter.drawPath(outside.subtracted(inside));
    painter.restore();
}

} // namespace

void FocusArea::paint(QPainter &painter, const BlueprintLayout &layout,
                      const QRectF &visible) const {
    const QRectF area = rect(layout);
    if (mKind == Kind::None || area.isNull())
        return;
    dim(painter, visible, area);
}

// The headers pinned to the view's edges are dimmed like the rest, but for
// the focus's own: the step or stage's in the top band, the lane's in the
// left one.
void FocusArea::paintPinned(QPainter &painter, const BlueprintLayout &layout, const QRectF &visible,
                            qreal laneHeaderWidth) const {
    const QRectF area = rect(layout);
    if (mKind == Kind::None || area.isNull())
        return;
    const bool column = mKind != Kind::Lane;
    if (visible.top() > 0) {
        const QRectF band(visible.left(), visible.top(), visible.width(), layout.headerHeight);
        dim(painter, band,
            column ? QRectF(area.left(), band.top(), area.width(), band.height()) : QRectF());
    }
    if (visible.left() > 0) {
        const qreal top = visible.top() > 0 ? visible.top() + layout.headerHeight : visible.top();
        const QRectF band(visible.left(), top, laneHeaderWidth, visible.bottom() - top);
        dim(painter, band,
            column ? QRectF() : QRectF(band.left(), area.top(), band.width(), area.height()));
    }
}

} // namespace blauwdruk
