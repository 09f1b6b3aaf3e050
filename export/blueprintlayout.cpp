#include "blueprintlayout.h"

#include "blueprinttexts.h"
#include "labelplacer.h"
#include "textwrap.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLineF>

#include <cmath>

namespace blauwdruk {

namespace {

// Measuring text is most of a layout's cost, and one edit changes one
// title: what a text measured to is remembered per text, for one way of
// measuring (`how`: the font and width) at a time. (Single-threaded, like
// all layout.)
template <class Value, class Measure>
const Value &measured(const QString &text, const QString &how, Measure measure) {
    static QHash<QString, Value> cache;
    static QString cacheHow;
    if (how != cacheHow || cache.size() > 100000) {
        cache.clear();
        cacheHow = how;
    }
    auto it = cache.constFind(text);
    if (it != cache.constEnd())
        return *it;
    return *cache.insert(text, measure());
}

QStringList wrapCached(const QString &text, const QFont &font, qreal width, int maxLines) {
    const QString how = font.key() + QLatin1Char('/') + QString::number(width) + QLatin1Char('/') +
                        QString::number(maxLines);
    return measured<QStringList>(text, how,
                                 [&] { return TextWrap::lines(text, font, width, maxLines); });
}

// A connection label as shown: whole (cut at 140 px), and cut shorter for
// when room is short, each with the width it takes. Measured once per label
// text, as the labels are placed again after every edit that moves a card.
struct LabelTexts {
    QString whole;
    qreal wholeWidth = 0;
    QString cut;
    qreal cutWidth = 0;
};

const LabelTexts &labelTexts(const QString &label, const QFont &font, const QString &fontKey) {
    return measured<LabelTexts>(label, fontKey, [&] {
        const QString simple = label.simplified();
        const QFontMetricsF metrics(font);
        LabelTexts texts;
        texts.whole = TextWrap::elide(simple, font, 140);
        texts.wholeWidth = metrics.horizontalAdvance(texts.whole);
        texts.cut = TextWrap::elide(simple, font, 64);
        texts.cutWidth = metrics.horizontalAdvance(texts.cut);
        return texts;
    });
}

QString emotionText(int value) {
    return value > 0   ? QStringLiteral("+%1").arg(value)
           : value < 0 ? QStringLiteral("\u2212%1").arg(-value)
                       : QStringLiteral("0");
}

} // namespace

QString BlueprintLayout::footerOf(const Card &card, bool withVotes) {
    QStringList parts;
    if (!card.owner.isEmpty())
        parts << card.owner.simplified();
    if (withVotes && card.votes > 0)
        parts << QStringLiteral("● %1").arg(card.votes);
    if (card.kind == QLatin1String("wait_point") && !card.duration.isEmpty())
        parts << card.duration.simplified();
    return parts.join(QStringLiteral("  ·  "));
}

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
    layout.mTitleWidth = BlueprintTexts(style).cardTitleWidth();
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
        layout.connections.push_back(unrouted(*connection));
    layout.routeConnections();
    return layout;
}

BlueprintLayout::ConnectionPath BlueprintLayout::unrouted(const Connection &connection) {
    ConnectionPath path;
    path.id = connection.id;
    path.kind = connection.kind;
    path.label = connection.label;
    path.from = connection.from;
    path.to = connection.to;
    return path;
}

BlueprintLayout::CardBox BlueprintLayout::measure(const Card &card) const {
    const BlueprintStyle &style = *mStyle;
    CardBox box{card.id, card.step, card.lane, QRectF(), {}, BlueprintLayout::footerOf(card)};
    box.titleLines = wrapCached(card.title, mTitleFont, mTitleWidth, style.cardTitleMaxLines);
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
    emotionValues.clear();
    emotionBand = QRectF();
    emotionTop = emotionSpan = 0;
    for (size_t row = 0; row < lanes.size(); ++row)
        if (lanes[row].kind == QLatin1String("emotion")) {
            const LaneBox &lane = lanes[row];
            emotionBand = lane.band;
            emotionTop = lane.band.top() + 24;
            emotionSpan = lane.band.height() - 48;
            for (const StepBox &step : steps)
                emotionCurve << QPointF(step.header.center().x(),
                                        emotionTop + (2 - step.emotion) / 4.0 * emotionSpan);
            placeEmotionValues(int(row));
            return;
        }
}

