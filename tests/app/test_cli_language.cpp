// The command line in the user's language: messages for people (stderr,
// --help) follow it; what scripts read (info, check lines, --json) and what is
// written into files do not.
#include "clirun.h"

#include <QTemporaryDir>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

CliResult inDutch(const QStringList &arguments) {
    return runCli(arguments, QString(), cliEnvironment(QStringLiteral("nl")));
}

CliResult inEnglish(const QStringList &arguments) {
    return runCli(arguments, QString(), cliEnvironment(QStringLiteral("en")));
}

} // namespace

TEST_CASE("Dutch command line: --help and the messages on stderr are Dutch") {
    const CliResult help = inDutch({"--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(QStringLiteral("Gebruik: blauwdruk [BESTAND]")));
    CHECK(help.out.contains(QStringLiteral("Opdrachten:")));
    // The formats are filled in as in English.
    CHECK(help.out.contains(QStringLiteral("UIT.{pdf,svg,png")));

    const CliResult subHelp = inDutch({"info", "--help"});
    CHECK(subHelp.out == QStringLiteral("Gebruik: blauwdruk info BESTAND [--json]\n"));
    // Each command's placeholders, as the main --help has them; its options
    // stay as they are typed.
    const CliResult exportHelp = inDutch({"export", "--help"});
    CHECK(exportHelp.out.startsWith(QStringLiteral("Gebruik: blauwdruk export BESTAND -o UIT.")));
    CHECK(exportHelp.out.contains(QStringLiteral("[--journey TITEL|UUID]")));
    CHECK_FALSE(exportHelp.out.contains(QStringLiteral("FILE")));
    CHECK(inDutch({"comment", "--help"}).out.contains(QStringLiteral("--by NAAM")));
    CHECK(inEnglish({"info", "--help"}).out ==
          QStringLiteral("Usage: blauwdruk info FILE [--json]\n"));

    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("weg.blauwdruk"));
    const CliResult gone = inDutch({"info", missing});
    CHECK(gone.exitCode == 1);
    CHECK(gone.err == QStringLiteral("blauwdruk: %1: bestand bestaat niet\n").arg(missing));

    const QString file = exampleFile(dir);
    const CliResult dpi = inDutch({"export", file, "-o", dir.filePath("p.png"), "--dpi", "5"});
    CHECK(dpi.exitCode == 2);
    CHECK(dpi.err.contains(QStringLiteral("--dpi neemt een getal van 10 tot 1200")));
    CHECK(dpi.err.contains(QStringLiteral("Zie 'blauwdruk --help'.")));

    const CliResult unknownJourney = inDutch({"status", file, "--journey", "Bestaat niet"});
    CHECK(unknownJourney.exitCode == 1);
    CHECK(unknownJourney.err.contains(QStringLiteral("heeft geen klantreis \"Bestaat niet\"")));

    // An export's error is the user's, not the workspace's: the example is
    // Dutch, and an English user is told in English.
    const QStringList thin{
        "export",  file, "-o",        dir.filePath("dun.png"),
        "--width", "16", "--journey", loadFile(file).orderedJourneys().front()->id};
    CHECK(inDutch(thin).err.contains(QStringLiteral("te smal om iets te tonen")));
    CHECK(inEnglish(thin).err.contains(QStringLiteral("too thin to show anything")));

    // Asking for the window with a mistyped command is refused in Dutch too,
    // before any window exists.
    const CliResult typo = inDutch({"exprot"});
    CHECK(typo.exitCode == 2);
    CHECK(typo.err.contains(QStringLiteral("onbekende opdracht 'exprot'")));

    // The same mistakes in English, from the same binary.
    CHECK(inEnglish({"info", missing}).err ==
          QStringLiteral("blauwdruk: %1: file does not exist\n").arg(missing));
    CHECK(inEnglish({"--help"}).out.startsWith(QStringLiteral("Usage: blauwdruk [FILE]")));
}

TEST_CASE("Dutch command line: what scripts read is the same in every language") {
    QTemporaryDir dir;
    const QString file = exampleFile(dir);
    const QString journey = loadFile(file).orderedJourneys().front()->id;
    const QList<QStringList> forScripts{
        {"info", file},
        {"info", file, "--json"},
        {"check", file},
        {"check", "--health", file},
        {"check", "--health", file, "--json"},
        {"status", file, "--journey", journey, "--json"},
        {"versions", file, "--json"},
    };
    for (const QStringList &arguments : forScripts) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult dutch = inDutch(arguments);
        const CliResult english = inEnglish(arguments);
        CHECK(dutch.exitCode == english.exitCode);
        CHECK(dutch.out == english.out);
        CHECK_FALSE(dutch.out.isEmpty());
    }
    // The health check's lines stay English; only its summary on stderr,
    // which is for people, is Dutch.
    const CliResult health = inDutch({"check", "--health", file});
    CHECK(health.out.contains(QStringLiteral(": journey \"")));
    if (health.exitCode == 1)
        CHECK(health.err.contains(QStringLiteral("open bevinding")));
    CHECK(inDutch({"info", file}).out.startsWith(QStringLiteral("Title:")));
}

TEST_CASE("Dutch command line: --language takes nl or en in any case") {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("english.blauwdruk"));
    const CliResult english = inDutch({"example", "--language", "EN", "-o", out});
    CHECK(english.exitCode == 0);
    CHECK(loadFile(out).meta.language == QStringLiteral("en"));
    const CliResult wrong = inDutch({"example", "--language", "fr", "-o", out});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("er is geen voorbeeld in 'fr': kies nl of en")));
}
