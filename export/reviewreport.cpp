#include "reviewreport.h"

#include "review.h"
#include "workspacediff.h"
#include "workspacelanguage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace blauwdruk {

namespace {

QString statusWord(const QString &status) {
    if (status == QLatin1String("concept"))
        return ReviewReport::tr("Concept");
    if (status == QLatin1String("in_review"))
        return ReviewReport::tr("In review");
    if (status == QLatin1String("approved"))
        return ReviewReport::tr("Approved");
    if (status == QLatin1String("changes_requested"))
        return ReviewReport::tr("Changes requested");
    return status; // a newer file's: shown as stored, not hidden
}

QString changeWord(DiffEntry::Kind kind) {
    switch (kind) {
    case DiffEntry::Kind::Added:
        return ReviewReport::tr("Added:");
    case DiffEntry::Kind::Removed:
        return ReviewReport::tr("Removed:");
    case DiffEntry::Kind::Changed:
        return ReviewReport::tr("Changed:");
    case DiffEntry::Kind::Moved:
        return ReviewReport::tr("Moved:");
    }
    return {};
}

QString typeWord(EntityType type) {
    switch (type) {
    case EntityType::Journey:
        return ReviewReport::tr("journey");
    case EntityType::Stage:
        return ReviewReport::tr("stage");
    case EntityType::Step:
        return ReviewReport::tr("step");
    case EntityType::Lane:
        return ReviewReport::tr("lane");
    case EntityType::Card:
        return ReviewReport::tr("card");
    case EntityType::Connection:
        return ReviewReport::tr("arrow");
    default:
        return entityTypeName(type);
    }
}

QString orUntitled(const QString &title) {
    return title.trimmed().isEmpty() ? ReviewReport::tr("(untitled)") : title;
}

} // namespace

bool ReviewReport::isResolved(const Workspace &ws, const Comment &comment) {
    const Comment *first = comment.parent.isEmpty() ? &comment : ws.find<Comment>(comment.parent);
    return first ? first->resolved : comment.resolved;
}

std::optional<ReviewReport> ReviewReport::build(const Workspace &ws, const QString &journeyId,
                                                QString *error) {
    std::vector<const Journey *> journeys = ws.orderedJourneys();
    if (!journeyId.isEmpty()) {
        const Journey *journey = ws.find<Journey>(journeyId);
        if (!journey) {
            *error =
                QCoreApplication::translate("Export", "has no journey with id %1").arg(journeyId);
            return std::nullopt;
        }
        journeys = {journey};
    }
    const WorkspaceLanguage language(ws);
    ReviewReport report;
    report.mTitle = tr("Review report: %1").arg(orUntitled(ws.meta.title));
    report.mPageFormat = tr("Page %1");
    report.add(Block::Kind::Title, QString(), report.mTitle);
    report.add(Block::Kind::Item, tr("Date:"), QDate::currentDate().toString(Qt::ISODate));
    if (journeys.empty())
        report.add(Block::Kind::Note, QString(), tr("This workspace has no journeys."));
    for (const Journey *journey : journeys)
        report.addJourney(ws, *journey);
    return report;
}

void ReviewReport::addJourney(const Workspace &ws, const Journey &journey) {
    add(Block::Kind::Journey, QString(), tr("Journey: %1").arg(orUntitled(journey.title)));
    add(Block::Kind::Item, tr("Status:"),
        Review::changedSinceApproval(ws, journey.id)
            ? tr("%1, changed since approval").arg(statusWord(journey.status))
            : statusWord(journey.status));
    addDecisions(ws, journey);
    addChanges(ws, journey);
    addComments(ws, journey);
}

void ReviewReport::addDecisions(const Workspace &ws, const Journey &journey) {
    add(Block::Kind::Section, QString(), tr("Decisions"));
    const std::vector<const Decision *> history = ws.orderedDecisions(journey.id);
    // A status set before decisions were recorded (an older file) says who
    // set it, rather than seeming to contradict the status above.
    if (history.empty() && journey.status != QLatin1String("concept") &&
        !journey.reviewedBy.isEmpty())
        add(Block::Kind::Note, QString(),
            tr("%1 by %2 on %3, before decisions were recorded in the file: no remark or hash "
               "is on record.")
                .arg(statusWord(journey.status), journey.reviewedBy,
                     ReportText::when(journey.reviewedAt)));
    else if (history.empty())
        add(Block::Kind::Note, QString(), tr("No decisions yet."));
    for (const Decision *decision : history) {
        const QString who = decision->role.trimmed().isEmpty()
                                ? decision->decidedBy
                                : tr("%1 (%2)").arg(decision->decidedBy, decision->role);
        add(Block::Kind::Item, statusWord(decision->status),
            tr("by %1 on %2, hash %3")
                .arg(who, ReportText::when(decision->decidedAt), decision->hash.left(kHashShown)));
        if (!decision->remark.trimmed().isEmpty())
            add(Block::Kind::Reply, tr("Remark:"), decision->remark);
    }
}

