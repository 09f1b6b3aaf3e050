#pragma once

#include <QMenu>
#include <QObject>
#include <QPointer>

#include <array>

class QAction;

namespace blauwdruk {

class BlueprintView;
class ElidedLabel;
class MainWindow;
class VoteTool;

// Session › Participants…, vote rounds and entering votes (issue 15): the
// actions, each with a key that works in full screen (the window holds
// them), and the session bar's section saying the round, who votes and
// their dots left, or why a vote was refused. The canvas part is VoteTool;
// the records are the model's (Edits, SessionRules).
class VoteCommands : public QObject {
    Q_OBJECT
public:
    enum Id {
        Participants,
        NewRound,
        EnterVotes,
        RevealVotes,
        CloseRound,
        SortByVotes,
        RemoveRound,
        Count
    };

    explicit VoteCommands(MainWindow &window);
    QAction *action(Id id) const { return mActions[size_t(id)]; }
    QList<QAction *> all() const { return {mActions.begin(), mActions.end()}; }
    void addTo(QMenu *menu) const;
    // The session bar's text: the round, the participant, what they have left.
    ElidedLabel *barLabel() const { return mBar; }
    // Sort by Votes: the ranking, open while it is shown (null otherwise).
    QMenu *ranking() const { return mRanking; }
    void refresh();

private:
    QAction *make(Id id, const QString &text, const QString &statusTip, const QKeySequence &key);
    VoteTool *tool() const;
    // The journey in view's current session, started if needed; empty and
    // said in the status bar when there is no journey in view.
    QString session();
    void selectFirstCounted();
    void editParticipants();
    void newRound();
    void setRevealed(bool on);
    void closeRound();
    void sortByVotes();
    void removeRound();
    void tell(const QString &text);

    MainWindow &mWindow;
    std::array<QAction *, Count> mActions{};
    ElidedLabel *mBar;
    QPointer<QMenu> mRanking;
};

} // namespace blauwdruk
