#include "votetool.h"

#include "blueprintscene.h"
#include "blueprintstyle.h"
#include "blueprintview.h"
#include "document.h"
#include "edits.h"
#include "sessionrules.h"
#include "theme.h"

#include <QKeyEvent>
#include <QPainter>

namespace blauwdruk {

namespace {

// Large enough to read on a projector at the session zoom.
constexpr qreal kBadgeSize = 30;
const QColor kBadgeFill(0x1f, 0x4e, 0x9c);
const QColor kTopOutline(0xb0, 0x6a, 0x00); // amber, >= 3:1 on every lane
const QColor kDimmed(255, 255, 255, 170);

} // namespace

QColor VoteTool::badgeFill() {
    return kBadgeFill;
}

QColor VoteTool::topOutline() {
    return kTopOutline;
}

VoteTool::VoteTool(BlueprintView *view)
    : CanvasTool(view) {
    // Hands are counted for the card they were typed on, and "select a
    // card first" is answered by selecting one: both end with the selection.
    // The bar says what the voter has on the selected card: it follows too.
    mSelectionWatch =
        QObject::connect(view->scene(), &QGraphicsScene::selectionChanged, view, [this] {
            if (!mEntering)
                return;
            mHands.clear();
            say(QString());
        });
}

// The view outlives its tools, and its scene clears the selection as it
// goes: the connection goes with the tool.
VoteTool::~VoteTool() {
    QObject::disconnect(mSelectionWatch);
}

void VoteTool::setRound(const QString &round) {
    if (round == mRound)
        return;
    mRound = round;
    mHands.clear();
    mMessage.clear();
    mVoterSet = false;
    view()->viewport()->update();
}

QString VoteTool::round() const {
    return currentRound() ? mRound : QString(); // an undone round is gone
}

const VoteRound *VoteTool::currentRound() const {
    const VoteRound *round = document()->workspace().find<VoteRound>(mRound);
    return round && round->journey == scene()->journeyId() ? round : nullptr;
}

void VoteTool::setEntering(bool on) {
    mEntering = on;
    mHands.clear();
    mMessage.clear();
    view()->viewport()->update();
}

QStringList VoteTool::voters() const {
    QStringList ids;
    if (const VoteRound *round = currentRound())
        for (const Participant *p : document()->workspace().orderedParticipants(round->session))
            ids << p->id;
    ids << QString(); // the show of hands
    return ids;
}

QString VoteTool::voter() const {
    const QStringList ids = voters();
    // The first participant until another is chosen; a removed one is gone.
    if (!mVoterSet || !ids.contains(mVoter))
        return ids.front();
    return mVoter;
}

void VoteTool::setVoter(const QString &participant) {
    mVoter = participant;
    mVoterSet = true;
    mHands.clear();
    if (!mMessage.isEmpty()) // a refusal for the one before
        say(QString());
}

void VoteTool::stepVoter(int delta) {
    const QStringList ids = voters();
    const auto n = ids.size();
    setVoter(ids[((ids.indexOf(voter()) + delta) % n + n) % n]);
}

bool VoteTool::keyTyped(QKeyEvent *event) {
    if (!mEntering || !currentRound())
        return false;
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QStringList selected = view()->selectedCardIds();
    const QString card = selected.size() == 1 ? selected.front() : QString();
    const bool hands = voter().isEmpty();
    const QString text = event->text();
    if (hands && !mHands.isEmpty()) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            enter(card, mHands.toInt());
            return true;
        case Qt::Key_Backspace:
            mHands.chop(1);
            say(QString());
            return true;
        case Qt::Key_Escape:
            mHands.clear();
            say(QString());
            return true;
        default:
            break;
        }
    }
    if (text.size() != 1 || !text.front().isDigit())
        return false;
    if (card.isEmpty()) {
        say(tr("Select a card first."));
        return true;
    }
    if (refusedReadOnly())
        return true;
    if (hands) {
        if (mHands.size() < 4)
            mHands += text;
        say(QString());
        return true;
    }
    enter(card, text.toInt());
    return true;
}

bool VoteTool::enter(const QString &card, int dots) {
    mHands.clear();
    if (card.isEmpty()) {
        say(tr("Select a card first."));
        return false;
    }
    Edits edits(*document());
    if (!edits.setDots(mRound, card, voter(), dots)) {
        say(edits.error());
        return false;
    }
    if (!voter().isEmpty()) {
        say(QString());
        return true;
    }
    // Hands are counted at once and then gone from the bar: say what was
    // counted, and when it is more hands than there are people.
    const Workspace &ws = document()->workspace();
    const Card *counted = ws.find<Card>(card);
    const qsizetype people = voters().size() - 1;
    QString said =
        tr("%1 hands counted for \"%2\".").arg(dots).arg(counted ? counted->title : card);
    if (people > 0 && dots > people)
        said += u' ' + tr("That is more than the %1 participants: check the count.").arg(people);
    mMessage.clear(); // not a refusal: the next key keeps it
    tell(said);
    emit view()->voteEntryChanged();
    return true;
}

