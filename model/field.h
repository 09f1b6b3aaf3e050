#pragma once

#include "fieldrule.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <span>
#include <variant>

namespace blauwdruk {

// The kinds of value an entity field can hold. One table per entity lists its
// fields, so the JSON codec, the SQLite store, the generic "set field" edit and
// the comparisons in tests all work from the same description.
enum class FieldType { Text, Int, Bool, TextList, Bytes };

template <class T>
using MemberPointer =
    std::variant<QString T::*, int T::*, bool T::*, QStringList T::*, QByteArray T::*>;

// One named field of entity T. The name is the JSON key, the SQLite column and
// the name used in edits and change events; the rule says which values it
// accepts (free when none is given).
template <class T> struct Field {
    const char *name;
    MemberPointer<T> member;
    FieldRule rule{};

    FieldType type() const { return static_cast<FieldType>(member.index()); }

    QVariant get(const T &object) const {
        return std::visit([&](auto ptr) { return QVariant::fromValue(object.*ptr); }, member);
    }

    // Converts and stores value; false when it has the wrong type.
    bool set(T &object, const QVariant &value) const {
        return std::visit(
            [&](auto ptr) {
                using V = std::remove_reference_t<decltype(object.*ptr)>;
                if (value.metaType() != QMetaType::fromType<V>())
                    return false;
                object.*ptr = value.value<V>();
                return true;
            },
            member);
    }
};

// Looks up a field by name in an entity's table; nullptr when unknown.
template <class T> const Field<T> *findField(QStringView name) {
    for (const Field<T> &field : T::fields())
        if (name == QLatin1String(field.name))
            return &field;
    return nullptr;
}

// Field-by-field equality, so a test failure can name the differing field.
template <class T> bool sameFields(const T &a, const T &b) {
    for (const Field<T> &field : T::fields())
        if (field.get(a) != field.get(b))
            return false;
    return true;
}

} // namespace blauwdruk
