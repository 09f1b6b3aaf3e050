#include "librarysearch.h"

#include <nlohmann/json.hpp>

namespace blauwdruk {

namespace {

// $1 text, $2 theme, $3 organisation (role or name), $4 lane kind,
// $5 card kind, $6 limit, $7 matches per journey. Only the newest standing
// version of each lineage counts. Journeys are found and ranked on their
// own tsvector (one per version, LibrarySchema migration 3), then the cards
// and steps that match are read for the journeys shown only, through the
// entries' primary key, at most $7 each: a common word among a million cards
// costs the journeys it ranks, not every card it matches. With a kind filter
// a journey counts only when one of its cards is of that kind.
const char *const kSearch = R"sql(
WITH q AS (
    SELECT CASE WHEN $1 = '' THEN NULL ELSE websearch_to_tsquery('dutch', $1) END AS query
), cur AS (
    SELECT DISTINCT ON (v.lineage, v.organisation)
           v.id, v.lineage, v.organisation, v.title, v.status, v.published_at, v.theme,
           v.number, v.search
    FROM library.versions v
    WHERE v.retracted_at IS NULL
      AND ($2 = '' OR lower(v.theme) = lower($2))
      AND ($3 = '' OR v.organisation::text = $3
           OR v.organisation IN (SELECT o.role FROM library.organisations o
                                 WHERE lower(o.name) = lower($3)))
    ORDER BY v.lineage, v.organisation, v.number DESC
), ranked AS (
    SELECT c.*, CASE WHEN q.query IS NULL THEN 0 ELSE ts_rank(c.search, q.query) END AS rank
    FROM cur c CROSS JOIN q
    WHERE q.query IS NULL OR c.search @@ q.query
    ORDER BY rank DESC, c.published_at DESC
), shown AS (
    SELECT r.*, m.matches
    FROM ranked r CROSS JOIN q
    CROSS JOIN LATERAL (
        SELECT coalesce(jsonb_agg(jsonb_build_object('kind', e.kind, 'id', e.item,
                                                     'title', e.title, 'step', e.step_title)),
                        '[]'::jsonb) AS matches
        FROM (SELECT e.kind, e.item, e.title, e.step_title FROM library.entries e
              WHERE e.version = r.id AND e.kind <> 'journey'
                AND ($1 <> '' OR $4 <> '' OR $5 <> '')
                AND (q.query IS NULL OR e.search @@ q.query)
                AND ($4 = '' OR e.lane_kind = $4)
                AND ($5 = '' OR e.card_kind = $5)
              LIMIT $7::integer) e) m
    WHERE ($4 = '' AND $5 = '') OR m.matches <> '[]'::jsonb
    LIMIT $6::integer
)
SELECT s.id, s.lineage, s.title, coalesce(o.name, s.organisation::text), s.status,
       to_char(s.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), s.theme, s.number,
       s.matches::text
FROM shown s LEFT JOIN library.organisations o ON o.role = s.organisation
ORDER BY s.rank DESC, s.published_at DESC
)sql";

QString text(const nlohmann::json &object, const char *key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}

} // namespace

std::optional<std::vector<LibraryHit>>
LibrarySearch::run(PgConnection &connection, const LibraryQuery &query, QString *error) {
    const int limit = std::clamp(query.limit, 1, kMaxResults);
    const PgResult result = connection.exec(
        kSearch, {query.text.trimmed(), query.theme.trimmed(), query.organisation.trimmed(),
                  query.laneKind.trimmed(), query.cardKind.trimmed(), QString::number(limit),
                  QString::number(kMaxMatches)});
    if (!result.ok()) {
        *error = connection.explain(result);
        return std::nullopt;
    }
    std::vector<LibraryHit> hits;
    hits.reserve(size_t(result.rows()));
    for (int row = 0; row < result.rows(); ++row) {
        LibraryHit hit;
        hit.id = result.value(row, 0);
        hit.journey = result.value(row, 1);
        hit.title = result.value(row, 2);
        hit.organisation = result.value(row, 3);
        hit.status = result.value(row, 4);
        hit.publishedAt = result.value(row, 5);
        hit.theme = result.value(row, 6);
        hit.number = result.value(row, 7).toInt();
        // The server made this array just now; still, a bad one is no match
        // rather than a crash.
        const nlohmann::json matches =
            nlohmann::json::parse(result.bytes(row, 8).toStdString(), nullptr, false);
        if (matches.is_array())
            for (const nlohmann::json &match : matches)
                if (match.is_object())
                    hit.matches.push_back({text(match, "kind"), text(match, "id"),
                                           text(match, "title"), text(match, "step")});
        hits.push_back(std::move(hit));
    }
    return hits;
}

} // namespace blauwdruk
