// Edits of work sessions: what session mode records beside the cards.

#include "edits.h"

#include "editsupport.h"
#include "sessionrules.h"
#include "vocabulary.h"

#include <QDateTime>

namespace blauwdruk {

using namespace editsupport;

namespace {

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

QString Edits::capturingSession(const QString &journey) const {
    const WorkSession *session = mWs.find<WorkSession>(mDocument.capturingSession());
    return session && session->journey == journey ? session->id : QString();
}

QString Edits::startSession(const QString &journey, const QString &title) {
    if (!mWs.find<Journey>(journey))
        return fail(tr("There is no such journey.")), QString();
    WorkSession session;
    session.id = newId();
    session.journey = journey;
    session.title = title.trimmed();
    session.startedAt = now();
    session.position = nextPosition(mWs.sessions, [](const WorkSession &) { return true; });
    ChangeSet changes;
    changes.added.push_back(session);
    if (!mDocument.record(changes))
        return fail(mDocument.lastError()), QString();
    return session.id;
}

bool Edits::endSession(const QString &id) {
    const WorkSession *session = mWs.find<WorkSession>(id);
    if (!session)
        return fail(tr("There is no such session."));
    if (!session->endedAt.isEmpty())
        return fail(tr("The session has ended already."));
    ChangeSet changes;
    changes.fields.push_back(
        {EntityType::Session, id, QStringLiteral("ended_at"), QString(), now()});
    // An ended session locks nothing: the lock belongs to the session.
    if (session->structureLocked)
        changes.fields.push_back(
            {EntityType::Session, id, QStringLiteral("structure_locked"), true, false});
    if (!mDocument.record(changes))
        return fail(mDocument.lastError());
    return true;
}

bool Edits::setStructureLocked(const QString &id, bool locked) {
    const WorkSession *session = mWs.find<WorkSession>(id);
    if (!session)
        return fail(tr("There is no such session."));
    if (!session->endedAt.isEmpty())
        return fail(tr("The session has ended; its lock cannot change."));
    ChangeSet changes;
    changes.fields.push_back({EntityType::Session, id, QStringLiteral("structure_locked"),
                              session->structureLocked, locked});
    return push(std::move(changes), locked ? tr("Lock structure") : tr("Unlock structure"));
}

QStringList Edits::addParticipants(const QString &sessionId, const QStringList &labels) {
    const WorkSession *session = mWs.find<WorkSession>(sessionId);
    if (!session)
        return fail(tr("There is no such session.")), QStringList();
    ChangeSet changes;
    QStringList ids;
    int position = nextPosition(mWs.participants,
                                [&](const Participant &p) { return p.session == sessionId; });
    for (const QString &label : labels) {
        if (label.trimmed().isEmpty())
            continue;
        Participant participant;
        participant.id = newId();
        participant.journey = session->journey;
        participant.session = sessionId;
        participant.position = position++;
        participant.label = label.trimmed();
        changes.added.push_back(participant);
        ids << participant.id;
    }
    if (ids.isEmpty())
        return fail(tr("A participant needs a name or a label.")), QStringList();
    const QString text =
        ids.size() == 1 ? tr("Add participant") : tr("Add %1 participants").arg(ids.size());
    return push(std::move(changes), text) ? ids : QStringList();
}

bool Edits::removeParticipant(const QString &id) {
    const Participant *participant = mWs.find<Participant>(id);
    if (!participant)
        return fail(tr("There is no such participant."));
    ChangeSet changes;
    changes.removed.push_back(*participant);
    for (const Vote &vote : mWs.votes)
        if (vote.participant == id)
            changes.removed.push_back(vote);
    return push(std::move(changes), tr("Remove participant"));
}

QString Edits::addVoteRound(const QString &sessionId, const VoteRoundDraft &draft) {
    const WorkSession *session = mWs.find<WorkSession>(sessionId);
    if (!session)
        return fail(tr("There is no such session.")), QString();
    const bool writing = draft.kind == QLatin1String("cards");
    if (!writing && draft.kind != QLatin1String("votes"))
        return fail(tr("\"%1\" is not a kind of round.").arg(draft.kind)), QString();
    if (draft.title.trimmed().isEmpty())
        return fail(writing ? tr("A writing round needs a question for the participants.")
                            : tr("A vote round needs a title: the question the room votes on.")),
               QString();
    if (!writing && draft.cap > draft.budget)
        return fail(tr("The most dots on one card (%1) cannot be more than the dots each "
                       "participant has (%2).")
                        .arg(draft.cap)
                        .arg(draft.budget)),
               QString();
    const bool place = draft.scope == QLatin1String("stage") ||
                       draft.scope == QLatin1String("step") || draft.scope == QLatin1String("lane");
    if (draft.scope == QLatin1String("stage")) {
        const Stage *stage = mWs.find<Stage>(draft.scopeValue);
        if (!stage || stage->journey != session->journey)
            return fail(tr("The round counts the cards of a stage of this journey; choose one.")),
                   QString();
    } else if (draft.scope == QLatin1String("step")) {
        const Step *step = mWs.find<Step>(draft.scopeValue);
        if (!step || step->journey != session->journey)
            return fail(tr("The round counts the cards of a step of this journey; choose one.")),
                   QString();
    } else if (draft.scope == QLatin1String("lane")) {
        const Lane *lane = mWs.find<Lane>(draft.scopeValue);
        if (!lane || lane->journey != session->journey)
            return fail(tr("The round counts the cards of a lane of this journey; choose one.")),
                   QString();
    } else if (draft.scope == QLatin1String("kind") &&
               !vocabulary::cardKinds().contains(draft.scopeValue)) {
        return fail(tr("\"%1\" is not a card kind.").arg(draft.scopeValue)), QString();
    }
    VoteRound round;
    round.id = newId();
    round.journey = session->journey;
    round.session = sessionId;
    round.position =
        nextPosition(mWs.voteRounds, [&](const VoteRound &r) { return r.session == sessionId; });
    round.title = draft.title.trimmed();
    round.budget = draft.budget;
    round.cap = draft.cap;
    round.scope = draft.scope;
    round.scopeValue = place || draft.scope == QLatin1String("kind") ? draft.scopeValue : QString();
    round.kind = draft.kind;
    ChangeSet changes;
    changes.added.push_back(round);
    const QString text = writing ? tr("Open writing round \"%1\"").arg(round.title)
                                 : tr("Add vote round \"%1\"").arg(round.title);
    return push(std::move(changes), text) ? round.id : QString();
}

bool Edits::removeVoteRound(const QString &id) {
    const VoteRound *round = mWs.find<VoteRound>(id);
    if (!round)
        return fail(tr("There is no such vote round."));
    ChangeSet changes;
    changes.removed.push_back(*round);
    for (const Vote &vote : mWs.votes)
        if (vote.round == id)
            changes.removed.push_back(vote);
    return push(std::move(changes), tr("Remove vote round"));
}

bool Edits::setDots(const QString &roundId, const QString &cardId, const QString &participantId,
                    int dots) {
    ChangeSet changes;
    QString text;
    if (!dotsChange(roundId, cardId, participantId, dots, changes, text))
        return false;
    return changes.isEmpty() || push(std::move(changes), text);
}

bool Edits::recordDots(const QString &roundId, const QString &cardId, const QString &participantId,
                       int dots) {
    ChangeSet changes;
    QString text;
    if (!dotsChange(roundId, cardId, participantId, dots, changes, text))
        return false;
    if (!changes.isEmpty() && !mDocument.record(changes))
        return fail(mDocument.lastError());
    return true;
}

bool Edits::dotsChange(const QString &roundId, const QString &cardId, const QString &participantId,
                       int dots, ChangeSet &changes, QString &text) {
    const VoteRound *round = mWs.find<VoteRound>(roundId);
    const Card *card = mWs.find<Card>(cardId);
    if (!round)
        return fail(tr("There is no such vote round."));
    if (round->kind != QLatin1String("votes"))
        return fail(tr("\"%1\" is a writing round: it takes cards, not votes.").arg(round->title));
    if (!card || !SessionRules::counts(mWs, *round, *card))
        return fail(tr("This card does not count in the round \"%1\".").arg(round->title));
    if (round->closed)
        return fail(
            tr("The round \"%1\" is closed; reopen it to change its votes.").arg(round->title));
    if (dots < 0)
        return fail(tr("Dots cannot be fewer than none."));
    const Participant *participant = nullptr;
    if (!participantId.isEmpty()) {
        participant = mWs.find<Participant>(participantId);
        if (!participant || participant->session != round->session)
            return fail(tr("There is no such participant in this session."));
    }
    const Vote *existing = nullptr;
    for (const Vote &vote : mWs.votes)
        if (vote.round == roundId && vote.card == cardId && vote.participant == participantId)
            existing = &vote;
    const int before = existing ? existing->dots : 0;
    if (participant) {
        if (dots > round->cap)
            return fail(tr("At most %1 dots per card in this round.").arg(round->cap));
        const int left = round->budget - SessionRules::spent(mWs, roundId, participantId) + before;
        if (dots > left)
            return fail(tr("%1 has %2 of %3 dots left.")
                            .arg(participant->label)
                            .arg(left)
                            .arg(round->budget));
    } else if (dots > 10'000) {
        return fail(tr("That is more hands than a room holds."));
    }
    if (dots == before)
        return true;
    if (existing && dots == 0) {
        changes.removed.push_back(*existing);
    } else if (existing) {
        changes.fields.push_back(
            {EntityType::Vote, existing->id, QStringLiteral("dots"), before, dots});
    } else {
        Vote vote;
        vote.id = newId();
        vote.journey = round->journey;
        vote.round = roundId;
        vote.position = nextPosition(mWs.votes, [&](const Vote &v) { return v.round == roundId; });
        vote.card = cardId;
        vote.participant = participantId;
        vote.dots = dots;
        changes.added.push_back(vote);
    }
    const QString title = card->title.isEmpty() ? tr("card") : card->title;
    text =
        participant
            ? (dots == 1 ? tr("%1: 1 dot on \"%2\"").arg(participant->label, title)
                         : tr("%1: %2 dots on \"%3\"").arg(participant->label).arg(dots).arg(title))
            : (dots == 1 ? tr("1 hand for \"%1\"").arg(title)
                         : tr("%1 hands for \"%2\"").arg(dots).arg(title));
    return true;
}

bool Edits::setRoundRevealed(const QString &id, bool revealed) {
    const VoteRound *round = mWs.find<VoteRound>(id);
    if (!round)
        return fail(tr("There is no such vote round."));
    ChangeSet changes;
    changes.fields.push_back(
        {EntityType::VoteRound, id, QStringLiteral("revealed"), round->revealed, revealed});
    return push(std::move(changes), revealed ? tr("Reveal votes \"%1\"").arg(round->title)
                                             : tr("Hide votes \"%1\"").arg(round->title));
}

bool Edits::setRoundClosed(const QString &id, bool closed) {
    const VoteRound *round = mWs.find<VoteRound>(id);
    if (!round)
        return fail(tr("There is no such vote round."));
    ChangeSet changes;
    changes.fields.push_back(
        {EntityType::VoteRound, id, QStringLiteral("closed"), round->closed, closed});
    if (round->kind == QLatin1String("cards"))
        return push(std::move(changes), closed
                                            ? tr("Close writing round \"%1\"").arg(round->title)
                                            : tr("Reopen writing round \"%1\"").arg(round->title));
    return push(std::move(changes), closed ? tr("Close vote round \"%1\"").arg(round->title)
                                           : tr("Reopen vote round \"%1\"").arg(round->title));
}

QString Edits::addAgendaBlock(const QString &sessionId, const QString &title, int minutes,
                              const QString &focusKind, const QString &focus, int index) {
    const WorkSession *session = mWs.find<WorkSession>(sessionId);
    if (!session)
        return fail(tr("There is no such session.")), QString();
    if (title.trimmed().isEmpty())
        return fail(tr("An agenda block needs a title.")), QString();
    if (!focusFits(session->journey, focusKind, focus))
        return QString();
    AgendaBlock block;
    block.id = newId();
    block.journey = session->journey;
    block.session = sessionId;
    block.title = title.trimmed();
    block.minutes = minutes;
    block.focusKind = focusKind;
    block.focus = focusKind.isEmpty() ? QString() : focus;
    QStringList order = idsOf(mWs.orderedAgenda(sessionId));
    ChangeSet changes;
    block.position = insertAt(order, block.id, index);
    renumber<AgendaBlock>(changes, mWs, order);
    changes.added.push_back(block);
    return push(std::move(changes), tr("Add agenda block \"%1\"").arg(block.title)) ? block.id
                                                                                    : QString();
}

bool Edits::focusFits(const QString &journey, const QString &focusKind, const QString &focus) {
    QString focusJourney;
    if (focusKind == QLatin1String("stage")) {
        if (const Stage *stage = mWs.find<Stage>(focus))
            focusJourney = stage->journey;
    } else if (focusKind == QLatin1String("step")) {
        if (const Step *step = mWs.find<Step>(focus))
            focusJourney = step->journey;
    } else if (focusKind == QLatin1String("lane")) {
        if (const Lane *lane = mWs.find<Lane>(focus))
            focusJourney = lane->journey;
    }
    if (!focusKind.isEmpty() && focusJourney != journey)
        return fail(tr("An agenda block works on a stage, step or lane of the session's "
                       "journey."));
    return true;
}

bool Edits::setAgendaFocus(const QString &id, const QString &focusKind, const QString &focus) {
    const AgendaBlock *block = mWs.find<AgendaBlock>(id);
    if (!block)
        return fail(tr("There is no such agenda block."));
    if (!focusFits(block->journey, focusKind, focus))
        return false;
    const QString target = focusKind.isEmpty() ? QString() : focus;
    ChangeSet changes;
    if (block->focusKind != focusKind)
        changes.fields.push_back({EntityType::AgendaBlock, id, QStringLiteral("focus_kind"),
                                  block->focusKind, focusKind});
    if (block->focus != target)
        changes.fields.push_back(
            {EntityType::AgendaBlock, id, QStringLiteral("focus"), block->focus, target});
    if (changes.fields.empty())
        return true;
    return push(std::move(changes), tr("Set the agenda block's focus"));
}

bool Edits::removeAgendaBlock(const QString &id) {
    const AgendaBlock *block = mWs.find<AgendaBlock>(id);
    if (!block)
        return fail(tr("There is no such agenda block."));
    ChangeSet changes;
    changes.removed.push_back(*block);
    return push(std::move(changes), tr("Remove agenda block"));
}

bool Edits::moveAgendaBlock(const QString &id, int index) {
    const AgendaBlock *block = mWs.find<AgendaBlock>(id);
    if (!block)
        return fail(tr("There is no such agenda block."));
    QStringList order = idsOf(mWs.orderedAgenda(block->session));
    order.removeOne(id);
    insertAt(order, id, index);
    ChangeSet changes;
    renumber<AgendaBlock>(changes, mWs, order);
    return push(std::move(changes), tr("Move agenda block"));
}

} // namespace blauwdruk
