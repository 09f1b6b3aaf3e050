#include "blueprintlayout.h"

#include <QFontMetricsF>
#include <QHash>
#include <QTextLayout>

#include <cmath>

namespace blauwdruk {

namespace {

// Word-wraps `text` to `width`, at most `maxLines` lines; the last line is
// elided when text remains.
QStringList wrap(const QString &text, const QFont &font, qreal width, int maxLines) {
    QStringList lines;
    const QString simple = text.simplified();
    if (simple.isEmpty())
        return lines;
    QTextLayout layout(simple, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (int(lines.size()) == maxLines - 1) {
            const QString rest = simple.mid(line.textStart());
            lines << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << simple.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

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
    return cache.insert(text, wrap(text, font, width, maxLines)).value();
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
    const QFont titleFont = style.font(13, true);
    const QFont footerFont = style.font(11);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF footerMetrics(footerFont);
    const qreal textWidth = style.cardWidth - 2 * 10 - 18; // padding and the kind icon

    const auto steps = ws.orderedSteps(journeyId);
    const auto lanes = ws.orderedLanes(journeyId);
    layout.headerHeight = style.stageHeaderHeight + style.stepHeaderHeight;

    QHash<QString, int> column;
    for (size_t i = 0; i < steps.size(); ++i) {
        const Step *step = steps[i];
        column.insert(step->id, int(i));
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

    // Cards, measured once; each lane is as tall as its fullest cell.
    // orderedCards() gives each cell's cards in their order.
    QHash<QString, std::vector<const Card *>> cells;
    for (const Card *card : ws.orderedCards(journeyId))
        cells[card->step + QLatin1Char('/') + card->lane].push_back(card);
    const qreal gridWidth = qreal(steps.size()) * style.columnWidth;
    qreal y = layout.headerHeight;
    for (const Lane *lane : lanes) {
        if (!lane->lineAbove.isEmpty())
            layout.lines.push_back({lane->lineAbove, y});
        const bool emotion = lane->kind == QLatin1String("emotion");
        qreal height = emotion ? style.emotionLaneHeight : style.laneMinHeight;
        std::vector<CardBox> laneCards;
        for (const Step *step : steps) {
            const auto it = cells.constFind(step->id + QLatin1Char('/') + lane->id);
            if (it == cells.constEnd())
                continue;
            qreal cardY = y + style.cellPadding;
            const qreal x = style.laneHeaderWidth +
                            qreal(column.value(step->id)) * style.columnWidth +
                            (style.columnWidth - style.cardWidth) / 2;
            for (const Card *card : *it) {
                CardBox box{card->id, card->step, card->lane, QRectF(), {}, footerOf(*card)};
                box.titleLines =
                    wrapCached(card->title, titleFont, textWidth, style.cardTitleMaxLines);
                qreal cardHeight = 10 + qreal(std::max<qsizetype>(1, box.titleLines.size())) *
                                            titleMetrics.lineSpacing();
                if (!box.footer.isEmpty())
                    cardHeight += 6 + footerMetrics.lineSpacing();
                cardHeight = std::max(style.cardMinHeight, std::ceil((cardHeight + 10) / 8) * 8);
                box.rect = QRectF(x, cardY, style.cardWidth, cardHeight);
                cardY += cardHeight + style.cardGap;
                laneCards.push_back(box);
            }
            height = std::max(height, cardY - y - style.cardGap + style.cellPadding);
        }
        layout.lanes.push_back({lane->id, lane->kind, lane->title,
                                QRectF(0, y, style.laneHeaderWidth, height),
                                QRectF(style.laneHeaderWidth, y, gridWidth, height)});
        if (emotion && layout.emotionCurve.isEmpty()) {
            layout.emotionBand = QRectF(style.laneHeaderWidth, y, gridWidth, height);
            layout.emotionTop = y + 24;
            layout.emotionSpan = height - 48;
            for (const StepBox &step : layout.steps)
                layout.emotionCurve
                    << QPointF(step.header.center().x(),
                               layout.emotionTop + (2 - step.emotion) / 4.0 * layout.emotionSpan);
        }
        for (CardBox &box : laneCards) {
            layout.mCardIndex.insert(box.id, layout.cards.size());
            layout.cards.push_back(std::move(box));
        }
        y += height;
    }
    for (StepBox &step : layout.steps)
        step.column = QRectF(step.header.left(), layout.headerHeight, style.columnWidth,
                             y - layout.headerHeight);
    layout.bounds =
        QRectF(0, 0, style.laneHeaderWidth + std::max<qreal>(gridWidth, style.columnWidth),
               std::max(y, layout.headerHeight + style.laneMinHeight));

    // Connections: orthogonal, never across a card. Vertical runs use the
    // gutters between columns; a run across columns uses the corridor
    // between two lanes (cells keep their padding free of cards).
    const qreal gutter = (style.columnWidth - style.cardWidth) / 2;
    std::vector<qreal> corridors;
    for (size_t i = 1; i < layout.lanes.size(); ++i)
        corridors.push_back(layout.lanes[i].band.top());
    if (corridors.empty() && !layout.lanes.empty())
        corridors.push_back(layout.lanes.front().band.bottom() - style.cellPadding / 2);
    auto corridorNear = [&](qreal y) {
        qreal best = y;
        for (qreal c : corridors)
            if (best == y || std::abs(c - y) < std::abs(best - y))
                best = c;
        return best;
    };
    for (const Connection *connection : ws.orderedConnections(journeyId)) {
        const CardBox *from = layout.card(connection->from);
        const CardBox *to = layout.card(connection->to);
        if (!from || !to)
            continue;
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
        layout.connections.push_back({connection->id, connection->kind, connection->label, path});
    }
    return layout;
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
