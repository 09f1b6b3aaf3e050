#pragma once

#include "entitytype.h"
#include "field.h"

namespace blauwdruk {

// The dots one participant put on one card in one vote round; without a
// participant, the hands counted for the card in a show of hands.
struct Vote {
    static constexpr EntityType kType = EntityType::Vote;
    static constexpr const char *kTable = "votes";

    QString id;
    QString journey;
    QString round;
    int position = 0;
    QString card;
    QString participant; // empty: a show of hands
    int dots = 0;

    static std::span<const Field<Vote>> fields() {
        static const Field<Vote> table[] = {
            {"id", &Vote::id},
            {"journey", &Vote::journey},
            {"round", &Vote::round},
            {"position", &Vote::position},
            {"card", &Vote::card},
            {"participant", &Vote::participant},
            // A show of hands in a large hall stays far below this.
            {"dots", &Vote::dots, FieldRule::between(1, 10'000)},
        };
        return table;
    }
};

} // namespace blauwdruk
