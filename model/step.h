#pragma once

#include "entitytype.h"
#include "field.h"

namespace blauwdruk {

// One column of the blueprint; position orders it within its stage.
struct Step {
    static constexpr EntityType kType = EntityType::Step;
    static constexpr const char *kTable = "steps";

    QString id;
    QString journey;
    QString stage;
    int position = 0;
    QString title;
    QString description;
    QString channel;
    int emotion = 0; // negative to positive, 0 neutral
    QString duration;
    bool momentOfTruth = false;
    // Set on a step of an ideal journey: the id of the step of a current
    // journey it corresponds to, "none" when it matches none, or empty to let
    // the compare view align it by title.
    QString counterpart;
    // The demo screen of this step, shown beside it in the walkthrough: an
    // image file (relative to the workspace file, or absolute) or a URL of
    // the clickable demo. Empty: none.
    QString demo;
    QString origin; // taken from elsewhere: where from (Provenance)

    static std::span<const Field<Step>> fields() {
        static const Field<Step> table[] = {
            {"id", &Step::id},
            {"journey", &Step::journey},
            {"stage", &Step::stage},
            {"position", &Step::position},
            {"title", &Step::title},
            {"description", &Step::description},
            {"channel", &Step::channel},
            {"emotion", &Step::emotion, FieldRule::between(-2, 2)},
            {"duration", &Step::duration},
            {"moment_of_truth", &Step::momentOfTruth},
            {"counterpart", &Step::counterpart},
            {"demo", &Step::demo},
            {"origin", &Step::origin, FieldRule::origin()},
        };
        return table;
    }
};

} // namespace blauwdruk
