#pragma once

#include "entitytype.h"

#include <QString>

namespace blauwdruk {

// Names one object of a workspace by kind and id.
struct EntityRef {
    EntityType type;
    QString id;

    bool operator==(const EntityRef &) const = default;
};

} // namespace blauwdruk
