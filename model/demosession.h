#pragma once

#include "entitytype.h"
#include "field.h"
#include "vocabulary.h"

namespace blauwdruk {

// One session in which residents were shown the demo of the ideal journey.
// It belongs to the current journey, whose pain points the residents judge
// (DemoVerdict); a journey can have several, one per date or group.
struct DemoSession {
    static constexpr EntityType kType = EntityType::DemoSession;
    static constexpr const char *kTable = "demo_sessions";

    QString id;
    QString journey; // the current journey
    int position = 0;
    QString title;
    QString date; // YYYY-MM-DD

    static std::span<const Field<DemoSession>> fields() {
        static const Field<DemoSession> table[] = {
            {"id", &DemoSession::id},
            {"journey", &DemoSession::journey},
            {"position", &DemoSession::position},
            {"title", &DemoSession::title},
            {"date", &DemoSession::date, FieldRule::date()},
        };
        return table;
    }
};

} // namespace blauwdruk
