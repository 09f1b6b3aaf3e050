#pragma once

#include "clirun.h"
#include "library.h"
#include "store.h"
#include "testcluster.h"

#include <catch2/catch.hpp>

namespace blauwdruk::test {

// The example's two journeys: the ideal one (in review) and the current
// one (approved).
inline const QString kIdeal = QStringLiteral("f701107a-cc03-4dca-a0c0-a6c56e449f8e");
inline const QString kCurrent = QStringLiteral("a8f4f1c6-a69c-4228-a1dd-9603fef05c73");

// A running cluster with an initialised library and two organisations,
// zwolle (Gemeente Zwolle) and deventer (Gemeente Deventer).
struct TestLibrary {
    TestCluster cluster;
    TestLibrary() {
        INFO(cluster.error().toStdString());
        REQUIRE(cluster.isRunning());
        auto admin = cluster.connect();
        Library library(*admin);
        int from = 0, to = 0;
        bool created = false;
        QString error;
        INFO(error.toStdString());
        REQUIRE(library.init(&from, &to, &error));
        REQUIRE(library.addOrganisation(QStringLiteral("zwolle"), QStringLiteral("Gemeente Zwolle"),
                                        &created, &error));
        REQUIRE(library.addOrganisation(QStringLiteral("deventer"),
                                        QStringLiteral("Gemeente Deventer"), &created, &error));
    }
    // `blauwdruk ARGUMENTS --db` as `user`.
    CliResult cli(QStringList arguments, const QString &user) {
        arguments.prepend(QStringLiteral("library"));
        arguments << QStringLiteral("--db") << cluster.conninfo(user);
        return runCli(arguments);
    }
    // Publishes a journey of `file` as `user`; the new version's id.
    QString publish(const QString &file, const QString &journey, const QString &user) {
        const CliResult r =
            cli({QStringLiteral("publish"), file, QStringLiteral("--journey"), journey}, user);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out.trimmed();
    }
};

} // namespace blauwdruk::test
