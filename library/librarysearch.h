#pragma once

#include "pgconnection.h"

#include <QString>

#include <optional>
#include <vector>

namespace blauwdruk {

// A search of the library: text in Dutch (PostgreSQL's websearch syntax:
// words, "a phrase", -not, or), narrowed by theme, organisation (its role or
// its name), lane kind and card kind. Empty fields do not narrow.
struct LibraryQuery {
    QString text;
    QString theme;
    QString organisation;
    QString laneKind;
    QString cardKind;
    int limit = 50;
};

// A step or card that matched, with its step's title for context.
struct LibraryMatch {
    QString kind; // step or card
    QString id;
    QString title;
    QString step;
};

// A published journey that matched: the newest standing version of its
// lineage, best match first.
struct LibraryHit {
    QString id; // the version
    QString journey;
    QString title;
    QString organisation; // its name
    QString status;
    QString publishedAt;
    QString theme;
    int number = 0;
    std::vector<LibraryMatch> matches; // at most kMaxMatches, best first
};

// Runs a LibraryQuery: one statement, ranked by the server.
class LibrarySearch {
public:
    static constexpr int kMaxResults = 200;
    static constexpr int kMaxMatches = 20; // per journey: enough to see why it matched

    static std::optional<std::vector<LibraryHit>> run(PgConnection &connection,
                                                      const LibraryQuery &query, QString *error);
};

} // namespace blauwdruk
