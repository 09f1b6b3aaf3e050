#include "painpoints.h"

#include "workspace.h"

namespace blauwdruk::painpoints {

bool isPainPoint(const Card &card, const Lane *lane) {
    return card.kind == QLatin1String("pain_point") ||
           (lane && lane->kind == QLatin1String("pain_points") &&
            card.kind != QLatin1String("opportunity"));
}

bool isOpportunity(const Card &card, const Lane *lane) {
    return card.kind == QLatin1String("opportunity") ||
           (lane && lane->kind == QLatin1String("opportunities"));
}

std::vector<const Card *> of(const Workspace &ws, const QString &journey) {
    std::vector<const Card *> found;
    for (const Card *card : ws.orderedCards(journey))
        if (isPainPoint(*card, ws.find<Lane>(card->lane)))
            found.push_back(card);
    return found;
}

JourneyAlignment::Journeys pairOf(const Workspace &ws, const QString &journeyId) {
    const Journey *journey = ws.find<Journey>(journeyId);
    if (!journey || journey->persona.isEmpty())
        return {};
    JourneyAlignment::Journeys pair = JourneyAlignment::journeysOf(ws, journey->persona);
    // The journey itself, whichever the persona's default pair is.
    if (journey->kind == QLatin1String("current"))
        pair.current = journeyId;
    else
        pair.ideal = journeyId;
    return pair;
}

} // namespace blauwdruk::painpoints
