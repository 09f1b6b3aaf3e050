#include "cardsentence.h"

#include "canvasactions.h"
#include "cardkind.h"

namespace blauwdruk {

namespace {

struct Place {
    QString title;
    QString lane;
    int step = 0;
    int steps = 0;
};

Place placeOf(const Workspace &ws, const Card &card) {
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

QString kindLabel(const QString &kind) {
    const CardKind *found = CardKind::find(kind);
    return found ? QCoreApplication::translate("Labels", found->label).toLower() : kind;
}

} // namespace

QString CardSentence::sentence(const Workspace &ws, const Card &card) {
    const Place place = placeOf(ws, card);
    int open = 0;
    for (const Comment &comment : ws.comments)
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

QString CardSentence::place(const Workspace &ws, const Card &card) {
    const Place place = placeOf(ws, card);
    return tr("%1 — lane %2, step %3").arg(place.title, place.lane, QString::number(place.step));
}

std::vector<const Lane *> CardSentence::cardLanes(const Workspace &ws, const QString &journey) {
    std::vector<const Lane *> lanes;
    for (const Lane *lane : ws.orderedLanes(journey))
        if (!CanvasActions::isEmotionLane(*lane))
            lanes.push_back(lane);
    return lanes;
}

std::vector<const Card *> CardSentence::cardsInOrder(const Workspace &ws, const QString &journey) {
    std::vector<const Card *> cards;
    for (const Step *step : ws.orderedSteps(journey))
        for (const Lane *lane : cardLanes(ws, journey))
            for (const Card *card : ws.cardsInCell(step->id, lane->id))
                cards.push_back(card);
    return cards;
}

} // namespace blauwdruk
