#pragma once

#include "entitytype.h"
#include "field.h"

namespace blauwdruk {

// Someone taking part in a work session, known only by a label of the
// facilitator's choosing ("Deelnemer 3", a first name): no other personal
// data is kept (privacy).
struct Participant {
    static constexpr EntityType kType = EntityType::Participant;
    static constexpr const char *kTable = "participants";

    QString id;
    QString journey;
    QString session;
    int position = 0;
    QString label;

    static std::span<const Field<Participant>> fields() {
        static const Field<Participant> table[] = {
            {"id", &Participant::id},
            {"journey", &Participant::journey},
            {"session", &Participant::session},
            {"position", &Participant::position},
            {"label", &Participant::label, FieldRule::nonBlank()},
        };
        return table;
    }
};

} // namespace blauwdruk
