#include "commandline.h"

#include "commandoptions.h"
#include "commandparser.h"
#include "exportcommand.h"
#include "librarycommandline.h"
#include "livecommandline.h"
#include "reviewcommandline.h"
#include "terminal.h"
#include "versioncommandline.h"
#include "workspacecommands.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

namespace blauwdruk {

using namespace cli;

namespace {

const QStringList &subcommands() {
    static const QStringList names{
        "example", "new",      "info",    "check",           "import",          "export",
        "status",  "submit",   "approve", "request-changes", "back-to-concept", "comment",
        "version", "versions", "diff",    "session",         "import-from",     "library"};
    return names;
}

QString generalHelp() {
    const QString help = CommandLine::tr(
        "Usage: blauwdruk [FILE]\n"
        "       blauwdruk --review FILE [--journey TITLE|UUID]\n"
        "       blauwdruk --session FILE [--journey TITLE|UUID]\n"
        "       blauwdruk --screenshot OUT.png [--size WxH] [--journey TITLE|UUID]\n"
        "                 [--show WHAT] [--review] [--session] [FILE]\n"
        "       blauwdruk COMMAND [OPTIONS]\n"
        "\n"
        "Blauwdruk edits service blueprints: personas, customer journeys and their\n"
        "swimlanes, stored in .blauwdruk workspace files.\n"
        "\n"
        "Without a command, opens FILE in the editor (or an untitled copy of the\n"
        "bundled example); --review opens it in review mode, where the blueprint\n"
        "cannot be changed but comments and decisions can be made; --session opens\n"
        "it full screen for a work session. --screenshot renders the window to a\n"
        "PNG and exits (with --session: as session mode looks on a WxH screen).\n"
        "\n"
        "Commands:\n"
        "  example -o OUT.blauwdruk [--language nl|en]\n"
        "                                         write the bundled example (in Dutch\n"
        "                                         unless --language en)\n"
        "  new -o OUT.blauwdruk [--title T]       write an empty workspace\n"
        "  info FILE [--json]                     title, schema version and counts\n"
        "  check FILE                             integrity and validation (exit 1 on problems)\n"
        "  check --health FILE [--journey TITLE|UUID] [--json]\n"
        "                                         the blueprint health check: one line per\n"
        "                                         finding (exit 1 while any is open)\n"
        "  import IN.json|IN.csv -o OUT.blauwdruk [--title T]\n"
        "  import-from FILE --from OTHER.blauwdruk (--journey TITLE|UUID | --persona NAME|UUID\n"
        "         | --step TITLE|UUID... [--to-journey TITLE|UUID]\n"
        "         | --card TITLE|UUID... --to-step TITLE|UUID)\n"
        "                                         reuse from another workspace: copied in with\n"
        "                                         new ids and where they came from\n"
        "  export FILE -o OUT.%1 [--format F] [--journey TITLE|UUID]\n"
        "         [--paper A0..A4|WxHmm] [--landscape|--portrait] [--tile-paper A4|A3]\n"
        "         [--margin MM] [--dpi N | --width PX] [--pdfa] [--inventory [--team NAME]]\n"
        "                                         posters (PDF, SVG, PNG), the consequence\n"
        "                                         inventory (CSV with --inventory, MD, HTML),\n"
        "                                         the grid (CSV) and the workspace (JSON)\n"
        "  export FILE -o OUT.%2 (--persona NAME|UUID | --personas)\n"
        "                                         persona sheets: one A4 page per persona\n"
        "  export FILE -o OUT.md|OUT.pdf --review-report [--journey TITLE|UUID]\n"
        "                                         the review report: decisions, changes since\n"
        "                                         approval, open comments\n"
        "  export FILE -o OUT.md|OUT.pdf --session-summary [--journey TITLE|UUID]\n"
        "                                         the work sessions' summary: cards added per\n"
        "                                         lane, vote results, open questions, parking lot\n"
        "  export FILE -o OUT.md|OUT.pdf --demo-findings [--journey TITLE|UUID]\n"
        "                                         residents' verdicts on the demo, per pain\n"
        "                                         point of the current journey\n"
        "\n"
        "Review (--journey may be left out when the file has one journey):\n"
        "  status FILE [--journey TITLE|UUID] [--json]\n"
        "                                         status, last decision, changed since approval,\n"
        "                                         open and resolved comments (replies included)\n"
        "  submit FILE [--journey TITLE|UUID] --by NAME [--role ROLE] [--remark TEXT]\n"
        "  approve FILE [--journey TITLE|UUID] --by NAME [--role ROLE] [--remark TEXT]\n"
        "  request-changes FILE [--journey TITLE|UUID] --by NAME [--role ROLE]\n"
        "          --remark TEXT\n"
        "  back-to-concept FILE [--journey TITLE|UUID] --by NAME [--role ROLE]\n"
        "          [--remark TEXT]\n"
        "  comment FILE [--journey TITLE|UUID] [--step TITLE|UUID | --card TITLE|UUID]\n"
        "          --by NAME TEXT\n"
        "  version FILE --save NAME                save the workspace as it is now\n"
        "  versions FILE [--json]                 the saved versions\n"
        "  diff FILE --from VERSION [--to VERSION] [--journey TITLE|UUID] [--json]\n"
        "                                         what changed since a version (name or id)\n"
        "\n"
        "Live session (participants write and vote from their phones):\n"
        "  session serve FILE --listen ADDRESS:PORT [--journey TITLE|UUID] [--question TEXT]\n"
        "                                         serve the participants' page; prints its\n"
        "                                         address first; stdin takes: write QUESTION,\n"
        "                                         vote BUDGET CAP QUESTION, close, reveal, "
        "status;\n"
        "                                         SIGTERM or end of stdin ends the session\n"
        "\n"
        "Shared library (PostgreSQL; --db CONNINFO or service=NAME, else the PG* environment):\n"
        "  library init                           create or upgrade the library (administrator)\n"
        "  library add-organisation ROLE --name NAME\n"
        "                                         a login role per organisation (administrator)\n"
        "  library publish FILE --journey TITLE|UUID\n"
        "                                         publish a journey with its persona; prints\n"
        "                                         the version's id\n"
        "  library search TEXT [--theme T] [--organisation O] [--lane-kind K] [--card-kind K]\n"
        "                 [--json]                search in Dutch; newest version of each journey\n"
        "  library retract ID                     retract one of your organisation's versions\n"
        "  library take ID --into FILE [--step TITLE|UUID … | --card TITLE|UUID …]\n"
        "               [--to-journey TITLE|UUID] [--to-step TITLE|UUID]\n"
        "                                         copy from the library, with provenance\n"
        "Commands that change a file refuse one that is open in Blauwdruk.\n"
        "\n"
        "Options:\n"
        "  -h, --help       show this help (or a command's: blauwdruk COMMAND --help)\n"
        "  -v, --version    show the version\n"
        "\n"
        "Exit status: 0 success, 1 bad input or I/O failure, 2 wrong usage.\n");
    // The formats as the registry offers them.
    return help.arg(ExportCommand::extensions(), ExportCommand::personaSheetExtension());
}

} // namespace

QString CommandLine::terminalLine(const QString &text) {
    return Terminal::oneLine(text);
}

int CommandLine::fail(const QString &file, const QString &problem) {
    Terminal::err(QStringLiteral("blauwdruk: %1: %2\n")
                      .arg(Terminal::oneLine(file), Terminal::oneLine(problem)));
    return Failure;
}

bool CommandLine::isHeadless(const QStringList &arguments) {
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help") ||
            argument == QLatin1String("-v") || argument == QLatin1String("--version") ||
            argument == QLatin1String("--help-all"))
            return true;
    }
    return arguments.size() > 1 && subcommands().contains(arguments[1]);
}

