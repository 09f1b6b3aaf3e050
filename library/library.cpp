#include "library.h"

#include "jsoncodec.h"
#include "libraryentries.h"
#include "libraryschema.h"
#include "review.h"
#include "sizelimits.h"
#include "validator.h"

#include <QRegularExpression>
#include <QUuid>

namespace blauwdruk {

namespace {

const char *const kVersionColumns = R"sql(
    v.id, v.lineage, v.number, v.organisation, coalesce(o.name, v.organisation::text), v.title,
    v.theme, v.persona, v.status, v.approval_hash, v.published_by,
    to_char(v.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    coalesce(to_char(v.retracted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), ''),
    coalesce(v.retracted_by::text, '')
)sql";

// One version as the library describes it, with its organisation's name.
PgResult selectVersion(PgConnection &connection, const QString &id) {
    static const QByteArray sql =
        QStringLiteral("SELECT %1 FROM library.versions v LEFT JOIN library.organisations o "
                       "ON o.role = v.organisation WHERE v.id = $1::uuid")
            .arg(QLatin1String(kVersionColumns))
            .toUtf8();
    return connection.exec(sql.constData(), {id});
}

LibraryVersion versionFrom(const PgResult &result, int row) {
    LibraryVersion v;
    v.id = result.value(row, 0);
    v.lineage = result.value(row, 1);
    v.number = result.value(row, 2).toInt();
    v.organisation = result.value(row, 3);
    v.organisationName = result.value(row, 4);
    v.title = result.value(row, 5);
    v.theme = result.value(row, 6);
    v.persona = result.value(row, 7);
    v.status = result.value(row, 8);
    v.approvalHash = result.value(row, 9);
    v.publishedBy = result.value(row, 10);
    v.publishedAt = result.value(row, 11);
    v.retractedAt = result.value(row, 12);
    v.retractedBy = result.value(row, 13);
    return v;
}

// A version id as the user typed it; anything but a uuid names no version
// (and never reaches the server as a cast error).
QString versionUuid(const QString &text) {
    const QUuid uuid = QUuid::fromString(text.trimmed());
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

} // namespace

bool Library::init(int *from, int *to, QString *error, int target) {
    return LibrarySchema::upgrade(mConnection, target > 0 ? target : LibrarySchema::kVersion, from,
                                  to, error);
}

bool Library::addOrganisation(const QString &role, const QString &name, bool *created,
                              QString *error) {
    // A plain lower-case role name: it is typed in connection strings and
    // pg_hba.conf, where quoting is easy to get wrong.
    static const QRegularExpression kRole(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!kRole.match(role).hasMatch()) {
        *error =
            tr("\"%1\" is not a role name: lower-case letters, digits and _, at most 63").arg(role);
        return false;
    }
    if (role.startsWith(QLatin1String("pg_")) ||
        role == QLatin1String(LibrarySchema::kMemberRole)) {
        *error = tr("\"%1\" is reserved and cannot be an organisation").arg(role);
        return false;
    }
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed.size() > 200) {
        *error = tr("name the organisation (--name), in at most 200 characters");
        return false;
    }
    if (!LibrarySchema::check(mConnection, error))
        return false;
    const PgResult result =
        mConnection.exec("SELECT library.add_organisation($1::name, $2)", {role, trimmed});
    if (!result.ok()) {
        *error = mConnection.explain(result);
        return false;
    }
    *created = result.value(0, 0) == QLatin1String("t");
    return true;
}

std::optional<LibraryVersion> Library::publish(const Workspace &ws, const QString &journeyId,
                                               QString *error) {
    const Journey *journey = ws.find<Journey>(journeyId);
    if (!journey) {
        *error = tr("no such journey");
        return std::nullopt;
    }
    const QByteArray content = JsonCodec::write(ws, journeyId);
    if (content.size() > limits::kMaxJsonBytes) {
        *error = tr("the journey is too large to publish (%1 MB of JSON; at most %2 MB)")
                     .arg(content.size() >> 20)
                     .arg(limits::kMaxJsonBytes >> 20);
        return std::nullopt;
    }
    QString persona;
    if (const Persona *p = ws.find<Persona>(journey->persona))
        persona = p->name;
    QString approvalHash;
    if (journey->status == QLatin1String("approved"))
        if (const Decision *decision = Review::lastDecision(ws, journeyId))
            approvalHash = decision->hash;
    const QByteArray entries = LibraryEntries::json(ws, journeyId);
    if (!LibrarySchema::check(mConnection, error))
        return std::nullopt;

    PgTransaction transaction(mConnection);
    auto failed = [&](const PgResult &result) {
        *error = mConnection.explain(result);
        return std::nullopt;
    };
    if (!transaction.begin().ok())
        return failed(transaction.begin());
    const QString lineage = LibraryEntries::asUuid(journey->id);
    // Two publishes of one journey by one organisation take turns for the
    // next number; other journeys are not held up.
    const PgResult locked = mConnection.exec(
        "SELECT pg_advisory_xact_lock(hashtextextended($1 || '/' || current_user, 0))", {lineage});
    if (!locked.ok())
        return failed(locked);
    const QString sql = QStringLiteral(R"sql(
        INSERT INTO library.versions AS v (lineage, number, title, theme, persona, status,
                                           approval_hash, content, search_text)
        VALUES ($1::uuid,
                (SELECT coalesce(max(number), 0) + 1 FROM library.versions
                 WHERE lineage = $1::uuid AND organisation = current_user),
                $2, $3, $4, $5, $6, $7::jsonb,
                (SELECT coalesce(string_agg((e->>'title') || ' ' || (e->>'text'), ' '), '')
                 FROM jsonb_array_elements($8::jsonb) e))
        RETURNING v.id)sql");
    const PgResult inserted =
        mConnection.exec(sql.toUtf8().constData(),
                         {lineage, journey->title, ws.meta.theme, persona, journey->status,
                          approvalHash, QString::fromUtf8(content), QString::fromUtf8(entries)});
    if (!inserted.ok())
        return failed(inserted);
    const QString id = inserted.value(0, 0);
    const PgResult indexed = mConnection.exec(R"sql(
        INSERT INTO library.entries (version, kind, item, step_title, title, text, lane_kind,
                                     card_kind)
        SELECT $1::uuid, e.kind, e.item, e.step_title, e.title, e.text, e.lane_kind, e.card_kind
        FROM jsonb_to_recordset($2::jsonb) AS e(kind text, item uuid, step_title text,
                                               title text, text text, lane_kind text,
                                               card_kind text))sql",
                                              {id, QString::fromUtf8(entries)});
    if (!indexed.ok())
        return failed(indexed);
    const PgResult described = selectVersion(mConnection, id);
    if (!described.ok() || described.rows() != 1)
        return failed(described);
    const LibraryVersion published = versionFrom(described, 0);
    const PgResult committed = transaction.commit();
    if (!committed.ok()) {
        // The COMMIT may or may not have reached the server.
        *error = mConnection.isLost() || committed.sqlState().isEmpty()
                     ? tr("the connection to the library was lost while publishing; search for "
                          "\"%1\" to see whether version %2 was published")
                           .arg(journey->title, id)
                     : mConnection.explain(committed);
        return std::nullopt;
    }
    return published;
}

