// Publishing and retracting: versions in a lineage, who may do what
// (row-level security with two organisations' roles), publishes at once,
// and a publish killed half-way.
#include "librarytestsupport.h"
#include "review.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QThread>

#include <csignal>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

// Waits for a condition the server reports (a lock waited on, a backend
// gone), asking again until it holds; fails the test after 30 s.
template <class F> void waitFor(F condition, const char *what) {
    QDeadlineTimer deadline(30000);
    while (!condition()) {
        INFO("waiting for " << what);
        REQUIRE_FALSE(deadline.hasExpired());
        QThread::msleep(5);
    }
}

QProcess *startPublish(TestLibrary &lib, const QString &file, const QString &user,
                       QObject *parent) {
    auto *process = new QProcess(parent);
    process->setProcessEnvironment(cliEnvironment());
    process->start(QStringLiteral(BLAUWDRUK_BINARY), {"library", "publish", file, "--journey",
                                                      kIdeal, "--db", lib.cluster.conninfo(user)});
    REQUIRE(process->waitForStarted());
    return process;
}

} // namespace

TEST_CASE("Library: publish records the journey, and publishing it again adds version 2") {
    TestLibrary lib;
    QTemporaryDir dir;
    const QString file = exampleFile(dir);
    // Approved with a decision, so the approval's hash goes along.
    CliResult approved = runCli(
        {"approve", file, "--journey", kIdeal, "--by", "Anna de Vries", "--role", "Teamleider"});
    INFO(approved.err.toStdString());
    REQUIRE(approved.exitCode == 0);
    const QByteArray before = fileHash(file);

    const QString first = lib.publish(file, kIdeal, "zwolle");
    CHECK(fileHash(file) == before); // publishing only reads the file

    auto zwolle = lib.cluster.connect("zwolle");
    QString error;
    std::optional<LibraryVersion> v = Library(*zwolle).version(first, &error);
    REQUIRE(v);
    const Workspace ws = loadFile(file);
    const Journey *journey = ws.find<Journey>(kIdeal);
    CHECK(v->lineage == kIdeal);
    CHECK(v->number == 1);
    CHECK(v->organisation == "zwolle");
    CHECK(v->organisationName == "Gemeente Zwolle");
    CHECK(v->title == journey->title);
    CHECK(v->theme == ws.meta.theme);
    CHECK(v->persona == ws.find<Persona>(journey->persona)->name);
    CHECK(v->status == "approved");
    CHECK(v->approvalHash == Review::lastDecision(ws, kIdeal)->hash);
    CHECK_FALSE(v->approvalHash.isEmpty());
    CHECK(v->publishedBy == "zwolle");
    CHECK(v->retractedAt.isEmpty());
    // What search reads: the journey, its steps and its cards.
    CHECK(
        lib.cluster.value("SELECT count(*) FROM library.entries WHERE version = $1::uuid", {first})
            .toInt() ==
        1 + int(ws.orderedSteps(kIdeal).size()) + int(ws.orderedCards(kIdeal).size()));
    // The content is the canonical JSON of the journey with its persona.
    std::optional<Workspace> fetched = Library(*zwolle).fetch(first, nullptr, &error);
    REQUIRE(fetched);
    CHECK(JsonCodec::write(*fetched) == JsonCodec::write(ws, kIdeal));

    // Any status publishes; the status goes along.
    const QString current = lib.publish(file, kCurrent, "zwolle");
    CHECK(Library(*zwolle).version(current, &error)->status == "approved");

    const QString second = lib.publish(file, kIdeal, "zwolle");
    CHECK(second != first);
    std::optional<LibraryVersion> v2 = Library(*zwolle).version(second, &error);
    REQUIRE(v2);
    CHECK(v2->lineage == kIdeal);
    CHECK(v2->number == 2);
    // The first version is still there, unchanged.
    CHECK(Library(*zwolle).version(first, &error)->number == 1);
}

