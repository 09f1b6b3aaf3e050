#pragma once

#include <QString>

struct sqlite3;

namespace blauwdruk::schemacheck {

// What makes the schema of `db` differ from the one Blauwdruk writes for file
// format `version`; empty when it is the same. Every table, column, index,
// constraint and collation counts: a UNIQUE index or a CHECK constraint of
// someone else's would make our writes delete or refuse rows, a generated
// column would make them fail. Compared as SQL tokens, so the text SQLite's
// ALTER TABLE leaves in an upgraded file matches a newly created one.
QString difference(sqlite3 *db, int version);

} // namespace blauwdruk::schemacheck
