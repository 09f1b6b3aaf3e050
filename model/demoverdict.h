#pragma once

#include "entitytype.h"
#include "field.h"
#include "vocabulary.h"

namespace blauwdruk {

// What the residents of one demo session said about one pain point of the
// current journey: does the demo solve it? The participant is a label only
// ("Bewoner 2"), never a name: the privacy guard reads the quote and label.
struct DemoVerdict {
    static constexpr EntityType kType = EntityType::DemoVerdict;
    static constexpr const char *kTable = "demo_verdicts";

    QString id;
    QString journey; // the current journey, as its demo session's
    QString demo;    // the demo session
    int position = 0;
    QString card; // the pain point card
    QString verdict = QStringLiteral("not_shown");
    QString quote;
    QString participant;

    static std::span<const Field<DemoVerdict>> fields() {
        static const Field<DemoVerdict> table[] = {
            {"id", &DemoVerdict::id},
            {"journey", &DemoVerdict::journey},
            {"demo", &DemoVerdict::demo},
            {"position", &DemoVerdict::position},
            {"card", &DemoVerdict::card},
            {"verdict", &DemoVerdict::verdict, FieldRule::oneOf(vocabulary::demoVerdicts())},
            {"quote", &DemoVerdict::quote},
            {"participant", &DemoVerdict::participant},
        };
        return table;
    }
};

} // namespace blauwdruk