std::optional<std::vector<LibraryHit>> Library::search(const LibraryQuery &query, QString *error) {
    if (!LibrarySchema::check(mConnection, error))
        return std::nullopt;
    return LibrarySearch::run(mConnection, query, error);
}

std::optional<LibraryVersion> Library::version(const QString &versionId, QString *error) {
    const QString id = versionUuid(versionId);
    if (id.isEmpty()) {
        *error = tr("no such version: %1").arg(versionId);
        return std::nullopt;
    }
    if (!LibrarySchema::check(mConnection, error))
        return std::nullopt;
    const PgResult result = selectVersion(mConnection, id);
    if (!result.ok()) {
        *error = mConnection.explain(result);
        return std::nullopt;
    }
    if (result.rows() != 1) {
        *error = tr("no such version: %1").arg(id);
        return std::nullopt;
    }
    return versionFrom(result, 0);
}

bool Library::retract(const QString &versionId, QString *error) {
    std::optional<LibraryVersion> before = version(versionId, error);
    if (!before)
        return false;
    // The database decides: row-level security shows this UPDATE only our
    // own rows. Zero rows changed is a refusal to explain, not a success.
    const PgResult result =
        mConnection.exec("UPDATE library.versions SET retracted_at = now() "
                         "WHERE id = $1::uuid AND retracted_at IS NULL RETURNING id",
                         {before->id});
    if (!result.ok()) {
        *error = mConnection.explain(result);
        return false;
    }
    if (result.rows() == 1)
        return true;
    // Read again: it may have been retracted a moment ago.
    std::optional<LibraryVersion> now = version(before->id, error);
    if (!now)
        return false;
    if (!now->retractedAt.isEmpty())
        *error = tr("version %1 is retracted already (%2, by %3)")
                     .arg(now->id, now->retractedAt, now->retractedBy);
    else if (now->organisation != mConnection.user())
        *error = tr("version %1 belongs to %2; only they can retract it")
                     .arg(now->id, now->organisationName);
    else
        *error =
            tr("version %1 was not retracted: the library refused without a reason").arg(now->id);
    return false;
}

std::optional<Workspace> Library::fetch(const QString &versionId, LibraryVersion *info,
                                        QString *error) {
    std::optional<LibraryVersion> described = version(versionId, error);
    if (!described)
        return std::nullopt;
    if (!described->retractedAt.isEmpty()) {
        *error = tr("version %1 was retracted by %2 (%3); it can no longer be taken")
                     .arg(described->id, described->organisationName, described->retractedAt);
        return std::nullopt;
    }
    // The size first: a huge row is refused before it is sent.
    const PgResult result = mConnection.exec(
        "SELECT octet_length(content::text), CASE WHEN octet_length(content::text) <= "
        "$2::bigint THEN content::text END FROM library.versions WHERE id = $1::uuid",
        {described->id, QString::number(limits::kMaxJsonBytes)});
    if (!result.ok()) {
        *error = mConnection.explain(result);
        return std::nullopt;
    }
    if (result.rows() != 1) {
        *error = tr("no such version: %1").arg(described->id);
        return std::nullopt;
    }
    const QString damaged = tr("version %1 in the library is damaged and cannot be taken: %2");
    if (result.isNull(0, 1)) {
        *error = damaged.arg(described->id,
                             tr("its content is %1 MB, more than a journey can be (%2 MB)")
                                 .arg(result.value(0, 0).toLongLong() >> 20)
                                 .arg(limits::kMaxJsonBytes >> 20));
        return std::nullopt;
    }
    QString problem;
    std::optional<Workspace> ws = JsonCodec::read(result.bytes(0, 1), &problem);
    if (!ws) {
        *error = damaged.arg(described->id, problem);
        return std::nullopt;
    }
    if (const std::vector<Problem> problems = validateWorkspace(*ws); !problems.empty()) {
        *error = damaged.arg(described->id, summarizeProblems(problems));
        return std::nullopt;
    }
    if (ws->journeys.size() != 1) {
        *error = damaged.arg(described->id,
                             tr("it holds %1 journeys instead of one").arg(ws->journeys.size()));
        return std::nullopt;
    }
    if (info)
        *info = *described;
    return ws;
}

} // namespace blauwdruk
