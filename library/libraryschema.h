#pragma once

#include "pgconnection.h"

#include <QCoreApplication>
#include <QString>

namespace blauwdruk {

// The library's tables in schema `library`, made and upgraded by forward-only
// migrations. `library.schema_version` records each one applied; each runs in
// its own transaction under an advisory lock, so a failed or interrupted
// upgrade leaves the last complete version and two `init`s at once wait for
// each other. Who may do what is the database's business (docs/library.md):
// the group role kMemberRole reads everything and inserts; row-level security
// and triggers keep each organisation to its own rows and keep published
// versions unchanged.
class LibrarySchema {
    Q_DECLARE_TR_FUNCTIONS(LibrarySchema)
public:
    static constexpr int kVersion = 3; // 1: versions, entries, roles, RLS; 2: Dutch search;
                                       // 3: search by journey first
    static constexpr const char *kMemberRole = "blauwdruk_member";

    // Creates the library or upgrades it to `target` (kVersion but in tests).
    // Running it again is a no-op. `from` and `to` say what it did.
    static bool upgrade(PgConnection &connection, int target, int *from, int *to, QString *error);
    // The library's schema version; 0 when the database has none; -1 with
    // `error` when it cannot be read.
    static int version(PgConnection &connection, QString *error);
    // The library is there and current: else false with a message that says
    // what to run.
    static bool check(PgConnection &connection, QString *error);
};

} // namespace blauwdruk
