#include "workspacecommands.h"

#include "bundledexample.h"
#include "commandfiles.h"
#include "commandline.h"
#include "commandoptions.h"
#include "commandparser.h"
#include "csvgrid.h"
#include "healthcommandline.h"
#include "importformat.h"
#include "jsoncodec.h"
#include "privacyguard.h"
#include "takeinto.h"
#include "terminal.h"
#include "validator.h"
#include "workspacelanguage.h"

#include <QDateTime>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace blauwdruk {

using namespace cli;

int WorkspaceCommands::example(const QStringList &arguments) {
    CommandParser p;
    if (auto done = p.parse(arguments, {kOutput, kLanguage}, 0,
                            QStringLiteral("example -o OUT.blauwdruk [--language nl|en]")))
        return *done;
    if (!p.parser.isSet(kOutput))
        return CommandParser::usage(CommandLine::tr("example needs -o OUT.blauwdruk"));
    // Dutch unless asked: the method and its users are Dutch.
    const QString language = p.parser.isSet(kLanguage)
                                 ? p.parser.value(kLanguage).trimmed().toLower()
                                 : QStringLiteral("nl");
    if (!BundledExample::languages().contains(language))
        return CommandParser::usage(
            CommandLine::tr("there is no example in '%1': choose %2")
                .arg(language, BundledExample::languages().join(CommandLine::tr(" or "))));
    QString error;
    std::optional<Workspace> workspace = BundledExample::load(&error, language);
    if (!workspace)
        return CommandLine::fail(QStringLiteral("example"), error);
    return CommandFiles::writeWorkspace(p.parser.value(kOutput), *workspace);
}

int WorkspaceCommands::create(const QStringList &arguments) {
    CommandParser p;
    if (auto done = p.parse(arguments, {kOutput, kTitle}, 0,
                            QStringLiteral("new -o OUT.blauwdruk [--title T]")))
        return *done;
    if (!p.parser.isSet(kOutput))
        return CommandParser::usage(CommandLine::tr("new needs -o OUT.blauwdruk"));
    Workspace workspace;
    workspace.meta.id = WorkspaceMeta::kId;
    workspace.meta.title =
        p.parser.isSet(kTitle) ? p.parser.value(kTitle) : QStringLiteral("Nieuwe werkruimte");
    return CommandFiles::writeWorkspace(p.parser.value(kOutput), workspace);
}

int WorkspaceCommands::info(const QStringList &arguments) {
    CommandParser p;
    if (auto done = p.parse(arguments, {kJson}, 1, QStringLiteral("info FILE [--json]")))
        return *done;
    const QString path = p.positional.first();
    QString error;
    int schemaVersion = 0;
    std::optional<Workspace> ws = CommandFiles::load(path, false, &schemaVersion, &error);
    if (!ws)
        return CommandLine::fail(path, error);
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
        Terminal::out(QString::fromStdString(json.dump(2)) + QLatin1Char('\n'));
        return CommandLine::Success;
    }
    QString text = QStringLiteral("Title:          %1\nSchema version: %2\n")
                       .arg(Terminal::oneLine(ws->meta.title))
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
                    .arg(Terminal::oneLine(persona->id), Terminal::oneLine(persona->name));
    for (const Journey *journey : ws->orderedJourneys())
        text += QStringLiteral("Journey:        %1  %2  %3\n")
                    .arg(Terminal::oneLine(journey->id), Terminal::oneLine(journey->kind),
                         Terminal::oneLine(journey->title));
    Terminal::out(text);
    return CommandLine::Success;
}

