#include "schema.h"

#include <string>

namespace blauwdruk {

namespace {

// The newest version. STRICT tables let SQLite itself refuse wrongly typed
// values, whoever writes the file. Version 1 was this without
// steps.counterpart; version 2 was this without the comments' parent,
// target_title and edited columns and without the decisions table; version 3
// without cards.session and the tables of work sessions; version 4 without
// cards.due, steps.demo and the tables of dismissals and demo sessions;
// version 5 without the live session's columns (kLiveColumns); version 6
// without the origin columns (kOriginColumns).
const char kCreate[] = R"sql(
CREATE TABLE workspace (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    organisation TEXT NOT NULL,
    theme TEXT NOT NULL,
    description TEXT NOT NULL,
    language TEXT NOT NULL,
    authors TEXT NOT NULL
) STRICT;
CREATE TABLE personas (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    age INTEGER NOT NULL,
    household TEXT NOT NULL,
    income TEXT NOT NULL,
    quote TEXT NOT NULL,
    story TEXT NOT NULL,
    goals TEXT NOT NULL,
    information_needs TEXT NOT NULL,
    pain_points TEXT NOT NULL,
    channels TEXT NOT NULL,
    digital_skills INTEGER NOT NULL,
    self_reliance INTEGER NOT NULL,
    tags TEXT NOT NULL,
    photo BLOB NOT NULL
) STRICT;
CREATE TABLE journeys (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    persona TEXT NOT NULL,
    starting_point TEXT NOT NULL,
    goal TEXT NOT NULL,
    status TEXT NOT NULL,
    reviewed_by TEXT NOT NULL,
    reviewed_at TEXT NOT NULL
) STRICT;
CREATE TABLE stages (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    colour TEXT NOT NULL
) STRICT;
CREATE TABLE steps (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    stage TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    channel TEXT NOT NULL,
    emotion INTEGER NOT NULL,
    duration TEXT NOT NULL,
    moment_of_truth INTEGER NOT NULL,
    counterpart TEXT NOT NULL DEFAULT '',
    demo TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE lanes (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    colour TEXT NOT NULL,
    line_above TEXT NOT NULL
) STRICT;
CREATE TABLE cards (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    step TEXT NOT NULL,
    lane TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    owner TEXT NOT NULL,
    status TEXT NOT NULL,
    evidence TEXT NOT NULL,
    tags TEXT NOT NULL,
    votes INTEGER NOT NULL,
    colour TEXT NOT NULL,
    duration TEXT NOT NULL,
    session TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE connections (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    position INTEGER NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL
) STRICT;
CREATE TABLE comments (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    position INTEGER NOT NULL,
    target TEXT NOT NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created TEXT NOT NULL,
    resolved INTEGER NOT NULL,
    parent TEXT NOT NULL DEFAULT '',
    target_title TEXT NOT NULL DEFAULT '',
    edited TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE versions (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    created TEXT NOT NULL,
    snapshot TEXT NOT NULL
) STRICT;
CREATE INDEX cards_by_journey ON cards (journey);
CREATE TABLE decisions (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    position INTEGER NOT NULL,
    status TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    role TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    remark TEXT NOT NULL,
    hash TEXT NOT NULL,
    version TEXT NOT NULL
) STRICT;
)sql";

// The tables of work sessions (version 4), created as they are by a new file
// and by the migration from version 3.
const char kSessionTables[] = R"sql(
CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT NOT NULL,
    structure_locked INTEGER NOT NULL
) STRICT;
CREATE TABLE participants (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    session TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL
) STRICT;
CREATE TABLE vote_rounds (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    session TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    budget INTEGER NOT NULL,
    cap INTEGER NOT NULL,
    scope TEXT NOT NULL,
    scope_value TEXT NOT NULL,
    closed INTEGER NOT NULL,
    revealed INTEGER NOT NULL
) STRICT;
CREATE TABLE votes (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    round TEXT NOT NULL,
    position INTEGER NOT NULL,
    card TEXT NOT NULL,
    participant TEXT NOT NULL,
    dots INTEGER NOT NULL
) STRICT;
CREATE TABLE agenda_blocks (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    session TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    focus_kind TEXT NOT NULL,
    focus TEXT NOT NULL
) STRICT;
)sql";

// Dismissed health findings and demo sessions with their verdicts
// (version 5), created as they are by a new file and by the migration.
const char kDemoTables[] = R"sql(
CREATE TABLE dismissals (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    target TEXT NOT NULL,
    reason TEXT NOT NULL,
    dismissed_at TEXT NOT NULL
) STRICT;
CREATE TABLE demo_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL
) STRICT;
CREATE TABLE demo_verdicts (
    id TEXT PRIMARY KEY NOT NULL,
    journey TEXT NOT NULL,
    demo TEXT NOT NULL,
    position INTEGER NOT NULL,
    card TEXT NOT NULL,
    verdict TEXT NOT NULL,
    quote TEXT NOT NULL,
    participant TEXT NOT NULL
) STRICT;
)sql";

