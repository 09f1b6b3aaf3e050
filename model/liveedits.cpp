// Edits of the live session: participants who join from their phones, the
// cards they send into the journey's inbox, and folding duplicates.

#include "edits.h"

#include "editsupport.h"
#include "undotext.h"

namespace blauwdruk {

using namespace editsupport;

QString Edits::recordParticipant(const QString &sessionId, const QString &label) {
    const WorkSession *session = mWs.find<WorkSession>(sessionId);
    if (!session)
        return fail(tr("There is no such session.")), QString();
    if (label.trimmed().isEmpty())
        return fail(tr("A participant needs a name or a label.")), QString();
    Participant participant;
    participant.id = newId();
    participant.journey = session->journey;
    participant.session = sessionId;
    participant.position = nextPosition(
        mWs.participants, [&](const Participant &p) { return p.session == sessionId; });
    participant.label = label.trimmed();
    ChangeSet changes;
    changes.added.push_back(participant);
    if (!mDocument.record(changes))
        return fail(mDocument.lastError()), QString();
    return participant.id;
}

QString Edits::inboxLane(const QString &journey, ChangeSet &changes) const {
    for (const Lane *lane : mWs.orderedLanes(journey))
        if (lane->kind == QLatin1String("inbox"))
            return lane->id;
    Lane lane;
    lane.id = newId();
    lane.journey = journey;
    lane.kind = QStringLiteral("inbox");
    // In the file's language, like a new journey's lanes; at the bottom, out
    // of the blueprint's way.
    lane.title = mWs.meta.language == QLatin1String("en") ? QStringLiteral("Incoming")
                                                          : QStringLiteral("Binnengekomen");
    lane.position = nextPosition(mWs.lanes, [&](const Lane &l) { return l.journey == journey; });
    changes.added.push_back(lane);
    return lane.id;
}

QString Edits::recordIncomingCard(const QString &roundId, const QString &participantId,
                                  const QString &text) {
    const VoteRound *round = mWs.find<VoteRound>(roundId);
    if (!round || round->kind != QLatin1String("cards"))
        return fail(tr("There is no such writing round.")), QString();
    if (round->closed)
        return fail(tr("The round \"%1\" is closed.").arg(round->title)), QString();
    const Participant *participant = mWs.find<Participant>(participantId);
    if (!participant || participant->session != round->session)
        return fail(tr("There is no such participant in this session.")), QString();
    if (text.trimmed().isEmpty())
        return fail(tr("A card needs a text.")), QString();
    // The column of the round's focus: its step, its stage's first step, or
    // the journey's first step.
    QString step;
    if (round->scope == QLatin1String("step") && mWs.find<Step>(round->scopeValue))
        step = round->scopeValue;
    for (const Step *s : mWs.orderedSteps(round->journey))
        if (step.isEmpty() &&
            (round->scope != QLatin1String("stage") || s->stage == round->scopeValue))
            step = s->id;
    if (step.isEmpty())
        for (const Step *s : mWs.orderedSteps(round->journey))
            if (step.isEmpty())
                step = s->id;
    if (step.isEmpty())
        return fail(tr("The journey has no step for the card to go in.")), QString();
    ChangeSet changes;
    Card card;
    card.id = newId();
    card.journey = round->journey;
    card.step = step;
    card.lane = inboxLane(round->journey, changes);
    card.position = nextPosition(
        mWs.cards, [&](const Card &c) { return c.step == step && c.lane == card.lane; });
    card.title = text.trimmed();
    card.session = round->session;
    card.round = roundId;
    card.participant = participantId;
    changes.added.push_back(card);
    // The file's limits hold for the room as for the facilitator.
    if (const QString problem = limitProblem(changes); !problem.isEmpty())
        return fail(problem), QString();
    if (!mDocument.record(changes))
        return fail(mDocument.lastError()), QString();
    return card.id;
}

bool Edits::mergeCards(const QString &keepId, const QStringList &duplicates) {
    const Card *keep = mWs.find<Card>(keepId);
    if (!keep)
        return fail(tr("There is no such card."));
    QStringList others;
    QStringList lines;
    if (!keep->text.isEmpty())
        lines << keep->text;
    for (const QString &id : duplicates) {
        const Card *card = mWs.find<Card>(id);
        if (!card)
            return fail(tr("There is no such card."));
        if (id == keepId || others.contains(id))
            continue;
        others << id;
        // What the duplicate said in other words is kept on the card.
        for (const QString &said : {card->title, card->text})
            if (!said.trimmed().isEmpty() && said.trimmed() != keep->title.trimmed() &&
                !lines.contains(said.trimmed()))
                lines << said.trimmed();
    }
    if (others.isEmpty())
        return fail(tr("Choose at least two cards to merge."));
    ChangeSet changes;
    const QString text = lines.join(QLatin1Char('\n'));
    if (text != keep->text)
        changes.fields.push_back(
            {EntityType::Card, keepId, QStringLiteral("text"), keep->text, text});
    collectCardRemoval(changes, others);
    return push(std::move(changes), tr("Merge %1 cards into '%2'")
                                        .arg(others.size() + 1)
                                        .arg(UndoText::shortTitle(keep->title)));
}

} // namespace blauwdruk
