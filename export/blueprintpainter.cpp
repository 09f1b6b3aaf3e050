#include "blueprintpainter.h"

#include "blueprinttexts.h"
#include "cardkind.h"
#include "penandbrush.h"
#include "svgnames.h"
#include "svgpaintengine.h"
#include "textwrap.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace blauwdruk {

namespace {

void drawCentredText(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
                     const QColor &colour, int flags = Qt::AlignCenter) {
    painter.setFont(font);
    painter.setPen(colour);
    const QString elided = QFontMetricsF(font).elidedText(text, Qt::ElideRight, rect.width());
    SvgPaintEngine::drawText(painter, rect, flags, elided);
}

// Up to two lines of text in a rect, wrapped as everywhere, the rest elided.
void drawWrappedText(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
                     const QColor &colour) {
    painter.setFont(font);
    painter.setPen(colour);
    const QFontMetricsF metrics(font);
    const QStringList lines = TextWrap::lines(text, font, rect.width(), 2);
    const qreal lineHeight = metrics.lineSpacing();
    qreal y =
        rect.top() + (rect.height() - qreal(lines.size()) * lineHeight) / 2 + metrics.ascent();
    for (const QString &line : lines) {
        SvgPaintEngine::drawText(painter, QPointF(rect.left(), y), line);
        y += lineHeight;
    }
}

// The part of the layout a painter can reach: its clip, else its device.
// Headers outside it are skipped (shaping their text is the cost).
QRectF reachable(const QPainter &painter) {
    if (painter.hasClipping())
        return painter.clipBoundingRect();
    const QPaintDevice *device = painter.device();
    if (!device || device->width() <= 0 || device->height() <= 0) // a QPicture grows as drawn
        return QRectF(-1e9, -1e9, 2e9, 2e9);
    return painter.combinedTransform().inverted().mapRect(
        QRectF(0, 0, device->width(), device->height()));
}

// What a screen reader says for an arrow: its label, if any, and the two cards it joins, each cut
// to 40 characters ("oorzaak: Wachttijd is … → Consulent belt …").
QString connectionName(const Workspace &workspace, const BlueprintLayout::ConnectionPath &path) {
    auto title = [&](const QString &id) {
        const Card *card = workspace.find<Card>(id);
        const QString text = card ? card->title.simplified() : QString();
        return text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
    };
    const QString ends = QStringLiteral("%1 \u2192 %2").arg(title(path.from), title(path.to));
    return path.label.simplified().isEmpty()
               ? ends
               : QStringLiteral("%1: %2").arg(path.label.simplified(), ends);
}

} // namespace

BlueprintPainter::BlueprintPainter(const BlueprintStyle &style)
    : mStyle(style) {}

QString BlueprintPainter::lineName(const QString &lineKind) {
    if (lineKind == QLatin1String("interaction"))
        return QCoreApplication::translate("blauwdruk::BlueprintPainter", "Line of interaction");
    if (lineKind == QLatin1String("visibility"))
        return QCoreApplication::translate("blauwdruk::BlueprintPainter", "Line of visibility");
    return QCoreApplication::translate("blauwdruk::BlueprintPainter",
                                       "Line of internal interaction");
}

