#include "canvashits.h"

namespace blauwdruk {

CanvasHits::HeaderHit CanvasHits::headerAt(const QPointF &p) const {
    for (const auto &stage : mLayout.stages)
        if (stage.rect.contains(p))
            return {Header::Stage, stage.id, stage.rect};
    for (const auto &step : mLayout.steps)
        if (step.header.contains(p))
            return {Header::Step, step.id, step.header};
    for (const auto &lane : mLayout.lanes)
        if (lane.header.contains(p))
            return {Header::Lane, lane.id, lane.header};
    return {};
}

CanvasHits::HeaderHit CanvasHits::header(Header kind, const QString &id) const {
    if (kind == Header::Stage)
        for (const auto &stage : mLayout.stages)
            if (stage.id == id)
                return {kind, id, stage.rect};
    if (kind == Header::Step)
        for (const auto &step : mLayout.steps)
            if (step.id == id)
                return {kind, id, step.header};
    if (kind == Header::Lane)
        for (const auto &lane : mLayout.lanes)
            if (lane.id == id)
                return {kind, id, lane.header};
    return {};
}

QRectF CanvasHits::cellRect(const QString &step, const QString &lane) const {
    QRectF column, band;
    for (const auto &s : mLayout.steps)
        if (s.id == step)
            column = s.header;
    for (const auto &l : mLayout.lanes)
        if (l.id == lane)
            band = l.band;
    if (column.isNull() || band.isNull())
        return QRectF();
    return QRectF(column.left(), band.top(), column.width(), band.height());
}

} // namespace blauwdruk
