#pragma once

#include "entitytype.h"
#include "field.h"

namespace blauwdruk {

// One customer journey of a persona, ideal or current; owns its own grid.
struct Journey {
    static constexpr EntityType kType = EntityType::Journey;
    static constexpr const char *kTable = "journeys";

    QString id;
    int position = 0;
    QString persona;                        // persona id; empty when the persona was removed
    QString kind = QStringLiteral("ideal"); // ideal | current
    QString title;
    QString startingPoint;
    QString goal;
    QString status = QStringLiteral("concept"); // concept | in_review | approved
    QString reviewedBy;
    QString reviewedAt; // ISO 8601, UTC

    static std::span<const Field<Journey>> fields() {
        static const Field<Journey> table[] = {
            {"id", &Journey::id},
            {"position", &Journey::position},
            {"title", &Journey::title},
            {"kind", &Journey::kind},
            {"persona", &Journey::persona},
            {"starting_point", &Journey::startingPoint},
            {"goal", &Journey::goal},
            {"status", &Journey::status},
            {"reviewed_by", &Journey::reviewedBy},
            {"reviewed_at", &Journey::reviewedAt},
        };
        return table;
    }
};

} // namespace blauwdruk
