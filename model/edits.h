#pragma once

#include "document.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace blauwdruk {

// Every user intent on a workspace, each applied as one undoable command.
// Methods return the new object's id (empty on failure) or success; the
// reason for a failure is in error().
class Edits {
public:
    explicit Edits(Document &document);

    QString error() const { return mError; }

    // Generic property edit: one field on one or more objects of one type.
    // With `merge`, repeated edits of the same field and objects become one
    // undo step (typing, dragging an emotion point).
    // A `gesture` tag keeps two separate gestures (two drags) apart.
    bool setField(EntityType type, const QStringList &ids, const QString &field,
                  const QVariant &value, bool merge = false, const QString &gesture = QString());
    bool setWorkspaceField(const QString &field, const QVariant &value);

    QString addPersona(const QString &name, int index = -1);
    QString duplicatePersona(const QString &id);
    bool removePersona(const QString &id); // journeys keep going, without persona
    bool movePersona(const QString &id, int index);

    // A new journey starts with the default lanes, titled in the workspace language.
    QString addJourney(const QString &persona, const QString &kind, const QString &title,
                       int index = -1);
    // A journey as the New Journey dialog describes it; with firstStage and
    // firstStep it gets its first column too, all in one undo step.
    struct JourneyDraft {
        QString persona;
        QString kind = QStringLiteral("ideal");
        QString title;
        QString startingPoint;
        QString goal;
        QString firstStage;
        QString firstStep;
    };
    QString addJourney(const JourneyDraft &draft, int index = -1);
    bool removeJourney(const QString &id);
    // Copies a journey (stages, steps, lanes, cards, connections; not its
    // comments or review) into a new ideal journey of the same persona, right
    // after it, whose steps remember the steps they were copied from.
    QString makeIdealVersion(const QString &journey, const QString &title);
    // Aligns a step with a step of another journey for the compare view;
    // `counterpart` may be "none" (matches nothing) or empty (align by title).
    // Any other step pointing at the counterpart lets go of it.
    bool setCounterpart(const QString &step, const QString &counterpart);

    // With firstStep, the stage gets a first step in the same undo step (a
    // stage without steps has no columns to show).
    QString addStage(const QString &journey, const QString &title, int index = -1,
                     const QString &firstStep = QString());
    bool removeStage(const QString &id);
    bool moveStage(const QString &id, int index);

    QString addStep(const QString &stage, const QString &title, int index = -1);
    bool removeStep(const QString &id);
    bool moveStep(const QString &id, const QString &stage, int index);

    QString addLane(const QString &journey, const QString &kind, const QString &title,
                    int index = -1);
    bool removeLane(const QString &id);
    bool moveLane(const QString &id, int index);

    // With an owner (a parking lot's "@Petra"), in the same undo step.
    QString addCard(const QString &step, const QString &lane, const QString &title,
                    const QString &kind = QStringLiteral("note"), int index = -1,
                    const QString &owner = QString());
    // `undoText` names the step in the history when it is more than a
    // removal or a move (a live session's "Reject", "Accept").
    bool removeCards(const QStringList &ids, const QString &undoText = QString());
    // Moves cards into one cell at `index` (-1: the end), keeping their order.
    // Moves with the same `gesture` tag and cards merge: one drag, one undo
    // step. Without a tag each move is its own step.
    bool moveCards(const QStringList &ids, const QString &step, const QString &lane, int index,
                   const QString &gesture = QString(), const QString &undoText = QString());

    // Pastes cards with new ids, the fragment's top-left card at the given
    // cell and the others at the same offsets (clamped to the grid); their
    // connections come along. One undo step. Returns the new ids.
    QStringList pasteCards(const class CardFragment &fragment, const QString &step,
                           const QString &lane, const QString &text = QString());
    // Every non-empty line of plain text becomes a card in the cell.
    QStringList pasteText(const QString &text, const QString &step, const QString &lane);

    QString addConnection(const QString &from, const QString &to,
                          const QString &kind = QStringLiteral("flow"),
                          const QString &label = QString());
    bool removeConnection(const QString &id);

    // A comment on a journey, step or card; it keeps the target's title so it
    // stays readable when the step or card is removed.
    QString addComment(const QString &target, const QString &author, const QString &text);
    QString reply(const QString &comment, const QString &author, const QString &text);
    // Only the author changes or removes a comment; `author` is who asks.
    bool editComment(const QString &id, const QString &author, const QString &text);
    bool setResolved(const QString &id, bool resolved);
    // Removing a thread's first comment removes its replies too.
    bool removeComment(const QString &id, const QString &author = QString());
    // Brings back the workspace's content as a version has it, as one undo
    // step. Comments, decisions and versions stay as they are now: they
    // are remarks and history, not content.
    bool restoreVersion(const QString &id);

    QString createVersion(const QString &name);
    // A version of the workspace as it is now, not yet added (approvals keep one).
    static Version makeVersion(const Workspace &workspace, const QString &name);
    bool removeVersion(const QString &id);