void BlueprintPainter::paintGrid(QPainter &painter, const BlueprintLayout &layout,
                                 const QRectF &exposed) const {
    painter.save();
    painter.fillRect(exposed.intersected(layout.bounds), mStyle.background);
    // Lane bands with their tint.
    for (const BlueprintLayout::LaneBox &lane : layout.lanes) {
        if (!lane.band.united(lane.header).intersects(exposed))
            continue;
        SvgPaintEngine::beginGroup(
            painter, QStringLiteral("lane-") + lane.id, QStringLiteral("lane ") + lane.kind,
            (SvgPaintEngine::of(painter) ? SvgNames::lane(lane) : QString()));
        painter.fillRect(lane.band, mStyle.laneTint(lane.kind));
        painter.setPen(QPen(mStyle.gridLine, 1));
        painter.drawLine(QPointF(0, lane.band.bottom()),
                         QPointF(lane.band.right(), lane.band.bottom()));
        SvgPaintEngine::endGroup(painter);
    }
    // Column separators.
    painter.setPen(QPen(mStyle.gridLine, 1));
    for (const BlueprintLayout::StepBox &step : layout.steps)
        painter.drawLine(QPointF(step.header.right(), layout.headerHeight),
                         QPointF(step.header.right(), layout.bounds.bottom()));
    paintColumnHeaders(painter, layout);
    paintLaneHeaders(painter, layout);

    // The three lines: dashed, full width, named in the lane header column.
    for (const BlueprintLayout::LineMark &line : layout.lines) {
        QPen pen(mStyle.lineColour, 2, Qt::DashLine);
        pen.setDashPattern({6, 4});
        painter.setPen(pen);
        painter.drawLine(QPointF(mStyle.laneHeaderWidth, line.y),
                         QPointF(layout.bounds.right(), line.y));
    }

    // The emotion curve: a smooth line through each step's emotion.
    if (layout.emotionCurve.size() > 0) {
        const QRectF band = layout.emotionBand;
        painter.setPen(QPen(mStyle.gridLine, 1, Qt::DotLine));
        const qreal zero = layout.emotionTop + layout.emotionSpan / 2;
        painter.drawLine(QPointF(band.left(), zero), QPointF(band.right(), zero));
        QPainterPath curve(layout.emotionCurve.first());
        for (qsizetype i = 1; i < layout.emotionCurve.size(); ++i) {
            const QPointF a = layout.emotionCurve[i - 1];
            const QPointF b = layout.emotionCurve[i];
            const qreal dx = (b.x() - a.x()) / 2;
            curve.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(mStyle.lineColour, 2.5));
        painter.drawPath(curve);
        painter.setBrush(mStyle.background);
        for (const QPointF &point : layout.emotionCurve)
            painter.drawEllipse(point, 5, 5);
        // Each point says its value where the layout found room for it.
        painter.setFont(BlueprintTexts(mStyle).valueFont());
        painter.setPen(mStyle.mutedText);
        for (const BlueprintLayout::EmotionValue &value : layout.emotionValues)
            if (!value.rect.isNull())
                SvgPaintEngine::drawText(painter, value.rect, Qt::AlignCenter, value.text);
    }
    painter.restore();
}

void BlueprintPainter::paintColumnHeaders(QPainter &painter, const BlueprintLayout &layout) const {
    painter.save();
    painter.fillRect(QRectF(0, 0, layout.bounds.width(), layout.headerHeight), mStyle.background);
    const BlueprintTexts texts(mStyle);
    const QFont stepFont = texts.headerFont();
    const QFont stageFont = texts.stageFont();
    const QRectF visible = reachable(painter);
    for (const BlueprintLayout::StageBox &stage : layout.stages) {
        if (stage.rect.right() < visible.left() || stage.rect.left() > visible.right())
            continue;
        const QRectF r = stage.rect.adjusted(2, 4, -2, -2);
        SvgPaintEngine::beginGroup(
            painter, QStringLiteral("stage-") + stage.id, QStringLiteral("stage"),
            (SvgPaintEngine::of(painter) ? SvgNames::stage(layout, stage) : QString()));
        painter.setPen(Qt::NoPen);
        painter.setBrush(mStyle.stageColour(stage.index));
        SvgPaintEngine::drawRoundedRect(painter, r, 4);
        drawCentredText(painter, texts.stageTitleArea(stage), stage.title.simplified(), stageFont,
                        mStyle.text, Qt::AlignVCenter | Qt::AlignLeft);
        SvgPaintEngine::endGroup(painter);
    }
    for (const BlueprintLayout::StepBox &step : layout.steps) {
        if (step.header.right() < visible.left() || step.header.left() > visible.right())
            continue;
        SvgPaintEngine::beginGroup(
            painter, QStringLiteral("step-") + step.id,
            step.momentOfTruth ? QStringLiteral("step moment-of-truth") : QStringLiteral("step"),
            (SvgPaintEngine::of(painter) ? SvgNames::step(layout, step) : QString()));
        painter.fillRect(step.header.adjusted(0, 2, 0, 0), mStyle.headerBackground);
        painter.setPen(QPen(mStyle.gridLine, 1));
        painter.drawLine(step.header.topRight() + QPointF(0, 2), step.header.bottomRight());
        drawWrappedText(painter, texts.stepTitleArea(step), step.title, stepFont, mStyle.text);
        if (step.momentOfTruth) {
            // A moment of truth: a filled marker at the header's top right.
            painter.setPen(Qt::NoPen);
            painter.setBrush(mStyle.lineColour);
            painter.drawEllipse(QRectF(step.header.right() - 18, step.header.top() + 10, 8, 8));
        }
        SvgPaintEngine::endGroup(painter);
    }
    painter.restore();
}

