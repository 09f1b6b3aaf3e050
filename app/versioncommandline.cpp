#include "versioncommandline.h"

#include "commandfiles.h"
#include "commandline.h"
#include "commandlookup.h"
#include "commandoptions.h"
#include "commandparser.h"
#include "edits.h"
#include "jsoncodec.h"
#include "terminal.h"
#include "workspacediff.h"

#include <nlohmann/json.hpp>

namespace blauwdruk {

using namespace cli;

namespace {

// The workspace a version keeps, or nullopt with the reason.
std::optional<Workspace> stateOf(const Workspace &ws, const QString &key, QString *error) {
    const Version *version = CommandLookup::version(ws, key, error);
    if (!version)
        return std::nullopt;
    QString why;
    std::optional<Workspace> state = JsonCodec::read(version->snapshot.toUtf8(), &why);
    if (!state)
        *error = CommandLine::tr("version \"%1\" cannot be read: %2").arg(version->name, why);
    return state;
}

constexpr DiffEntry::Kind kKinds[] = {DiffEntry::Kind::Added, DiffEntry::Kind::Removed,
                                      DiffEntry::Kind::Changed, DiffEntry::Kind::Moved};

nlohmann::ordered_json toJson(const std::vector<DiffEntry> &entries) {
    nlohmann::ordered_json json;
    for (DiffEntry::Kind kind : kKinds) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const DiffEntry &entry : entries) {
            if (entry.kind != kind)
                continue;
            nlohmann::ordered_json item;
            item["type"] = entityTypeName(entry.type).toStdString();
            item["id"] = entry.id.toStdString();
            item["title"] = entry.title.toStdString();
            if (kind == DiffEntry::Kind::Changed) {
                nlohmann::ordered_json fields = nlohmann::ordered_json::array();
                for (const QString &field : entry.fields)
                    fields.push_back(field.toStdString());
                item["fields"] = fields;
            }
            list.push_back(item);
        }
        json[WorkspaceDiff::kindName(kind).toStdString()] = list;
    }
    return json;
}

QString toText(const std::vector<DiffEntry> &entries) {
    if (entries.empty())
        return CommandLine::tr("No differences.\n");
    QString text;
    for (DiffEntry::Kind kind : kKinds)
        for (const DiffEntry &entry : entries) {
            if (entry.kind != kind)
                continue;
            text += QStringLiteral("%1 %2 \"%3\"%4  %5\n")
                        .arg(WorkspaceDiff::kindName(kind), -8)
                        .arg(entityTypeName(entry.type), Terminal::oneLine(entry.title),
                             entry.fields.isEmpty()
                                 ? QString()
                                 : QStringLiteral(": ") + entry.fields.join(QStringLiteral(", ")),
                             Terminal::oneLine(entry.id));
        }
    return text;
}

} // namespace

int VersionCommandLine::save(const QStringList &arguments) {
    CommandParser p;
    if (auto done = p.parse(arguments, {kSave}, 1, QStringLiteral("version FILE --save NAME")))
        return *done;
    if (p.parser.value(kSave).trimmed().isEmpty())
        return CommandParser::usage(CommandLine::tr("version needs --save NAME"));
    const QString path = p.positional.first();
    QString error;
    std::unique_ptr<Document> document = CommandFiles::openForWriting(path, &error);
    if (!document)
        return CommandLine::fail(path, error);
    Edits edits(*document);
    const QString id = edits.createVersion(p.parser.value(kSave));
    if (id.isEmpty())
        return CommandLine::fail(path, edits.error());
    Terminal::out(id + QLatin1Char('\n'));
    return CommandLine::Success;
}

int VersionCommandLine::list(const QStringList &arguments) {
    CommandParser p;
    if (auto done = p.parse(arguments, {kJson}, 1, QStringLiteral("versions FILE [--json]")))
        return *done;
    const QString path = p.positional.first();
    QString error;
    std::optional<Workspace> ws = CommandFiles::load(path, true, nullptr, &error);
    if (!ws)
        return CommandLine::fail(path, error);
    if (p.parser.isSet(kJson)) {
        nlohmann::ordered_json json = nlohmann::ordered_json::array();
        for (const Version *version : ws->orderedVersions())
            json.push_back({{"id", version->id.toStdString()},
                            {"name", version->name.toStdString()},
                            {"created", version->created.toStdString()}});
        Terminal::out(QString::fromStdString(json.dump(2)) + QLatin1Char('\n'));
        return CommandLine::Success;
    }
    QString text;
    for (const Version *version : ws->orderedVersions())
        text += QStringLiteral("%1  %2  %3\n")
                    .arg(Terminal::oneLine(version->id), Terminal::oneLine(version->created),
                         Terminal::oneLine(version->name));
    Terminal::out(text.isEmpty() ? CommandLine::tr("No versions.\n") : text);
    return CommandLine::Success;
}

int VersionCommandLine::diff(const QStringList &arguments) {
    CommandParser p;
    if (auto done = p.parse(arguments, {kFrom, kTo, kJourney, kJson}, 1,
                            QStringLiteral("diff FILE --from VERSION [--to VERSION] "
                                           "[--journey TITLE|UUID] [--json]")))
        return *done;
    if (!p.parser.isSet(kFrom))
        return CommandParser::usage(CommandLine::tr("diff needs --from VERSION (a name or id)"));
    const QString path = p.positional.first();
    QString error;
    std::optional<Workspace> ws = CommandFiles::load(path, true, nullptr, &error);
    if (!ws)
        return CommandLine::fail(path, error);
    const std::optional<Workspace> before = stateOf(*ws, p.parser.value(kFrom), &error);
    if (!before)
        return CommandLine::fail(path, error);
    std::optional<Workspace> after = ws;
    if (p.parser.isSet(kTo) && !(after = stateOf(*ws, p.parser.value(kTo), &error)))
        return CommandLine::fail(path, error);
    QString journey;
    if (p.parser.isSet(kJourney)) {
        // As now, or as the versions have it: a journey removed since is
        // still one to compare.
        const Journey *found = nullptr;
        for (const Workspace *state :
             std::initializer_list<const Workspace *>{&*ws, &*after, &*before})
            if ((found = state->find<Journey>(p.parser.value(kJourney))))
                break;
        if (!found && !(found = CommandLookup::journey(*ws, p.parser.value(kJourney), &error)))
            return CommandLine::fail(path, error);
        journey = found->id;
    }
    const std::vector<DiffEntry> entries = WorkspaceDiff::compare(*before, *after, journey);
    if (p.parser.isSet(kJson))
        Terminal::out(QString::fromStdString(toJson(entries).dump(2)) + QLatin1Char('\n'));
    else
        Terminal::out(toText(entries));
    return CommandLine::Success;
}

} // namespace blauwdruk