// The live session (version 6): writing rounds beside vote rounds, and the
// round and participant a card was written by. Added to a new file's tables
// as to a migrated one's, so both have the same columns in the same order.
const char kLiveColumns[] = R"sql(
ALTER TABLE vote_rounds ADD COLUMN kind TEXT NOT NULL DEFAULT 'votes';
ALTER TABLE cards ADD COLUMN round TEXT NOT NULL DEFAULT '';
ALTER TABLE cards ADD COLUMN participant TEXT NOT NULL DEFAULT '';
)sql";

// Reuse (version 7): where a persona, journey, step or card taken from
// another workspace or the shared library came from (model/provenance.h).
const char kOriginColumns[] = R"sql(
ALTER TABLE personas ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE journeys ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE steps ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE cards ADD COLUMN origin TEXT NOT NULL DEFAULT '';
)sql";

} // namespace

const char *Schema::createSql() {
    static const std::string sql =
        std::string(kCreate) + kSessionTables + kDemoTables + kLiveColumns + kOriginColumns;
    return sql.c_str();
}

const char *Schema::migrationSql(int from) {
    switch (from) {
    case 1: // 1 -> 2: steps of an ideal journey remember their current counterpart
        return "ALTER TABLE steps ADD COLUMN counterpart TEXT NOT NULL DEFAULT '';";
    case 2: // 2 -> 3: threaded comments that outlive their target; review decisions
        return "ALTER TABLE comments ADD COLUMN parent TEXT NOT NULL DEFAULT '';"
               "ALTER TABLE comments ADD COLUMN target_title TEXT NOT NULL DEFAULT '';"
               "ALTER TABLE comments ADD COLUMN edited TEXT NOT NULL DEFAULT '';"
               "CREATE TABLE decisions (id TEXT PRIMARY KEY NOT NULL, journey TEXT NOT NULL,"
               " position INTEGER NOT NULL, status TEXT NOT NULL, decided_by TEXT NOT NULL,"
               " role TEXT NOT NULL, decided_at TEXT NOT NULL, remark TEXT NOT NULL,"
               " hash TEXT NOT NULL, version TEXT NOT NULL) STRICT;";
    case 3: { // 3 -> 4: work sessions (session mode) and the cards they captured
        static const std::string sql =
            std::string("ALTER TABLE cards ADD COLUMN session TEXT NOT NULL DEFAULT '';") +
            kSessionTables;
        return sql.c_str();
    }
    case 4: { // 4 -> 5: work lists, demo screens, health dismissals, demo verdicts
        static const std::string sql =
            std::string("ALTER TABLE cards ADD COLUMN due TEXT NOT NULL DEFAULT '';"
                        "ALTER TABLE steps ADD COLUMN demo TEXT NOT NULL DEFAULT '';") +
            kDemoTables;
        return sql.c_str();
    }
    case 5: // 5 -> 6: the live session's writing rounds and participants' cards
        return kLiveColumns;
    case 6: // 6 -> 7: provenance of what was taken from elsewhere
        return kOriginColumns;
    default:
        return nullptr;
    }
}

const char *Schema::reverseMigrationSql(int from) {
    switch (from) {
    case 1:
        return "ALTER TABLE steps DROP COLUMN counterpart;";
    case 2:
        return "DROP TABLE decisions; ALTER TABLE comments DROP COLUMN edited;"
               "ALTER TABLE comments DROP COLUMN target_title;"
               "ALTER TABLE comments DROP COLUMN parent;";
    case 3:
        return "DROP TABLE agenda_blocks; DROP TABLE votes; DROP TABLE vote_rounds;"
               "DROP TABLE participants; DROP TABLE sessions;"
               "ALTER TABLE cards DROP COLUMN session;";
    case 4:
        return "DROP TABLE demo_verdicts; DROP TABLE demo_sessions; DROP TABLE dismissals;"
               "ALTER TABLE steps DROP COLUMN demo; ALTER TABLE cards DROP COLUMN due;";
    case 5:
        return "ALTER TABLE cards DROP COLUMN participant; ALTER TABLE cards DROP COLUMN round;"
               "ALTER TABLE vote_rounds DROP COLUMN kind;";
    case 6:
        return "ALTER TABLE cards DROP COLUMN origin; ALTER TABLE steps DROP COLUMN origin;"
               "ALTER TABLE journeys DROP COLUMN origin; ALTER TABLE personas DROP COLUMN origin;";
    default:
        return nullptr;
    }
}

} // namespace blauwdruk