int CommandLine::run(const QStringList &arguments) {
    const QString command = arguments.value(1);
    if (command == QLatin1String("example"))
        return WorkspaceCommands::example(arguments);
    if (command == QLatin1String("new"))
        return WorkspaceCommands::create(arguments);
    if (command == QLatin1String("info"))
        return WorkspaceCommands::info(arguments);
    if (command == QLatin1String("check"))
        return WorkspaceCommands::check(arguments);
    if (command == QLatin1String("import"))
        return WorkspaceCommands::import(arguments);
    if (command == QLatin1String("import-from"))
        return WorkspaceCommands::importFrom(arguments);
    if (command == QLatin1String("export"))
        return ExportCommand::run(arguments);
    if (command == QLatin1String("status"))
        return ReviewCommandLine::status(arguments);
    if (command == QLatin1String("session"))
        return LiveCommandLine::run(arguments);
    if (command == QLatin1String("library"))
        return LibraryCommandLine::run(arguments);
    static const std::pair<const char *, Review::Action> decisions[] = {
        {"submit", Review::Action::Submit},
        {"approve", Review::Action::Approve},
        {"request-changes", Review::Action::RequestChanges},
        {"back-to-concept", Review::Action::BackToConcept},
    };
    for (const auto &[name, action] : decisions)
        if (command == QLatin1String(name))
            return ReviewCommandLine::decide(arguments, action);
    if (command == QLatin1String("comment"))
        return ReviewCommandLine::comment(arguments);
    if (command == QLatin1String("version"))
        return VersionCommandLine::save(arguments);
    if (command == QLatin1String("versions"))
        return VersionCommandLine::list(arguments);
    if (command == QLatin1String("diff"))
        return VersionCommandLine::diff(arguments);
    // Top-level help or version.
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("-v") || argument == QLatin1String("--version")) {
            Terminal::out(QStringLiteral("blauwdruk %1\n").arg(QLatin1String(BLAUWDRUK_VERSION)));
            return Success;
        }
    }
    Terminal::out(generalHelp());
    return Success;
}

