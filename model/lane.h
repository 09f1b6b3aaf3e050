#pragma once

#include "entitytype.h"
#include "field.h"
#include "vocabulary.h"

namespace blauwdruk {

// One row of the blueprint. A line (interaction, visibility, internal
// interaction) is stored on the lane just below it, so it moves with that lane.
struct Lane {
    static constexpr EntityType kType = EntityType::Lane;
    static constexpr const char *kTable = "lanes";

    QString id;
    QString journey;
    int position = 0;
    QString kind = QStringLiteral("free");
    QString title;
    QString colour;
    QString lineAbove; // the line drawn above this lane, if any

    static std::span<const Field<Lane>> fields() {
        static const Field<Lane> table[] = {
            {"id", &Lane::id},
            {"journey", &Lane::journey},
            {"position", &Lane::position},
            {"kind", &Lane::kind, FieldRule::oneOf(vocabulary::laneKinds())},
            {"title", &Lane::title},
            {"colour", &Lane::colour, FieldRule::colour()},
            {"line_above", &Lane::lineAbove, FieldRule::oneOf(vocabulary::lines())},
        };
        return table;
    }
};

} // namespace blauwdruk
