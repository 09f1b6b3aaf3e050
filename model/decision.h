#pragma once

#include "entitytype.h"
#include "field.h"
#include "vocabulary.h"

namespace blauwdruk {

// One step in a journey's review history: submitted, approved, changes
// requested or back to concept. Decisions are appended and never changed or
// undone (DESIGN.md, review data); the journey's status is the last one's.
struct Decision {
    static constexpr EntityType kType = EntityType::Decision;
    static constexpr const char *kTable = "decisions";

    QString id;
    QString journey; // kept when the journey is removed: history stays
    int position = 0;
    QString status; // the status the journey went to
    QString decidedBy;
    QString role;
    QString decidedAt; // ISO 8601, UTC
    QString remark;
    QString hash;    // ContentHash of the journey when decided
    QString version; // the version that keeps the approved state; empty otherwise

    static std::span<const Field<Decision>> fields() {
        static const Field<Decision> table[] = {
            {"id", &Decision::id},
            {"journey", &Decision::journey},
            {"position", &Decision::position},
            {"status", &Decision::status, FieldRule::oneOf(vocabulary::reviewStatuses())},
            {"decided_by", &Decision::decidedBy},
            {"role", &Decision::role},
            {"decided_at", &Decision::decidedAt, FieldRule::dateTime()},
            {"remark", &Decision::remark},
            {"hash", &Decision::hash},
            {"version", &Decision::version},
        };
        return table;
    }
};

} // namespace blauwdruk