void ReviewReport::addChanges(const Workspace &ws, const Journey &journey) {
    add(Block::Kind::Section, QString(), tr("Changes since approval"));
    if (!Review::approval(ws, journey.id)) {
        add(Block::Kind::Note, QString(),
            tr("No approval on record: there is no approved state to compare with."));
        return;
    }
    const std::optional<Workspace> approved = Review::approvedState(ws, journey.id);
    if (!approved) {
        add(Block::Kind::Note, QString(), tr("The approved state cannot be read."));
        return;
    }
    // Only what the approval is about: a colour or an owner is no change.
    const std::vector<DiffEntry> changes = WorkspaceDiff::compare(*approved, ws, journey.id, true);
    if (changes.empty())
        add(Block::Kind::Note, QString(), tr("None: the content is as it was approved."));
    for (const DiffEntry &change : changes) {
        add(Block::Kind::Item, changeWord(change.kind),
            change.fields.isEmpty() ? tr("%1 \"%2\"").arg(typeWord(change.type), change.title)
                                    : tr("%1 \"%2\" (%3)")
                                          .arg(typeWord(change.type), change.title,
                                               change.fields.join(QStringLiteral(", "))));
        // The reader sees what it said when approved, not only that it changed.
        if (!change.fields.isEmpty())
            add(Block::Kind::Reply, tr("Was and is:"),
                change.valueChanges().replace(QLatin1Char('\n'), QStringLiteral("; ")));
    }
}

void ReviewReport::addComments(const Workspace &ws, const Journey &journey) {
    add(Block::Kind::Section, QString(), tr("Open comments"));
    const std::vector<const Comment *> comments = ws.orderedComments(journey.id);
    // Open threads by where they are: the journey, a step (its own and its
    // cards'), or a step or card that was removed since.
    std::vector<const Comment *> onJourney, removed;
    QHash<QString, std::vector<const Comment *>> byStep;
    int resolved = 0;
    for (const Comment *comment : comments) {
        if (isResolved(ws, *comment)) {
            ++resolved;
            continue;
        }
        if (!comment->parent.isEmpty() && ws.find<Comment>(comment->parent))
            continue; // a reply, shown under its thread
        if (comment->target == journey.id)
            onJourney.push_back(comment);
        else if (const Step *step = ws.find<Step>(comment->target))
            byStep[step->id].push_back(comment);
        else if (const Card *card = ws.find<Card>(comment->target))
            byStep[card->step].push_back(comment);
        else
            removed.push_back(comment);
    }
    auto thread = [&](const Comment &first) {
        QString text = first.text;
        if (first.target != journey.id) {
            if (const Card *card = ws.find<Card>(first.target))
                text = tr("On card \"%1\": %2").arg(orUntitled(card->title), first.text);
            else if (!ws.find<Step>(first.target))
                text = tr("%1 (removed): %2").arg(orUntitled(first.targetTitle), first.text);
        }
        add(Block::Kind::Item, tr("%1, %2").arg(first.author, ReportText::when(first.created)),
            text);
        for (const Comment *reply : comments)
            if (reply->parent == first.id)
                add(Block::Kind::Reply,
                    tr("%1, %2").arg(reply->author, ReportText::when(reply->created)), reply->text);
    };
    if (onJourney.empty() && byStep.isEmpty() && removed.empty())
        add(Block::Kind::Note, QString(), tr("No open comments."));
    if (!onJourney.empty()) {
        add(Block::Kind::Group, QString(), tr("On the journey"));
        for (const Comment *comment : onJourney)
            thread(*comment);
    }
    for (const Step *step : ws.orderedSteps(journey.id)) {
        if (!byStep.contains(step->id))
            continue;
        add(Block::Kind::Group, QString(), tr("Step: %1").arg(orUntitled(step->title)));
        for (const Comment *comment : byStep.value(step->id))
            thread(*comment);
    }
    if (!removed.empty()) {
        add(Block::Kind::Group, QString(), tr("On removed steps and cards"));
        for (const Comment *comment : removed)
            thread(*comment);
    }
    add(Block::Kind::Note, QString(), tr("Resolved comments: %1").arg(resolved));
}

} // namespace blauwdruk
