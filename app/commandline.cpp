#include "commandline.h"

#include "bundledexample.h"
#include "csvgrid.h"
#include "document.h"
#include "exporterregistry.h"
#include "jsoncodec.h"
#include "outputfile.h"
#include "papersize.h"
#include "partialfile.h"
#include "personasheetexporter.h"
#include "privacyguard.h"
#include "sizelimits.h"
#include "store.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace blauwdruk {

namespace {

// JSON and CSV input alike: parsed, either takes several times its size in
// memory (sizelimits.h, kMaxJsonBytes).
constexpr qint64 kMaxInputBytes = limits::kMaxJsonBytes;

const QStringList &subcommands() {
    static const QStringList names{"example", "new", "info", "check", "import", "export"};
    return names;
}

// Characters that steer a terminal rather than show: C0 and C1 controls
// (ESC starts escape sequences, OSC sets titles and links) and the
// bidirectional overrides that reorder what follows them.
bool steersTerminal(QChar c) {
    const char16_t u = c.unicode();
    return c.category() == QChar::Other_Control || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

// Text from a file, made safe for one line of a terminal: control characters
// (escape sequences, line breaks, NUL) become U+FFFD, so a hostile title can
// neither split a message in two nor steer the terminal.
QString oneLine(const QString &text) {
    QString safe = text;
    for (QChar &c : safe)
        if (steersTerminal(c))
            c = QChar::ReplacementCharacter;
    return safe;
}

// Everything printed passes here, so nothing from a file reaches the
// terminal unsanitised even where a caller forgot oneLine(): only our own
// line breaks and tabs pass.
void print(std::FILE *stream, const QString &text) {
    QString safe = text;
    for (QChar &c : safe)
        if (steersTerminal(c) && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            c = QChar::ReplacementCharacter;
    const QByteArray bytes = safe.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

void printOut(const QString &text) {
    print(stdout, text);
}

void printErr(const QString &text) {
    print(stderr, text);
}

int fail(const QString &file, const QString &problem) {
    return CommandLine::fail(file, problem);
}

int usage(const QString &problem) {
    printErr(QStringLiteral("blauwdruk: %1\nTry 'blauwdruk --help'.\n").arg(problem));
    return CommandLine::Usage;
}

QString generalHelp() {
    return QStringLiteral(
        "Usage: blauwdruk [FILE]\n"
        "       blauwdruk COMMAND [OPTIONS]\n"
        "\n"
        "Blauwdruk edits service blueprints: personas, customer journeys and their\n"
        "swimlanes, stored in .blauwdruk workspace files.\n"
        "\n"
        "Without a command, opens FILE in the editor (or an untitled copy of the\n"
        "bundled example).\n"
        "\n"
        "Commands:\n"
        "  example -o OUT.blauwdruk               write the bundled example\n"
        "  new -o OUT.blauwdruk [--title T]       write an empty workspace\n"
        "  info FILE [--json]                     title, schema version and counts\n"
        "  check FILE                             integrity and validation (exit 1 on problems)\n"
        "  import IN.json|IN.csv -o OUT.blauwdruk [--title T]\n"
        "  export FILE -o OUT.{pdf,svg,png,csv,md,html,json} [--format F] [--journey TITLE|UUID]\n"
        "         [--paper A0..A4|WxHmm] [--landscape|--portrait] [--tile-paper A4|A3]\n"
        "         [--margin MM] [--dpi N | --width PX] [--pdfa] [--inventory]\n"
        "                                         posters (PDF, SVG, PNG), the consequence\n"
        "                                         inventory (CSV with --inventory, MD, HTML),\n"
        "                                         the grid (CSV) and the workspace (JSON)\n"
        "  export FILE -o OUT.pdf (--persona NAME|UUID | --personas)\n"
        "                                         persona sheets: one A4 page per persona\n"
        "\n"
        "Options:\n"
        "  -h, --help       show this help (or a command's: blauwdruk COMMAND --help)\n"
        "  -v, --version    show the version\n"
        "\n"
        "Exit status: 0 success, 1 bad input or I/O failure, 2 wrong usage.\n");
}

struct Parsed {
    QCommandLineParser parser;
    QStringList positional;
};

const QCommandLineOption kOutput({"o", "output"}, "Write to FILE.", "FILE");
const QCommandLineOption kTitle("title", "Workspace title.", "TITLE");
const QCommandLineOption kJson("json", "Print one JSON object.");
const QCommandLineOption kJourney("journey", "The journey, by title or id.", "TITLE|UUID");
const QCommandLineOption kPersona("persona", "A persona sheet (PDF) of one persona, by name or id.",
                                  "NAME|UUID");
const QCommandLineOption kPersonas("personas", "Persona sheets (PDF) of all personas.");
const QCommandLineOption kFormat("format", "Output format (default: from the extension).",
                                 "FORMAT");
const QCommandLineOption kHelp({"h", "help"}, "Show this help.");
const QCommandLineOption kPaper("paper", "Poster paper: A0..A4 or WxHmm (default A3).", "PAPER");
const QCommandLineOption kLandscape("landscape", "Landscape paper (the default).");
const QCommandLineOption kPortrait("portrait", "Portrait paper.");
const QCommandLineOption kTilePaper("tile-paper", "Cut the poster into pages of A4 or A3.",
                                    "A4|A3");
const QCommandLineOption kMargin("margin", "Margin in mm (default 10).", "MM");
const QCommandLineOption kDpi("dpi", "PNG resolution (default 150).", "N");
const QCommandLineOption kWidth("width", "PNG width in pixels (instead of --dpi).", "PX");
const QCommandLineOption kPdfA("pdfa", "PDF/A-1b, for archiving.");
const QCommandLineOption kInventory("inventory", "CSV: the consequence inventory, not the grid.");

// The poster, PNG and inventory choices of `export`; a usage message when
// one is malformed.
std::optional<QString> readExportOptions(const QCommandLineParser &parser, ExportOptions &options) {
    static const QRegularExpression paper(
        QStringLiteral("^(A[0-4]|\\d+(\\.\\d+)?\\s*x\\s*\\d+(\\.\\d+)?\\s*mm)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (parser.isSet(kPaper)) {
        options.paper = parser.value(kPaper).trimmed();
        if (!paper.match(options.paper).hasMatch())
            return QStringLiteral("--paper takes A0, A1, A2, A3, A4 or a size such as 841x594mm");
        // The sizes too, before any file is read.
        QString problem;
        if (!PaperSize::parse(options.paper, &problem))
            return QStringLiteral("--paper: %1").arg(problem);
    }
    if (parser.isSet(kLandscape) && parser.isSet(kPortrait))
        return QStringLiteral("--landscape and --portrait exclude each other");
    options.landscape = !parser.isSet(kPortrait);
    if (parser.isSet(kTilePaper)) {
        options.tilePaper = parser.value(kTilePaper).trimmed().toUpper();
        if (options.tilePaper != QLatin1String("A4") && options.tilePaper != QLatin1String("A3"))
            return QStringLiteral("--tile-paper takes A4 or A3");
    }
    bool ok = true;
    if (parser.isSet(kMargin)) {
        options.marginMm = parser.value(kMargin).toDouble(&ok);
        if (!ok || !std::isfinite(options.marginMm) || options.marginMm < 0 ||
            options.marginMm > 100)
            return QStringLiteral("--margin takes millimetres from 0 to 100");
    }
    if (parser.isSet(kDpi)) {
        options.dpi = parser.value(kDpi).toInt(&ok);
        if (!ok || options.dpi < 10 || options.dpi > 1200)
            return QStringLiteral("--dpi takes a number from 10 to 1200");
    }
    if (parser.isSet(kWidth)) {
        options.pixelWidth = parser.value(kWidth).toInt(&ok);
        if (!ok || options.pixelWidth < 16 || options.pixelWidth > 20000)
            return QStringLiteral("--width takes pixels from 16 to 20000");
    }
    options.pdfA = parser.isSet(kPdfA);
    options.inventory = parser.isSet(kInventory);
    return std::nullopt;
}

// Parses a subcommand's arguments; returns an exit code when done already.
std::optional<int> parseCommand(Parsed &parsed, const QStringList &arguments,
                                const QList<QCommandLineOption> &options, int positionals,
                                const QString &synopsis) {
    parsed.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parsed.parser.addOptions(options);
    parsed.parser.addOption(kHelp);
    if (!parsed.parser.parse(arguments))
        return usage(parsed.parser.errorText());
    if (parsed.parser.isSet(kHelp)) {
        printOut(QStringLiteral("Usage: blauwdruk %1\n").arg(synopsis));
        return CommandLine::Success;
    }
    parsed.positional = parsed.parser.positionalArguments().mid(1); // drop the command itself
    if (parsed.positional.size() != positionals)
        return usage(
            positionals == 0
                ? QStringLiteral("'%1' takes no file arguments").arg(synopsis.section(' ', 0, 0))
                : QStringLiteral("usage: blauwdruk %1").arg(synopsis));
    for (const QCommandLineOption &option : options)
        if (!option.valueName().isEmpty() && parsed.parser.isSet(option) &&
            parsed.parser.values(option).size() > 1)
            return usage(QStringLiteral("--%1 is given more than once").arg(option.names().last()));
    return std::nullopt;
}

std::optional<QByteArray> readInput(const QString &path, QString *error) {
    QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("file does not exist");
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = QStringLiteral("is not a regular file");
        return std::nullopt;
    }
    if (info.size() > kMaxInputBytes) {
        *error = QStringLiteral("is too large (%1 MB; the limit is %2 MB)")
                     .arg(info.size() / (1024 * 1024))
                     .arg(kMaxInputBytes / (1024 * 1024));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

int writeWorkspace(const QString &out, const Workspace &workspace, const QString &in = QString()) {
    QString error;
    OutputFile output(out);
    if (!output.check(in, &error) || !Store::writeNew(out, workspace, &error))
        return fail(out, error);
    return CommandLine::Success;
}

// Loads a workspace file for reading only; `validate` refuses unsound ones.
std::optional<Workspace> loadFile(const QString &path, bool validate, int *schemaVersion,
                                  QString *error) {
    std::unique_ptr<Store> store = Store::open(path, Store::Mode::ReadOnly, error);
    if (!store)
        return std::nullopt;
    if (schemaVersion)
        *schemaVersion = store->schemaVersion();
    std::optional<Workspace> workspace = store->load(error);
    if (workspace && validate) {
        const std::vector<Problem> problems = validateWorkspace(*workspace);
        if (!problems.empty()) {
            *error = QStringLiteral("is damaged: %1 (`blauwdruk check` lists every problem)")
                         .arg(problems.front().toString());
            return std::nullopt;
        }
    }
    return workspace;
}

int runExample(const QStringList &arguments) {
    Parsed p;
    if (auto done =
            parseCommand(p, arguments, {kOutput}, 0, QStringLiteral("example -o OUT.blauwdruk")))
        return *done;
    if (!p.parser.isSet(kOutput))
        return usage(QStringLiteral("example needs -o OUT.blauwdruk"));
    QString error;
    std::optional<Workspace> workspace = BundledExample::load(&error);
    if (!workspace)
        return fail(QStringLiteral("example"), error);
    return writeWorkspace(p.parser.value(kOutput), *workspace);
}

int runNew(const QStringList &arguments) {
    Parsed p;
    if (auto done = parseCommand(p, arguments, {kOutput, kTitle}, 0,
                                 QStringLiteral("new -o OUT.blauwdruk [--title T]")))
        return *done;
    if (!p.parser.isSet(kOutput))
        return usage(QStringLiteral("new needs -o OUT.blauwdruk"));
    Workspace workspace;
    workspace.meta.id = WorkspaceMeta::kId;
    workspace.meta.title =
        p.parser.isSet(kTitle) ? p.parser.value(kTitle) : QStringLiteral("Nieuwe werkruimte");
    return writeWorkspace(p.parser.value(kOutput), workspace);
}

int runInfo(const QStringList &arguments) {
    Parsed p;
    if (auto done = parseCommand(p, arguments, {kJson}, 1, QStringLiteral("info FILE [--json]")))
        return *done;
    const QString path = p.positional.first();
    QString error;
    int schemaVersion = 0;
    std::optional<Workspace> ws = loadFile(path, false, &schemaVersion, &error);
    if (!ws)
        return fail(path, error);
    const std::pair<const char *, qsizetype> counts[] = {
        {"personas", qsizetype(ws->personas.size())},
        {"journeys", qsizetype(ws->journeys.size())},
        {"stages", qsizetype(ws->stages.size())},
        {"steps", qsizetype(ws->steps.size())},
        {"lanes", qsizetype(ws->lanes.size())},
        {"cards", qsizetype(ws->cards.size())},
        {"connections", qsizetype(ws->connections.size())},
        {"comments", qsizetype(ws->comments.size())},
    };
    if (p.parser.isSet(kJson)) {
        nlohmann::ordered_json json;
        json["title"] = ws->meta.title.toStdString();
        json["schema_version"] = schemaVersion;
        for (const auto &[key, count] : counts)
            json[key] = count;
        printOut(QString::fromStdString(json.dump(2)) + QLatin1Char('\n'));
        return CommandLine::Success;
    }
    QString text = QStringLiteral("Title:          %1\nSchema version: %2\n")
                       .arg(oneLine(ws->meta.title))
                       .arg(schemaVersion);
    for (const auto &[key, count] : counts) {
        QString label = QString::fromLatin1(key);
        label[0] = label[0].toUpper();
        text += QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -15).arg(count);
    }
    // Ids too: --journey and --persona take a title or name, or an id, and
    // titles and names may repeat.
    for (const Persona *persona : ws->orderedPersonas())
        text += QStringLiteral("Persona:        %1  %2\n")
                    .arg(oneLine(persona->id), oneLine(persona->name));
    for (const Journey *journey : ws->orderedJourneys())
        text += QStringLiteral("Journey:        %1  %2  %3\n")
                    .arg(oneLine(journey->id), oneLine(journey->kind), oneLine(journey->title));
    printOut(text);
    return CommandLine::Success;
}

int runCheck(const QStringList &arguments) {
    Parsed p;
    if (auto done = parseCommand(p, arguments, {}, 1, QStringLiteral("check FILE")))
        return *done;
    const QString path = p.positional.first();
    QString error;
    std::optional<Workspace> ws = loadFile(path, false, nullptr, &error);
    if (!ws)
        return fail(path, error);
    std::vector<Problem> problems = validateWorkspace(*ws);
    // Photos that cannot be shown and versions that cannot be restored leave
    // the file usable, but are findings.
    for (Problem &problem : photoProblems(*ws))
        problems.push_back(std::move(problem));
    for (Problem &problem : snapshotProblems(*ws))
        problems.push_back(std::move(problem));
    for (const Problem &problem : problems)
        printOut(QStringLiteral("%1: %2\n").arg(oneLine(path), oneLine(problem.toString())));
    // Real personal data is a finding too: personas and cards are fictional.
    const std::vector<PrivacyGuard::Finding> findings = PrivacyGuard::scan(*ws);
    for (const PrivacyGuard::Finding &f : findings)
        printOut(QStringLiteral("%1: privacy: %2%3 %4: %5 %6\n")
                     .arg(oneLine(path), entityTypeName(f.type),
                          f.id.isEmpty() ? QString() : QLatin1Char(' ') + oneLine(f.id), f.field,
                          f.kind, oneLine(f.masked)));
    const qsizetype total = qsizetype(problems.size() + findings.size());
    if (total > 0) {
        printErr(QStringLiteral("blauwdruk: %1: %2 %3 found%4\n")
                     .arg(oneLine(path))
                     .arg(total)
                     .arg(total == 1 ? QStringLiteral("problem") : QStringLiteral("problems"))
                     .arg(findings.empty()
                              ? QString()
                              : QStringLiteral("; personas and cards must not hold real "
                                               "personal data")));
        return CommandLine::Failure;
    }
    printOut(QStringLiteral("%1: ok\n").arg(oneLine(path)));
    return CommandLine::Success;
}

int runImport(const QStringList &arguments) {
    Parsed p;
    if (auto done =
            parseCommand(p, arguments, {kOutput, kTitle}, 1,
                         QStringLiteral("import IN.json|IN.csv -o OUT.blauwdruk [--title T]")))
        return *done;
    if (!p.parser.isSet(kOutput))
        return usage(QStringLiteral("import needs -o OUT.blauwdruk"));
    const QString in = p.positional.first();
    QString error;
    std::optional<QByteArray> data = readInput(in, &error);
    if (!data)
        return fail(in, error);
    const QString suffix = QFileInfo(in).suffix().toLower();
    // Unknown extensions: JSON starts with '{' (after a BOM or spaces).
    const bool json = suffix == QLatin1String("json") ||
                      (suffix != QLatin1String("csv") && data->trimmed().startsWith('{'));
    const QString title =
        p.parser.isSet(kTitle) ? p.parser.value(kTitle) : QFileInfo(in).completeBaseName();
    QStringList warnings;
    std::optional<Workspace> ws = json ? JsonCodec::import(*data, &error, &warnings)
                                       : CsvGrid::read(*data, title, &error, &warnings);
    if (!ws)
        return fail(in, error);
    for (const QString &warning : warnings)
        printErr(QStringLiteral("blauwdruk: %1: warning: %2\n").arg(oneLine(in), oneLine(warning)));
    if (json && p.parser.isSet(kTitle))
        ws->meta.title = title;
    return writeWorkspace(p.parser.value(kOutput), *ws, in);
}

// Finds a journey by id, else by title (ignoring case).
const Journey *findJourney(const Workspace &ws, const QString &key, QString *error) {
    if (const Journey *byId = ws.find<Journey>(key))
        return byId;
    const Journey *found = nullptr;
    for (const Journey *journey : ws.orderedJourneys()) {
        if (journey->title.compare(key, Qt::CaseInsensitive) != 0)
            continue;
        if (found) {
            *error =
                QStringLiteral("several journeys are titled \"%1\"; give its id instead").arg(key);
            return nullptr;
        }
        found = journey;
    }
    if (!found) {
        QStringList titles;
        for (const Journey *journey : ws.orderedJourneys())
            titles << QLatin1Char('"') + journey->title + QLatin1Char('"');
        *error = QStringLiteral("has no journey \"%1\" (journeys: %2)")
                     .arg(key, titles.isEmpty() ? QStringLiteral("none")
                                                : titles.join(QStringLiteral(", ")));
    }
    return found;
}

// Finds a persona by id, else by name (ignoring case).
const Persona *findPersona(const Workspace &ws, const QString &key, QString *error) {
    if (const Persona *byId = ws.find<Persona>(key))
        return byId;
    const Persona *found = nullptr;
    for (const Persona *persona : ws.orderedPersonas()) {
        if (persona->name.compare(key, Qt::CaseInsensitive) != 0)
            continue;
        if (found) {
            *error = QStringLiteral("several personas are named \"%1\"; the name is ambiguous, "
                                    "give its id instead (`blauwdruk info` lists them)")
                         .arg(key);
            return nullptr;
        }
        found = persona;
    }
    if (!found) {
        QStringList names;
        for (const Persona *persona : ws.orderedPersonas())
            names << QLatin1Char('"') + persona->name + QLatin1Char('"');
        *error = QStringLiteral("has no persona \"%1\" (personas: %2)")
                     .arg(key, names.isEmpty() ? QStringLiteral("none")
                                               : names.join(QStringLiteral(", ")));
    }
    return found;
}

// `export --persona/--personas`: persona sheets as a PDF.
// The command line speaks English, but what it prints for people — a
// persona sheet, a poster's title block — is in the workspace's language.
class WorkspaceLanguage {
public:
    explicit WorkspaceLanguage(const Workspace &workspace) {
        if (workspace.meta.language != QLatin1String("en") &&
            mTranslator.load(QLocale(workspace.meta.language), QStringLiteral("blauwdruk"),
                             QStringLiteral("_"), QStringLiteral(":/i18n")))
            mInstalled = QCoreApplication::installTranslator(&mTranslator);
    }
    ~WorkspaceLanguage() {
        if (mInstalled)
            QCoreApplication::removeTranslator(&mTranslator);
    }
    WorkspaceLanguage(const WorkspaceLanguage &) = delete;
    WorkspaceLanguage &operator=(const WorkspaceLanguage &) = delete;

private:
    QTranslator mTranslator;
    bool mInstalled = false;
};

int exportPersonaSheets(const Parsed &p, const QString &path, const QString &out) {
    if (p.parser.isSet(kPersona) && p.parser.isSet(kPersonas))
        return usage(QStringLiteral("give either --persona NAME|UUID or --personas, not both"));
    if (p.parser.isSet(kJourney))
        return usage(QStringLiteral("--journey does not go with --persona or --personas"));
    if ((p.parser.isSet(kFormat) &&
         p.parser.value(kFormat).compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0) ||
        QFileInfo(out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return usage(QStringLiteral("persona sheets are PDF files: give an output ending in .pdf "
                                    "(not %1)")
                         .arg(oneLine(out)));
    QString error;
    std::optional<Workspace> ws = loadFile(path, true, nullptr, &error);
    if (!ws)
        return fail(path, error);
    QStringList ids;
    if (p.parser.isSet(kPersona)) {
        const Persona *persona = findPersona(*ws, p.parser.value(kPersona), &error);
        if (!persona)
            return fail(path, error);
        ids << persona->id;
    } else {
        for (const Persona *persona : ws->orderedPersonas())
            ids << persona->id;
        if (ids.isEmpty())
            return fail(path, QStringLiteral("has no personas to export"));
    }
    const WorkspaceLanguage language(*ws);
    OutputFile output(out);
    if (!output.check(path, &error) || !PersonaSheetExporter::write(*ws, ids, out, &error))
        return fail(out, error);
    return CommandLine::Success;
}

int runExport(const QStringList &arguments) {
    Parsed p;
    if (auto done = parseCommand(
            p, arguments,
            {kOutput, kJourney, kFormat, kPersona, kPersonas, kPaper, kLandscape, kPortrait,
             kTilePaper, kMargin, kDpi, kWidth, kPdfA, kInventory},
            1,
            QStringLiteral("export FILE -o OUT.{svg,pdf,png,csv,md,html,json} [--format F] "
                           "[--journey TITLE|UUID] [--paper A0..A4|WxHmm] "
                           "[--landscape|--portrait] [--tile-paper A4|A3] [--margin MM] "
                           "[--dpi N | --width PX] [--pdfa] [--inventory]\n"
                           "       blauwdruk export FILE -o OUT.pdf (--persona NAME|UUID | "
                           "--personas)")))
        return *done;
    if (!p.parser.isSet(kOutput))
        return usage(QStringLiteral("export needs -o OUT"));
    const QString out = p.parser.value(kOutput);
    if (p.parser.isSet(kPersona) || p.parser.isSet(kPersonas))
        return exportPersonaSheets(p, p.positional.first(), out);
    ExportOptions options;
    if (const auto problem = readExportOptions(p.parser, options))
        return usage(*problem);
    const ExporterRegistry &registry = ExporterRegistry::instance();
    const Exporter *exporter =
        p.parser.isSet(kFormat) ? registry.byName(p.parser.value(kFormat)) : registry.forFile(out);
    // The inventory as a spreadsheet: the CSV of all journeys' cards.
    if (options.inventory && exporter && exporter->name() == QLatin1String("csv"))
        exporter = registry.byName(QStringLiteral("inventory-csv"));
    if (!exporter)
        return usage(QStringLiteral("unknown export format for %1 (formats: %2; persona sheets: "
                                    ".pdf with --persona or --personas)")
                         .arg(p.parser.isSet(kFormat) ? p.parser.value(kFormat) : out,
                              registry.names().join(QStringLiteral(", "))));
    // An option the chosen format does not use is a mistake to say, not to
    // ignore: a PNG has no paper, a PDF no pixels.
    const QString format = exporter->name();
    for (const QCommandLineOption *option :
         {&kPaper, &kLandscape, &kPortrait, &kTilePaper, &kMargin, &kPdfA, &kDpi, &kWidth}) {
        const bool pdfOption = option != &kDpi && option != &kWidth;
        const bool applies =
            pdfOption ? format == QLatin1String("pdf") : format == QLatin1String("png");
        if (p.parser.isSet(*option) && !applies)
            return usage(
                QStringLiteral("--%1 applies to %2 only, not to %3")
                    .arg(option->names().last(),
                         pdfOption ? QStringLiteral("PDF posters") : QStringLiteral("PNG pictures"),
                         format));
    }
    const QString path = p.positional.first();
    QString error;
    std::optional<Workspace> ws = loadFile(path, true, nullptr, &error);
    if (!ws)
        return fail(path, error);
    const WorkspaceLanguage language(*ws);
    if (p.parser.isSet(kJourney)) {
        const Journey *journey = findJourney(*ws, p.parser.value(kJourney), &error);
        if (!journey)
            return fail(path, error);
        options.journey = journey->id;
    } else if (exporter->singleJourney()) {
        if (ws->journeys.empty())
            return fail(path, QStringLiteral("has no journey to export"));
        // A picture per journey: one file each, named after it, and said so.
        if (ws->journeys.size() > 1 && (exporter->name() == QLatin1String("svg") ||
                                        exporter->name() == QLatin1String("png"))) {
            // All or nothing: every output is checked first, each picture is
            // written under a partial name, and only when all are written are
            // they renamed into place.
            QStringList written;
            std::vector<std::unique_ptr<OutputFile>> outputs;
            int number = 0;
            for (const Journey *journey : ws->orderedJourneys()) {
                const QString file = Exporter::fileForJourney(out, ++number, journey->title);
                outputs.push_back(std::make_unique<OutputFile>(file));
                if (!outputs.back()->check(path, &error))
                    return fail(file, error);
                written << file;
            }
            QStringList partials;
            const auto discard = [&] {
                for (const QString &partial : partials)
                    QFile::remove(partial);
            };
            number = 0;
            for (const Journey *journey : ws->orderedJourneys()) {
                options.journey = journey->id;
                const QString file = written.at(number++);
                PartialFile::removeStale(file);
                partials << PartialFile::pathFor(file);
                if (!exporter->write(*ws, options, partials.last(), &error)) {
                    discard();
                    return fail(file, error);
                }
            }
            for (int i = 0; i < written.size(); ++i) {
                if (std::rename(QFile::encodeName(partials.at(i)).constData(),
                                QFile::encodeName(written.at(i)).constData()) != 0) {
                    discard();
                    return fail(written.at(i), QStringLiteral("could not be written: %1")
                                                   .arg(QString::fromLocal8Bit(strerror(errno))));
                }
            }
            printOut(QStringLiteral("%1 journeys, one file each:\n  %2\n")
                         .arg(written.size())
                         .arg(written.join(QStringLiteral("\n  "))));
            return CommandLine::Success;
        }
        // A missing argument: wrong usage, though it takes the file to know.
        if (ws->journeys.size() > 1) {
            printErr(QStringLiteral("blauwdruk: %1: has %2 journeys; choose one with --journey "
                                    "TITLE|UUID (`blauwdruk info` lists them)\n")
                         .arg(oneLine(path))
                         .arg(ws->journeys.size()));
            return CommandLine::Usage;
        }
        options.journey = ws->journeys.front().id;
    }
    OutputFile output(out);
    if (!output.check(path, &error) || !exporter->write(*ws, options, out, &error))
        return fail(out, error);
    if (options.journey.isEmpty() && ws->journeys.size() > 1 &&
        exporter->name() == QLatin1String("pdf"))
        printOut(QStringLiteral("%1 journeys, %2 each, in %3\n")
                     .arg(ws->journeys.size())
                     .arg(options.tilePaper.isEmpty() ? QStringLiteral("a page")
                                                      : QStringLiteral("a set of tiles"),
                          out));
    return CommandLine::Success;
}

} // namespace

QString CommandLine::terminalLine(const QString &text) {
    return oneLine(text);
}

int CommandLine::fail(const QString &file, const QString &problem) {
    printErr(QStringLiteral("blauwdruk: %1: %2\n").arg(oneLine(file), oneLine(problem)));
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
        return runExample(arguments);
    if (command == QLatin1String("new"))
        return runNew(arguments);
    if (command == QLatin1String("info"))
        return runInfo(arguments);
    if (command == QLatin1String("check"))
        return runCheck(arguments);
    if (command == QLatin1String("import"))
        return runImport(arguments);
    if (command == QLatin1String("export"))
        return runExport(arguments);
    // Top-level help or version.
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("-v") || argument == QLatin1String("--version")) {
            printOut(QStringLiteral("blauwdruk %1\n").arg(QLatin1String(BLAUWDRUK_VERSION)));
            return Success;
        }
    }
    printOut(generalHelp());
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
        usage(QStringLiteral("unknown command '%1' (commands: %2)")
                  .arg(oneLine(first), subcommands().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    QCommandLineParser parser;
    const QCommandLineOption screenshot("screenshot", "Render the window to a PNG and exit.",
                                        "OUT.png");
    const QCommandLineOption size("size", "Window size for --screenshot.", "WxH");
    const QCommandLineOption show(
        "show", "The tab for --screenshot: overview, personas, persona:NAME or compare:NAME.",
        "WHAT");
    parser.addOptions({screenshot, size, kJourney, show});
    if (!parser.parse(ours)) {
        usage(parser.errorText());
        return std::nullopt;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        usage(QStringLiteral("the editor opens one file at a time; '%1' is not a command")
                  .arg(oneLine(files.first())));
        return std::nullopt;
    }
    GuiRequest request{files.value(0), parser.value(screenshot), QSize(1920, 1080),
                       parser.value(kJourney), parser.value(show)};
    static const QRegularExpression shows(
        QStringLiteral("^(overview|personas|persona:.+|compare:.+)$"));
    if (parser.isSet(show) && !shows.match(request.show).hasMatch()) {
        usage(QStringLiteral("--show takes overview, personas, persona:NAME or compare:NAME"));
        return std::nullopt;
    }
    if (parser.isSet(size)) {
        static const QRegularExpression format(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const QRegularExpressionMatch match = format.match(parser.value(size));
        if (!match.hasMatch() || match.captured(1).toInt() > 10000 ||
            match.captured(2).toInt() > 10000) {
            usage(QStringLiteral("--size takes WIDTHxHEIGHT in pixels, such as 1280x800"));
            return std::nullopt;
        }
        request.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if ((parser.isSet(size) || parser.isSet(kJourney) || parser.isSet(show)) &&
        request.screenshot.isEmpty()) {
        usage(QStringLiteral("--size, --journey and --show go with --screenshot"));
        return std::nullopt;
    }
    return request;
}

} // namespace blauwdruk
