#pragma once

#include "entitytype.h"
#include "field.h"

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
    QString status = QStringLiteral("idea"); // idea | agreed | planned | done
    QString evidence;                        // "", observed, assumed, proposed
    QStringList tags;
    int votes = 0;
    QString colour;
    QString duration; // for wait points: how long the resident waits

    static std::span<const Field<Card>> fields() {
        static const Field<Card> table[] = {
            {"id", &Card::id},         {"journey", &Card::journey},   {"step", &Card::step},
            {"lane", &Card::lane},     {"position", &Card::position}, {"kind", &Card::kind},
            {"title", &Card::title},   {"text", &Card::text},         {"owner", &Card::owner},
            {"status", &Card::status}, {"evidence", &Card::evidence}, {"tags", &Card::tags},
            {"votes", &Card::votes},   {"colour", &Card::colour},     {"duration", &Card::duration},
        };
        return table;
    }
};

} // namespace blauwdruk
