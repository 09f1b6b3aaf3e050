#include "workspace.h"

#include <unordered_map>

namespace blauwdruk {

namespace {

template <class T> bool byPosition(const T *a, const T *b) {
    return a->position != b->position ? a->position < b->position : a->id < b->id;
}

template <class T, class Pred>
std::vector<const T *> ordered(const std::vector<T> &list, Pred keep) {
    std::vector<const T *> result;
    for (const T &item : list)
        if (keep(item))
            result.push_back(&item);
    std::sort(result.begin(), result.end(), byPosition<T>);
    return result;
}

template <class T>
std::vector<const T *> inJourney(const std::vector<T> &list, const QString &journey) {
    return ordered(list, [&](const T &item) { return item.journey == journey; });
}

} // namespace

std::vector<const Persona *> Workspace::orderedPersonas() const {
    return ordered(personas, [](const Persona &) { return true; });
}

std::vector<const Journey *> Workspace::orderedJourneys() const {
    return ordered(journeys, [](const Journey &) { return true; });
}

std::vector<const Version *> Workspace::orderedVersions() const {
    return ordered(versions, [](const Version &) { return true; });
}

std::vector<const Stage *> Workspace::orderedStages(const QString &journey) const {
    return inJourney(stages, journey);
}

std::vector<const Step *> Workspace::stepsOfStage(const QString &stage) const {
    return ordered(steps, [&](const Step &s) { return s.stage == stage; });
}

std::vector<const Step *> Workspace::orderedSteps(const QString &journey) const {
    std::vector<const Step *> result;
    for (const Stage *stage : orderedStages(journey))
        for (const Step *step : stepsOfStage(stage->id))
            if (step->journey == journey)
                result.push_back(step);
    // Steps whose stage is missing (a damaged file) still show, at the end.
    for (const Step *step : inJourney(steps, journey)) {
        const Stage *stage = find<Stage>(step->stage);
        if (!stage || stage->journey != journey)
            result.push_back(step);
    }
    return result;
}

std::vector<const Lane *> Workspace::orderedLanes(const QString &journey) const {
    return inJourney(lanes, journey);
}

std::vector<const Card *> Workspace::cardsInCell(const QString &step, const QString &lane) const {
    return ordered(cards, [&](const Card &c) { return c.step == step && c.lane == lane; });
}

std::vector<const Card *> Workspace::orderedCards(const QString &journey) const {
    std::unordered_map<QString, int> column, row;
    int i = 0;
    for (const Step *step : orderedSteps(journey))
        column[step->id] = i++;
    i = 0;
    for (const Lane *lane : orderedLanes(journey))
        row[lane->id] = i++;
    auto rank = [](const std::unordered_map<QString, int> &map, const QString &id) {
        auto it = map.find(id);
        return it == map.end() ? INT_MAX : it->second;
    };
    // Each card's cell looked up once, not in every comparison: sorting
    // 12,000 cards made 300,000 hash lookups.
    const std::vector<const Card *> found = inJourney(cards, journey);
    std::vector<std::pair<std::pair<int, int>, const Card *>> keyed;
    keyed.reserve(found.size());
    for (const Card *card : found)
        keyed.push_back({{rank(column, card->step), rank(row, card->lane)}, card});
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<const Card *> result;
    result.reserve(keyed.size());
    for (const auto &entry : keyed)
        result.push_back(entry.second);
    return result;
}

std::vector<const Connection *> Workspace::orderedConnections(const QString &journey) const {
    return inJourney(connections, journey);
}

std::vector<const Comment *> Workspace::orderedComments(const QString &journey) const {
    return inJourney(comments, journey);
}

std::vector<const Decision *> Workspace::orderedDecisions(const QString &journey) const {
    return inJourney(decisions, journey);
}

std::vector<const WorkSession *> Workspace::orderedSessions(const QString &journey) const {
    return inJourney(sessions, journey);
}

std::vector<const Participant *> Workspace::orderedParticipants(const QString &session) const {
    return ordered(participants, [&](const Participant &p) { return p.session == session; });
}

std::vector<const VoteRound *> Workspace::orderedVoteRounds(const QString &session) const {
    return ordered(voteRounds, [&](const VoteRound &r) {
        return r.session == session && r.kind == QLatin1String("votes");
    });
}

std::vector<const VoteRound *> Workspace::orderedWritingRounds(const QString &session) const {
    return ordered(voteRounds, [&](const VoteRound &r) {
        return r.session == session && r.kind == QLatin1String("cards");
    });
}

std::vector<const VoteRound *> Workspace::orderedRounds(const QString &session) const {
    return ordered(voteRounds, [&](const VoteRound &r) { return r.session == session; });
}

std::vector<const AgendaBlock *> Workspace::orderedAgenda(const QString &session) const {
    return ordered(agendaBlocks, [&](const AgendaBlock &b) { return b.session == session; });
}

std::vector<const Dismissal *> Workspace::orderedDismissals(const QString &journey) const {
    return ordered(dismissals, [&](const Dismissal &d) { return d.journey == journey; });
}

std::vector<const DemoSession *> Workspace::orderedDemoSessions(const QString &journey) const {
    return ordered(demoSessions, [&](const DemoSession &d) { return d.journey == journey; });
}

std::vector<const DemoVerdict *> Workspace::orderedVerdicts(const QString &demo) const {
    return ordered(demoVerdicts, [&](const DemoVerdict &v) { return v.demo == demo; });
}

std::vector<const Vote *> Workspace::votesOfRound(const QString &round) const {
    std::vector<const Vote *> result;
    for (const Vote &vote : votes)
        if (vote.round == round)
            result.push_back(&vote);
    std::sort(result.begin(), result.end(), [](const Vote *a, const Vote *b) {
        return std::tie(a->card, a->participant, a->id) < std::tie(b->card, b->participant, b->id);
    });
    return result;
}

bool Workspace::removeEntity(EntityType type, const QString &id) {
    return visitEntityType(type, [&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        if constexpr (std::is_same_v<T, WorkspaceMeta>) {
            return false;
        } else {
            T *object = find<T>(id);
            if (!object)
                return false;
            // Swap with the last and pop: vectors are unordered, and this
            // keeps removal O(1) in journeys with tens of thousands of cards.
            auto &list = items<T>();
            IdIndex &index = mIndex[indexSlot<T>()];
            const size_t slot = size_t(object - list.data());
            index.remove(id);
            if (slot != list.size() - 1) {
                list[slot] = std::move(list.back());
                index.insert(list[slot].id, slot);
            }
            list.pop_back();
            return true;
        }
    });
}

void Workspace::addEntity(const AnyEntity &entity) {
    std::visit(
        [&](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            auto &list = items<T>();
            IdIndex &index = mIndex[indexSlot<T>()];
            const bool current = index.size() == qsizetype(list.size());
            list.push_back(e);
            if (current)
                index.insert(e.id, list.size() - 1);
        },
        entity);
}

std::optional<AnyEntity> Workspace::entity(EntityType type, const QString &id) const {
    return visitEntityType(type, [&](auto *tag) -> std::optional<AnyEntity> {
        using T = std::remove_pointer_t<decltype(tag)>;
        if constexpr (std::is_same_v<T, WorkspaceMeta>) {
            return std::nullopt;
        } else {
            const T *found = find<T>(id);
            return found ? std::optional<AnyEntity>(*found) : std::nullopt;
        }
    });
}

bool Workspace::contains(EntityType type, const QString &id) const {
    if (type == EntityType::Workspace)
        return true;
    return entity(type, id).has_value();
}

QVariant Workspace::field(EntityType type, const QString &id, const QString &name) const {
    return visitEntityType(type, [&](auto *tag) -> QVariant {
        using T = std::remove_pointer_t<decltype(tag)>;
        const T *object = nullptr;
        if constexpr (std::is_same_v<T, WorkspaceMeta>)
            object = &meta;
        else
            object = find<T>(id);
        const Field<T> *f = findField<T>(name);
        return object && f ? f->get(*object) : QVariant();
    });
}

bool Workspace::setField(EntityType type, const QString &id, const QString &name,
                         const QVariant &value) {
    return visitEntityType(type, [&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        T *object = nullptr;
        if constexpr (std::is_same_v<T, WorkspaceMeta>)
            object = &meta;
        else
            object = find<T>(id);
        const Field<T> *f = findField<T>(name);
        return object && f && QLatin1String(f->name) != QLatin1String("id") &&
               f->set(*object, value);
    });
}

EntityType entityTypeOf(const AnyEntity &entity) {
    return std::visit([](const auto &e) { return std::decay_t<decltype(e)>::kType; }, entity);
}

QString entityId(const AnyEntity &entity) {
    return std::visit([](const auto &e) { return e.id; }, entity);
}

} // namespace blauwdruk
