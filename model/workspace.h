#pragma once

#include "agendablock.h"
#include "card.h"
#include "comment.h"
#include "connection.h"
#include "decision.h"
#include "demosession.h"
#include "demoverdict.h"
#include "dismissal.h"
#include "journey.h"
#include "lane.h"
#include "participant.h"
#include "persona.h"
#include "stage.h"
#include "step.h"
#include "version.h"
#include "vote.h"
#include "voteround.h"
#include "worksession.h"
#include "workspacemeta.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <variant>
#include <vector>

namespace blauwdruk {

// Any object that can be added to or removed from a workspace.
using AnyEntity = std::variant<Persona, Journey, Stage, Step, Lane, Card, Connection, Comment,
                               Version, Decision, WorkSession, Participant, VoteRound, Vote,
                               AgendaBlock, Dismissal, DemoSession, DemoVerdict>;

// The in-memory content of one workspace file. Plain data: Document is the only
// thing that changes it in the running app. Vectors are unordered; the
// `position` fields order siblings, and the ordered*() accessors sort by them.
class Workspace {
public:
    WorkspaceMeta meta;
    std::vector<Persona> personas;
    std::vector<Journey> journeys;
    std::vector<Stage> stages;
    std::vector<Step> steps;
    std::vector<Lane> lanes;
    std::vector<Card> cards;
    std::vector<Connection> connections;
    std::vector<Comment> comments;
    std::vector<Version> versions;
    std::vector<Decision> decisions;
    // Work sessions and what the room produced in them (session mode).
    std::vector<WorkSession> sessions;
    std::vector<Participant> participants;
    std::vector<VoteRound> voteRounds;
    std::vector<Vote> votes;
    std::vector<AgendaBlock> agendaBlocks;
    // Health check findings set aside, and residents' verdicts on the demo.
    std::vector<Dismissal> dismissals;
    std::vector<DemoSession> demoSessions;
    std::vector<DemoVerdict> demoVerdicts;

    template <class T> std::vector<T> &items() {
        if constexpr (std::is_same_v<T, Persona>)
            return personas;
        else if constexpr (std::is_same_v<T, Journey>)
            return journeys;
        else if constexpr (std::is_same_v<T, Stage>)
            return stages;
        else if constexpr (std::is_same_v<T, Step>)
            return steps;
        else if constexpr (std::is_same_v<T, Lane>)
            return lanes;
        else if constexpr (std::is_same_v<T, Card>)
            return cards;
        else if constexpr (std::is_same_v<T, Connection>)
            return connections;
        else if constexpr (std::is_same_v<T, Comment>)
            return comments;
        else if constexpr (std::is_same_v<T, Version>)
            return versions;
        else if constexpr (std::is_same_v<T, Decision>)
            return decisions;
        else if constexpr (std::is_same_v<T, WorkSession>)
            return sessions;
        else if constexpr (std::is_same_v<T, Participant>)
            return participants;
        else if constexpr (std::is_same_v<T, VoteRound>)
            return voteRounds;
        else if constexpr (std::is_same_v<T, Vote>)
            return votes;
        else if constexpr (std::is_same_v<T, AgendaBlock>)
            return agendaBlocks;
        else if constexpr (std::is_same_v<T, Dismissal>)
            return dismissals;
        else if constexpr (std::is_same_v<T, DemoSession>)
            return demoSessions;
        else
            return demoVerdicts;
    }
    template <class T> const std::vector<T> &items() const {
        return const_cast<Workspace *>(this)->items<T>();
    }

    // Finds an object by id through a per-type index. The index is checked on
    // every hit and rebuilt when the list's size no longer matches it, so
    // code that fills the vectors directly (codecs, tests) stays correct;
    // removeEntity() and addEntity() keep it current without a rebuild.
    template <class T> T *find(const QString &id) {
        auto &list = items<T>();
        IdIndex &index = mIndex[indexSlot<T>()];
        if (index.size() != qsizetype(list.size()))
            rebuildIndex(list, index);
        auto it = index.constFind(id);
        if (it == index.constEnd())
            return nullptr;
        if (*it < list.size() && list[*it].id == id)
            return &list[*it];
        rebuildIndex(list, index); // the vector was reordered behind our back
        it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &list[*it];
    }
    template <class T> const T *find(const QString &id) const {
        return const_cast<Workspace *>(this)->find<T>(id);
    }

