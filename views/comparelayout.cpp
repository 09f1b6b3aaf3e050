#include "comparelayout.h"

#include "textwrap.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace blauwdruk {

namespace {

constexpr qreal kBandPadding = 12;
constexpr qreal kBoxPadding = 12;
constexpr qreal kEmotionWidth = 36; // the face and its number, top right

} // namespace

CompareLayout CompareLayout::compute(const Workspace &ws, const JourneyAlignment &alignment,
                                     bool showCards, const BlueprintStyle &style) {
    CompareLayout layout;
    const QFont titleFont = style.font(14, true);
    const QFontMetricsF channelMetrics(style.font(12));
    const QFont chipFont = style.font(13, true);
    const QFontMetricsF chipMetrics(chipFont);

    // Cards per step, in display order.
    QHash<QString, std::vector<const Card *>> cardsOf;
    if (showCards)
        for (const QString &journey : {alignment.currentJourney(), alignment.idealJourney()})
            if (!journey.isEmpty())
                for (const Card *card : ws.orderedCards(journey))
                    cardsOf[card->step].push_back(card);
    // A chip: its title in up to two lines, the lane's name below.
    const qreal chipWidth = kBoxWidth - 16;
    // Wrapping measures text, the costly part: once per title (an ideal
    // version starts with the current journey's titles).
    QHash<QString, QStringList> wrapped;
    auto chipLines = [&](const Card *card) -> const QStringList & {
        auto it = wrapped.find(card->title);
        if (it == wrapped.end())
            it = wrapped.insert(card->title,
                                TextWrap::lines(card->title, chipFont, chipWidth - 40, 2));
        return *it;
    };
    static const std::vector<const Card *> kNone;
    auto cardsOfStep = [&](const QString &step) -> const std::vector<const Card *> & {
        auto it = cardsOf.constFind(step);
        return it == cardsOf.constEnd() ? kNone : *it;
    };
    auto chipHeight = [&](qsizetype lines) {
        return std::ceil(8 + std::max<qsizetype>(lines, 1) * chipMetrics.lineSpacing() + 18);
    };
    auto chipsHeight = [&](const QString &step) {
        qreal height = 0;
        for (const Card *card : cardsOfStep(step))
            height += chipHeight(chipLines(card).size()) + kChipGap;
        return height;
    };
    qreal chipsCurrent = 0, chipsIdeal = 0;
    for (const auto &column : alignment.columns()) {
        if (!column.current.isEmpty())
            chipsCurrent = std::max(chipsCurrent, chipsHeight(column.current));
        if (!column.ideal.isEmpty())
            chipsIdeal = std::max(chipsIdeal, chipsHeight(column.ideal));
    }
    auto boxHeight = [](qreal chips) { return kHeaderHeight + (chips > 0 ? chips + 4 : 0); };
    const qreal columnsWidth = qreal(alignment.columns().size()) * kColumnWidth;
    layout.size.setWidth(std::max(kMargin * 2 + columnsWidth, 3 * kColumnWidth));
    layout.currentBand =
        QRectF(0, kMargin, layout.size.width(), boxHeight(chipsCurrent) + 2 * kBandPadding);
    layout.idealBand = QRectF(0, layout.currentBand.bottom() + kGap, layout.size.width(),
                              boxHeight(chipsIdeal) + 2 * kBandPadding);
    layout.size.setHeight(layout.idealBand.bottom() + kMargin);

    auto addBox = [&](const QString &id, bool ideal, int column) {
        const Step *step = ws.find<Step>(id);
        StepBox box;
        box.id = id;
        box.ideal = ideal;
        box.column = column;
        const QRectF &band = ideal ? layout.idealBand : layout.currentBand;
        box.rect = QRectF(kMargin + column * kColumnWidth + (kColumnWidth - kBoxWidth) / 2,
                          band.top() + kBandPadding, kBoxWidth, band.height() - 2 * kBandPadding);
        const qreal textWidth = kBoxWidth - 2 * kBoxPadding;
        box.titleLines = TextWrap::lines(step->title, titleFont, textWidth - kEmotionWidth, 2);
        box.channel = channelMetrics.elidedText(step->channel, Qt::ElideRight, textWidth);
        box.emotion = step->emotion;
        box.onlyInOne = alignment.isStepOnlyInOne(id);
        if (const JourneyAlignment::Pair *pair = alignment.pairOf(id))
            box.pair = *pair;
        qreal y = box.rect.top() + kHeaderHeight;
        for (const Card *card : cardsOfStep(id)) {
            Chip chip;
            chip.card = *card;
            chip.titleLines = chipLines(card);
            chip.rect =
                QRectF(box.rect.left() + 8, y, chipWidth, chipHeight(chip.titleLines.size()));
            const Lane *lane = ws.find<Lane>(card->lane);
            chip.lane = lane ? lane->title : QString();
            // In an unpaired step every card is its journey's own; the step's
            // mark says so once instead of on every chip.
            chip.onlyHere = box.pair && alignment.isCardOnlyInOne(card->id);
            box.chips.push_back(chip);
            y += chip.rect.height() + kChipGap;
        }
        layout.steps.push_back(std::move(box));
    };
    int column = 0;
    for (const auto &c : alignment.columns()) {
        if (!c.current.isEmpty())
            addBox(c.current, false, column);
        if (!c.ideal.isEmpty())
            addBox(c.ideal, true, column);
        ++column;
    }
    for (const auto &pair : alignment.pairs()) {
        const StepBox *current = layout.step(pair.current);
        const StepBox *ideal = layout.step(pair.ideal);
        if (!current || !ideal)
            continue;
        layout.links.push_back({pair.current, pair.ideal, pair.origin, pair.crossing,
                                QPointF(current->rect.center().x(), current->rect.bottom()),
                                QPointF(ideal->rect.center().x(), ideal->rect.top())});
    }
    return layout;
}

const CompareLayout::StepBox *CompareLayout::step(const QString &id) const {
    for (const StepBox &box : steps)
        if (box.id == id)
            return &box;
    return nullptr;
}

const CompareLayout::StepBox *CompareLayout::stepAt(const QPointF &point) const {
    for (const StepBox &box : steps)
        if (box.rect.contains(point))
            return &box;
    return nullptr;
}

const CompareLayout::Chip *CompareLayout::chipAt(const QPointF &point) const {
    if (const StepBox *box = stepAt(point))
        for (const Chip &chip : box->chips)
            if (chip.rect.contains(point))
                return &chip;
    return nullptr;
}

} // namespace blauwdruk
