#pragma once

#include "entitytype.h"
#include "field.h"
#include "vocabulary.h"

namespace blauwdruk {

// An arrow between two cards of the same journey.
struct Connection {
    static constexpr EntityType kType = EntityType::Connection;
    static constexpr const char *kTable = "connections";

    QString id;
    QString journey;
    int position = 0;
    QString from; // card id
    QString to;   // card id
    QString kind = QStringLiteral("flow");
    QString label;

    static std::span<const Field<Connection>> fields() {
        static const Field<Connection> table[] = {
            {"id", &Connection::id},
            {"journey", &Connection::journey},
            {"position", &Connection::position},
            {"from", &Connection::from},
            {"to", &Connection::to},
            {"kind", &Connection::kind, FieldRule::oneOf(vocabulary::connectionKinds())},
            {"label", &Connection::label},
        };
        return table;
    }
};

} // namespace blauwdruk