void BlueprintPainter::paintLaneHeaders(QPainter &painter, const BlueprintLayout &layout) const {
    painter.save();
    const BlueprintTexts texts(mStyle);
    const QFont laneFont = texts.headerFont();
    const QFont smallFont = texts.smallFont();
    const QRectF visible = reachable(painter);
    for (const BlueprintLayout::LaneBox &lane : layout.lanes) {
        if (lane.header.bottom() < visible.top() || lane.header.top() > visible.bottom())
            continue;
        SvgPaintEngine::beginGroup(
            painter, QStringLiteral("lane-%1-header").arg(lane.id),
            QStringLiteral("lane-header ") + lane.kind,
            (SvgPaintEngine::of(painter) ? SvgNames::lane(lane) : QString()));
        painter.fillRect(lane.header, mStyle.headerBackground);
        painter.setPen(QPen(mStyle.gridLine, 1));
        painter.drawLine(lane.header.bottomLeft(), lane.header.bottomRight());
        drawWrappedText(painter, texts.laneTitleArea(lane), lane.title, laneFont, mStyle.text);
        SvgPaintEngine::endGroup(painter);
    }
    painter.fillRect(QRectF(0, 0, mStyle.laneHeaderWidth, layout.headerHeight), mStyle.background);
    for (const BlueprintLayout::LineMark &line : layout.lines) {
        QPen pen(mStyle.lineColour, 2, Qt::DashLine);
        pen.setDashPattern({6, 4});
        painter.setPen(pen);
        painter.drawLine(QPointF(0, line.y), QPointF(mStyle.laneHeaderWidth, line.y));
        const QString name = lineName(line.kind);
        painter.setFont(smallFont);
        const QRectF label = texts.lineNameRect(line);
        painter.setPen(Qt::NoPen);
        painter.setBrush(mStyle.background);
        SvgPaintEngine::drawRoundedRect(painter, label, 9);
        painter.setPen(mStyle.lineColour);
        SvgPaintEngine::drawText(painter, label, Qt::AlignCenter, name);
    }
    painter.restore();
}

