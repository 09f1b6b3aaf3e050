#include "fieldrule.h"

#include "provenance.h"
#include "vocabulary.h"
#include "workspace.h"

#include <QDateTime>

namespace blauwdruk {

FieldRule::Verdict FieldRule::check(const QVariant &value) const {
    if (choices && !choices->contains(value.toString()))
        return Verdict::NotAChoice;
    if (ranged && (value.toInt() < low || value.toInt() > high))
        return Verdict::OutOfRange;
    if (format == Format::Colour && !vocabulary::isColour(value.toString()))
        return Verdict::NotAColour;
    if (format == Format::DateTime && !value.toString().isEmpty() &&
        !QDateTime::fromString(value.toString(), Qt::ISODate).isValid())
        return Verdict::NotADateTime;
    // A calendar day, YYYY-MM-DD, or nothing.
    if (format == Format::Date && !value.toString().isEmpty() &&
        !QDate::fromString(value.toString(), Qt::ISODate).isValid())
        return Verdict::NotADate;
    if (format == Format::Origin && !Provenance::isValidText(value.toString()))
        return Verdict::NotAnOrigin;
    if (required && value.toString().trimmed().isEmpty())
        return Verdict::Blank;
    return Verdict::Accepted;
}

const FieldRule &fieldRule(EntityType type, QStringView field) {
    static const FieldRule free;
    return *visitEntityType(type, [&](auto *tag) -> const FieldRule * {
        using T = std::remove_pointer_t<decltype(tag)>;
        const Field<T> *f = findField<T>(field);
        return f ? &f->rule : &free;
    });
}

} // namespace blauwdruk
