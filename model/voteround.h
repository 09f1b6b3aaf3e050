#pragma once

#include "entitytype.h"
#include "field.h"
#include "vocabulary.h"

namespace blauwdruk {

// A round of a work session. Most are rounds of dot voting (kind "votes"):
// each participant spends at most
// `budget` dots, at most `cap` on one card, on the cards the scope counts
// (all cards of the journey, or those of one stage, one lane or one kind).
// Its tallies stay hidden on the projector until it is revealed. A writing
// round (kind "cards", the live session) asks its question (the title) of
// the participants' phones; the scope is where its cards are meant to go.
struct VoteRound {
    static constexpr EntityType kType = EntityType::VoteRound;
    static constexpr const char *kTable = "vote_rounds";

    QString id;
    QString journey;
    QString session;
    int position = 0;
    QString title;
    int budget = 5;
    int cap = 3;
    QString scope = QStringLiteral("all"); // all, stage, lane or kind
    QString scopeValue;                    // the stage's or lane's id, or the card kind
    bool closed = false;
    bool revealed = false;
    QString kind = QStringLiteral("votes");

    static std::span<const Field<VoteRound>> fields() {
        static const Field<VoteRound> table[] = {
            {"id", &VoteRound::id},
            {"journey", &VoteRound::journey},
            {"session", &VoteRound::session},
            {"position", &VoteRound::position},
            {"title", &VoteRound::title},
            {"budget", &VoteRound::budget, FieldRule::between(1, 100)},
            {"cap", &VoteRound::cap, FieldRule::between(1, 100)},
            {"scope", &VoteRound::scope, FieldRule::oneOf(vocabulary::voteScopes())},
            {"scope_value", &VoteRound::scopeValue},
            {"closed", &VoteRound::closed},
            {"revealed", &VoteRound::revealed},
            {"kind", &VoteRound::kind, FieldRule::oneOf(vocabulary::roundKinds())},
        };
        return table;
    }
};

} // namespace blauwdruk