void BlueprintPainter::paintKindIcon(QPainter &painter, const QRectF &r,
                                     const QString &kind) const {
    const PenAndBrush kept(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = mStyle.iconInk;
    painter.setPen(QPen(ink, mStyle.highContrast ? 1.8 : 1.4));
    painter.setBrush(Qt::NoBrush);
    QFont glyph = mStyle.font(10, true);
    painter.setFont(glyph);
    const CardKind *known = CardKind::find(kind);
    switch (known ? known->icon : KindIcon::Page) {
    case KindIcon::Warning: {
        QPolygonF triangle;
        triangle << QPointF(r.center().x(), r.top()) << r.bottomRight() << r.bottomLeft();
        painter.drawPolygon(triangle);
        SvgPaintEngine::drawText(painter, r.adjusted(0, 3, 0, 0), Qt::AlignCenter,
                                 QStringLiteral("!"));
        break;
    }
    case KindIcon::Plus:
        painter.drawEllipse(r);
        SvgPaintEngine::drawText(painter, r, Qt::AlignCenter, QStringLiteral("+"));
        break;
    case KindIcon::Bulb:
        painter.drawEllipse(r.adjusted(2, 0, -2, -4));
        painter.drawLine(QPointF(r.center().x() - 2, r.bottom()),
                         QPointF(r.center().x() + 2, r.bottom()));
        break;
    case KindIcon::Question:
        painter.drawEllipse(r);
        SvgPaintEngine::drawText(painter, r, Qt::AlignCenter, QStringLiteral("?"));
        break;
    case KindIcon::FailMark:
        painter.setBrush(ink);
        painter.drawEllipse(r);
        painter.setPen(Qt::white);
        SvgPaintEngine::drawText(painter, r, Qt::AlignCenter, QStringLiteral("F"));
        break;
    case KindIcon::Clock:
        painter.drawEllipse(r);
        painter.drawLine(r.center(), QPointF(r.center().x(), r.top() + 3));
        painter.drawLine(r.center(), QPointF(r.right() - 3, r.center().y()));
        break;
    case KindIcon::Bars: {
        const qreal w = r.width() / 5;
        painter.setBrush(ink);
        painter.drawRect(QRectF(r.left(), r.bottom() - 5, w, 5));
        painter.drawRect(QRectF(r.left() + 2 * w, r.bottom() - 9, w, 9));
        painter.drawRect(QRectF(r.left() + 4 * w, r.top(), w, r.height()));
        break;
    }
    case KindIcon::Diamond: {
        QPolygonF diamond;
        diamond << QPointF(r.center().x(), r.top()) << QPointF(r.right(), r.center().y())
                << QPointF(r.center().x(), r.bottom()) << QPointF(r.left(), r.center().y());
        painter.drawPolygon(diamond);
        break;
    }
    case KindIcon::Page: { // a page with a folded corner
        QPolygonF page;
        page << r.topLeft() << QPointF(r.right() - 4, r.top()) << QPointF(r.right(), r.top() + 4)
             << r.bottomRight() << r.bottomLeft();
        painter.drawPolygon(page);
        break;
    }
    }
}

void BlueprintPainter::paintCard(QPainter &painter, const BlueprintLayout::CardBox &box,
                                 const Card &card, const CardState &state, bool simplified) const {
    const PenAndBrush kept(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = card.colour.isEmpty() ? mStyle.cardColour(card.kind) : QColor(card.colour);
    if (state.dimmed)
        fill.setAlphaF(0.35);
    const QRectF r = box.rect;
    if (simplified) { // far zoomed out: a coloured block is all one can read
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRect(r);
        return;
    }
    // A hint of shadow, no more; opaque, because PDF/A allows no
    // transparency (a see-through shadow would print as a black line).
    painter.setPen(Qt::NoPen);
    painter.setBrush(mStyle.cardShadow);
    SvgPaintEngine::drawRoundedRect(painter, r.translated(0, 1.5), mStyle.cardRadius);
    painter.setBrush(fill);
    painter.setPen(QPen(mStyle.cardBorder(fill), mStyle.cardBorderWidth));
    SvgPaintEngine::drawRoundedRect(painter, r, mStyle.cardRadius);
    paintKindIcon(painter, QRectF(r.right() - 24, r.top() + 9, 14, 14), card.kind);

    const QColor ownText = mStyle.textOn(fill);
    const QColor textColour = ownText != mStyle.text ? ownText
                              : state.dimmed         ? mStyle.mutedText
                                                     : mStyle.text;
    const BlueprintTexts texts(mStyle);
    const QFont titleFont = texts.headerFont();
    const QFontMetricsF metrics(titleFont);
    painter.setFont(titleFont);
    painter.setPen(textColour);
    const qreal padding = BlueprintTexts::kCardPadding;
    qreal y = r.top() + padding + metrics.ascent();
    for (const QString &line : box.titleLines) {
        SvgPaintEngine::drawText(painter, QPointF(r.left() + padding, y), line);
        y += metrics.lineSpacing();
    }
    const QString footerText =
        state.votesHidden ? BlueprintLayout::footerOf(card, false) : box.footer;
    if (!footerText.isEmpty()) {
        const QFont footerFont = texts.smallFont();
        painter.setFont(footerFont);
        painter.setPen(ownText != mStyle.text ? ownText
                       : state.dimmed         ? mStyle.mutedText
                                              : mStyle.mutedText.darker(110));
        const QString footer = QFontMetricsF(footerFont)
                                   .elidedText(footerText, Qt::ElideRight, r.width() - 2 * padding);
        SvgPaintEngine::drawText(painter, QPointF(r.left() + padding, r.bottom() - padding),
                                 footer);
    }
    if (state.highlighted) {
        painter.setPen(QPen(mStyle.findHighlight, 4));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(r.adjusted(-6, -6, 6, 6), mStyle.cardRadius + 4,
                                mStyle.cardRadius + 4);
    }
    if (state.selected || state.focused) {
        QPen pen(mStyle.selection, state.selected ? mStyle.selectionWidth : mStyle.focusWidth,
                 state.selected ? Qt::SolidLine : Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(r.adjusted(-3, -3, 3, 3), mStyle.cardRadius + 2,
                                mStyle.cardRadius + 2);
    }
}

void BlueprintPainter::paintConnection(QPainter &painter,
                                       const BlueprintLayout::ConnectionPath &path) const {
    if (path.points.size() < 2)
        return;
    const PenAndBrush kept(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(mStyle.arrowColour, 1.6);
    if (path.kind == QLatin1String("dependency"))
        pen.setStyle(Qt::DashLine);
    else if (path.kind == QLatin1String("feedback"))
        pen.setStyle(Qt::DotLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(path.points);
    // Arrowhead at the target.
    const QPointF tip = path.points.last();
    const QPointF from = path.points[path.points.size() - 2];
    const QLineF back(tip, from);
    const qreal angle = std::atan2(-back.dy(), back.dx());
    const qreal size = 9;
    QPolygonF head;
    head << tip << tip + QPointF(std::cos(angle + 0.45) * size, -std::sin(angle + 0.45) * size)
         << tip + QPointF(std::cos(angle - 0.45) * size, -std::sin(angle - 0.45) * size);
    painter.setPen(Qt::NoPen);
    painter.setBrush(mStyle.arrowColour);
    painter.drawPolygon(head);
}

void BlueprintPainter::paintConnectionLabel(QPainter &painter,
                                            const BlueprintLayout::ConnectionPath &path) const {
    if (path.labelText.isEmpty())
        return;
    const PenAndBrush kept(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    // Where the layout found room: on or beside the arrow, clear of every
    // card and text, or tied to it by a dotted leader.
    if (!path.labelLeader.isNull()) {
        painter.setPen(QPen(mStyle.arrowColour, 1, Qt::DotLine));
        painter.drawLine(path.labelLeader);
    }
    const QRectF box = path.labelRect;
    painter.setPen(QPen(mStyle.arrowColour, 1));
    painter.setBrush(mStyle.labelBackground);
    SvgPaintEngine::drawRoundedRect(painter, box, 4);
    painter.setPen(mStyle.text);
    painter.setFont(BlueprintTexts(mStyle).smallFont());
    SvgPaintEngine::drawText(painter, box, Qt::AlignCenter, path.labelText);
}

void BlueprintPainter::paintAll(QPainter &painter, const BlueprintLayout &layout,
                                const Workspace &workspace, bool simplified) const {
    // A tile of a poster clips to its part: what lies outside is left out,
    // or every page of a tile set would carry the whole blueprint.
    const QRectF exposed = painter.hasClipping() ? painter.clipBoundingRect() : layout.bounds;
    auto visible = [&](const QPolygonF &points) {
        return points.boundingRect().adjusted(-12, -12, 12, 12).intersects(exposed);
    };
    paintGrid(painter, layout, layout.bounds);
    // In an SVG each card and connection is a group a reader can name.
    const bool named = SvgPaintEngine::of(painter) != nullptr;
    for (const BlueprintLayout::ConnectionPath &path : layout.connections) {
        if (!visible(path.points))
            continue;
        if (named)
            SvgPaintEngine::beginGroup(painter, QStringLiteral("connection-") + path.id,
                                       QStringLiteral("connection ") + path.kind,
                                       connectionName(workspace, path));
        paintConnection(painter, path);
        SvgPaintEngine::endGroup(painter);
    }
    for (const BlueprintLayout::CardBox &box : layout.cards) {
        if (!box.rect.adjusted(-4, -4, 4, 4).intersects(exposed))
            continue;
        if (const Card *card = workspace.find<Card>(box.id)) {
            if (named)
                SvgPaintEngine::beginGroup(painter, QStringLiteral("card-") + box.id,
                                           QStringLiteral("card ") + card->kind,
                                           SvgNames::card(layout, box, *card));
            paintCard(painter, box, *card, {}, simplified);
            SvgPaintEngine::endGroup(painter);
        }
    }
    // Labels last: on top, so a card never hides one.
    for (const BlueprintLayout::ConnectionPath &path : layout.connections) {
        if (simplified || path.labelText.isEmpty() || !path.labelExtent().intersects(exposed))
            continue;
        if (named)
            SvgPaintEngine::beginGroup(painter, QStringLiteral("connection-%1-label").arg(path.id),
                                       QStringLiteral("connection-label"),
                                       connectionName(workspace, path));
        paintConnectionLabel(painter, path);
        SvgPaintEngine::endGroup(painter);
    }
}

} // namespace blauwdruk
