#pragma once

#include "workspace.h"

#include <QByteArray>
#include <QStringList>

namespace blauwdruk {

// What a journey says, as one SHA-256: an approval records it, and a journey
// whose content no longer gives the same hash has changed since approval.
// The canonical form is defined in docs/file-format.md ("Content hash").
class ContentHash {
public:
    // Lower-case hex SHA-256 of canonicalForm(); empty for an unknown journey.
    static QString of(const Workspace &workspace, const QString &journey);
    // Compact UTF-8 JSON, keys sorted, lists in the journey's order.
    static QByteArray canonicalForm(const Workspace &workspace, const QString &journey);
    // The fields of a type that are in the hash; presentation and review
    // fields (colours, owner, status, votes, tags) are not.
    static const QStringList &contentFields(EntityType type);
};

} // namespace blauwdruk