    // Work sessions (session mode), sessionedits.cpp. Starting and ending a
    // session are recorded, not undone (they are history, like decisions);
    // all else is an ordinary undoable edit.
    QString startSession(const QString &journey, const QString &title);
    bool endSession(const QString &session);
    // While locked, the journey's stages, steps and lanes stay as they are.
    bool setStructureLocked(const QString &session, bool locked);
    // Labels only ("Deelnemer 3"): no other personal data (privacy).
    QStringList addParticipants(const QString &session, const QStringList &labels);
    bool removeParticipant(const QString &id); // with the dots they gave
    struct VoteRoundDraft {
        QString title;
        int budget = 5;
        int cap = 3;
        QString scope = QStringLiteral("all"); // all, stage, lane, kind
        QString scopeValue;
        QString kind = QStringLiteral("votes"); // or "cards": a writing round (live session)
    };
    QString addVoteRound(const QString &session, const VoteRoundDraft &draft);
    bool removeVoteRound(const QString &id); // with its votes
    // Sets the dots a participant gives a card (0 takes them back), within
    // the round's budget and cap and only on cards the round counts; an
    // empty participant sets the hands counted for the card.
    bool setDots(const QString &round, const QString &card, const QString &participant, int dots);
    // The same from a participant's phone: recorded, not undoable (it is not
    // the facilitator's edit to take back), and saved at once.
    bool recordDots(const QString &round, const QString &card, const QString &participant,
                    int dots);
    // The live session (liveedits.cpp). A participant who joins and the cards
    // they send are recorded at once, on no undo stack: they are the room's,
    // not the facilitator's edits. Cards arrive in the journey's inbox lane
    // ("Incoming", made when there is none), in the column of the round's
    // focus; the facilitator moves them into the blueprint (moveCards).
    QString recordParticipant(const QString &session, const QString &label);
    QString recordIncomingCard(const QString &round, const QString &participant,
                               const QString &text);
    // Folds duplicates into `keep`: their texts are added to its text (those
    // that differ), their votes, comments and connections go with them. One
    // undo step.
    bool mergeCards(const QString &keep, const QStringList &duplicates);
    bool setRoundRevealed(const QString &round, bool revealed);
    bool setRoundClosed(const QString &round, bool closed);
    QString addAgendaBlock(const QString &session, const QString &title, int minutes,
                           const QString &focusKind = QString(), const QString &focus = QString(),
                           int index = -1);
    // The block's focus kind and focus at once: one undo step.
    bool setAgendaFocus(const QString &id, const QString &focusKind, const QString &focus);
    bool removeAgendaBlock(const QString &id);

    // Reuse (takeedits.cpp): copies from another workspace, as one undo
    // step, with new ids and each copy's provenance (`origin` with the
    // original's id). A journey comes whole with its persona (a persona
    // taken before from the same source is not taken twice); steps come
    // with their cards, at the end of the stage of the same title in
    // `intoJourney`, or in a new journey like their source when it is
    // empty; cards go to the end of their lane's cell in `intoStep`. Lanes
    // are matched by kind and title, else by kind, else copied. Nothing
    // comes from a live session's inbox, nor comments, reviews or sessions.
    // Returns the new ids of what was asked for.
    struct TakeRequest {
        QStringList personas;
        QStringList journeys;
        QStringList steps;
        QStringList cards;
        QString intoJourney;
        QString intoStep;
    };
    QStringList takeFrom(const Workspace &source, const TakeRequest &request,
                         const struct Provenance &origin);
    bool moveAgendaBlock(const QString &id, int index);

    // The health check and the demo (demoedits.cpp), each an undoable edit.
    // A finding is dismissed with a reason; restoring it takes that back.
    QString dismissFinding(const QString &journey, const QString &code, const QString &target,
                           const QString &reason);
    bool restoreFinding(const QString &dismissal);
    // A demo session on a current journey, on a day (YYYY-MM-DD).
    QString addDemoSession(const QString &journey, const QString &title, const QString &date);
    bool editDemoSession(const QString &id, const QString &title, const QString &date);
    bool removeDemoSession(const QString &id); // with its verdicts
    // The residents' verdict in one demo session on one pain point card of
    // its journey: added, or changed when it has one already.
    struct VerdictDraft {
        QString verdict = QStringLiteral("not_shown"); // solved, partly, not_solved, not_shown
        QString quote;
        QString participant; // a label, never a name
    };
    QString setVerdict(const QString &demo, const QString &card, const VerdictDraft &draft);
    bool removeVerdict(const QString &id);

private:
    // False (with the reason) unless the focus is none or lies in `journey`.
    bool focusFits(const QString &journey, const QString &focusKind, const QString &focus);
    // The session that cards added to `journey` now belong to (the one the
    // window captures into, Document::capturingSession), or empty.
    QString capturingSession(const QString &journey) const;
    bool dotsChange(const QString &round, const QString &card, const QString &participant, int dots,
                    ChangeSet &changes, QString &text);
    // The inbox lane of a journey; with `changes`, one is added there when
    // the journey has none.
    QString inboxLane(const QString &journey, ChangeSet &changes) const;
    bool fail(const QString &message);
    static QString ruleRefusal(const struct FieldRule &rule, const QString &field,
                               const QVariant &value);
    // fail() for a change beyond a limit of sizelimits.h; the document
    // announces it (editRefused), since most callers do not look at error().
    bool refuse(const QString &message);
    QString limitProblem(const ChangeSet &changes) const;
    static QString tooManyCards(size_t count);
    template <class T> bool overfillsJourney(const ChangeSet &changes, int limit) const;
    bool push(ChangeSet changes, const QString &text, MergeId merge = MergeId::None,
              const QString &mergeKey = QString());
    void collectCardRemoval(ChangeSet &changes, const QStringList &cardIds) const;
    void collectStepRemoval(ChangeSet &changes, const Step &step) const;
    void clearCounterparts(ChangeSet &changes, const QSet<QString> &removedSteps) const;

    Document &mDocument;
    const Workspace &mWs;
    QString mError;
};

} // namespace blauwdruk
