#include "libraryschema.h"

namespace blauwdruk {

namespace {

// Migration 1: the published versions and what search reads of them, the
// members' group role, and who may do what. The owner (the administrator
// who runs `init`) bypasses row-level security, so the triggers, which
// bind everybody, keep published versions unchanged even for the owner.
const char *const kVersion1 = R"sql(
CREATE SCHEMA library;
CREATE TABLE library.schema_version (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'blauwdruk_member') THEN
        CREATE ROLE blauwdruk_member NOLOGIN;
    END IF;
END
$$;

CREATE TABLE library.organisations (
    role name PRIMARY KEY,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200)
);

CREATE TABLE library.versions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    lineage uuid NOT NULL,
    number integer NOT NULL CHECK (number > 0),
    organisation name NOT NULL DEFAULT current_user,
    title text NOT NULL,
    theme text NOT NULL DEFAULT '',
    persona text NOT NULL DEFAULT '',
    status text NOT NULL,
    approval_hash text NOT NULL DEFAULT '',
    published_by name NOT NULL DEFAULT session_user,
    published_at timestamptz NOT NULL DEFAULT now(),
    content jsonb NOT NULL,
    retracted_at timestamptz,
    retracted_by name,
    UNIQUE (lineage, organisation, number)
);

CREATE TABLE library.entries (
    version uuid NOT NULL REFERENCES library.versions (id),
    kind text NOT NULL CHECK (kind IN ('journey', 'step', 'card')),
    item uuid NOT NULL,
    step_title text NOT NULL DEFAULT '',
    title text NOT NULL DEFAULT '',
    text text NOT NULL DEFAULT '',
    lane_kind text NOT NULL DEFAULT '',
    card_kind text NOT NULL DEFAULT '',
    PRIMARY KEY (version, kind, item)
);

-- Who and when are the server's to say, not a member's. The owner (an
-- administrator restoring a dump with pg_restore) keeps what it gives.
CREATE FUNCTION library.version_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_user = (SELECT pg_get_userbyid(relowner) FROM pg_class
                       WHERE oid = 'library.versions'::regclass) THEN
        RETURN NEW;
    END IF;
    NEW.published_at := now();
    NEW.published_by := session_user;
    NEW.retracted_at := NULL;
    NEW.retracted_by := NULL;
    RETURN NEW;
END
$$;
CREATE TRIGGER version_inserted BEFORE INSERT ON library.versions
    FOR EACH ROW EXECUTE FUNCTION library.version_inserted();

-- The one change a published version allows: being retracted, once.
CREATE FUNCTION library.version_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.retracted_at IS NOT NULL THEN
        RAISE EXCEPTION 'version % is retracted already', OLD.id USING ERRCODE = 'BD001';
    END IF;
    IF NEW.retracted_at IS NULL THEN
        RAISE EXCEPTION 'a published version can only be retracted' USING ERRCODE = 'BD002';
    END IF;
    IF (NEW.id, NEW.lineage, NEW.number, NEW.organisation, NEW.title, NEW.theme, NEW.persona,
        NEW.status, NEW.approval_hash, NEW.published_by, NEW.published_at, NEW.content)
       IS DISTINCT FROM
       (OLD.id, OLD.lineage, OLD.number, OLD.organisation, OLD.title, OLD.theme, OLD.persona,
        OLD.status, OLD.approval_hash, OLD.published_by, OLD.published_at, OLD.content) THEN
        RAISE EXCEPTION 'a published version cannot be changed, only retracted'
            USING ERRCODE = 'BD002';
    END IF;
    NEW.retracted_at := now();
    NEW.retracted_by := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER version_updated BEFORE UPDATE ON library.versions
    FOR EACH ROW EXECUTE FUNCTION library.version_updated();

CREATE FUNCTION library.refuse_removal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published versions are never deleted or rewritten; retract them instead'
        USING ERRCODE = 'BD002';
END
$$;
CREATE TRIGGER version_kept BEFORE DELETE ON library.versions
    FOR EACH ROW EXECUTE FUNCTION library.refuse_removal();
