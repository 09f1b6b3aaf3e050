#pragma once

#include "entitytype.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace blauwdruk {

// The values one field accepts, declared beside it in its entity's field
// table (card.h, step.h, ...), so Edits, the validator and the editing
// widgets read one rule: a closed set of tokens, a range, a format, or a
// value that may not be blank. Sizes (the length of a text, the items of a
// list) are the same for every field and live in sizelimits.h.
struct FieldRule {
    enum class Format { Any, Colour, DateTime, Date, Origin };
    // Why a value is refused; each reader words it in its own language.
    enum class Verdict {
        Accepted,
        NotAChoice,
        OutOfRange,
        NotAColour,
        NotADateTime,
        NotADate,
        NotAnOrigin,
        Blank
    };

    const QStringList *choices = nullptr; // the stored tokens, in the order menus offer them
    bool ranged = false;
    int low = 0;
    int high = 0;
    Format format = Format::Any;
    bool required = false; // a text that may not be empty or only spaces

    static FieldRule oneOf(const QStringList &tokens) { return {&tokens}; }
    static FieldRule between(int low, int high) { return {nullptr, true, low, high}; }
    static FieldRule colour() { return {nullptr, false, 0, 0, Format::Colour}; }
    static FieldRule dateTime() { return {nullptr, false, 0, 0, Format::DateTime}; }
    static FieldRule date() { return {nullptr, false, 0, 0, Format::Date}; }
    // Provenance as its compact JSON text, or empty (made here).
    static FieldRule origin() { return {nullptr, false, 0, 0, Format::Origin}; }
    static FieldRule nonBlank() { return {nullptr, false, 0, 0, Format::Any, true}; }

    bool isFree() const { return !choices && !ranged && format == Format::Any && !required; }
    Verdict check(const QVariant &value) const;
};

// The rule of one field of one entity type; a free rule for unknown fields.
const FieldRule &fieldRule(EntityType type, QStringView field);

} // namespace blauwdruk