int WorkspaceCommands::check(const QStringList &arguments) {
    if (arguments.contains(QStringLiteral("--health")))
        return HealthCommandLine::run(arguments);
    CommandParser p;
    if (auto done = p.parse(arguments, {}, 1, QStringLiteral("check FILE")))
        return *done;
    const QString path = p.positional.first();
    QString error;
    std::optional<Workspace> ws = CommandFiles::load(path, false, nullptr, &error);
    if (!ws)
        return CommandLine::fail(path, error);
    // The lines on stdout are for scripts: English, whatever the user's language.
    std::optional<WorkspaceLanguage> forScripts(std::in_place, QStringLiteral("en"));
    std::vector<Problem> problems = validateWorkspace(*ws);
    // Photos that cannot be shown and versions that cannot be restored leave
    // the file usable, but are findings.
    for (Problem &problem : photoProblems(*ws))
        problems.push_back(std::move(problem));
    for (Problem &problem : snapshotProblems(*ws))
        problems.push_back(std::move(problem));
    for (const Problem &problem : problems)
        Terminal::out(QStringLiteral("%1: %2\n")
                          .arg(Terminal::oneLine(path), Terminal::oneLine(problem.toString())));
    // Real personal data is a finding too: personas and cards are fictional.
    const std::vector<PrivacyGuard::Finding> findings = PrivacyGuard::scan(*ws);
    for (const PrivacyGuard::Finding &f : findings)
        Terminal::out(
            QStringLiteral("%1: privacy: %2%3 %4: %5 %6\n")
                .arg(Terminal::oneLine(path), entityTypeName(f.type),
                     f.id.isEmpty() ? QString() : QLatin1Char(' ') + Terminal::oneLine(f.id),
                     f.field, f.kind, Terminal::oneLine(f.masked)));
    forScripts.reset();
    const qsizetype total = qsizetype(problems.size() + findings.size());
    if (total > 0) {
        const QString found = total == 1 ? CommandLine::tr("1 problem found")
                                         : CommandLine::tr("%1 problems found").arg(total);
        Terminal::err(QStringLiteral("blauwdruk: %1: %2%3\n")
                          .arg(Terminal::oneLine(path), found,
                               findings.empty()
                                   ? QString()
                                   : CommandLine::tr("; personas and cards must not hold real "
                                                     "personal data")));
        return CommandLine::Failure;
    }
    Terminal::out(QStringLiteral("%1: ok\n").arg(Terminal::oneLine(path)));
    return CommandLine::Success;
}

int WorkspaceCommands::import(const QStringList &arguments) {
    CommandParser p;
    if (auto done = p.parse(arguments, {kOutput, kTitle}, 1,
                            QStringLiteral("import IN.json|IN.csv -o OUT.blauwdruk [--title T]")))
        return *done;
    if (!p.parser.isSet(kOutput))
        return CommandParser::usage(CommandLine::tr("import needs -o OUT.blauwdruk"));
    const QString in = p.positional.first();
    QString error;
    std::optional<QByteArray> data = CommandFiles::readInput(in, &error);
    if (!data)
        return CommandLine::fail(in, error);
    const bool json = ImportFormat::isJson(in, *data);
    const QString title =
        p.parser.isSet(kTitle) ? p.parser.value(kTitle) : QFileInfo(in).completeBaseName();
    QStringList warnings;
    std::optional<Workspace> ws = json ? JsonCodec::import(*data, &error, &warnings)
                                       : CsvGrid::read(*data, title, &error, &warnings);
    if (!ws)
        return CommandLine::fail(in, error);
    for (const QString &warning : warnings)
        Terminal::err(CommandLine::tr("blauwdruk: %1: warning: %2\n")
                          .arg(Terminal::oneLine(in), Terminal::oneLine(warning)));
    if (json && p.parser.isSet(kTitle))
        ws->meta.title = title;
    return CommandFiles::writeWorkspace(p.parser.value(kOutput), *ws, in);
}

int WorkspaceCommands::importFrom(const QStringList &arguments) {
    static const QCommandLineOption from("from", "The workspace file to take from (only read).",
                                         "OTHER");
    CommandParser p;
    p.repeatable = TakeInto::repeatable();
    if (auto done = p.parse(arguments, QList<QCommandLineOption>{from} + TakeInto::options(), 1,
                            QStringLiteral("import-from FILE --from OTHER.blauwdruk "
                                           "(--journey TITLE|UUID | --persona NAME|UUID | "
                                           "--step TITLE|UUID… [--to-journey TITLE|UUID] | "
                                           "--card TITLE|UUID… --to-step TITLE|UUID)")))
        return *done;
    if (!p.parser.isSet(from))
        return CommandParser::usage(CommandLine::tr("import-from needs --from OTHER.blauwdruk"));
    if (const std::optional<int> wrong = TakeInto::usageProblem(p.parser))
        return *wrong;
    const QString other = p.parser.value(from);
    QString error;
    // Validated like any file from elsewhere before anything is taken.
    std::optional<Workspace> source = CommandFiles::load(other, true, nullptr, &error);
    if (!source)
        return CommandLine::fail(other, error);
    Provenance origin;
    origin.workspace = source->meta.title;
    origin.organisation = source->meta.organisation;
    origin.file = QFileInfo(other).fileName();
    origin.takenAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return TakeInto::run(p.positional.first(), *source, other, p.parser, origin);
}

} // namespace blauwdruk
