#pragma once

#include "changeset.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>

namespace blauwdruk {

// What a work session's records mean: which session runs, whether it locks
// the structure, which cards a vote round counts and how its dots add up.
// Read-only questions on a workspace; Edits and Document ask them, the views
// show the answers.
class SessionRules {
    Q_DECLARE_TR_FUNCTIONS(SessionRules)
public:
    // The journey's running session (not ended; the last if there are
    // several), or nullptr.
    static const WorkSession *running(const Workspace &workspace, const QString &journey);
    static bool isStructureLocked(const Workspace &workspace, const QString &journey);
    // Why the change may not be applied (it adds, removes, moves or renames
    // a stage, step or lane of a journey whose structure is locked); empty
    // when it may. What a step says (emotion, description) stays editable.
    static QString structureRefusal(const Workspace &workspace, const ChangeSet &changes);

    // True when the round's scope counts the card.
    static bool counts(const Workspace &workspace, const VoteRound &round, const Card &card);
    // Dots (or hands) per card id; dots a participant has spent.
    static QHash<QString, int> totals(const Workspace &workspace, const QString &round);
    static int spent(const Workspace &workspace, const QString &round, const QString &participant);
    // The round's cards with their totals, most votes first, then in the
    // journey's card order; cards without votes are left out.
    struct Result {
        const Card *card = nullptr;
        int total = 0;
        int hands = 0; // of the total, what a show of hands counted
    };
    static std::vector<Result> ranking(const Workspace &workspace, const QString &round);
};

} // namespace blauwdruk
