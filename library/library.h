#pragma once

#include "librarysearch.h"
#include "libraryversion.h"
#include "pgconnection.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace blauwdruk {

// The shared library (docs/library.md): journeys published by organisations
// as immutable versions, searched in Dutch, taken into a workspace. A client
// of PostgreSQL; who may do what is decided by the database (LibrarySchema),
// this class only says the database's answers clearly. Every write that
// changes no row is found out and said, since row-level security hides
// another's rows rather than refusing.
class Library {
    Q_DECLARE_TR_FUNCTIONS(Library)
public:
    explicit Library(PgConnection &connection)
        : mConnection(connection) {}

    // Administrator: creates or upgrades the schema (LibrarySchema::upgrade).
    bool init(int *from, int *to, QString *error, int target = 0);
    // Administrator: a login role for the organisation (created when
    // missing, without a password), made a member, and its name recorded.
    bool addOrganisation(const QString &role, const QString &name, bool *created, QString *error);

    // Publishes the journey (with its persona) of `workspace` as the next
    // version of its lineage, as the connected organisation; one transaction.
    std::optional<LibraryVersion> publish(const Workspace &workspace, const QString &journeyId,
                                          QString *error);
    std::optional<std::vector<LibraryHit>> search(const LibraryQuery &query, QString *error);
    // Marks the version retracted; refused for another's, an unknown or a
    // retracted one, with the reason.
    bool retract(const QString &versionId, QString *error);
    // What the library says of a version; nullopt with "no such version".
    std::optional<LibraryVersion> version(const QString &versionId, QString *error);
    // The version's journey as a workspace, read and validated like a file
    // from elsewhere: a library row is untrusted input. Refused for a
    // retracted version.
    std::optional<Workspace> fetch(const QString &versionId, LibraryVersion *info, QString *error);

private:
    PgConnection &mConnection;
};

} // namespace blauwdruk
