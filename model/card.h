#pragma once

#include "entitytype.h"
#include "field.h"
#include "vocabulary.h"

namespace blauwdruk {

// A sticky note in one cell (step x lane); position orders it in the cell.
struct Card {
    static constexpr EntityType kType = EntityType::Card;
    static constexpr const char *kTable = "cards";

    QString id;
    QString journey;
    QString step;
    QString lane;
    int position = 0;
    QString kind = QStringLiteral("note");
    QString title;
    QString text;
    QString owner;
    QString status = QStringLiteral("idea");
    QString evidence;
    QStringList tags;
    int votes = 0;
    QString colour;
    QString duration; // for wait points: how long the resident waits
    QString session;  // the work session that captured it, if any
    QString due;      // for a consequence: the day it is due, YYYY-MM-DD, or empty
    // Written by a participant in a live session: the writing round and the
    // participant (whose label is in the file, nothing else about them).
    QString round;
    QString participant;
    // Taken from another workspace or the library: where from (Provenance).
    QString origin;

    static std::span<const Field<Card>> fields() {
        static const Field<Card> table[] = {
            {"id", &Card::id},
            {"journey", &Card::journey},
            {"step", &Card::step},
            {"lane", &Card::lane},
            {"position", &Card::position},
            {"kind", &Card::kind, FieldRule::oneOf(vocabulary::cardKinds())},
            {"title", &Card::title},
            {"text", &Card::text},
            {"owner", &Card::owner},
            {"status", &Card::status, FieldRule::oneOf(vocabulary::cardStatuses())},
            {"evidence", &Card::evidence, FieldRule::oneOf(vocabulary::evidenceLevels())},
            {"tags", &Card::tags},
            // Far above any real vote count, far below overflowing a sum.
            {"votes", &Card::votes, FieldRule::between(0, 1'000'000)},
            {"colour", &Card::colour, FieldRule::colour()},
            {"duration", &Card::duration},
            {"session", &Card::session},
            {"due", &Card::due, FieldRule::date()},
            {"round", &Card::round},
            {"participant", &Card::participant},
            {"origin", &Card::origin, FieldRule::origin()},
        };
        return table;
    }
};

} // namespace blauwdruk
