#pragma once

#include "entitytype.h"
#include "field.h"
#include "vocabulary.h"

namespace blauwdruk {

// A health check finding the facilitator has set aside, with why: the
// finding (code, target) still shows, marked dismissed, and no longer
// counts as open (HealthCheck, `check --health`).
struct Dismissal {
    static constexpr EntityType kType = EntityType::Dismissal;
    static constexpr const char *kTable = "dismissals";

    QString id;
    QString journey;
    int position = 0;
    QString code;   // the finding's code, e.g. "empty-lane"
    QString target; // the id of the step, lane, card, connection or journey
    QString reason;
    QString dismissedAt; // ISO 8601, UTC

    static std::span<const Field<Dismissal>> fields() {
        static const Field<Dismissal> table[] = {
            {"id", &Dismissal::id},
            {"journey", &Dismissal::journey},
            {"position", &Dismissal::position},
            {"code", &Dismissal::code, FieldRule::nonBlank()},
            {"target", &Dismissal::target, FieldRule::nonBlank()},
            {"reason", &Dismissal::reason, FieldRule::nonBlank()},
            {"dismissed_at", &Dismissal::dismissedAt, FieldRule::dateTime()},
        };
        return table;
    }
};

} // namespace blauwdruk
