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
    AgendaBlock
};
// The last of EntityType, for arrays indexed by it.
constexpr int kEntityTypeCount = int(EntityType::AgendaBlock) + 1;

// True for what a work session records beside the blueprint (sessions,
// participants, vote rounds, votes, agenda): none of it is drawn on the
// blueprint or part of its content.
constexpr bool isSessionRecord(EntityType type) {
    return type >= EntityType::Session;
}

// Lower-case English name, as used in messages and `blauwdruk check` output.
QString entityTypeName(EntityType type);

} // namespace blauwdruk