CREATE TRIGGER versions_kept BEFORE TRUNCATE ON library.versions
    FOR EACH STATEMENT EXECUTE FUNCTION library.refuse_removal();
CREATE TRIGGER entry_kept BEFORE UPDATE OR DELETE ON library.entries
    FOR EACH ROW EXECUTE FUNCTION library.refuse_removal();
CREATE TRIGGER entries_kept BEFORE TRUNCATE ON library.entries
    FOR EACH STATEMENT EXECUTE FUNCTION library.refuse_removal();

-- Everyone reads everything; an organisation publishes and retracts only as
-- itself. An entry belongs to a version its organisation publishes in this
-- very transaction (now() is the transaction's start), so nothing can be
-- added to a version once it is published.
ALTER TABLE library.versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON library.versions FOR SELECT USING (true);
CREATE POLICY publish_own ON library.versions FOR INSERT
    WITH CHECK (organisation = current_user);
CREATE POLICY retract_own ON library.versions FOR UPDATE
    USING (organisation = current_user) WITH CHECK (organisation = current_user);
ALTER TABLE library.entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON library.entries FOR SELECT USING (true);
CREATE POLICY publish_own ON library.entries FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM library.versions v
                        WHERE v.id = version AND v.organisation = current_user
                          AND v.published_at = now()));
ALTER TABLE library.organisations ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON library.organisations FOR SELECT USING (true);

REVOKE ALL ON SCHEMA library FROM PUBLIC;
GRANT USAGE ON SCHEMA library TO blauwdruk_member;
GRANT SELECT ON library.schema_version, library.organisations, library.versions,
    library.entries TO blauwdruk_member;
GRANT INSERT ON library.versions, library.entries TO blauwdruk_member;
GRANT UPDATE (retracted_at, retracted_by) ON library.versions TO blauwdruk_member;

-- The administrator's `add-organisation`: role names are quoted by the
-- server (%I), never spliced by the client.
CREATE FUNCTION library.add_organisation(organisation name, display text)
RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    created boolean := false;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = organisation) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', organisation);
        created := true;
    END IF;
    EXECUTE format('GRANT blauwdruk_member TO %I', organisation);
    INSERT INTO library.organisations (role, name) VALUES (organisation, display)
        ON CONFLICT (role) DO UPDATE SET name = EXCLUDED.name;
    RETURN created;
END
$$;
REVOKE ALL ON FUNCTION library.add_organisation(name, text) FROM PUBLIC;
)sql";

// Migration 2: search. Titles and texts in Dutch (stemming: "aanvragen"
// finds "Aanvraag"), indexed by GIN; the filters by btree. The generated
// column is the database's: a client cannot index something else.
const char *const kVersion2 = R"sql(
ALTER TABLE library.entries ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('dutch'::regconfig, title || ' ' || text)) STORED;
CREATE INDEX entries_search ON library.entries USING gin (search);
CREATE INDEX entries_kinds ON library.entries (card_kind, lane_kind);
CREATE INDEX entries_lane_kind ON library.entries (lane_kind);
CREATE INDEX versions_current ON library.versions (lineage, organisation, number DESC)
    WHERE retracted_at IS NULL;
CREATE INDEX versions_theme ON library.versions (lower(theme));
CREATE INDEX versions_organisation ON library.versions (organisation);
)sql";

// Migration 3: search by journey first. A common word matches a large share
// of a million cards; ranking every matching card took seconds. Each
// version now carries its own stripped tsvector (lexemes only, so a large
// journey stays within tsvector's 1 MB) over all its titles and texts:
// search ranks the journeys on that and reads the cards of the shown ones
// only. Existing versions get theirs from their entries, the one time a
// published row is written (with the guard off, in this transaction).
const char *const kVersion3 = R"sql(
ALTER TABLE library.versions ADD COLUMN search_text text NOT NULL DEFAULT '';
ALTER TABLE library.versions ADD COLUMN search tsvector
    GENERATED ALWAYS AS (strip(to_tsvector('dutch'::regconfig, title || ' ' || search_text)))
    STORED;
