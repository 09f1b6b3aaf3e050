#pragma once

#include "entitytype.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <vector>

namespace blauwdruk {

// A typed change event: what changed in the workspace, so each view updates
// only that. `fields` lists the changed fields of an Updated object.
struct Change {
    enum class Kind { Inserted, Removed, Updated };
    Kind kind;
    EntityType type;
    QString id;
    QStringList fields;
};

using Changes = std::vector<Change>;

} // namespace blauwdruk

Q_DECLARE_METATYPE(blauwdruk::Changes)
