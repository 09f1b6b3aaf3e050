#include "reviewcommandline.h"

#include "commandfiles.h"
#include "commandline.h"
#include "commandlookup.h"
#include "commandoptions.h"
#include "commandparser.h"
#include "edits.h"
#include "reviewreport.h"
#include "terminal.h"

#include <nlohmann/json.hpp>

namespace blauwdruk {

using namespace cli;

namespace {

// A journey's review in short. Comments are counted one by one, replies
// included, as open or resolved by their thread (resolving resolves the
// whole thread).
struct JourneyStatus {
    const Journey *journey = nullptr;
    QString decidedBy; // the last decision's; a file's own review fields without one
    QString decidedAt;
    bool changedSinceApproval = false;
    int open = 0;
    int resolved = 0;
};

JourneyStatus statusOf(const Workspace &ws, const Journey &journey) {
    JourneyStatus status;
    status.journey = &journey;
    const Decision *last = Review::lastDecision(ws, journey.id);
    status.decidedBy = last ? last->decidedBy : journey.reviewedBy;
    status.decidedAt = last ? last->decidedAt : journey.reviewedAt;
    status.changedSinceApproval = Review::changedSinceApproval(ws, journey.id);
    for (const Comment *comment : ws.orderedComments(journey.id))
        ++(ReviewReport::isResolved(ws, *comment) ? status.resolved : status.open);
    return status;
}

nlohmann::ordered_json toJson(const Workspace &ws, const JourneyStatus &status) {
    nlohmann::ordered_json json;
    json["journey"] = status.journey->id.toStdString();
    json["title"] = status.journey->title.toStdString();
    json["status"] = status.journey->status.toStdString();
    json["decided_by"] = status.decidedBy.toStdString();
    json["decided_at"] = status.decidedAt.toStdString();
    json["changed_since_approval"] = status.changedSinceApproval;
    json["open_comments"] = status.open;
    json["resolved_comments"] = status.resolved;
    nlohmann::ordered_json history = nlohmann::ordered_json::array();
    for (const Decision *decision : ws.orderedDecisions(status.journey->id)) {
        nlohmann::ordered_json entry;
        entry["status"] = decision->status.toStdString();
        entry["by"] = decision->decidedBy.toStdString();
        entry["role"] = decision->role.toStdString();
        entry["at"] = decision->decidedAt.toStdString();
        entry["remark"] = decision->remark.toStdString();
        entry["hash"] = decision->hash.toStdString();
        history.push_back(entry);
    }
    json["history"] = history;
    return json;
}

// A review status as a word in a sentence ("in_review" reads "in review").
QString statusWord(const QString &status) {
    if (status == QLatin1String("in_review"))
        return CommandLine::tr("in review");
    if (status == QLatin1String("approved"))
        return CommandLine::tr("approved");
    if (status == QLatin1String("changes_requested"))
        return CommandLine::tr("changes requested");
    if (status == QLatin1String("concept"))
        return CommandLine::tr("concept");
    return QString(status).replace(u'_', u' ');
}

QString toText(const Workspace &ws, const JourneyStatus &status) {
    const Journey &journey = *status.journey;
    QString text = QStringLiteral("%1  %2\n")
                       .arg(Terminal::oneLine(journey.id), Terminal::oneLine(journey.title));
    text += CommandLine::tr("  Status:        %1%2\n")
                .arg(statusWord(journey.status), status.changedSinceApproval
                                                     ? CommandLine::tr(" (changed since approval)")
                                                     : QString());
    if (const Decision *last = Review::lastDecision(ws, journey.id))
        text += CommandLine::tr("  Last decision: %1 by %2%3 at %4\n")
                    .arg(statusWord(last->status), Terminal::oneLine(last->decidedBy),
                         last->role.isEmpty()
                             ? QString()
                             : QStringLiteral(" (%1)").arg(Terminal::oneLine(last->role)),
                         last->decidedAt);
    else if (!status.decidedBy.isEmpty())
        text += CommandLine::tr("  Reviewed by:   %1 at %2\n")
                    .arg(Terminal::oneLine(status.decidedBy), Terminal::oneLine(status.decidedAt));
    else
        text += CommandLine::tr("  Last decision: none\n");
    text += CommandLine::tr("  Comments:      %1 open, %2 resolved\n")
                .arg(status.open)
                .arg(status.resolved);
    return text;
}

QString commandName(const QStringList &arguments) {
    return arguments.value(1);
}

} // namespace

int ReviewCommandLine::status(const QStringList &arguments) {
    CommandParser p;
    if (auto done = p.parse(arguments, {kJson, kJourney}, 1,
                            QStringLiteral("status FILE [--journey TITLE|UUID] [--json]")))
        return *done;
    const QString path = p.positional.first();
    QString error;
    std::optional<Workspace> ws = CommandFiles::load(path, true, nullptr, &error);
    if (!ws)
        return CommandLine::fail(path, error);
    std::vector<const Journey *> journeys = ws->orderedJourneys();
    if (p.parser.isSet(kJourney)) {
        const Journey *journey = CommandLookup::journey(*ws, p.parser.value(kJourney), &error);
        if (!journey)
            return CommandLine::fail(path, error);
        journeys = {journey};
    }
    if (p.parser.isSet(kJson)) {
        nlohmann::ordered_json json = nlohmann::ordered_json::array();
        for (const Journey *journey : journeys)
            json.push_back(toJson(*ws, statusOf(*ws, *journey)));
        Terminal::out(QString::fromStdString(json.dump(2)) + QLatin1Char('\n'));
        return CommandLine::Success;
    }
    QStringList texts;
    for (const Journey *journey : journeys)
        texts << toText(*ws, statusOf(*ws, *journey));
    Terminal::out(texts.join(QLatin1Char('\n')));
    return CommandLine::Success;
}

int ReviewCommandLine::decide(const QStringList &arguments, Review::Action action) {
    const QString command = commandName(arguments);
    const bool needsRemark = action == Review::Action::RequestChanges;
    CommandParser p;
    if (auto done = p.parse(arguments, {kJourney, kBy, kRole, kRemark}, 1,
                            QStringLiteral("%1 FILE [--journey TITLE|UUID] --by NAME [--role ROLE] "
                                           "%2")
                                .arg(command, needsRemark ? QStringLiteral("--remark TEXT")
                                                          : QStringLiteral("[--remark TEXT]"))))
        return *done;
    if (p.parser.value(kBy).trimmed().isEmpty())
        return CommandParser::usage(
            CommandLine::tr("%1 needs --by NAME: who decides").arg(command));
    if (needsRemark && p.parser.value(kRemark).trimmed().isEmpty())
        return CommandParser::usage(
            CommandLine::tr("%1 needs --remark TEXT: what should change").arg(command));
    const QString path = p.positional.first();
    QString error;
    std::unique_ptr<Document> document = CommandFiles::openForWriting(path, &error);
    if (!document)
        return CommandLine::fail(path, error);
    int exitCode = CommandLine::Failure;
    const Journey *journey =
        CommandLookup::chosenJourney(p.parser, document->workspace(), path, &exitCode);
    if (!journey)
        return exitCode;
    const QString id = journey->id;
    Review review(*document);
    if (!review.decide(id, action, p.parser.value(kBy), p.parser.value(kRole),
                       p.parser.value(kRemark)))
        return CommandLine::fail(path, review.error());
    const Decision *decision = Review::lastDecision(document->workspace(), id);
    Terminal::out(QStringLiteral("%1: %2 (hash %3)\n")
                      .arg(Terminal::oneLine(document->workspace().find<Journey>(id)->title),
                           QString(decision->status).replace(u'_', u' '), decision->hash.left(12)));
    return CommandLine::Success;
}

int ReviewCommandLine::comment(const QStringList &arguments) {
    CommandParser p;
    if (auto done = p.parse(arguments, {kJourney, kStep, kCard, kBy}, 2,
                            QStringLiteral("comment FILE [--journey TITLE|UUID] "
                                           "[--step TITLE|UUID | --card TITLE|UUID] --by NAME "
                                           "TEXT")))
        return *done;
    if (p.parser.isSet(kStep) && p.parser.isSet(kCard))
        return CommandParser::usage(
            CommandLine::tr("a comment goes on a step or a card: give --step or --card, not both"));
    if (p.parser.value(kBy).trimmed().isEmpty())
        return CommandParser::usage(CommandLine::tr("comment needs --by NAME: who comments"));
    const QString text = p.positional.at(1);
    if (text.trimmed().isEmpty())
        return CommandParser::usage(CommandLine::tr("comment needs a TEXT"));
    const QString path = p.positional.first();
    QString error;
    std::unique_ptr<Document> document = CommandFiles::openForWriting(path, &error);
    if (!document)
        return CommandLine::fail(path, error);
    const Workspace &ws = document->workspace();
    int exitCode = CommandLine::Failure;
    const Journey *journey = CommandLookup::chosenJourney(p.parser, ws, path, &exitCode);
    if (!journey)
        return exitCode;
    QString target = journey->id;
    if (p.parser.isSet(kStep)) {
        const Step *step = CommandLookup::step(ws, journey->id, p.parser.value(kStep), &error);
        if (!step)
            return CommandLine::fail(path, error);
        target = step->id;
    } else if (p.parser.isSet(kCard)) {
        const Card *card = CommandLookup::card(ws, journey->id, p.parser.value(kCard), &error);
        if (!card)
            return CommandLine::fail(path, error);
        target = card->id;
    }
    Edits edits(*document);
    const QString id = edits.addComment(target, p.parser.value(kBy), text);
    if (id.isEmpty())
        return CommandLine::fail(path, edits.error());
    Terminal::out(id + QLatin1Char('\n'));
    return CommandLine::Success;
}

} // namespace blauwdruk
