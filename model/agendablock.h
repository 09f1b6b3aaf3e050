#pragma once

#include "entitytype.h"
#include "field.h"
#include "vocabulary.h"

namespace blauwdruk {

// One block of a work session's agenda: what the room works on (a stage,
// step or lane of the journey, or nothing in particular) and for how long.
// Next Block in session mode moves the focus there and starts the timer.
struct AgendaBlock {
    static constexpr EntityType kType = EntityType::AgendaBlock;
    static constexpr const char *kTable = "agenda_blocks";

    QString id;
    QString journey;
    QString session;
    int position = 0;
    QString title;
    int minutes = 10;
    QString focusKind; // "", stage, step or lane
    QString focus;     // the stage's, step's or lane's id

    static std::span<const Field<AgendaBlock>> fields() {
        static const Field<AgendaBlock> table[] = {
            {"id", &AgendaBlock::id},
            {"journey", &AgendaBlock::journey},
            {"session", &AgendaBlock::session},
            {"position", &AgendaBlock::position},
            {"title", &AgendaBlock::title},
            {"minutes", &AgendaBlock::minutes, FieldRule::between(1, 600)},
            {"focus_kind", &AgendaBlock::focusKind, FieldRule::oneOf(vocabulary::focusKinds())},
            {"focus", &AgendaBlock::focus},
        };
        return table;
    }
};

} // namespace blauwdruk
