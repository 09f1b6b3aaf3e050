#pragma once

#include "journeyalignment.h"

#include <QString>

#include <vector>

namespace blauwdruk {

class Workspace;
struct Card;
struct Lane;

// Pain points and opportunities as the method knows them: a card of that
// kind, or any card in a lane kept for them. The health check, the demo
// verdicts and their report all read them here.
namespace painpoints {

bool isPainPoint(const Card &card, const Lane *lane);
bool isOpportunity(const Card &card, const Lane *lane);
// The pain points of a journey, in column, lane and cell order.
std::vector<const Card *> of(const Workspace &workspace, const QString &journey);
// The current and ideal journey a journey belongs with (its persona's
// pair, JourneyAlignment::journeysOf); both empty without a persona.
JourneyAlignment::Journeys pairOf(const Workspace &workspace, const QString &journey);

} // namespace painpoints

} // namespace blauwdruk