TEST_CASE("Library: a retracted version leaves search and cannot be brought back or deleted") {
    TestLibrary lib;
    QTemporaryDir dir;
    const QString file = exampleFile(dir);
    const QString id = lib.publish(file, kIdeal, "zwolle");
    CliResult r = lib.cli({"search", "aanvragen", "--json"}, "deventer");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(id));

    r = lib.cli({"retract", id}, "zwolle");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = lib.cli({"search", "aanvragen", "--json"}, "deventer");
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.out.contains(id));
    CHECK(lib.cluster.value("SELECT retracted_by FROM library.versions WHERE id = $1::uuid",
                            {id}) == "zwolle");

    r = lib.cli({"retract", id}, "zwolle");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("version " + id + " is retracted already"));

    // Raw SQL as the organisation itself, and even as the owner: refused.
    for (const QString &user : {QStringLiteral("zwolle"), TestCluster::kAdmin}) {
        CHECK_FALSE(lib.cluster
                        .sql(user,
                             "UPDATE library.versions SET retracted_at = NULL, "
                             "retracted_by = NULL WHERE id = $1::uuid",
                             {id})
                        .ok());
        CHECK_FALSE(
            lib.cluster.sql(user, "DELETE FROM library.versions WHERE id = $1::uuid", {id}).ok());
        CHECK_FALSE(
            lib.cluster.sql(user, "DELETE FROM library.entries WHERE version = $1::uuid", {id})
                .ok());
    }
    CHECK_FALSE(lib.cluster.sql(TestCluster::kAdmin, "TRUNCATE library.entries").ok());
    CHECK(lib.cluster.value("SELECT count(*) FROM library.versions WHERE id = $1::uuid AND "
                            "retracted_at IS NOT NULL",
                            {id}) == "1");
    CHECK(lib.cluster.value("SELECT count(*) > 0 FROM library.entries WHERE version = $1::uuid",
                            {id}) == "t");
}

TEST_CASE("Library: an organisation cannot retract or change another organisation's version") {
    TestLibrary lib;
    QTemporaryDir dir;
    const QString file = exampleFile(dir);
    const QString id = lib.publish(file, kCurrent, "deventer");

    CliResult r = lib.cli({"retract", id}, "zwolle");
    CHECK(r.exitCode == 1);
    CHECK(r.err == "blauwdruk: library: version " + id +
                       " belongs to Gemeente Deventer; only they can retract it\n");
    r = lib.cli({"retract", "00000000-0000-4000-8000-000000000000"}, "zwolle");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("no such version"));
    r = lib.cli({"retract", "not-an-id"}, "zwolle");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("no such version"));

    // Row-level security hides deventer's rows from zwolle's UPDATE.
    PgResult raw = lib.cluster.sql("zwolle", "UPDATE library.versions SET retracted_at = now()");
    CHECK(raw.ok());
    CHECK(raw.affected() == 0);
    CHECK_FALSE(lib.cluster.sql("zwolle", "UPDATE library.versions SET title = 'x'").ok());
    CHECK_FALSE(lib.cluster.sql("zwolle", "DELETE FROM library.versions").ok());
    CHECK_FALSE(lib.cluster.sql("zwolle", "DELETE FROM library.entries").ok());
    // Publishing as another organisation, or adding to its version.
    CHECK_FALSE(lib.cluster
                    .sql("zwolle",
                         "INSERT INTO library.versions (lineage, number, organisation, title, "
                         "status, content) VALUES (gen_random_uuid(), 1, 'deventer', 'x', "
                         "'concept', '{}')")
                    .ok());
    CHECK_FALSE(lib.cluster
                    .sql("zwolle",
                         "INSERT INTO library.entries (version, kind, item, title) VALUES "
                         "($1::uuid, 'card', gen_random_uuid(), 'ondergeschoven')",
                         {id})
                    .ok());
    // Nor to its own version once published.
    const QString own = lib.publish(file, kIdeal, "zwolle");
    CHECK_FALSE(lib.cluster
                    .sql("zwolle",
                         "INSERT INTO library.entries (version, kind, item, title) VALUES "
                         "($1::uuid, 'card', gen_random_uuid(), 'achteraf')",
                         {own})
                    .ok());
    CHECK(lib.cluster.value("SELECT retracted_at IS NULL FROM library.versions WHERE id = "
                            "$1::uuid",
                            {id}) == "t");
    r = lib.cli({"retract", id}, "deventer");
    CHECK(r.exitCode == 0);
}

