#pragma once

#include "entitytype.h"
#include "field.h"
#include "vocabulary.h"

namespace blauwdruk {

// One customer journey of a persona, ideal or current; owns its own grid.
struct Journey {
    static constexpr EntityType kType = EntityType::Journey;
    static constexpr const char *kTable = "journeys";

    QString id;
    int position = 0;
    QString persona; // persona id; empty when the persona was removed
    QString kind = QStringLiteral("ideal");
    QString title;
    QString startingPoint;
    QString goal;
    QString status = QStringLiteral("concept");
    QString reviewedBy;
    QString reviewedAt; // ISO 8601, UTC
    QString origin;     // taken from elsewhere: where from (Provenance)

    static std::span<const Field<Journey>> fields() {
        static const Field<Journey> table[] = {
            {"id", &Journey::id},
            {"position", &Journey::position},
            {"title", &Journey::title},
            {"kind", &Journey::kind, FieldRule::oneOf(vocabulary::journeyKinds())},
            {"persona", &Journey::persona},
            {"starting_point", &Journey::startingPoint},
            {"goal", &Journey::goal},
            {"status", &Journey::status, FieldRule::oneOf(vocabulary::reviewStatuses())},
            {"reviewed_by", &Journey::reviewedBy},
            {"reviewed_at", &Journey::reviewedAt, FieldRule::dateTime()},
            {"origin", &Journey::origin, FieldRule::origin()},
        };
        return table;
    }
};

} // namespace blauwdruk
