#pragma once

#include <QString>

namespace blauwdruk {

// Every kind of object a workspace holds; used in edits and change events.
enum class EntityType {
    Workspace,
    Persona,
    Journey,
    Stage,
    Step,
    Lane,
    Card,
    Connection,
    Comment,
    Version,
    Decision
};

// Lower-case English name, as used in messages and `blauwdruk check` output.
QString entityTypeName(EntityType type);

} // namespace blauwdruk
