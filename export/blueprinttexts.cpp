#include "blueprinttexts.h"

#include "blueprintpainter.h"

#include <QFontMetricsF>

namespace blauwdruk {

BlueprintTexts::BlueprintTexts(const BlueprintStyle &style)
    : mStyle(style) {}

QRectF BlueprintTexts::stageTitleArea(const BlueprintLayout::StageBox &stage) const {
    return stage.rect.adjusted(14, 4, -14, -2);
}

QRectF BlueprintTexts::stepTitleArea(const BlueprintLayout::StepBox &step) const {
    return step.header.adjusted(14, 4, -14, -4);
}

QRectF BlueprintTexts::laneTitleArea(const BlueprintLayout::LaneBox &lane) const {
    return lane.header.adjusted(16, 4, -12, -4);
}

QRectF BlueprintTexts::lineNameRect(const BlueprintLayout::LineMark &line) const {
    const QString name = BlueprintPainter::lineName(line.kind);
    return QRectF(8, line.y - 9, QFontMetricsF(smallFont()).horizontalAdvance(name) + 12, 18);
}

qreal BlueprintTexts::cardTitleWidth() const {
    return mStyle.cardWidth - 2 * kCardPadding - kCardIconRoom;
}

QRectF BlueprintTexts::cardTitleRect(const BlueprintLayout::CardBox &card) const {
    const qreal lines = qreal(std::max<qsizetype>(1, card.titleLines.size()));
    return QRectF(card.rect.left() + kCardPadding, card.rect.top() + kCardPadding, cardTitleWidth(),
                  lines * QFontMetricsF(headerFont()).lineSpacing());
}

QRectF BlueprintTexts::cardFooterRect(const BlueprintLayout::CardBox &card) const {
    const QFontMetricsF metrics(smallFont());
    const qreal baseline = card.rect.bottom() - kCardPadding;
    return QRectF(card.rect.left() + kCardPadding, baseline - metrics.ascent(),
                  card.rect.width() - 2 * kCardPadding, metrics.ascent() + metrics.descent());
}

QRectF BlueprintTexts::centredLines(const QRectF &area, const QFont &font, int lines) {
    const qreal height = qreal(lines) * QFontMetricsF(font).lineSpacing();
    return QRectF(area.left(), area.center().y() - height / 2, area.width(), height);
}

std::vector<BlueprintTexts::Text> BlueprintTexts::all(const BlueprintLayout &layout) const {
    std::vector<Text> texts;
    for (const BlueprintLayout::StageBox &stage : layout.stages)
        if (!stage.title.trimmed().isEmpty())
            texts.push_back({Kind::StageTitle, stage.id, stage.title,
                             centredLines(stageTitleArea(stage), stageFont(), 1)});
    for (const BlueprintLayout::StepBox &step : layout.steps)
        if (!step.title.trimmed().isEmpty())
            texts.push_back({Kind::StepTitle, step.id, step.title,
                             centredLines(stepTitleArea(step), headerFont(), 2)});
    for (const BlueprintLayout::LaneBox &lane : layout.lanes)
        if (!lane.title.trimmed().isEmpty())
            texts.push_back({Kind::LaneTitle, lane.id, lane.title,
                             centredLines(laneTitleArea(lane), headerFont(), 2)});
    for (const BlueprintLayout::LineMark &line : layout.lines)
        texts.push_back(
            {Kind::LineName, line.kind, BlueprintPainter::lineName(line.kind), lineNameRect(line)});
    for (const BlueprintLayout::EmotionValue &value : layout.emotionValues)
        if (!value.rect.isEmpty())
            texts.push_back({Kind::EmotionValue, value.stepId, value.text, value.rect});
    for (const BlueprintLayout::CardBox &card : layout.cards) {
        if (!card.titleLines.isEmpty())
            texts.push_back({Kind::CardTitle, card.id, card.titleLines.join(QLatin1Char(' ')),
                             cardTitleRect(card)});
        if (!card.footer.isEmpty())
            texts.push_back({Kind::CardFooter, card.id, card.footer, cardFooterRect(card)});
    }
    for (const BlueprintLayout::ConnectionPath &path : layout.connections)
        if (!path.labelText.isEmpty())
            texts.push_back({Kind::ConnectionLabel, path.id, path.labelText, path.labelRect});
    return texts;
}

QString BlueprintTexts::kindName(Kind kind) {
    switch (kind) {
    case Kind::StageTitle:
        return QStringLiteral("stage title");
    case Kind::StepTitle:
        return QStringLiteral("step title");
    case Kind::LaneTitle:
        return QStringLiteral("lane title");
    case Kind::LineName:
        return QStringLiteral("line name");
    case Kind::CardTitle:
        return QStringLiteral("card title");
    case Kind::CardFooter:
        return QStringLiteral("card footer");
    case Kind::EmotionValue:
        return QStringLiteral("emotion value");
    case Kind::ConnectionLabel:
        return QStringLiteral("connection label");
    }
    return QString();
}

} // namespace blauwdruk
