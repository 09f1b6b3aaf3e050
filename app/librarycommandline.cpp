#include "librarycommandline.h"

#include "commandfiles.h"
#include "commandline.h"
#include "commandlookup.h"
#include "commandoptions.h"
#include "commandparser.h"
#include "library.h"
#include "provenance.h"
#include "takeinto.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QDateTime>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>
#include <termios.h>
#include <unistd.h>

namespace blauwdruk {

using namespace cli;

namespace {

const QCommandLineOption kDb("db",
                             "The library: a libpq connection string or service=NAME "
                             "(default: the PG* environment).",
                             "CONNINFO");
const QCommandLineOption kName("name", "The organisation's name, e.g. \"Gemeente Zwolle\".",
                               "NAME");
const QCommandLineOption kTheme("theme", "Only journeys of this theme.", "THEME");
const QCommandLineOption kOrganisation("organisation",
                                       "Only journeys of this organisation (role or name).",
                                       "ORGANISATION");
const QCommandLineOption kLaneKind("lane-kind", "Only cards in lanes of this kind.", "KIND");
const QCommandLineOption kCardKind("card-kind", "Only cards of this kind.", "KIND");
const QCommandLineOption kInto("into", "The workspace file to take into.", "FILE");
const QCommandLineOption kSearchJson("json", "Print one JSON array.");

int fail(const QString &problem) {
    return CommandLine::fail(QStringLiteral("library"), problem);
}

// Reads a password from the terminal without echo; empty when there is no
// terminal to ask on.
QString askPassword(const QString &prompt) {
    if (!::isatty(STDIN_FILENO))
        return {};
    Terminal::err(prompt);
    std::fflush(stderr);
    termios before{};
    const bool quiet = ::tcgetattr(STDIN_FILENO, &before) == 0;
    if (quiet) {
        termios silent = before;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray line;
    for (int c; (c = std::fgetc(stdin)) != EOF && c != '\n';)
        line.append(char(c));
    if (quiet)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    Terminal::err(QStringLiteral("\n"));
    const QString password = QString::fromUtf8(line);
    line.fill('\0');
    return password;
}

// Connects as libpq would; when the server wants a password nobody gave,
// asks once on the terminal (never kept). Nullptr with the message printed.
std::unique_ptr<PgConnection> connect(const QCommandLineParser &parser, int *exitCode) {
    const QString conninfo = parser.value(kDb);
    auto connection = std::make_unique<PgConnection>(conninfo);
    if (!connection->isOpen() && connection->needsPassword()) {
        const QString password = askPassword(
            CommandLine::tr("Password for %1 (%2): ").arg(connection->user(), connection->where()));
        if (!password.isEmpty())
            connection = std::make_unique<PgConnection>(conninfo, password);
    }
    if (!connection->isOpen()) {
        *exitCode = fail(connection->error());
        return nullptr;
    }
    return connection;
}

nlohmann::ordered_json toJson(const LibraryHit &hit) {
    nlohmann::ordered_json json;
    json["id"] = hit.id.toStdString();
    json["journey"] = hit.journey.toStdString();
    json["title"] = hit.title.toStdString();
    json["organisation"] = hit.organisation.toStdString();
    json["status"] = hit.status.toStdString();
    json["published_at"] = hit.publishedAt.toStdString();
    nlohmann::ordered_json matches = nlohmann::ordered_json::array();
    for (const LibraryMatch &match : hit.matches) {
        nlohmann::ordered_json m;
        m["kind"] = match.kind.toStdString();
        m["id"] = match.id.toStdString();
        m["title"] = match.title.toStdString();
        m["step"] = match.step.toStdString();
        matches.push_back(m);
    }
    json["matches"] = matches;
    return json;
}

QString toText(const LibraryHit &hit) {
    QString text =
        CommandLine::tr("%1  %2 — %3 (%4, version %5, %6)\n")
            .arg(hit.id, Terminal::oneLine(hit.title), Terminal::oneLine(hit.organisation),
                 QString(hit.status).replace(u'_', u' '))
            .arg(hit.number)
            .arg(hit.publishedAt);
    for (const LibraryMatch &match : hit.matches) {
        if (match.kind == QLatin1String("step"))
            text += CommandLine::tr("    step: %1\n").arg(Terminal::oneLine(match.title));
        else
            text += CommandLine::tr("    card: %1 (step: %2)\n")
                        .arg(Terminal::oneLine(match.title), Terminal::oneLine(match.step));
    }
    return text;
}

int init(const QStringList &arguments) {
    CommandParser p;
    if (auto done = p.parse(arguments, {kDb}, 1, QStringLiteral("library init [--db CONNINFO]")))
        return *done;
    int code = CommandLine::Failure;
    auto connection = connect(p.parser, &code);
    if (!connection)
        return code;
    int from = 0, to = 0;
    QString error;
    if (!Library(*connection).init(&from, &to, &error))
        return fail(error);
    Terminal::out(from == to
                      ? CommandLine::tr("The library in %1 is up to date (schema version %2).\n")
                            .arg(connection->where())
                            .arg(to)
                      : CommandLine::tr("The library in %1 is at schema version %2 (was %3).\n")
                            .arg(connection->where())
                            .arg(to)
                            .arg(from));
    return CommandLine::Success;
}

int addOrganisation(const QStringList &arguments) {
    CommandParser p;
    const QString synopsis =
        QStringLiteral("library add-organisation ROLE --name NAME [--db CONNINFO]");
    if (auto done = p.parse(arguments, {kDb, kName}, 2, synopsis))
        return *done;
    if (!p.parser.isSet(kName))
        return CommandParser::usage(CommandLine::tr("name the organisation: --name NAME"));
    int code = CommandLine::Failure;
    auto connection = connect(p.parser, &code);
    if (!connection)
        return code;
    const QString role = p.positional.at(1);
    bool created = false;
    QString error;
    if (!Library(*connection).addOrganisation(role, p.parser.value(kName), &created, &error))
        return fail(error);
    Terminal::out(
        created ? CommandLine::tr("%1: %2, a new login role without a password; set one with psql "
                                  "(\\password %1)\n")
                      .arg(role, Terminal::oneLine(p.parser.value(kName).simplified()))
                : CommandLine::tr("%1: %2, a member of the library\n")
                      .arg(role, Terminal::oneLine(p.parser.value(kName).simplified())));
    return CommandLine::Success;
}

int publish(const QStringList &arguments) {
    CommandParser p;
    if (auto done = p.parse(arguments, {kDb, kJourney}, 2,
                            QStringLiteral("library publish FILE --journey TITLE|UUID "
                                           "[--db CONNINFO]")))
        return *done;
    const QString path = p.positional.at(1);
    QString error;
    std::optional<Workspace> ws = CommandFiles::load(path, true, nullptr, &error);
    if (!ws)
        return CommandLine::fail(path, error);
    int code = CommandLine::Failure;
    const Journey *journey = CommandLookup::chosenJourney(p.parser, *ws, path, &code);
    if (!journey)
        return code;
    auto connection = connect(p.parser, &code);
    if (!connection)
        return code;
    std::optional<LibraryVersion> published =
        Library(*connection).publish(*ws, journey->id, &error);
    if (!published)
        return fail(error);
    Terminal::out(published->id + QLatin1Char('\n'));
    return CommandLine::Success;
}

int search(const QStringList &arguments) {
    CommandParser p;
    if (auto done =
            p.parse(arguments, {kDb, kTheme, kOrganisation, kLaneKind, kCardKind, kSearchJson}, 2,
                    QStringLiteral("library search TEXT [--theme T] [--organisation O] "
                                   "[--lane-kind K] [--card-kind K] [--json] "
                                   "[--db CONNINFO]")))
        return *done;
    int code = CommandLine::Failure;
    auto connection = connect(p.parser, &code);
    if (!connection)
        return code;
    LibraryQuery query;
    query.text = p.positional.at(1);
    query.theme = p.parser.value(kTheme);
    query.organisation = p.parser.value(kOrganisation);
    query.laneKind = p.parser.value(kLaneKind);
    query.cardKind = p.parser.value(kCardKind);
    QString error;
    std::optional<std::vector<LibraryHit>> hits = Library(*connection).search(query, &error);
    if (!hits)
        return fail(error);
    if (p.parser.isSet(kSearchJson)) {
        nlohmann::ordered_json json = nlohmann::ordered_json::array();
        for (const LibraryHit &hit : *hits)
            json.push_back(toJson(hit));
        Terminal::out(QString::fromStdString(json.dump(2)) + QLatin1Char('\n'));
        return CommandLine::Success;
    }
    if (hits->empty())
        Terminal::out(CommandLine::tr("Nothing found.\n"));
    for (const LibraryHit &hit : *hits)
        Terminal::out(toText(hit));
    return CommandLine::Success;
}

int retract(const QStringList &arguments) {
    CommandParser p;
    if (auto done =
            p.parse(arguments, {kDb}, 2, QStringLiteral("library retract ID [--db CONNINFO]")))
        return *done;
    int code = CommandLine::Failure;
    auto connection = connect(p.parser, &code);
    if (!connection)
        return code;
    QString error;
    if (!Library(*connection).retract(p.positional.at(1), &error))
        return fail(error);
    Terminal::out(CommandLine::tr("Retracted %1.\n").arg(p.positional.at(1).trimmed()));
    return CommandLine::Success;
}

int take(const QStringList &arguments) {
    const QString synopsis =
        QStringLiteral("library take ID --into FILE [--step TITLE|UUID … | --card TITLE|UUID …] "
                       "[--to-journey TITLE|UUID] [--to-step TITLE|UUID] [--db CONNINFO]");
    CommandParser p;
    p.repeatable = TakeInto::repeatable();
    if (auto done = p.parse(arguments, QList<QCommandLineOption>{kDb, kInto} + TakeInto::options(),
                            2, synopsis))
        return *done;
    if (!p.parser.isSet(kInto))
        return CommandParser::usage(
            CommandLine::tr("name the workspace to take into: --into FILE"));
    if (const std::optional<int> wrong = TakeInto::usageProblem(p.parser, true))
        return *wrong;
    int code = CommandLine::Failure;
    auto connection = connect(p.parser, &code);
    if (!connection)
        return code;
    QString error;
    LibraryVersion version;
    std::optional<Workspace> source =
        Library(*connection).fetch(p.positional.at(1), &version, &error);
    if (!source)
        return fail(error);
    Provenance origin;
    origin.workspace = version.title;
    origin.organisation = version.organisationName;
    origin.library = version.id;
    origin.takenAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // Nothing named: the whole journey, with its persona.
    return TakeInto::run(p.parser.value(kInto), *source,
                         QStringLiteral("library version %1").arg(version.id), p.parser, origin,
                         true);
}

} // namespace

int LibraryCommandLine::run(const QStringList &arguments) {
    const QString command = arguments.value(2);
    if (command == QLatin1String("init"))
        return init(arguments);
    if (command == QLatin1String("add-organisation"))
        return addOrganisation(arguments);
    if (command == QLatin1String("publish"))
        return publish(arguments);
    if (command == QLatin1String("search"))
        return search(arguments);
    if (command == QLatin1String("retract"))
        return retract(arguments);
    if (command == QLatin1String("take"))
        return take(arguments);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        Terminal::out(CommandLine::tr(
            "Usage: blauwdruk library COMMAND [--db CONNINFO] …\n"
            "  init | add-organisation ROLE --name NAME | publish FILE --journey TITLE|UUID |\n"
            "  search TEXT [--theme T] [--organisation O] [--lane-kind K] [--card-kind K] "
            "[--json] |\n"
            "  retract ID | take ID --into FILE [--step …|--card …] [--to-journey …] "
            "[--to-step …]\n"));
        return CommandLine::Success;
    }
    return CommandParser::usage(
        command.isEmpty()
            ? CommandLine::tr("library wants a command: init, add-organisation, publish, search, "
                              "retract or take")
            : CommandLine::tr("unknown library command \"%1\"; try: init, add-organisation, "
                              "publish, search, retract or take")
                  .arg(Terminal::oneLine(command)));
}

} // namespace blauwdruk
