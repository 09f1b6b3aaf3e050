// Measures the shared library (issue 19) at the scale of many municipalities:
// 50 organisations, 1,000 published journeys, 1,000,000 cards. Real journeys
// go through Library::publish (timed: a 500-card journey); the bulk is
// generated on the server (generate_series) with Dutch titles and texts, so
// that the search index and the filters see a realistic spread of words and
// kinds. Then: search p50/p95 over Dutch queries and filters, as a member
// role (row-level security on), and taking a 500-card journey the way
// `library take` does (fetch, validate, copy into a file as one undo step).
// Run by hand, never a timed test; figures go in docs/performance.md.
//
//   build/tests/bench_library [--db CONNINFO]
//
// Without --db it starts a throwaway cluster in a temporary folder (as
// `nobody` when run as root) and removes it afterwards.
#include "document.h"
#include "generatedjourney.h"
#include "library.h"
#include "store.h"
#include "takeinto.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <pwd.h>
#include <unistd.h>

using namespace blauwdruk;
using namespace blauwdruk::bench;

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

bool serverProgram(const QString &dir, const QString &program, const QStringList &arguments) {
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (::geteuid() == 0) {
        process.setProgram(QStringLiteral("runuser"));
        process.setArguments(QStringList{"-u", "nobody", "--", kBin + program} + arguments);
    } else {
        process.setProgram(kBin + program);
        process.setArguments(arguments);
    }
    process.start();
    process.waitForFinished(600000);
    if (process.exitCode() != 0)
        std::fprintf(stderr, "%s\n", process.readAll().constData());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// A throwaway cluster, stopped and removed at the end.
struct Cluster {
    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/bench-library-XXXXXX")};
    bool running = false;
    Cluster() {
        if (::geteuid() == 0)
            if (const passwd *nobody = ::getpwnam("nobody")) [[maybe_unused]]
                int ignored =
                    ::chown(dir.path().toLocal8Bit().constData(), nobody->pw_uid, nobody->pw_gid);
        const QString data = dir.filePath("data");
        running = serverProgram(dir.path(), "initdb",
                                {"-N", "-D", data, "--auth=trust", "-U", "blauwdruk_admin", "-E",
                                 "UTF8", "--locale=C.UTF-8"}) &&
                  serverProgram(dir.path(), "pg_ctl",
                                {"start", "-w", "-D", data, "-l", dir.filePath("server.log"), "-o",
                                 QStringLiteral("-c listen_addresses='' -k %1").arg(dir.path())});
        if (running) {
            PgConnection postgres(conninfo("blauwdruk_admin", "postgres"));
            running = postgres.exec("CREATE DATABASE library").ok();
        }
    }
    ~Cluster() {
        serverProgram(dir.path(), "pg_ctl",
                      {"stop", "-w", "-m", "immediate", "-D", dir.filePath("data")});
    }
    QString conninfo(const QString &user, const QString &db = QStringLiteral("library")) const {
        return QStringLiteral("host=%1 user=%2 dbname=%3").arg(dir.path(), user, db);
    }
};

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

bool run(PgConnection &connection, const char *sql, const QStringList &parameters = {}) {
    const PgResult result = connection.exec(sql, parameters);
    if (!result.ok())
        std::fprintf(stderr, "%s\n", qPrintable(connection.explain(result)));
    return result.ok();
}

// The generated part: 1000 cards per journey over 20 steps and 8 lanes,
// titles and texts drawn from the words of municipal services.
const char *const kGenerate = R"sql(
WITH words AS (
    SELECT ARRAY['aanvraag','aanvragen','bijzondere','bijstand','kwijtschelding','toeslag',
                 'inkomen','formulier','brief','beschikking','bezwaar','termijn','wachten',
                 'loket','telefoon','website','DigiD','bewijsstukken','afspraak','huisbezoek',
                 'schulden','energie','zorgverzekering','kindregeling','meedoen','regeling',
                 'vooringevuld','verlenging','klantregisseur','signaal','uitkering','betaling',
                 'terugvordering','ondersteuning','budget','contact','gesprek','besluit',
                 'informatie','wijziging'] AS w
), kinds AS (
    SELECT ARRAY['note','pain_point','opportunity','idea','question','fail_point',
                 'wait_point','kpi','decision'] AS c,
           ARRAY['customer','frontstage','backstage','support','content','evidence',
                 'governance','tech'] AS l
), new_versions AS (
    INSERT INTO library.versions (lineage, number, organisation, title, theme, persona, status,
                                  content)
    SELECT gen_random_uuid(), 1, 'org' || lpad(((g % 50) + 1)::text, 2, '0'),
           initcap(w[1 + (g * 7) % 40]) || ' ' || w[1 + (g * 13) % 40] || ' ' || g,
           (ARRAY['Minimaregelingen','Schuldhulp','Werk','Zorg','Wonen'])[1 + g % 5],
           'Persona ' || g, (ARRAY['concept','in_review','approved'])[1 + g % 3], '{}'::jsonb
    FROM generate_series($1::int, $2::int) g, words
    RETURNING id
), steps AS (
    INSERT INTO library.entries (version, kind, item, step_title, title, text)
    SELECT v.id, 'step', gen_random_uuid(), 'Stap ' || s, 'Stap ' || s || ' ' || w[1 + s * 3 % 40],
           w[1 + s % 40] || ' ' || w[1 + (s * 11) % 40]
    FROM new_versions v, generate_series(1, 20) s, words
)
INSERT INTO library.entries (version, kind, item, step_title, title, text, lane_kind, card_kind)
SELECT v.id, 'card', gen_random_uuid(), 'Stap ' || (1 + n % 20),
       initcap(w[1 + (h % 40)]) || ' ' || w[1 + ((h / 40) % 40)] || ' ' || w[1 + ((h / 1600) % 40)],
       w[1 + ((h / 7) % 40)] || ' en ' || w[1 + ((h / 11) % 40)] || ' bij de gemeente, ' ||
           w[1 + ((h / 13) % 40)] || ' ' || w[1 + ((h / 17) % 40)],
       l[1 + (h / 3) % 8], c[1 + (h / 5) % 9]
FROM new_versions v, generate_series(1, 1000) n, words, kinds,
     LATERAL (SELECT abs(hashtext(v.id::text || n)) AS h) x
)sql";

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as it is measured
    QString db;
    const QStringList arguments = app.arguments();
    if (const qsizetype at = arguments.indexOf("--db"); at > 0 && at + 1 < arguments.size())
        db = arguments.at(at + 1);
    std::unique_ptr<Cluster> cluster;
    if (db.isEmpty()) {
        cluster = std::make_unique<Cluster>();
        if (!cluster->running) {
            std::fprintf(stderr, "cannot start a throwaway cluster\n");
            return 1;
        }
        db = cluster->conninfo("blauwdruk_admin");
    }
    auto member = [&](const QString &role) { return db + QStringLiteral(" user=") + role; };

    PgConnection admin(db);
    if (!admin.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(admin.error()));
        return 1;
    }
    Library adminLibrary(admin);
    QString error;
    int from = 0, to = 0;
    if (!adminLibrary.init(&from, &to, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    double ms = timed([&] {
        for (int i = 1; i <= 50; ++i) {
            bool created = false;
            adminLibrary.addOrganisation(QStringLiteral("org%1").arg(i, 2, 10, QLatin1Char('0')),
                                         QStringLiteral("Gemeente %1").arg(i), &created, &error);
        }
    });
    std::printf("50 organisations: %.0f ms\n", ms);

    // Real journeys through publish: a 500-card journey, 10 times (10
    // versions of one lineage), as org01.
    const Workspace journey = generatedJourney(5, 4, 500);
    const QString journeyId = journey.journeys.front().id;
    PgConnection org01(member("org01"));
    Library library(org01);
    std::vector<double> publishMs;
    QString published;
    for (int i = 0; i < 10; ++i)
        publishMs.push_back(timed([&] {
            std::optional<LibraryVersion> v = library.publish(journey, journeyId, &error);
            if (!v)
                std::fprintf(stderr, "publish: %s\n", qPrintable(error));
            else
                published = v->id;
        }));
    std::printf("publish a 500-card journey: p50 %.1f ms, max %.1f ms (10 runs)\n",
                percentile(publishMs, 0.5), *std::max_element(publishMs.begin(), publishMs.end()));

    // The bulk: 999 more journeys of 1000 cards (with the one above, 1,000
    // journeys and 1,000,500 cards), in batches of 50.
    ms = timed([&] {
        for (int start = 1; start <= 999; start += 50)
            if (!run(admin, kGenerate,
                     {QString::number(start), QString::number(std::min(999, start + 49))}))
                std::exit(1);
        // The generated versions' own search text, as migration 3 fills it
        // for versions published before it (publish fills it itself).
        run(admin, "ALTER TABLE library.versions DISABLE TRIGGER version_updated");
        run(admin, "UPDATE library.versions v SET search_text = coalesce((SELECT "
                   "string_agg(e.title || ' ' || e.text, ' ') FROM library.entries e WHERE "
                   "e.version = v.id), '') WHERE v.search_text = ''");
        run(admin, "ALTER TABLE library.versions ENABLE TRIGGER version_updated");
        run(admin, "ANALYZE library.versions");
        run(admin, "ANALYZE library.entries");
    });
    std::printf("generate 999 journeys on the server: %.1f s\n", ms / 1000);
    const PgResult counts = admin.exec(
        "SELECT (SELECT count(*) FROM library.versions), (SELECT count(*) FROM library.entries "
        "WHERE kind = 'card'), (SELECT count(DISTINCT organisation) FROM library.versions), "
        "pg_size_pretty(pg_database_size(current_database()))");
    std::printf("library: %s journeys, %s cards, %s organisations, %s on disk\n",
                qPrintable(counts.value(0, 0)), qPrintable(counts.value(0, 1)),
                qPrintable(counts.value(0, 2)), qPrintable(counts.value(0, 3)));

    // Search as a member (row-level security applies), over Dutch queries
    // alone and with filters.
    PgConnection org02(member("org02"));
    Library searcher(org02);
    struct Q {
        const char *text, *theme, *organisation, *lane, *card;
    };
    const Q queries[] = {
        {"aanvragen", "", "", "", ""},
        {"kwijtschelding", "", "", "", ""},
        {"bijzondere bijstand", "", "", "", ""},
        {"\"digid kwijt\"", "", "", "", ""},
        {"wachten -telefoon", "", "", "", ""},
        {"brief", "", "", "content", "opportunity"},
        {"beschikking", "Schuldhulp", "", "", ""},
        {"termijn", "", "Gemeente 7", "", ""},
        {"energie toeslag", "", "", "customer", "pain_point"},
        {"", "", "", "content", "opportunity"},
        {"", "Zorg", "org03", "", "kpi"},
        {"zeppelinhangar", "", "", "", ""},
    };
    std::vector<double> all;
    for (const Q &q : queries) {
        LibraryQuery query{q.text, q.theme, q.organisation, q.lane, q.card, 50};
        std::vector<double> times;
        size_t hits = 0;
        for (int i = 0; i < 21; ++i) {
            const double t = timed([&] {
                std::optional<std::vector<LibraryHit>> result = searcher.search(query, &error);
                if (!result)
                    std::fprintf(stderr, "search: %s\n", qPrintable(error));
                else
                    hits = result->size();
            });
            if (i > 0) // the first warms the cache
                times.push_back(t);
        }
        all.insert(all.end(), times.begin(), times.end());
        std::printf("  search %-24s theme=%-10s org=%-10s lane=%-8s card=%-11s %3zu hits: p50 "
                    "%6.1f ms, p95 %6.1f ms\n",
                    q.text, q.theme, q.organisation, q.lane, q.card, hits, percentile(times, 0.5),
                    percentile(times, 0.95));
    }
    std::printf("search, all queries: p50 %.1f ms, p95 %.1f ms (%zu runs)\n", percentile(all, 0.5),
                percentile(all, 0.95), all.size());

    // Take a 500-card journey as `library take` does, into a new file.
    QTemporaryDir files;
    std::vector<double> takeMs;
    for (int i = 0; i < 5; ++i) {
        const QString path = files.filePath(QStringLiteral("take%1.blauwdruk").arg(i));
        Workspace empty;
        empty.meta.title = QStringLiteral("Doel");
        Store::writeNew(path, empty, &error);
        takeMs.push_back(timed([&] {
            LibraryVersion info;
            std::optional<Workspace> source = searcher.fetch(published, &info, &error);
            if (!source) {
                std::fprintf(stderr, "fetch: %s\n", qPrintable(error));
                return;
            }
            QCommandLineParser parser;
            parser.addOptions(TakeInto::options());
            parser.parse({"take"});
            Provenance origin;
            origin.library = info.id;
            origin.organisation = info.organisationName;
            origin.workspace = info.title;
            origin.takenAt = QStringLiteral("2026-12-01T08:00:00Z");
            std::fflush(stdout);
            const int saved = ::dup(STDOUT_FILENO); // TakeInto prints a line per object
            std::freopen("/dev/null", "w", stdout);
            const int code = TakeInto::run(path, *source, "bench", parser, origin, true);
            std::fflush(stdout);
            ::dup2(saved, STDOUT_FILENO);
            ::close(saved);
            if (code != 0)
                std::fprintf(stderr, "take failed: %d\n", code);
        }));
    }
    std::printf("take a 500-card journey (fetch, validate, copy into a file): p50 %.0f ms, max "
                "%.0f ms (5 runs)\n",
                percentile(takeMs, 0.5), *std::max_element(takeMs.begin(), takeMs.end()));
    return 0;
}
