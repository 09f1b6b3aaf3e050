#pragma once

#include "entitytype.h"
#include "field.h"

namespace blauwdruk {

// A fictional model resident (never a real person; see the privacy guard).
struct Persona {
    static constexpr EntityType kType = EntityType::Persona;
    static constexpr const char *kTable = "personas";

    QString id;
    int position = 0;
    QString name;
    QByteArray photo; // PNG or JPEG bytes; empty means "draw an avatar"
    int age = 0;      // 0: not given
    QString household;
    QString income;
    QString quote;
    QString story;
    QString goals;
    QString informationNeeds;
    QString painPoints;
    QString channels;
    int digitalSkills = 0; // a scale from 1; 0: not given
    int selfReliance = 0;  // a scale from 1; 0: not given
    QStringList tags;
    QString origin; // taken from elsewhere: where from (Provenance)

    static std::span<const Field<Persona>> fields() {
        static const Field<Persona> table[] = {
            {"id", &Persona::id},
            {"position", &Persona::position},
            {"name", &Persona::name, FieldRule::nonBlank()},
            {"age", &Persona::age, FieldRule::between(0, 130)},
            {"household", &Persona::household},
            {"income", &Persona::income},
            {"quote", &Persona::quote},
            {"story", &Persona::story},
            {"goals", &Persona::goals},
            {"information_needs", &Persona::informationNeeds},
            {"pain_points", &Persona::painPoints},
            {"channels", &Persona::channels},
            {"digital_skills", &Persona::digitalSkills, FieldRule::between(0, 5)},
            {"self_reliance", &Persona::selfReliance, FieldRule::between(0, 5)},
            {"tags", &Persona::tags},
            {"photo", &Persona::photo},
            {"origin", &Persona::origin, FieldRule::origin()},
        };
        return table;
    }
};

} // namespace blauwdruk
