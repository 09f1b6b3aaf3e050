#pragma once

#include "entitytype.h"

#include <QString>

namespace blauwdruk {

// One thing wrong with a workspace, pointing at the object it concerns.
struct Problem {
    EntityType type = EntityType::Workspace;
    QString id;
    QString message;

    // "card 1c0e…: refers to a missing lane 77ab…"
    QString toString() const;
};

} // namespace blauwdruk
