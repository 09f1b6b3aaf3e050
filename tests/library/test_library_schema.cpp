// The library's schema, organisations and connections: init and upgrade,
// add-organisation, and the one-line messages for what goes wrong before
// any library work starts.
#include "libraryschema.h"
#include "librarytestsupport.h"

#include <QFile>
#include <QThread>

using namespace blauwdruk;
using namespace blauwdruk::test;

TEST_CASE("Library: init creates the library and running it again changes nothing") {
    TestCluster cluster;
    INFO(cluster.error().toStdString());
    REQUIRE(cluster.isRunning());
    const QString db = cluster.conninfo();

    CliResult r = runCli({"library", "init", "--db", db});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("schema version 3 (was 0)"));
    CHECK(cluster.value("SELECT string_agg(version::text, ',' ORDER BY version) "
                        "FROM library.schema_version") == "1,2,3");
    CHECK(cluster.value("SELECT count(*) FROM pg_roles WHERE rolname = 'blauwdruk_member' "
                        "AND NOT rolcanlogin") == "1");
    CHECK(cluster.value("SELECT relrowsecurity FROM pg_class WHERE oid = "
                        "'library.versions'::regclass") == "t");

    r = runCli({"library", "init", "--db", db});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("up to date (schema version 3)"));
    CHECK(cluster.value("SELECT count(*) FROM library.schema_version") == "3");
}

TEST_CASE("Library: a library at an older schema version is upgraded by init") {
    TestCluster cluster;
    INFO(cluster.error().toStdString());
    REQUIRE(cluster.isRunning());
    auto admin = cluster.connect();
    int from = 0, to = 0;
    QString error;
    REQUIRE(Library(*admin).init(&from, &to, &error, 1));
    CHECK((from == 0 && to == 1));
    CHECK(cluster.value("SELECT to_regclass('library.entries_search') IS NULL") == "t");

    // Members are told what to run; nothing is done behind the
    // administrator's back.
    CliResult r = runCli({"library", "search", "aanvraag", "--db", cluster.conninfo()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("is at schema version 1"));
    CHECK(r.err.contains("`blauwdruk library init`"));
    CHECK(r.err.count('\n') == 1);

    r = runCli({"library", "init", "--db", cluster.conninfo()});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("schema version 3 (was 1)"));
    CHECK(cluster.value("SELECT to_regclass('library.entries_search') IS NOT NULL") == "t");
    r = runCli({"library", "search", "aanvraag", "--db", cluster.conninfo()});
    CHECK(r.exitCode == 0);
}

TEST_CASE("Library: add-organisation makes a login role that is a member, and names it") {
    TestLibrary lib;
    TestCluster &cluster = lib.cluster;
    CliResult r = runCli({"library", "add-organisation", "enschede", "--name", "Gemeente Enschede",
                          "--db", cluster.conninfo()});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("\\password enschede"));
    CHECK(cluster.value("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'enschede'") == "t");
    CHECK(cluster.value("SELECT pg_has_role('enschede', 'blauwdruk_member', 'MEMBER')") == "t");
    CHECK(cluster.value("SELECT name FROM library.organisations WHERE role = 'enschede'") ==
          "Gemeente Enschede");

    // Again: the role is kept, the name updated.
    r = runCli({"library", "add-organisation", "enschede", "--name", "Gemeente Enschede (iSociaal)",
                "--db", cluster.conninfo()});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("a member of the library"));
    CHECK(cluster.value("SELECT name FROM library.organisations WHERE role = 'enschede'") ==
          "Gemeente Enschede (iSociaal)");

    // A role name that would need quoting, and an organisation acting as
    // an administrator: refused, by us and by the database.
    r = runCli({"library", "add-organisation", "Robert\"; DROP TABLE x", "--name", "X", "--db",
                cluster.conninfo()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("is not a role name"));
    r = lib.cli({"add-organisation", "hengelo", "--name", "Gemeente Hengelo"}, "zwolle");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("zwolle may not do that"));
    CHECK(cluster.value("SELECT count(*) FROM pg_roles WHERE rolname = 'hengelo'") == "0");
    r = runCli({"library", "add-organisation", "gouda", "--db", cluster.conninfo()});
    CHECK(r.exitCode == 2);
}

TEST_CASE("Library: no connection, no library and a wrong password each say so in one line") {
    TestCluster cluster;
    INFO(cluster.error().toStdString());
    REQUIRE(cluster.isRunning());

    // No server at all.
    CliResult r = runCli({"library", "search", "aanvraag", "--db",
                          "host=" + cluster.dir() + "/nowhere user=zwolle dbname=library"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.startsWith("blauwdruk: library: cannot connect to the library"));
    CHECK(r.err.count('\n') == 1);

    // A database without a library.
    r = runCli({"library", "search", "aanvraag", "--db", cluster.conninfo()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("database library on " + cluster.dir() +
                         " has no Blauwdruk library; run `blauwdruk library init`"));
    CHECK(r.err.count('\n') == 1);

    // Passwords: the server asks one of zwolle.
    REQUIRE(runCli({"library", "init", "--db", cluster.conninfo()}).exitCode == 0);
    REQUIRE(runCli({"library", "add-organisation", "zwolle", "--name", "Gemeente Zwolle", "--db",
                    cluster.conninfo()})
                .exitCode == 0);
    REQUIRE(cluster.sql(TestCluster::kAdmin, "ALTER ROLE zwolle PASSWORD 'geheim'").ok());
    {
        QFile hba(cluster.dataDir() + "/pg_hba.conf");
        REQUIRE(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all zwolle scram-sha-256\nlocal all all trust\n");
    }
    REQUIRE(cluster.value("SELECT pg_reload_conf()") == "t");
    // The reload is asynchronous: wait until the rule is in force.
    for (int i = 0; i < 500; ++i) {
        PgConnection probe(cluster.conninfo("zwolle"));
        if (probe.needsPassword())
            break;
        QThread::msleep(10);
    }
    r = runCli({"library", "search", "aanvraag", "--db", cluster.conninfo("zwolle")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("asks for a password"));
    CHECK(r.err.count('\n') == 1);
    r = runCli(
        {"library", "search", "aanvraag", "--db", cluster.conninfo("zwolle") + " password=fout"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("wrong password for zwolle"));
    CHECK_FALSE(r.err.contains("fout"));
    // The password file, as libpq reads it.
    QTemporaryDir home;
    const QString passfile = home.filePath("pgpass");
    {
        QFile file(passfile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("*:*:library:zwolle:geheim\n");
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    r = runCli({"library", "search", "aanvraag", "--db",
                cluster.conninfo("zwolle") + " passfile=" + passfile});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
}
