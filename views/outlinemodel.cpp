#include "outlinemodel.h"

#include "cardsentence.h"
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

QString titleOf(const Card &card) {
    return card.title.isEmpty() ? card.text : card.title;
}

} // namespace

// The card's arrows, each a row under it: read, and removed with Del.
void OutlineModel::addArrows(QStandardItem *cardItem, const Card &card) const {
    const Workspace &ws = mDocument->workspace();
    for (const Connection &arrow : ws.connections) {
        const bool out = arrow.from == card.id;
        if (!out && arrow.to != card.id)
            continue;
        const Card *other = ws.find<Card>(out ? arrow.to : arrow.from);
        const QString name = other ? titleOf(*other) : QString();
        const QString text = out ? tr("Arrow to “%1”").arg(name) : tr("Arrow from “%1”").arg(name);
        const QString sentence = out ? tr("Arrow from '%1' to '%2'").arg(titleOf(card), name)
                                     : tr("Arrow from '%1' to '%2'").arg(name, titleOf(card));
        cardItem->appendRow(row(text, sentence, arrow.id, ConnectionRow));
    }
}

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
    return CardSentence::cardLanes(ws, journey);
}

QString OutlineModel::keyOf(const QModelIndex &index) {
    return index.data(KeyRole).toString();
}

QString OutlineModel::cardSentence(const Card &card) const {
    return CardSentence::sentence(mDocument->workspace(), card);
}

QString OutlineModel::cardPlace(const Card &card) const {
    return CardSentence::place(mDocument->workspace(), card);
}

std::vector<const Card *> OutlineModel::cardsInOrder() const {
    if (!mDocument)
        return {};
    return CardSentence::cardsInOrder(mDocument->workspace(), mJourney);
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
                    QStandardItem *cardItem =
                        row(titleOf(*card), cardSentence(*card), card->id, CardRow);
                    laneItem->appendRow(cardItem);
                    addArrows(cardItem, *card);
                }
            }
        }
    }
}

} // namespace blauwdruk
