#include "review.h"

#include "contenthash.h"
#include "edits.h"
#include "jsoncodec.h"

#include <QDateTime>
#include <QLocale>
#include <QUuid>

namespace blauwdruk {

Review::Review(Document &document)
    : mDocument(document) {}

QString Review::statusAfter(Action action) {
    switch (action) {
    case Action::Submit:
        return QStringLiteral("in_review");
    case Action::Approve:
        return QStringLiteral("approved");
    case Action::RequestChanges:
        return QStringLiteral("changes_requested");
    case Action::BackToConcept:
        return QStringLiteral("concept");
    }
    return {};
}

QString Review::refusal(const Workspace &ws, const QString &journeyId, Action action) {
    const Journey *journey = ws.find<Journey>(journeyId);
    if (!journey)
        return tr("There is no such journey.");
    const QString &status = journey->status;
    switch (action) {
    case Action::Submit:
        if (status == QLatin1String("in_review"))
            return tr("\"%1\" is already in review.").arg(journey->title);
        return {};
    case Action::Approve:
    case Action::RequestChanges:
        // A new decision supersedes the last, so an approved journey can be
        // decided again; a concept, or one sent back, is offered for review
        // (again) first.
        if (status == QLatin1String("concept"))
            return tr("\"%1\" is a concept; submit it for review before a decision.")
                .arg(journey->title);
        if (status == QLatin1String("changes_requested"))
            return tr("Changes were requested for \"%1\"; its makers submit it for review again "
                      "before a new decision.")
                .arg(journey->title);
        return {};
    case Action::BackToConcept:
        if (status == QLatin1String("concept"))
            return tr("\"%1\" is a concept already.").arg(journey->title);
        return {};
    }
    return {};
}

bool Review::decide(const QString &journeyId, Action action, const QString &by, const QString &role,
                    const QString &remark) {
    mError.clear();
    const Workspace &ws = mDocument.workspace();
    if (const QString why = refusal(ws, journeyId, action); !why.isEmpty()) {
        mError = why;
        return false;
    }
    if (by.trimmed().isEmpty()) {
        mError = tr("A decision needs the name of who takes it.");
        return false;
    }
    if (action == Action::RequestChanges && remark.trimmed().isEmpty()) {
        mError = tr("Say what should change: requesting changes needs a remark.");
        return false;
    }
    const Journey &journey = *ws.find<Journey>(journeyId);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Decision decision;
    decision.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    decision.journey = journeyId;
    for (const Decision &other : ws.decisions)
        decision.position = std::max(decision.position, other.position + 1);
    decision.status = statusAfter(action);
    decision.decidedBy = by.trimmed();
    decision.role = role.trimmed();
    decision.decidedAt = now;
    decision.remark = remark.trimmed();
    decision.hash = ContentHash::of(ws, journeyId);
    ChangeSet changes;
    if (action == Action::Approve) {
        // The kept state is the approved one: its journey says so.
        Workspace approved = ws;
        Journey *kept = approved.find<Journey>(journeyId);
        kept->status = decision.status;
        kept->reviewedBy = decision.decidedBy;
        kept->reviewedAt = now;
        approved.decisions.push_back(decision);
        const QString date = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
        const Version version =
            Edits::makeVersion(approved, tr("Approved: %1 (%2)").arg(journey.title, date));
        decision.version = version.id;
        changes.added.push_back(version);
    }
    changes.added.push_back(decision);
    auto set = [&](const char *field, const QString &before, const QString &after) {
        if (before != after)
            changes.fields.push_back(
                {EntityType::Journey, journeyId, QLatin1String(field), before, after});
    };
    set("status", journey.status, decision.status);
    set("reviewed_by", journey.reviewedBy, decision.decidedBy);
    set("reviewed_at", journey.reviewedAt, now);
    if (!mDocument.record(changes)) {
        mError = mDocument.lastError();
        return false;
    }
    return true;
}

const Decision *Review::lastDecision(const Workspace &ws, const QString &journey) {
    const std::vector<const Decision *> history = ws.orderedDecisions(journey);
    return history.empty() ? nullptr : history.back();
}

const Decision *Review::approval(const Workspace &ws, const QString &journey) {
    const Decision *last = lastDecision(ws, journey);
    return last && last->status == QLatin1String("approved") ? last : nullptr;
}

bool Review::changedSinceApproval(const Workspace &ws, const QString &journey) {
    const Decision *approved = approval(ws, journey);
    return approved && approved->hash != ContentHash::of(ws, journey);
}

std::optional<Workspace> Review::approvedState(const Workspace &ws, const QString &journey) {
    const Decision *approved = approval(ws, journey);
    const Version *version = approved ? ws.find<Version>(approved->version) : nullptr;
    if (!version)
        return std::nullopt;
    QString error;
    return JsonCodec::read(version->snapshot.toUtf8(), &error);
}

} // namespace blauwdruk