    // Siblings in display order (by position, then id for a stable tie-break).
    std::vector<const Persona *> orderedPersonas() const;
    std::vector<const Journey *> orderedJourneys() const;
    std::vector<const Version *> orderedVersions() const;
    std::vector<const Stage *> orderedStages(const QString &journey) const;
    std::vector<const Step *> orderedSteps(const QString &journey) const; // column order
    std::vector<const Step *> stepsOfStage(const QString &stage) const;
    std::vector<const Lane *> orderedLanes(const QString &journey) const;
    std::vector<const Card *> cardsInCell(const QString &step, const QString &lane) const;
    std::vector<const Card *>
    orderedCards(const QString &journey) const; // column, lane, cell order
    std::vector<const Connection *> orderedConnections(const QString &journey) const;
    std::vector<const Comment *> orderedComments(const QString &journey) const;
    // A journey's review history, oldest first.
    std::vector<const Decision *> orderedDecisions(const QString &journey) const;
    // A journey's work sessions, oldest first, and what each one holds.
    std::vector<const WorkSession *> orderedSessions(const QString &journey) const;
    std::vector<const Participant *> orderedParticipants(const QString &session) const;
    // A session's rounds of dot voting; its writing rounds (live session);
    // both, in the order they were added.
    std::vector<const VoteRound *> orderedVoteRounds(const QString &session) const;
    std::vector<const VoteRound *> orderedWritingRounds(const QString &session) const;
    std::vector<const VoteRound *> orderedRounds(const QString &session) const;
    std::vector<const AgendaBlock *> orderedAgenda(const QString &session) const;
    std::vector<const Vote *> votesOfRound(const QString &round) const;
    // A journey's dismissed findings; its demo sessions, oldest first, and
    // the verdicts of one of them.
    std::vector<const Dismissal *> orderedDismissals(const QString &journey) const;
    std::vector<const DemoSession *> orderedDemoSessions(const QString &journey) const;
    std::vector<const DemoVerdict *> orderedVerdicts(const QString &demo) const;

    bool removeEntity(EntityType type, const QString &id);
    void addEntity(const AnyEntity &entity);
    std::optional<AnyEntity> entity(EntityType type, const QString &id) const;
    bool contains(EntityType type, const QString &id) const;

    // Reads or writes one field of any object; false/invalid when absent.
    QVariant field(EntityType type, const QString &id, const QString &name) const;
    bool setField(EntityType type, const QString &id, const QString &name, const QVariant &value);

private:
    using IdIndex = QHash<QString, size_t>;

    template <class T> static constexpr int indexSlot() { return int(T::kType); }
    template <class T> static void rebuildIndex(const std::vector<T> &list, IdIndex &index) {
        index.clear();
        index.reserve(qsizetype(list.size()));
        for (size_t i = 0; i < list.size(); ++i)
            index.insert(list[i].id, i);
    }

    mutable IdIndex mIndex[kEntityTypeCount];
};

template <class T> constexpr EntityType entityTypeOf() {
    return T::kType;
}

EntityType entityTypeOf(const AnyEntity &entity);
QString entityId(const AnyEntity &entity);

// Calls f(T*) with a null pointer of the C++ type that matches `type`.
template <class F> auto visitEntityType(EntityType type, F &&f) {
    switch (type) {
    case EntityType::Workspace:
        return f(static_cast<WorkspaceMeta *>(nullptr));
    case EntityType::Persona:
        return f(static_cast<Persona *>(nullptr));
    case EntityType::Journey:
        return f(static_cast<Journey *>(nullptr));
    case EntityType::Stage:
        return f(static_cast<Stage *>(nullptr));
    case EntityType::Step:
        return f(static_cast<Step *>(nullptr));
    case EntityType::Lane:
        return f(static_cast<Lane *>(nullptr));
    case EntityType::Card:
        return f(static_cast<Card *>(nullptr));
    case EntityType::Connection:
        return f(static_cast<Connection *>(nullptr));
    case EntityType::Comment:
        return f(static_cast<Comment *>(nullptr));
    case EntityType::Version:
        return f(static_cast<Version *>(nullptr));
    case EntityType::Decision:
        return f(static_cast<Decision *>(nullptr));
    case EntityType::Session:
        return f(static_cast<WorkSession *>(nullptr));
    case EntityType::Participant:
        return f(static_cast<Participant *>(nullptr));
    case EntityType::VoteRound:
        return f(static_cast<VoteRound *>(nullptr));
    case EntityType::Vote:
        return f(static_cast<Vote *>(nullptr));
    case EntityType::AgendaBlock:
        return f(static_cast<AgendaBlock *>(nullptr));
    case EntityType::Dismissal:
        return f(static_cast<Dismissal *>(nullptr));
    case EntityType::DemoSession:
        return f(static_cast<DemoSession *>(nullptr));
    case EntityType::DemoVerdict:
        return f(static_cast<DemoVerdict *>(nullptr));
    }
    return f(static_cast<WorkspaceMeta *>(nullptr));
}

// Calls f(T*) once for each list type of a workspace.
template <class F> void forEachListType(F &&f) {
    f(static_cast<Persona *>(nullptr));
    f(static_cast<Journey *>(nullptr));
    f(static_cast<Stage *>(nullptr));
    f(static_cast<Step *>(nullptr));
    f(static_cast<Lane *>(nullptr));
    f(static_cast<Card *>(nullptr));
    f(static_cast<Connection *>(nullptr));
    f(static_cast<Comment *>(nullptr));
    f(static_cast<Version *>(nullptr));
    f(static_cast<Decision *>(nullptr));
    f(static_cast<WorkSession *>(nullptr));
    f(static_cast<Participant *>(nullptr));
    f(static_cast<VoteRound *>(nullptr));
    f(static_cast<Vote *>(nullptr));
    f(static_cast<AgendaBlock *>(nullptr));
    f(static_cast<Dismissal *>(nullptr));
    f(static_cast<DemoSession *>(nullptr));
    f(static_cast<DemoVerdict *>(nullptr));
}

} // namespace blauwdruk
