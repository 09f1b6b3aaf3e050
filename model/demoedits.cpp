// Edits of the health check's dismissals and of the demo with residents:
// records beside the blueprint, each an ordinary undoable edit.

#include "edits.h"

#include "editsupport.h"
#include "fieldrule.h"
#include "vocabulary.h"

#include <QDate>
#include <QDateTime>

namespace blauwdruk {

using namespace editsupport;

namespace {

bool isDay(const QString &date) {
    return QDate::fromString(date, Qt::ISODate).isValid() && date.size() == 10;
}

} // namespace

QString Edits::dismissFinding(const QString &journey, const QString &code, const QString &target,
                              const QString &reason) {
    if (!mWs.find<Journey>(journey))
        return fail(tr("There is no such journey.")), QString();
    if (code.trimmed().isEmpty() || target.trimmed().isEmpty())
        return fail(tr("There is no such finding.")), QString();
    if (reason.trimmed().isEmpty())
        return fail(tr("Say why the finding is dismissed: a reason is required.")), QString();
    for (const Dismissal &other : mWs.dismissals)
        if (other.journey == journey && other.code == code && other.target == target)
            return fail(tr("This finding is dismissed already.")), QString();
    Dismissal dismissal;
    dismissal.id = newId();
    dismissal.journey = journey;
    dismissal.code = code;
    dismissal.target = target;
    dismissal.reason = reason.trimmed();
    dismissal.dismissedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    dismissal.position =
        nextPosition(mWs.dismissals, [&](const Dismissal &d) { return d.journey == journey; });
    ChangeSet changes;
    changes.added.push_back(dismissal);
    return push(std::move(changes), tr("Dismiss finding")) ? dismissal.id : QString();
}

bool Edits::restoreFinding(const QString &id) {
    const Dismissal *dismissal = mWs.find<Dismissal>(id);
    if (!dismissal)
        return fail(tr("There is no such dismissed finding."));
    ChangeSet changes;
    changes.removed.push_back(*dismissal);
    return push(std::move(changes), tr("Restore finding"));
}

QString Edits::addDemoSession(const QString &journey, const QString &title, const QString &date) {
    if (!mWs.find<Journey>(journey))
        return fail(tr("There is no such journey.")), QString();
    if (!isDay(date))
        return fail(tr("\"%1\" is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31.").arg(date)),
               QString();
    DemoSession demo;
    demo.id = newId();
    demo.journey = journey;
    demo.title = title.trimmed();
    demo.date = date;
    demo.position =
        nextPosition(mWs.demoSessions, [&](const DemoSession &d) { return d.journey == journey; });
    ChangeSet changes;
    changes.added.push_back(demo);
    return push(std::move(changes), tr("Add demo session \"%1\"").arg(demo.title)) ? demo.id
                                                                                   : QString();
}

bool Edits::editDemoSession(const QString &id, const QString &title, const QString &date) {
    const DemoSession *demo = mWs.find<DemoSession>(id);
    if (!demo)
        return fail(tr("There is no such demo session."));
    if (!isDay(date))
        return fail(tr("\"%1\" is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31.").arg(date));
    ChangeSet changes;
    if (demo->title != title.trimmed())
        changes.fields.push_back(
            {EntityType::DemoSession, id, QStringLiteral("title"), demo->title, title.trimmed()});
    if (demo->date != date)
        changes.fields.push_back(
            {EntityType::DemoSession, id, QStringLiteral("date"), demo->date, date});
    if (changes.fields.empty())
        return true;
    return push(std::move(changes), tr("Edit demo session \"%1\"").arg(title.trimmed()));
}

bool Edits::removeDemoSession(const QString &id) {
    const DemoSession *demo = mWs.find<DemoSession>(id);
    if (!demo)
        return fail(tr("There is no such demo session."));
    ChangeSet changes;
    for (const DemoVerdict *verdict : mWs.orderedVerdicts(id))
        changes.removed.push_back(*verdict);
    changes.removed.push_back(*demo);
    return push(std::move(changes), tr("Remove demo session \"%1\"").arg(demo->title));
}

QString Edits::setVerdict(const QString &demoId, const QString &cardId, const VerdictDraft &draft) {
    const DemoSession *demo = mWs.find<DemoSession>(demoId);
    if (!demo)
        return fail(tr("There is no such demo session.")), QString();
    const Card *card = mWs.find<Card>(cardId);
    if (!card || card->journey != demo->journey)
        return fail(tr("The card is not a pain point of the demo session's journey.")), QString();
    if (!vocabulary::demoVerdicts().contains(draft.verdict))
        return fail(tr("\"%1\" is not a verdict.").arg(draft.verdict)), QString();
    const QString undoText = tr("Verdict on \"%1\"").arg(card->title);
    for (const DemoVerdict *old : mWs.orderedVerdicts(demoId)) {
        if (old->card != cardId)
            continue;
        ChangeSet changes;
        auto change = [&](const char *field, const QString &before, const QString &after) {
            if (before != after)
                changes.fields.push_back(
                    {EntityType::DemoVerdict, old->id, QLatin1String(field), before, after});
        };
        change("verdict", old->verdict, draft.verdict);
        change("quote", old->quote, draft.quote.trimmed());
        change("participant", old->participant, draft.participant.trimmed());
        if (changes.fields.empty())
            return old->id;
        return push(std::move(changes), undoText) ? old->id : QString();
    }
    DemoVerdict verdict;
    verdict.id = newId();
    verdict.journey = demo->journey;
    verdict.demo = demoId;
    verdict.card = cardId;
    verdict.verdict = draft.verdict;
    verdict.quote = draft.quote.trimmed();
    verdict.participant = draft.participant.trimmed();
    verdict.position =
        nextPosition(mWs.demoVerdicts, [&](const DemoVerdict &v) { return v.demo == demoId; });
    ChangeSet changes;
    changes.added.push_back(verdict);
    return push(std::move(changes), undoText) ? verdict.id : QString();
}

bool Edits::removeVerdict(const QString &id) {
    const DemoVerdict *verdict = mWs.find<DemoVerdict>(id);
    if (!verdict)
        return fail(tr("There is no such verdict."));
    ChangeSet changes;
    changes.removed.push_back(*verdict);
    return push(std::move(changes), tr("Remove verdict"));
}

} // namespace blauwdruk