ALTER TABLE library.versions DISABLE TRIGGER version_updated;
UPDATE library.versions v SET search_text = coalesce(
    (SELECT string_agg(e.title || ' ' || e.text, ' ') FROM library.entries e
     WHERE e.version = v.id), '');
ALTER TABLE library.versions ENABLE TRIGGER version_updated;
CREATE INDEX versions_search ON library.versions USING gin (search);
-- The cards of one shown journey by kind, for the filters.
CREATE INDEX entries_version_kinds ON library.entries (version, card_kind, lane_kind);
)sql";

const char *const kMigrations[] = {kVersion1, kVersion2, kVersion3};
static_assert(std::size(kMigrations) == LibrarySchema::kVersion);

// One number for all `init`s on this database: they take turns.
const char *const kLock = "SELECT pg_advisory_xact_lock(hashtextextended('blauwdruk library', 0))";

} // namespace

int LibrarySchema::version(PgConnection &connection, QString *error) {
    const PgResult exists =
        connection.exec("SELECT to_regclass('library.schema_version') IS NOT NULL");
    if (!exists.ok()) {
        *error = connection.explain(exists);
        return -1;
    }
    if (exists.value(0, 0) != QLatin1String("t"))
        return 0;
    const PgResult current =
        connection.exec("SELECT coalesce(max(version), 0) FROM library.schema_version");
    if (!current.ok()) {
        *error = connection.explain(current);
        return -1;
    }
    return current.value(0, 0).toInt();
}

bool LibrarySchema::check(PgConnection &connection, QString *error) {
    const int current = version(connection, error);
    if (current < 0)
        return false;
    if (current == 0) {
        *error =
            tr("%1 has no Blauwdruk library; run `blauwdruk library init`").arg(connection.where());
        return false;
    }
    if (current > kVersion) {
        *error = tr("the library in %1 was made by a newer Blauwdruk (schema version %2; this one "
                    "knows %3): update Blauwdruk")
                     .arg(connection.where())
                     .arg(current)
                     .arg(kVersion);
        return false;
    }
    if (current < kVersion) {
        *error = tr("the library in %1 is at schema version %2; an administrator upgrades it with "
                    "`blauwdruk library init`")
                     .arg(connection.where())
                     .arg(current);
        return false;
    }
    return true;
}

bool LibrarySchema::upgrade(PgConnection &connection, int target, int *from, int *to,
                            QString *error) {
    target = std::clamp(target, 1, kVersion);
    *from = *to = -1;
    for (int next = 1; next <= target; ++next) {
        PgTransaction transaction(connection);
        if (!transaction.begin().ok()) {
            *error = connection.explain(transaction.begin());
            return false;
        }
        if (const PgResult locked = connection.exec(kLock); !locked.ok()) {
            *error = connection.explain(locked);
            return false;
        }
        const int current = version(connection, error);
        if (current < 0)
            return false;
        if (*from < 0)
            *from = current;
        if (current > kVersion) {
            *error = tr("the library in %1 was made by a newer Blauwdruk (schema version %2); "
                        "it is left as it is")
                         .arg(connection.where())
                         .arg(current);
            return false;
        }
        *to = current;
        if (current >= next)
            continue; // rolled back: nothing was done
        const PgResult applied = connection.execScript(kMigrations[next - 1]);
        if (!applied.ok()) {
            *error = tr("cannot make the library (schema version %1) in %2: %3")
                         .arg(next)
                         .arg(connection.where(), connection.explain(applied));
            return false;
        }
        const PgResult recorded =
            connection.exec("INSERT INTO library.schema_version (version) VALUES ($1::integer)",
                            {QString::number(next)});
        if (!recorded.ok()) {
            *error = connection.explain(recorded);
            return false;
        }
        if (const PgResult committed = transaction.commit(); !committed.ok()) {
            *error = connection.explain(committed);
            return false;
        }
        *to = next;
    }
    return true;
}

} // namespace blauwdruk
