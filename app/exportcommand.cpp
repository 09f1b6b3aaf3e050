#include "exportcommand.h"

#include "commandfiles.h"
#include "commandline.h"
#include "commandlookup.h"
#include "commandoptions.h"
#include "commandparser.h"
#include "demofindings.h"
#include "exporterregistry.h"
#include "inventory.h"
#include "journeyfiles.h"
#include "outputfile.h"
#include "papersize.h"
#include "personasheetexporter.h"
#include "reviewreport.h"
#include "sessionsummary.h"
#include "terminal.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace blauwdruk {

using namespace cli;

namespace {

// The poster, PNG and inventory choices of `export`; a usage message when
// one is malformed.
std::optional<QString> readExportOptions(const QCommandLineParser &parser, ExportOptions &options) {
    static const QRegularExpression paper(
        QStringLiteral("^(A[0-4]|\\d+(\\.\\d+)?\\s*x\\s*\\d+(\\.\\d+)?\\s*mm)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (parser.isSet(kPaper)) {
        options.paper = parser.value(kPaper).trimmed();
        if (!paper.match(options.paper).hasMatch())
            return CommandLine::tr("--paper takes A0, A1, A2, A3, A4 or a size such as 841x594mm");
        // The sizes too, before any file is read.
        QString problem;
        if (!PaperSize::parse(options.paper, &problem))
            return CommandLine::tr("--paper: %1").arg(problem);
    }
    if (parser.isSet(kLandscape) && parser.isSet(kPortrait))
        return CommandLine::tr("--landscape and --portrait exclude each other");
    options.landscape = !parser.isSet(kPortrait);
    if (parser.isSet(kTilePaper)) {
        options.tilePaper = parser.value(kTilePaper).trimmed().toUpper();
        if (options.tilePaper != QLatin1String("A4") && options.tilePaper != QLatin1String("A3"))
            return CommandLine::tr("--tile-paper takes A4 or A3");
    }
    bool ok = true;
    if (parser.isSet(kMargin)) {
        options.marginMm = parser.value(kMargin).toDouble(&ok);
        if (!ok || !std::isfinite(options.marginMm) || options.marginMm < 0 ||
            options.marginMm > 100)
            return CommandLine::tr("--margin takes millimetres from 0 to 100");
    }
    if (parser.isSet(kDpi)) {
        options.dpi = parser.value(kDpi).toInt(&ok);
        if (!ok || options.dpi < 10 || options.dpi > 1200)
            return CommandLine::tr("--dpi takes a number from 10 to 1200");
    }
    if (parser.isSet(kWidth)) {
        options.pixelWidth = parser.value(kWidth).toInt(&ok);
        if (!ok || options.pixelWidth < 16 || options.pixelWidth > 20000)
            return CommandLine::tr("--width takes pixels from 16 to 20000");
    }
    options.pdfA = parser.isSet(kPdfA);
    options.inventory = parser.isSet(kInventory);
    if (parser.isSet(kTeam)) {
        options.team = parser.value(kTeam).trimmed();
        if (options.team.isEmpty())
            return CommandLine::tr("--team takes the name of a team, as the cards' owner says it");
    }
    return std::nullopt;
}

// The options only some formats take, with the capability that takes them
// and what the formats that do make (for "--dpi applies to PNG pictures only").
struct FormatOption {
    const QCommandLineOption *option;
    bool ExportCapabilities::*takes;
    const char *makes;
};

const FormatOption kFormatOptions[] = {
    {&kPaper, &ExportCapabilities::paper, QT_TRANSLATE_NOOP("CommandLine", "posters")},
    {&kLandscape, &ExportCapabilities::paper, QT_TRANSLATE_NOOP("CommandLine", "posters")},
    {&kPortrait, &ExportCapabilities::paper, QT_TRANSLATE_NOOP("CommandLine", "posters")},
    {&kTilePaper, &ExportCapabilities::paper, QT_TRANSLATE_NOOP("CommandLine", "posters")},
    {&kMargin, &ExportCapabilities::paper, QT_TRANSLATE_NOOP("CommandLine", "posters")},
    {&kPdfA, &ExportCapabilities::paper, QT_TRANSLATE_NOOP("CommandLine", "posters")},
    {&kDpi, &ExportCapabilities::resolution, QT_TRANSLATE_NOOP("CommandLine", "pictures")},
    {&kWidth, &ExportCapabilities::resolution, QT_TRANSLATE_NOOP("CommandLine", "pictures")},
};

// An option the chosen format does not take is a mistake to say, not to
// ignore: a PNG has no paper, a PDF no pixels.
std::optional<QString> unusedOption(const QCommandLineParser &parser, const Exporter &exporter) {
    const ExportCapabilities capabilities = exporter.capabilities();
    for (const FormatOption &format : kFormatOptions) {
        if (!parser.isSet(*format.option) || capabilities.*format.takes)
            continue;
        QStringList takers;
        for (const Exporter *other : ExporterRegistry::instance().exporters())
            if (other->capabilities().*format.takes)
                takers << other->name().toUpper();
        return CommandLine::tr("--%1 applies to %2 %3 only, not to %4")
            .arg(format.option->names().last(), takers.join(CommandLine::tr(" and ")),
                 CommandLine::tr(format.makes), exporter.name());
    }
    return std::nullopt;
}

// `export --persona/--personas`: persona sheets in their format.
int exportPersonaSheets(const CommandParser &p, const QString &path, const QString &out) {
    if (p.parser.isSet(kPersona) && p.parser.isSet(kPersonas))
        return CommandParser::usage(
            CommandLine::tr("give either --persona NAME|UUID or --personas, not both"));
    if (p.parser.isSet(kJourney))
        return CommandParser::usage(
            CommandLine::tr("--journey does not go with --persona or --personas"));
    const ExporterRegistry &registry = ExporterRegistry::instance();
    const Exporter *sheets = registry.personaSheetFormat();
    if ((p.parser.isSet(kFormat) && registry.byName(p.parser.value(kFormat)) != sheets) ||
        registry.forFile(out) != sheets)
        return CommandParser::usage(
            CommandLine::tr("persona sheets are %1 files: give an output ending in .%2 (not %3)")
                .arg(sheets->name().toUpper(), ExportCommand::personaSheetExtension(),
                     Terminal::oneLine(out)));
    QString error;
    std::optional<Workspace> ws = CommandFiles::load(path, true, nullptr, &error);
    if (!ws)
        return CommandLine::fail(path, error);
    QStringList ids;
    if (p.parser.isSet(kPersona)) {
        const Persona *persona = CommandLookup::persona(*ws, p.parser.value(kPersona), &error);
        if (!persona)
            return CommandLine::fail(path, error);
        ids << persona->id;
    } else {
        for (const Persona *persona : ws->orderedPersonas())
            ids << persona->id;
        if (ids.isEmpty())
            return CommandLine::fail(path, CommandLine::tr("has no personas to export"));
    }
    OutputFile output(out);
    if (!output.check(path, &error) || !PersonaSheetExporter::write(*ws, ids, out, &error))
        return CommandLine::fail(out, error);
    return CommandLine::Success;
}

// `export --review-report` and `export --session-summary`: a report as
// Markdown or PDF, of the chosen journey or all of them, built by `build`
// (ReviewReport::build, SessionSummary::build).
template <typename Report>
int exportReport(const CommandParser &p, const QString &path, const QString &out,
                 const QCommandLineOption &kind, const QString &what) {
    for (const QCommandLineOption *option :
         {&kPersona, &kPersonas, &kFormat, &kInventory, &kTeam, &kPaper, &kLandscape, &kPortrait,
          &kTilePaper, &kMargin, &kDpi, &kWidth, &kPdfA, &kReviewReport, &kSessionSummary,
          &kDemoFindings})
        if (option != &kind && p.parser.isSet(*option))
            return CommandParser::usage(CommandLine::tr("--%1 does not go with --%2")
                                            .arg(option->names().last(), kind.names().last()));
    if (!ReportText::extensions().contains(QFileInfo(out).suffix().toLower()))
        return CommandParser::usage(
            CommandLine::tr("%1 is Markdown or PDF: give an output ending in .%2 (not %3)")
                .arg(what, ReportText::extensions().join(QStringLiteral(", .")),
                     Terminal::oneLine(out)));
    QString error;
    std::optional<Workspace> ws = CommandFiles::load(path, true, nullptr, &error);
    if (!ws)
        return CommandLine::fail(path, error);
    QString journey;
    if (p.parser.isSet(kJourney)) {
        const Journey *found = CommandLookup::journey(*ws, p.parser.value(kJourney), &error);
        if (!found)
            return CommandLine::fail(path, error);
        journey = found->id;
    }
    const std::optional<Report> report = Report::build(*ws, journey, &error);
    if (!report)
        return CommandLine::fail(path, error);
    OutputFile output(out);
    if (!output.check(path, &error) || !report->write(out, &error))
        return CommandLine::fail(out, error);
    return CommandLine::Success;
}

// All journeys in a format that holds one a file: a file each, named after
// it, and said so.
int exportFilePerJourney(const Exporter &exporter, const Workspace &ws,
                         const ExportOptions &options, const QString &path, const QString &out) {
    std::vector<std::unique_ptr<OutputFile>> outputs; // held until all are written
    const auto check = [&](const QString &file, QString *error) {
        outputs.push_back(std::make_unique<OutputFile>(file));
        return outputs.back()->check(path, error);
    };
    QStringList written;
    QString failed;
    QString error;
    if (!JourneyFiles::write(exporter, ws, options, out, check, &written, &failed, &error))
        return CommandLine::fail(failed, error);
    Terminal::out(CommandLine::tr("%1 journeys, one file each:\n  %2\n")
                      .arg(written.size())
                      .arg(written.join(QStringLiteral("\n  "))));
    return CommandLine::Success;
}

} // namespace

QString ExportCommand::extensions() {
    QStringList extensions;
    for (const Exporter *exporter : ExporterRegistry::instance().exporters())
        if (!extensions.contains(exporter->extensions().first()))
            extensions << exporter->extensions().first();
    return QLatin1Char('{') + extensions.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString ExportCommand::personaSheetExtension() {
    const Exporter *sheets = ExporterRegistry::instance().personaSheetFormat();
    return sheets ? sheets->extensions().first() : QString();
}

int ExportCommand::run(const QStringList &arguments) {
    CommandParser p;
    if (auto done =
            p.parse(arguments,
                    {kOutput, kJourney, kFormat, kPersona, kPersonas, kPaper, kLandscape, kPortrait,
                     kTilePaper, kMargin, kDpi, kWidth, kPdfA, kInventory, kTeam, kReviewReport,
                     kSessionSummary, kDemoFindings},
                    1,
                    QStringLiteral("export FILE -o OUT.%1 [--format F] "
                                   "[--journey TITLE|UUID] [--paper A0..A4|WxHmm] "
                                   "[--landscape|--portrait] [--tile-paper A4|A3] [--margin MM] "
                                   "[--dpi N | --width PX] [--pdfa] [--inventory [--team NAME]]\n"
                                   "       blauwdruk export FILE -o OUT.%2 (--persona NAME|UUID | "
                                   "--personas)\n"
                                   "       blauwdruk export FILE -o OUT.md|OUT.pdf --review-report "
                                   "[--journey TITLE|UUID]\n"
                                   "       blauwdruk export FILE -o OUT.md|OUT.pdf "
                                   "--session-summary [--journey TITLE|UUID]\n"
                                   "       blauwdruk export FILE -o OUT.md|OUT.pdf "
                                   "--demo-findings [--journey TITLE|UUID]")
                        .arg(extensions(), personaSheetExtension())))
        return *done;
    if (!p.parser.isSet(kOutput))
        return CommandParser::usage(CommandLine::tr("export needs -o OUT"));
    const QString out = p.parser.value(kOutput);
    if (p.parser.isSet(kReviewReport))
        return exportReport<ReviewReport>(p, p.positional.first(), out, kReviewReport,
                                          CommandLine::tr("the review report"));
    if (p.parser.isSet(kSessionSummary))
        return exportReport<SessionSummary>(p, p.positional.first(), out, kSessionSummary,
                                            CommandLine::tr("the session summary"));
    if (p.parser.isSet(kDemoFindings))
        return exportReport<DemoFindings>(p, p.positional.first(), out, kDemoFindings,
                                          CommandLine::tr("the demo findings report"));
    if (p.parser.isSet(kPersona) || p.parser.isSet(kPersonas))
        return exportPersonaSheets(p, p.positional.first(), out);
    ExportOptions options;
    if (const auto problem = readExportOptions(p.parser, options))
        return CommandParser::usage(*problem);
    const ExporterRegistry &registry = ExporterRegistry::instance();
    const Exporter *exporter = registry.resolve(
        p.parser.isSet(kFormat) ? registry.byName(p.parser.value(kFormat)) : registry.forFile(out),
        options);
    if (!exporter)
        return CommandParser::usage(
            CommandLine::tr("unknown export format for %1 (formats: %2; persona sheets: "
                            ".%3 with --persona or --personas)")
                .arg(p.parser.isSet(kFormat) ? p.parser.value(kFormat) : out,
                     registry.names().join(QStringLiteral(", ")), personaSheetExtension()));
    if (const auto problem = unusedOption(p.parser, *exporter))
        return CommandParser::usage(*problem);
    if (p.parser.isSet(kTeam) &&
        exporter->capabilities().content != ExportCapabilities::Content::Inventory)
        return CommandParser::usage(
            CommandLine::tr("--team makes a team's work list: it goes with the consequence "
                            "inventory (--inventory with CSV, or Markdown or HTML), not with %1")
                .arg(exporter->name()));
    const ExportCapabilities capabilities = exporter->capabilities();
    const QString path = p.positional.first();
    QString error;
    std::optional<Workspace> ws = CommandFiles::load(path, true, nullptr, &error);
    if (!ws)
        return CommandLine::fail(path, error);
    if (p.parser.isSet(kJourney)) {
        const Journey *journey = CommandLookup::journey(*ws, p.parser.value(kJourney), &error);
        if (!journey)
            return CommandLine::fail(path, error);
        options.journey = journey->id;
    } else if (exporter->singleJourney()) {
        if (ws->journeys.empty())
            return CommandLine::fail(path, CommandLine::tr("has no journey to export"));
        if (ws->journeys.size() > 1 &&
            capabilities.journeys == ExportCapabilities::Journeys::FileEach)
            return exportFilePerJourney(*exporter, *ws, options, path, out);
        // A missing argument: wrong usage, though it takes the file to know.
        if (ws->journeys.size() > 1) {
            Terminal::err(
                CommandLine::tr("blauwdruk: %1: has %2 journeys; choose one with --journey "
                                "TITLE|UUID (`blauwdruk info` lists them)\n")
                    .arg(Terminal::oneLine(path))
                    .arg(ws->journeys.size()));
            return CommandLine::Usage;
        }
        options.journey = ws->journeys.front().id;
    }
    // A team that owns nothing is the input's problem, said before any
    // file is made.
    if (!options.team.isEmpty() && !Inventory::build(*ws, options.journey, &error, options.team))
        return CommandLine::fail(path, error);
    OutputFile output(out);
    if (!output.check(path, &error) || !exporter->write(*ws, options, out, &error))
        return CommandLine::fail(out, error);
    if (options.journey.isEmpty() && ws->journeys.size() > 1 &&
        capabilities.journeys == ExportCapabilities::Journeys::PageEach)
        Terminal::out(CommandLine::tr("%1 journeys, %2 each, in %3\n")
                          .arg(ws->journeys.size())
                          .arg(options.tilePaper.isEmpty() ? CommandLine::tr("a page")
                                                           : CommandLine::tr("a set of tiles"),
                               out));
    return CommandLine::Success;
}

} // namespace blauwdruk