// Each point says its value, so the curve reads in grey print too: above
// and to the right of the point, else below it, else on its left; when the
// emotion lane holds cards that leave none of these free, in the gutter
// beside the column at the point's height; else not at all.
void BlueprintLayout::placeEmotionValues(int row) {
    const BlueprintTexts texts(*mStyle);
    const QFontMetricsF metrics(texts.valueFont());
    std::vector<std::vector<QRectF>> cardsByColumn(steps.size());
    const size_t end = cellRange({row + 1, 0}).first;
    for (size_t i = cellRange({row, 0}).first; i < end; ++i)
        cardsByColumn[size_t(cellOf(cards[i]).second)].push_back(cards[i].rect);
    const QRectF band = emotionBand.adjusted(0, 2, 0, -2);
    QRectF previous;
    for (size_t i = 0; i < steps.size() && qsizetype(i) < emotionCurve.size(); ++i) {
        EmotionValue value{steps[i].id, emotionText(steps[i].emotion), QRectF()};
        const qreal w = metrics.horizontalAdvance(value.text);
        const qreal h = BlueprintTexts::kValueHeight;
        const QPointF at = emotionCurve[qsizetype(i)];
        auto isFree = [&](const QRectF &box) {
            if (!band.contains(box) || box.intersects(previous))
                return false;
            for (size_t c = i > 0 ? i - 1 : 0; c <= i + 1 && c < steps.size(); ++c)
                for (const QRectF &card : cardsByColumn[c])
                    if (card.adjusted(-2, -2, 2, 2).intersects(box))
                        return false;
            return true;
        };
        const qreal right = at.x() + 8;
        const qreal left = at.x() - 8 - w;
        const qreal above = at.y() - 22;
        const qreal below = at.y() + 6;
        const qreal beside = at.y() - h / 2;
        for (const QPointF &corner :
             {QPointF(right, above), QPointF(right, below), QPointF(left, above),
              QPointF(left, below), QPointF(steps[i].header.right() - w / 2, beside),
              QPointF(steps[i].header.left() - w / 2, beside)})
            if (isFree(QRectF(corner, QSizeF(w, h)))) {
                value.rect = QRectF(corner, QSizeF(w, h));
                previous = value.rect;
                break;
            }
        emotionValues.push_back(value);
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
    placeLabels();
}

// Labels go where the arrows leave room (LabelPlacer), in the order the
// connections were made; a label with no room at its full length is cut
// shorter, and one with no room at all is left out (the canvas shows it
// as the arrow's tooltip).
void BlueprintLayout::placeLabels() {
    const BlueprintTexts texts(*mStyle);
    const QFont font = texts.smallFont();
    const QString fontKey = font.key();
    LabelPlacer placer(*this, *mStyle);
    for (ConnectionPath &path : connections) {
        path.labelText.clear();
        path.labelRect = QRectF();
        path.labelLeader = QLineF();
        if (path.label.isEmpty())
            continue;
        const LabelTexts &shown = labelTexts(path.label, font, fontKey);
        for (const auto &[text, width] :
             {std::pair(&shown.whole, shown.wholeWidth), std::pair(&shown.cut, shown.cutWidth)}) {
            if (text->isEmpty() || (text == &shown.cut && shown.cut == shown.whole))
                break; // nothing to show, or nothing shorter to try
            const LabelPlacer::Placement placement =
                placer.place(path.points, QSizeF(width + 10, BlueprintTexts::kLabelHeight));
            if (!placement.box.isNull()) {
                path.labelText = *text;
                path.labelRect = placement.box;
                path.labelLeader = placement.leader;
                break;
            }
        }
    }
}

const BlueprintLayout::ConnectionPath *BlueprintLayout::connectionAt(const QPointF &point,
                                                                     qreal reach) const {
    const ConnectionPath *hit = nullptr;
    for (const ConnectionPath &path : connections)
        if (path.labelRect.contains(point))
            hit = &path;
    if (hit)
        return hit;
    for (const ConnectionPath &path : connections)
        for (qsizetype i = 1; i < path.points.size(); ++i) {
            const QRectF run = QRectF(path.points[i - 1], path.points[i]).normalized();
            if (run.adjusted(-reach, -reach, reach, reach).contains(point))
                hit = &path;
        }
    return hit;
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
