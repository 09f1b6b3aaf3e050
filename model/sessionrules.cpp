#include "sessionrules.h"

namespace blauwdruk {

const WorkSession *SessionRules::running(const Workspace &ws, const QString &journey) {
    const WorkSession *found = nullptr;
    for (const WorkSession *session : ws.orderedSessions(journey))
        if (session->endedAt.isEmpty())
            found = session;
    return found;
}

bool SessionRules::isStructureLocked(const Workspace &ws, const QString &journey) {
    const WorkSession *session = running(ws, journey);
    return session && session->structureLocked;
}

QString SessionRules::structureRefusal(const Workspace &ws, const ChangeSet &changes) {
    if (ws.sessions.empty())
        return {};
    auto journeyOf = [&](EntityType type, const QString &id) -> QString {
        switch (type) {
        case EntityType::Stage:
            if (const Stage *stage = ws.find<Stage>(id))
                return stage->journey;
            break;
        case EntityType::Step:
            if (const Step *step = ws.find<Step>(id))
                return step->journey;
            break;
        case EntityType::Lane:
            if (const Lane *lane = ws.find<Lane>(id))
                return lane->journey;
            break;
        default:
            break;
        }
        return {};
    };
    QString locked;
    auto check = [&](const QString &journey) {
        if (locked.isEmpty() && !journey.isEmpty() && isStructureLocked(ws, journey))
            locked = journey;
    };
    auto checkEntity = [&](const AnyEntity &entity) {
        std::visit(
            [&](const auto &object) {
                using T = std::decay_t<decltype(object)>;
                // The parking lot and the live session's inbox are the
                // session's own lanes: they may come
                // (and go again with undo) while the rest stays put.
                if constexpr (std::is_same_v<T, Lane>) {
                    if (object.kind != QLatin1String("parking") &&
                        object.kind != QLatin1String("inbox"))
                        check(object.journey);
                } else if constexpr (std::is_same_v<T, Stage> || std::is_same_v<T, Step>) {
                    check(object.journey);
                }
            },
            entity);
    };
    for (const AnyEntity &entity : changes.added)
        checkEntity(entity);
    for (const AnyEntity &entity : changes.removed)
        checkEntity(entity);
    // What a step says (its emotion, description, channel) may still be
    // filled in; where it stands and what it is called may not.
    static const QStringList structural{"title", "position", "stage", "kind", "line_above"};
    for (const FieldChange &change : changes.fields)
        if (structural.contains(change.field))
            check(journeyOf(change.type, change.id));
    if (locked.isEmpty())
        return {};
    return tr("The structure of this journey is locked for the session: stages, steps and "
              "lanes keep their place and name. Unlock it in the session bar to change them.");
}

bool SessionRules::counts(const Workspace &ws, const VoteRound &round, const Card &card) {
    if (card.journey != round.journey)
        return false;
    if (round.scope == QLatin1String("stage")) {
        const Step *step = ws.find<Step>(card.step);
        return step && step->stage == round.scopeValue;
    }
    if (round.scope == QLatin1String("step"))
        return card.step == round.scopeValue;
    if (round.scope == QLatin1String("lane"))
        return card.lane == round.scopeValue;
    if (round.scope == QLatin1String("kind"))
        return card.kind == round.scopeValue;
    return true;
}

QHash<QString, int> SessionRules::totals(const Workspace &ws, const QString &round) {
    QHash<QString, int> totals;
    for (const Vote &vote : ws.votes)
        if (vote.round == round)
            totals[vote.card] += vote.dots;
    return totals;
}

int SessionRules::spent(const Workspace &ws, const QString &round, const QString &participant) {
    int spent = 0;
    for (const Vote &vote : ws.votes)
        if (vote.round == round && vote.participant == participant)
            spent += vote.dots;
    return spent;
}

std::vector<SessionRules::Result> SessionRules::ranking(const Workspace &ws, const QString &round) {
    const VoteRound *r = ws.find<VoteRound>(round);
    if (!r)
        return {};
    const QHash<QString, int> sum = totals(ws, round);
    QHash<QString, int> hands;
    for (const Vote *vote : ws.votesOfRound(round))
        if (vote->participant.isEmpty())
            hands[vote->card] += vote->dots;
    std::vector<Result> results;
    for (const Card *card : ws.orderedCards(r->journey))
        if (const int total = sum.value(card->id); total > 0)
            results.push_back({card, total, hands.value(card->id)});
    std::stable_sort(results.begin(), results.end(),
                     [](const Result &a, const Result &b) { return a.total > b.total; });
    return results;
}

} // namespace blauwdruk
