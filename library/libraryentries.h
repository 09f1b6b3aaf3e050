#pragma once

#include "workspace.h"

#include <QByteArray>
#include <QString>

namespace blauwdruk {

// What search reads of a published journey: one row per journey, step and
// card (title, text, its step's title, lane and card kind), as a JSON array
// the server unpacks into library.entries (jsonb_to_recordset), so a
// 500-card journey is one statement, not 500.
class LibraryEntries {
public:
    static QByteArray json(const Workspace &workspace, const QString &journeyId);
    // The id as the library stores it: a uuid. Ids are uuids in every file
    // Blauwdruk writes; another id is mapped to a stable name-based uuid.
    static QString asUuid(const QString &id);
};

} // namespace blauwdruk
