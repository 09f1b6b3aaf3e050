#include "blueprintlayout.h"

#include "textwrap.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLineF>

#include <cmath>

namespace blauwdruk {

namespace {

// Measuring text is most of a layout's cost, and one edit changes one title:
// remember what each title wrapped to. (Single-threaded, like all layout.)
QStringList wrapCached(const QString &text, const QFont &font, qreal width, int maxLines) {
    static QHash<QString, QStringList> cache;
    static QString cacheKey;
    const QString key = font.key() + QLatin1Char('/') + QString::number(width) + QLatin1Char('/') +
                        QString::number(maxLines);
    if (key != cacheKey || cache.size() > 100000) {
        cache.clear();
        cacheKey = key;
    }
    auto it = cache.constFind(text);
    if (it != cache.constEnd())
        return *it;
    return cache.insert(text, TextWrap::lines(text, font, width, maxLines)).value();
}

QString footerOf(const Card &card) {
    QStringList parts;
    if (!card.owner.isEmpty())
        parts << card.owner.simplified();
    if (card.votes > 0)
        parts << QStringLiteral("● %1").arg(card.votes);
    if (card.kind == QLatin1String("wait_point") && !card.duration.isEmpty())
        parts << card.duration.simplified();
    return parts.join(QStringLiteral("  ·  "));
}

} // namespace

BlueprintLayout BlueprintLayout::compute(const Workspace &ws, const QString &journeyId,
                                         const BlueprintStyle &style) {
    BlueprintLayout layout;
    layout.mStyle = &style;
    layout.mJourney = journeyId;
    const auto steps = ws.orderedSteps(journeyId);
    const auto lanes = ws.orderedLanes(journeyId);
    layout.headerHeight = style.stageHeaderHeight + style.stepHeaderHeight;

    for (size_t i = 0; i < steps.size(); ++i) {
        const Step *step = steps[i];
        layout.mColumn.insert(step->id, int(i));
        const qreal x = style.laneHeaderWidth + qreal(i) * style.columnWidth;
        layout.steps.push_back(
            {step->id, step->title,
             QRectF(x, style.stageHeaderHeight, style.columnWidth, style.stepHeaderHeight),
             QRectF(), step->emotion, step->momentOfTruth});
    }
    // Stages span the columns of their steps.
    int stageIndex = 0;
    for (size_t i = 0; i < steps.size();) {
        size_t end = i;
        while (end < steps.size() && steps[end]->stage == steps[i]->stage)
            ++end;
        const Stage *stage = ws.find<Stage>(steps[i]->stage);
        const qreal x = style.laneHeaderWidth + qreal(i) * style.columnWidth;
        layout.stages.push_back(
            {steps[i]->stage, stage ? stage->title : QString(),
             QRectF(x, 0, qreal(end - i) * style.columnWidth, style.stageHeaderHeight),
             stageIndex++});
        i = end;
    }

    // Cards in lane order, then column order, then their order in the cell
    // (update() finds a cell's cards by that order). Each card is measured
    // once; each lane is as tall as its fullest cell.
    for (size_t row = 0; row < lanes.size(); ++row)
        layout.mRow.insert(lanes[row]->id, int(row));
    layout.mCellHeight.assign(lanes.size(), std::vector<qreal>(steps.size(), 0));
    layout.mTitleFont = style.font(13, true);
    layout.mTitleSpacing = QFontMetricsF(layout.mTitleFont).lineSpacing();
    layout.mFooterSpacing = QFontMetricsF(style.font(11)).lineSpacing();
    std::vector<std::vector<CardBox>> byLane(lanes.size());
    for (const Card *card : ws.orderedCards(journeyId)) // column, lane, cell order
        if (layout.mColumn.contains(card->step) && layout.mRow.contains(card->lane))
            byLane[size_t(layout.mRow.value(card->lane))].push_back(layout.measure(*card));
    for (std::vector<CardBox> &laneCards : byLane)
        std::move(laneCards.begin(), laneCards.end(), std::back_inserter(layout.cards));
    const qreal gridWidth = qreal(steps.size()) * style.columnWidth;
    qreal y = layout.headerHeight;
    size_t next = 0;
    for (size_t row = 0; row < lanes.size(); ++row) {
        const Lane *lane = lanes[row];
        if (!lane->lineAbove.isEmpty())
            layout.lines.push_back({lane->lineAbove, y});
        layout.lanes.push_back({lane->id, lane->kind, lane->title,
                                QRectF(0, y, style.laneHeaderWidth, 0),
                                QRectF(style.laneHeaderWidth, y, gridWidth, 0)});
        while (next < layout.cards.size() && layout.cellOf(layout.cards[next]).first == int(row)) {
            const Cell cell = layout.cellOf(layout.cards[next]);
            size_t end = next;
            while (end < layout.cards.size() && layout.cellOf(layout.cards[end]) == cell)
                ++end;
            layout.mCellHeight[size_t(row)][size_t(cell.second)] =
                layout.placeCell(next, end, cell);
            next = end;
        }
        const qreal height = layout.laneHeight(int(row));
        layout.lanes.back().header.setHeight(height);
        layout.lanes.back().band.setHeight(height);
        y += height;
    }
    layout.reindexFrom(0);
    for (StepBox &step : layout.steps)
        step.column = QRectF(step.header.left(), layout.headerHeight, style.columnWidth,
                             y - layout.headerHeight);
    layout.bounds =
        QRectF(0, 0, style.laneHeaderWidth + std::max<qreal>(gridWidth, style.columnWidth),
               std::max(y, layout.headerHeight + style.laneMinHeight));
    layout.placeEmotion();

    for (const Connection *connection : ws.orderedConnections(journeyId))
        layout.connections.push_back({connection->id,
                                      connection->kind,
                                      connection->label,
                                      {},
                                      connection->from,
                                      connection->to});
    layout.routeConnections();
    return layout;
}

BlueprintLayout::CardBox BlueprintLayout::measure(const Card &card) const {
    const BlueprintStyle &style = *mStyle;
    const qreal textWidth = style.cardWidth - 2 * 10 - 18; // padding and the kind icon
    CardBox box{card.id, card.step, card.lane, QRectF(), {}, footerOf(card)};
    box.titleLines = wrapCached(card.title, mTitleFont, textWidth, style.cardTitleMaxLines);
    qreal height = 10 + qreal(std::max<qsizetype>(1, box.titleLines.size())) * mTitleSpacing;
    if (!box.footer.isEmpty())
        height += 6 + mFooterSpacing;
    height = std::max(style.cardMinHeight, std::ceil((height + 10) / 8) * 8);
    box.rect = QRectF(0, 0, style.cardWidth, height);
    return box;
}

BlueprintLayout::Cell BlueprintLayout::cellOf(const CardBox &box) const {
    return {mRow.value(box.laneId, -1), mColumn.value(box.stepId, -1)};
}

// Stacks cards[begin, end), one cell's cards in order, from the top of its
// lane; returns the height the cell asks of its lane.
qreal BlueprintLayout::placeCell(size_t begin, size_t end, const Cell &cell) {
    const BlueprintStyle &style = *mStyle;
    const qreal top = lanes[size_t(cell.first)].band.top();
    const qreal x = style.laneHeaderWidth + qreal(cell.second) * style.columnWidth +
                    (style.columnWidth - style.cardWidth) / 2;
    qreal y = top + style.cellPadding;
    for (size_t i = begin; i < end; ++i) {
        cards[i].rect.moveTo(x, y);
        y += cards[i].rect.height() + style.cardGap;
    }
    return begin == end ? 0 : y - top - style.cardGap + style.cellPadding;
}

qreal BlueprintLayout::laneHeight(int row) const {
    const BlueprintStyle &style = *mStyle;
    qreal height = lanes[size_t(row)].kind == QLatin1String("emotion") ? style.emotionLaneHeight
                                                                       : style.laneMinHeight;
    for (qreal cell : mCellHeight[size_t(row)])
        height = std::max(height, cell);
    return height;
}

void BlueprintLayout::reindexFrom(size_t from) {
    for (size_t i = from; i < cards.size(); ++i)
        mCardIndex.insert(cards[i].id, i);
}

// The emotion curve lies in the first emotion lane: one point per step.
void BlueprintLayout::placeEmotion() {
    emotionCurve.clear();
    emotionBand = QRectF();
    emotionTop = emotionSpan = 0;
    for (const LaneBox &lane : lanes)
        if (lane.kind == QLatin1String("emotion")) {
            emotionBand = lane.band;
            emotionTop = lane.band.top() + 24;
            emotionSpan = lane.band.height() - 48;
            for (const StepBox &step : steps)
                emotionCurve << QPointF(step.header.center().x(),
                                        emotionTop + (2 - step.emotion) / 4.0 * emotionSpan);
            return;
        }
}

// Connections: orthogonal, never across a card. Vertical runs use the
// gutters between columns; a run across columns uses the corridor between two
// lanes (cells keep their padding free of cards). Paths follow the card
// rectangles, so they are cheap to route again after anything moved.
void BlueprintLayout::routeConnections() {
    if (connections.empty())
        return;
    const BlueprintStyle &style = *mStyle;
    const qreal gutter = (style.columnWidth - style.cardWidth) / 2;
    std::vector<qreal> corridors;
    for (size_t i = 1; i < lanes.size(); ++i)
        corridors.push_back(lanes[i].band.top());
    if (corridors.empty() && !lanes.empty())
        corridors.push_back(lanes.front().band.bottom() - style.cellPadding / 2);
    auto corridorNear = [&](qreal y) {
        qreal best = y;
        for (qreal c : corridors)
            if (best == y || std::abs(c - y) < std::abs(best - y))
                best = c;
        return best;
    };
    std::vector<ConnectionPath> routed;
    routed.reserve(connections.size());
    for (ConnectionPath &connection : connections) {
        const CardBox *from = card(connection.from);
        const CardBox *to = card(connection.to);
        if (!from || !to)
            continue; // a card of another journey, or none: not drawn
        QPolygonF path;
        const QRectF a = from->rect;
        const QRectF b = to->rect;
        const bool forward = b.left() >= a.right();
        const bool backward = b.right() <= a.left();
        if (forward || backward) {
            const qreal startX = forward ? a.right() : a.left();
            const qreal endX = forward ? b.left() : b.right();
            const qreal x1 = forward ? a.right() + gutter : a.left() - gutter;
            const qreal x2 = forward ? b.left() - gutter : b.right() + gutter;
            path << QPointF(startX, a.center().y()) << QPointF(x1, a.center().y());
            if (std::abs(x1 - x2) > 0.5) { // columns in between: along a corridor
                const qreal y = corridorNear((a.center().y() + b.center().y()) / 2);
                path << QPointF(x1, y) << QPointF(x2, y);
            }
            path << QPointF(x2, b.center().y()) << QPointF(endX, b.center().y());
        } else { // same column: out and back in on the right, in the gutter
            const qreal side = a.right() + gutter * 0.6;
            path << QPointF(a.right(), a.center().y()) << QPointF(side, a.center().y())
                 << QPointF(side, b.center().y()) << QPointF(b.right(), b.center().y());
        }
        connection.points = path;
        routed.push_back(std::move(connection));
    }
    connections = std::move(routed);
}

const BlueprintLayout::CardBox *BlueprintLayout::card(const QString &id) const {
    const auto it = mCardIndex.constFind(id);
    return it == mCardIndex.constEnd() ? nullptr : &cards[*it];
}

std::pair<QString, QString> BlueprintLayout::cellAt(const QPointF &point) const {
    QString step, lane;
    for (const StepBox &s : steps)
        if (point.x() >= s.header.left() && point.x() < s.header.right())
            step = s.id;
    for (const LaneBox &l : lanes)
        if (point.y() >= l.band.top() && point.y() < l.band.bottom())
            lane = l.id;
    return {step, lane};
}

QString BlueprintLayout::emotionPointAt(const QPointF &point, qreal reach) const {
    for (qsizetype i = 0; i < emotionCurve.size() && size_t(i) < steps.size(); ++i)
        if (QLineF(point, emotionCurve[i]).length() <= reach)
            return steps[size_t(i)].id;
    return QString();
}

int BlueprintLayout::emotionAtY(qreal y) const {
    if (emotionSpan <= 0)
        return 0;
    return qBound(-2, int(std::lround(2 - (y - emotionTop) / emotionSpan * 4)), 2);
}

} // namespace blauwdruk