std::optional<CommandLine::GuiRequest> CommandLine::parseGui(const QStringList &arguments) {
    // Qt's own GUI options (-platform, -style...) are taken by QApplication
    // later; they are not ours to refuse.
    static const QStringList qtOptionsWithValue{
        "-platform",           "-style",         "-display",     "-geometry",
        "-qwindowgeometry",    "-qwindowtitle",  "-qwindowicon", "-stylesheet",
        "-platformpluginpath", "-platformtheme", "-plugin"};
    static const QStringList qtFlags{"-reverse", "-session", "-nograb", "-dograb", "-sync"};
    QStringList ours;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (qtOptionsWithValue.contains(arguments[i]))
            ++i;
        else if (!qtFlags.contains(arguments[i]))
            ours << arguments[i];
    }
    // A word that is no file, no path and no option is a mistyped command
    // ("exprot"), not a file to open in the editor.
    const QString first = ours.value(1);
    if (!first.isEmpty() && !first.startsWith(u'-') && !first.contains(u'.') &&
        !first.contains(u'/') && !QFileInfo::exists(first)) {
        CommandParser::usage(
            CommandLine::tr("unknown command '%1' (commands: %2)")
                .arg(Terminal::oneLine(first), subcommands().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    QCommandLineParser parser;
    const QCommandLineOption screenshot("screenshot", "Render the window to a PNG and exit.",
                                        "OUT.png");
    const QCommandLineOption size("size", "Window size for --screenshot.", "WxH");
    const QCommandLineOption show(
        "show", "The tab for --screenshot: overview, personas, persona:NAME or compare:NAME.",
        "WHAT");
    const QCommandLineOption review(
        "review", "Open FILE for review: comment and decide, without changing the blueprint.");
    const QCommandLineOption session(
        "session", "Open FILE full screen for a work session: large type, focus and timer.");
    parser.addOptions({screenshot, size, kJourney, show, review, session});
    if (!parser.parse(ours)) {
        CommandParser::usage(parser.errorText());
        return std::nullopt;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        CommandParser::usage(
            CommandLine::tr("the editor opens one file at a time; '%1' is not a command")
                .arg(Terminal::oneLine(files.first())));
        return std::nullopt;
    }
    GuiRequest request{files.value(0),         parser.value(screenshot), QSize(1920, 1080),
                       parser.value(kJourney), parser.value(show),       parser.isSet(review)};
    request.session = parser.isSet(session);
    if (request.review && request.file.isEmpty()) {
        CommandParser::usage(CommandLine::tr("--review opens a file for review: name the file"));
        return std::nullopt;
    }
    if (request.session && request.file.isEmpty()) {
        CommandParser::usage(
            CommandLine::tr("--session opens a file for a session: name the file"));
        return std::nullopt;
    }
    static const QRegularExpression shows(
        QStringLiteral("^(overview|personas|persona:.+|compare:.+)$"));
    if (parser.isSet(show) && !shows.match(request.show).hasMatch()) {
        CommandParser::usage(
            CommandLine::tr("--show takes overview, personas, persona:NAME or compare:NAME"));
        return std::nullopt;
    }
    if (parser.isSet(size)) {
        static const QRegularExpression format(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const QRegularExpressionMatch match = format.match(parser.value(size));
        if (!match.hasMatch() || match.captured(1).toInt() > 10000 ||
            match.captured(2).toInt() > 10000) {
            CommandParser::usage(
                CommandLine::tr("--size takes WIDTHxHEIGHT in pixels, such as 1280x800"));
            return std::nullopt;
        }
        request.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if ((parser.isSet(size) || parser.isSet(show) ||
         (parser.isSet(kJourney) && !request.review && !request.session)) &&
        request.screenshot.isEmpty()) {
        CommandParser::usage(
            CommandLine::tr("--size, --journey and --show go with --screenshot (--journey also "
                            "with --review and --session)"));
        return std::nullopt;
    }
    return request;
}

} // namespace blauwdruk
