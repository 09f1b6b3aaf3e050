#include "entitytype.h"

namespace blauwdruk {

QString entityTypeName(EntityType type) {
    switch (type) {
    case EntityType::Workspace:
        return QStringLiteral("workspace");
    case EntityType::Persona:
        return QStringLiteral("persona");
    case EntityType::Journey:
        return QStringLiteral("journey");
    case EntityType::Stage:
        return QStringLiteral("stage");
    case EntityType::Step:
        return QStringLiteral("step");
    case EntityType::Lane:
        return QStringLiteral("lane");
    case EntityType::Card:
        return QStringLiteral("card");
    case EntityType::Connection:
        return QStringLiteral("connection");
    case EntityType::Comment:
        return QStringLiteral("comment");
    case EntityType::Version:
        return QStringLiteral("version");
    case EntityType::Decision:
        return QStringLiteral("decision");
    case EntityType::Session:
        return QStringLiteral("session");
    case EntityType::Participant:
        return QStringLiteral("participant");
    case EntityType::VoteRound:
        return QStringLiteral("vote_round");
    case EntityType::Vote:
        return QStringLiteral("vote");
    case EntityType::AgendaBlock:
        return QStringLiteral("agenda_block");
    case EntityType::Dismissal:
        return QStringLiteral("dismissal");
    case EntityType::DemoSession:
        return QStringLiteral("demo_session");
    case EntityType::DemoVerdict:
        return QStringLiteral("demo_verdict");
    }
    return QString();
}

} // namespace blauwdruk
