#pragma once

#include "entitytype.h"
#include "field.h"

namespace blauwdruk {

// An ordered group of steps (a phase of the journey).
struct Stage {
    static constexpr EntityType kType = EntityType::Stage;
    static constexpr const char *kTable = "stages";

    QString id;
    QString journey;
    int position = 0;
    QString title;
    QString colour; // "#rrggbb" or empty for the theme colour

    static std::span<const Field<Stage>> fields() {
        static const Field<Stage> table[] = {
            {"id", &Stage::id},
            {"journey", &Stage::journey},
            {"position", &Stage::position},
            {"title", &Stage::title},
            {"colour", &Stage::colour, FieldRule::colour()},
        };
        return table;
    }
};

} // namespace blauwdruk