// A refusal is told; anything else (a vote counted, a digit of hands)
// clears the last one, which no longer holds.
void VoteTool::say(const QString &text) {
    const bool stale = text.isEmpty() && !mMessage.isEmpty();
    mMessage = text;
    if (!text.isEmpty() || stale)
        tell(text);
    emit view()->voteEntryChanged();
}

QString VoteTool::handsText() const {
    return mHands.isEmpty() ? QString() : tr("Hands: %1, Enter to count them").arg(mHands);
}

QString VoteTool::status() const {
    const VoteRound *round = currentRound();
    if (!round)
        return tr("No vote round");
    const Workspace &ws = document()->workspace();
    QString who;
    if (!mEntering) {
        who = round->revealed ? tr("revealed") : tr("hidden");
    } else if (const Participant *p = ws.find<Participant>(voter())) {
        who = tr("%1: %2 of %3 left")
                  .arg(p->label)
                  .arg(round->budget - SessionRules::spent(ws, round->id, p->id))
                  .arg(round->budget);
    } else {
        who = tr("Show of hands");
    }
    QString text = QStringLiteral("%1 · %2").arg(round->title, who);
    // What this voter has on the selected card, to check against the paper.
    const QStringList selected = view()->selectedCardIds();
    if (mEntering && selected.size() == 1) {
        int given = 0;
        for (const Vote *vote : ws.votesOfRound(round->id))
            if (vote->card == selected.front() && vote->participant == voter())
                given += vote->dots;
        text += QStringLiteral(" · ") + (voter().isEmpty() ? tr("%1 hands on this card").arg(given)
                                                           : tr("%1 on this card").arg(given));
    }
    return text;
}

QString VoteTool::badgeText(const QString &cardId) const {
    const VoteRound *round = currentRound();
    if (!round || !round->revealed)
        return {};
    const Workspace &ws = document()->workspace();
    const Card *card = ws.find<Card>(cardId);
    if (!card || !SessionRules::counts(ws, *round, *card))
        return {};
    const int total = SessionRules::totals(ws, round->id).value(cardId);
    return total > 0 ? QString::number(total) : QString();
}

QStringList VoteTool::topCards() const {
    const VoteRound *round = currentRound();
    QStringList ids;
    if (!round || !round->revealed)
        return ids;
    for (const SessionRules::Result &r : SessionRules::ranking(document()->workspace(), round->id))
        if (ids.size() < 3)
            ids << r.card->id;
    return ids;
}

void VoteTool::paint(QPainter *painter) const {
    const VoteRound *round = currentRound();
    if (!round)
        return;
    const Workspace &ws = document()->workspace();
    const BlueprintLayout &layout = scene()->layout();
    painter->save();
    if (mEntering)
        for (const BlueprintLayout::CardBox &box : layout.cards)
            if (const Card *card = ws.find<Card>(box.id);
                card && !SessionRules::counts(ws, *round, *card))
                painter->fillRect(box.rect, kDimmed);
    const QStringList top = topCards();
    const QStringList selected = view()->selectedCardIds();
    for (const BlueprintLayout::CardBox &box : layout.cards) {
        const QString text = badgeText(box.id);
        if (text.isEmpty())
            continue;
        if (top.contains(box.id)) {
            painter->setPen(QPen(kTopOutline, 5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(box.rect.adjusted(-3, -3, 3, 3), 6, 6);
            // The outline would hide the selection: it goes around it.
            if (selected.contains(box.id)) {
                painter->setPen(QPen(Theme::canvas().selection, 3));
                painter->drawRoundedRect(box.rect.adjusted(-8, -8, 8, 8), 9, 9);
            }
        }
        QFont font = painter->font();
        font.setPixelSize(int(kBadgeSize * 0.6));
        font.setBold(true);
        painter->setFont(font);
        const qreal width = std::max(kBadgeSize, QFontMetricsF(font).horizontalAdvance(text) + 12);
        // On the bottom right corner, half outside: the kind's icon is at the
        // top right, and the footer's owner at the bottom left.
        const QRectF badge(box.rect.right() - width + 8, box.rect.bottom() - kBadgeSize + 6, width,
                           kBadgeSize);
        painter->setPen(Qt::NoPen);
        painter->setBrush(kBadgeFill);
        painter->drawRoundedRect(badge, kBadgeSize / 2, kBadgeSize / 2);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, text);
    }
    painter->restore();
}

} // namespace blauwdruk
