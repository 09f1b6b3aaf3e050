#pragma once

#include "canvastool.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QKeyEvent;

namespace blauwdruk {

struct VoteRound;

// Dot voting on the canvas (issue 15): the view's current vote round, its
// tallies once revealed, and entering votes from paper. While entering, a
// digit typed on the selected card gives it that many of the current
// participant's dots (0 takes them back); Tab and Shift+Tab switch
// participant, the last "participant" being the show of hands, whose
// digits build the number of hands and Enter counts it (Backspace erases,
// Esc drops it). Refusals go to the session bar, never a dialog. Cards the
// round does not count are dimmed; until the round is revealed the canvas
// shows no totals at all, so the room sees no tallies.
class VoteTool : public CanvasTool {
    Q_DECLARE_TR_FUNCTIONS(VoteTool)
public:
    explicit VoteTool(BlueprintView *view);
    ~VoteTool() override;

    // The vote badge (white count on it) and the outline of the top cards:
    // marks with a shape, checked for contrast by test_contrast.
    static QColor badgeFill();
    static QColor topOutline();

    bool press(QMouseEvent *) override { return false; }
    void paint(QPainter *painter) const override;

    // The round shown and entered into: empty for none.
    void setRound(const QString &round);
    QString round() const;
    const VoteRound *currentRound() const;

    void setEntering(bool on);
    bool isEntering() const { return mEntering; }
    // The round's session's participant ids, then "" for the show of hands.
    QStringList voters() const;
    QString voter() const;
    void setVoter(const QString &participant);
    void stepVoter(int delta);

    // A key typed on the canvas while entering: true when it was a vote.
    bool keyTyped(QKeyEvent *event);
    // For the session bar: the round, who votes and what they have left.
    QString status() const;
    // The last refusal; cleared by the next vote or another selection.
    QString message() const { return mMessage; }
    // The show of hands being typed, "Hands: 7 (Enter counts)"; empty when
    // none is.
    QString handsText() const;
    // The total shown on a card: empty unless the round is revealed and
    // counts the card and it has votes.
    QString badgeText(const QString &card) const;
    // The three cards with most votes once revealed (ties after the order).
    QStringList topCards() const;

private:
    bool enter(const QString &card, int dots);
    void say(const QString &text);

    QString mRound;
    bool mEntering = false;
    QString mVoter;
    bool mVoterSet = false;
    QString mHands; // digits typed for a show of hands
    QString mMessage;
    QMetaObject::Connection mSelectionWatch;
};

} // namespace blauwdruk
