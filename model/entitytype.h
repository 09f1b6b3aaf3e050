#pragma once

#include <QString>

namespace blauwdruk {

// Every kind of object a workspace holds; used in edits and change events.
enum class EntityType {
    Workspace,
    Persona,
    Journey,
    Stage,
    Step,
    Lane,
    Card,
    Connection,
    Comment,
    Version,
    Decision,
    Session,
    Participant,
    VoteRound,
    Vote,
    AgendaBlock,
    Dismissal,
    DemoSession,
    DemoVerdict
};
// The last of EntityType, for arrays indexed by it.
constexpr int kEntityTypeCount = int(EntityType::DemoVerdict) + 1;

// True for what is recorded beside the blueprint: work sessions (sessions,
// participants, vote rounds, votes, agenda), dismissed health findings and
// demo sessions with their verdicts. None of it is drawn on the blueprint,
// part of its content or of a version's snapshot.
constexpr bool isSessionRecord(EntityType type) {
    return type >= EntityType::Session;
}

// Lower-case English name, as used in messages and `blauwdruk check` output.
QString entityTypeName(EntityType type);

} // namespace blauwdruk
