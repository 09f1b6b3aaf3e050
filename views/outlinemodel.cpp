#include "outlinemodel.h"

#include "canvasactions.h"
#include "cardkind.h"
#include "document.h"
#include "plaintext.h"

#include <QCoreApplication>

namespace blauwdruk {

namespace {

QStandardItem *row(const QString &text, const QString &sentence, const QString &id, int type) {
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sentence, Qt::AccessibleTextRole);
    item->setData(sentence, Qt::AccessibleDescriptionRole);
    item->setData(PlainText::toolTip(sentence), Qt::ToolTipRole);
    item->setData(id, OutlineModel::IdRole);
    item->setData(id, OutlineModel::KeyRole);
    item->setData(type, OutlineModel::TypeRole);
    return item;
}

QString kindLabel(const QString &kind) {
    const CardKind *found = CardKind::find(kind);
    return found ? QCoreApplication::translate("Labels", found->label).toLower() : kind;
}

} // namespace

OutlineModel::OutlineModel(QObject *parent)
    : QStandardItemModel(parent) {}

void OutlineModel::setDocument(Document *document) {
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument, &Document::changed, this, &OutlineModel::rebuild);
    rebuild();
}

void OutlineModel::setJourney(const QString &journey) {
    mJourney = journey;
    rebuild();
}

QModelIndex OutlineModel::indexOf(const QString &key) const {
    const QModelIndexList found =
        match(index(0, 0), KeyRole, key, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

std::vector<const Lane *> OutlineModel::cardLanes(const Workspace &ws, const QString &journey) {
    std::vector<const Lane *> lanes;
    for (const Lane *lane : ws.orderedLanes(journey))
        if (!CanvasActions::isEmotionLane(*lane))
            lanes.push_back(lane);
    return lanes;
}

QString OutlineModel::keyOf(const QModelIndex &index) {
    return index.data(KeyRole).toString();
}

OutlineModel::Place OutlineModel::placeOf(const Card &card) const {
    const Workspace &ws = mDocument->workspace();
    const auto steps = ws.orderedSteps(card.journey);
    Place place;
    place.steps = int(steps.size());
    for (size_t i = 0; i < steps.size(); ++i)
        if (steps[i]->id == card.step)
            place.step = int(i) + 1;
    for (const Lane *l : ws.orderedLanes(card.journey))
        if (l->id == card.lane)
            place.lane = l->title;
    place.title = card.title.isEmpty() ? card.text : card.title;
    return place;
}

QString OutlineModel::cardSentence(const Card &card) const {
    const Place place = placeOf(card);
    int open = 0;
    for (const Comment &comment : mDocument->workspace().comments)
        if (comment.target == card.id && comment.parent.isEmpty() && !comment.resolved)
            ++open;
    // Spelled out per count: the translations file has no plural forms.
    const QString comments = open == 0   ? tr("no open comments")
                             : open == 1 ? tr("1 open comment")
                                         : tr("%1 open comments").arg(open);
    return tr("Card '%1', lane %2, step %3 of %4, %5, %6")
        .arg(place.title, place.lane, QString::number(place.step), QString::number(place.steps),
             kindLabel(card.kind), comments);
}

QString OutlineModel::cardPlace(const Card &card) const {
    const Place place = placeOf(card);
    return tr("%1 — lane %2, step %3").arg(place.title, place.lane, QString::number(place.step));
}

std::vector<const Card *> OutlineModel::cardsInOrder() const {
    std::vector<const Card *> cards;
    if (!mDocument)
        return cards;
    const Workspace &ws = mDocument->workspace();
    for (const Step *step : ws.orderedSteps(mJourney))
        for (const Lane *lane : cardLanes(ws, mJourney))
            for (const Card *card : ws.cardsInCell(step->id, lane->id))
                cards.push_back(card);
    return cards;
}

// Rebuilt whole: an outline of a journey is small (a few hundred rows), and
// a rebuild cannot disagree with the Document. The views keep their place
// by entity id.
void OutlineModel::rebuild() {
    clear();
    if (mDocument && !mJourney.isEmpty())
        fill();
    emit rebuilt();
}

void OutlineModel::fill() {
    const Workspace &ws = mDocument->workspace();
    const auto steps = ws.orderedSteps(mJourney);
    const auto lanes = cardLanes(ws, mJourney);
    std::vector<const Card *> cards;
    for (const Card &card : ws.cards)
        if (card.journey == mJourney)
            cards.push_back(&card);
    std::sort(cards.begin(), cards.end(),
              [](const Card *a, const Card *b) { return a->position < b->position; });
    int number = 0;
    for (const Stage *stage : ws.orderedStages(mJourney)) {
        QStandardItem *stageItem =
            row(stage->title, tr("Stage '%1'").arg(stage->title), stage->id, StageRow);
        appendRow(stageItem);
        for (const Step *step : ws.stepsOfStage(stage->id)) {
            ++number;
            const QString label =
                tr("Step %1 of %2: %3").arg(number).arg(steps.size()).arg(step->title);
            QStandardItem *stepItem = row(label, label, step->id, StepRow);
            stageItem->appendRow(stepItem);
            // Every lane, also an empty one: that is where Ins adds a card.
            for (const Lane *lane : lanes) {
                std::vector<const Card *> here;
                for (const Card *card : cards)
                    if (card->step == step->id && card->lane == lane->id)
                        here.push_back(card);
                const QString sentence =
                    here.empty() ? tr("Lane %1, step %2, no cards").arg(lane->title).arg(number)
                                 : tr("Lane %1, step %2").arg(lane->title).arg(number);
                QStandardItem *laneItem =
                    row(here.empty() ? tr("%1 (no cards)").arg(lane->title) : lane->title, sentence,
                        lane->id, LaneRow);
                laneItem->setData(step->id, StepRole);
                laneItem->setData(QString(step->id + QLatin1Char('/') + lane->id), KeyRole);
                stepItem->appendRow(laneItem);
                for (const Card *card : here) {
                    const QString title = card->title.isEmpty() ? card->text : card->title;
                    laneItem->appendRow(row(title, cardSentence(*card), card->id, CardRow));
                }
            }
        }
    }
}

} // namespace blauwdruk
