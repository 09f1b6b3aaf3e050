#pragma once

#include "entitytype.h"
#include "field.h"

namespace blauwdruk {

// One work session on a journey, run at the projector (session mode). It
// holds what the room produced beside the cards: participants, vote rounds
// and the agenda; cards captured in it name it (Card::session). The
// structure lock is part of it, so a reopened session is still locked.
struct WorkSession {
    static constexpr EntityType kType = EntityType::Session;
    static constexpr const char *kTable = "sessions";

    QString id;
    QString journey;
    int position = 0;
    QString title;
    QString startedAt; // ISO 8601, UTC
    QString endedAt;   // ISO 8601, UTC; empty while the session runs
    bool structureLocked = false;

    static std::span<const Field<WorkSession>> fields() {
        static const Field<WorkSession> table[] = {
            {"id", &WorkSession::id},
            {"journey", &WorkSession::journey},
            {"position", &WorkSession::position},
            {"title", &WorkSession::title},
            {"started_at", &WorkSession::startedAt, FieldRule::dateTime()},
            {"ended_at", &WorkSession::endedAt, FieldRule::dateTime()},
            {"structure_locked", &WorkSession::structureLocked},
        };
        return table;
    }
};

} // namespace blauwdruk