TEST_CASE("Library: two processes publishing the same journey at once both succeed") {
    TestLibrary lib;
    QTemporaryDir dir;
    const QString file = exampleFile(dir);
    // Hold the journey's lock, so both are surely in flight at once.
    auto holder = lib.cluster.connect();
    REQUIRE(holder->exec("SELECT pg_advisory_lock(hashtextextended($1 || '/zwolle', 0))", {kIdeal})
                .ok());
    QObject parent;
    QProcess *a = startPublish(lib, file, "zwolle", &parent);
    QProcess *b = startPublish(lib, file, "zwolle", &parent);
    waitFor(
        [&] {
            return lib.cluster.value("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                     "AND NOT granted") == "2";
        },
        "both publishes to wait for the lock");
    REQUIRE(holder->exec("SELECT pg_advisory_unlock_all()").ok());
    for (QProcess *p : {a, b}) {
        REQUIRE(p->waitForFinished(60000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitCode() == 0);
    }
    CHECK(lib.cluster.value("SELECT string_agg(number::text, ',' ORDER BY number) FROM "
                            "library.versions WHERE lineage = $1::uuid",
                            {kIdeal}) == "1,2");
}

TEST_CASE("Library: a publish killed half-way leaves nothing half-written") {
    TestLibrary lib;
    QTemporaryDir dir;
    const QString file = exampleFile(dir);
    // The administrator holds the entries table, so the publish stops after
    // writing its version row and before its entries.
    auto holder = lib.cluster.connect();
    REQUIRE(holder->exec("BEGIN").ok());
    REQUIRE(holder->exec("LOCK TABLE library.entries IN SHARE MODE").ok());
    QObject parent;
    QProcess *publish = startPublish(lib, file, "zwolle", &parent);
    waitFor(
        [&] {
            return lib.cluster.value(
                       "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid) "
                       "WHERE NOT l.granted AND l.relation = 'library.entries'::regclass "
                       "AND a.usename = 'zwolle'") == "1";
        },
        "the publish to wait for the entries table");
    // Its version row is written, in its transaction (pg_locks shows the
    // row's transaction holding versions).
    CHECK(lib.cluster.value("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid) "
                            "WHERE l.granted AND l.mode = 'RowExclusiveLock' AND "
                            "l.relation = 'library.versions'::regclass AND a.usename = 'zwolle'") ==
          "1");
    ::kill(pid_t(publish->processId()), SIGKILL);
    REQUIRE(publish->waitForFinished(30000));
    CHECK(publish->exitStatus() == QProcess::CrashExit);
    REQUIRE(holder->exec("COMMIT").ok());
    // The server finds the client gone when it next reads from it, and
    // rolls the transaction back.
    waitFor(
        [&] {
            return lib.cluster.value(
                       "SELECT count(*) FROM pg_stat_activity WHERE usename = 'zwolle'") == "0";
        },
        "the killed publish's backend to end");
    CHECK(lib.cluster.value("SELECT count(*) FROM library.versions") == "0");
    CHECK(lib.cluster.value("SELECT count(*) FROM library.entries") == "0");
    // And the next publish is number 1.
    const QString id = lib.publish(file, kIdeal, "zwolle");
    CHECK(lib.cluster.value("SELECT number FROM library.versions WHERE id = $1::uuid", {id}) ==
          "1");
}
