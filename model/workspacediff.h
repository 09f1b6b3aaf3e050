#pragma once

#include "workspace.h"

#include <QStringList>

#include <vector>

namespace blauwdruk {

// What changed between two states of a workspace (two versions, a version
// and now, the approved state and now), per journey: stages, steps, lanes,
// cards and connections added, removed, changed (which fields) and moved.
struct DiffEntry {
    enum class Kind { Added, Removed, Changed, Moved };
    Kind kind;
    EntityType type;
    QString id;
    QString journey;
    QString title;      // as it is after; as it was for a removed object
    QStringList fields; // Changed: the fields that differ
    QStringList before; // Changed: each field's value before, as text
    QStringList after;  // ... and after

    // "title: “old” → “new”", one line per changed field.
    QString valueChanges() const;
};

class WorkspaceDiff {
public:
    // With `journey`, only that journey's objects. With contentOnly, only
    // fields in the content hash count (ContentHash::contentFields), so a
    // colour or an owner is no change.
    static std::vector<DiffEntry> compare(const Workspace &before, const Workspace &after,
                                          const QString &journey = QString(),
                                          bool contentOnly = false);
    static QString kindName(DiffEntry::Kind kind); // "added", "removed", ...
};

} // namespace blauwdruk
