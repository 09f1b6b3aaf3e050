#include "votecommands.h"

#include "actionicon.h"
#include "blueprintlayout.h"
#include "blueprintscene.h"
#include "blueprintview.h"
#include "currentsession.h"
#include "document.h"
#include "documentmanager.h"
#include "edits.h"
#include "elidedlabel.h"
#include "mainwindow.h"
#include "participantsdialog.h"
#include "sessionbar.h"
#include "sessionmode.h"
#include "sessionrules.h"
#include "voterounddialog.h"
#include "votetool.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QWidgetAction>

namespace blauwdruk {

VoteCommands::VoteCommands(MainWindow &window)
    : QObject(&window)
    , mWindow(window)
    , mBar(new ElidedLabel) {
    // Plain letters and digits are left to the canvas: digits are the votes.
    make(Participants, tr("P&articipants…"), tr("The session's participants, by label only"),
         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    make(NewRound, tr("New &Vote Round…"), tr("A round of dot voting on the journey's cards"),
         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    make(EnterVotes, tr("&Enter Votes"),
         tr("Type each participant's dots on the selected card; Tab for the next participant"),
         QKeySequence(Qt::Key_F9))
        ->setCheckable(true);
    make(RevealVotes, tr("Re&veal Votes"), tr("Show the round's totals on the cards"),
         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V))
        ->setCheckable(true);
    make(CloseRound, tr("Close &Round"), tr("No more votes in the current round"),
         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    make(SortByVotes, tr("Sort by V&otes"), tr("The round's cards, most votes first"),
         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    make(RemoveRound, tr("Re&move Round…"), tr("Remove the current round with its votes"),
         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
    connect(action(Participants), &QAction::triggered, this, &VoteCommands::editParticipants);
    connect(action(NewRound), &QAction::triggered, this, &VoteCommands::newRound);
    connect(action(EnterVotes), &QAction::toggled, this, [this](bool on) {
        if (VoteTool *vote = tool()) {
            vote->setEntering(on && !vote->round().isEmpty());
            if (vote->isEntering())
                selectFirstCounted();
        }
        refresh();
    });
    connect(action(RevealVotes), &QAction::triggered, this, &VoteCommands::setRevealed);
    connect(action(CloseRound), &QAction::triggered, this, &VoteCommands::closeRound);
    connect(action(SortByVotes), &QAction::triggered, this, &VoteCommands::sortByVotes);
    connect(action(RemoveRound), &QAction::triggered, this, &VoteCommands::removeRound);

    mBar->setFont(SessionBar::sized(mBar->font(), 22, true));
    mBar->setObjectName(QStringLiteral("voteSection"));
    mBar->hide();
    window.sessionMode()->bar()->addInfo(mBar);
    connect(window.documents(), &DocumentManager::documentChanged, this, [this](Document *doc) {
        if (doc)
            connect(doc, &Document::changed, this, &VoteCommands::refresh);
        refresh();
    });
    connect(window.tabs(), &QTabWidget::currentChanged, this, &VoteCommands::refresh);
    refresh();
}

QAction *VoteCommands::make(Id id, const QString &text, const QString &statusTip,
                            const QKeySequence &key) {
    auto *action = new QAction(text, this);
    action->setStatusTip(statusTip);
    action->setToolTip(actionToolTip(text, {key}));
    action->setShortcut(key);
    mActions[size_t(id)] = action;
    return action;
}

void VoteCommands::addTo(QMenu *menu) const {
    // In a menu of their own, as the timer's: Session has more entries than
    // the alphabet has letters otherwise.
    menu->addSeparator();
    QMenu *votes = menu->addMenu(tr("&Dot Voting"));
    votes->setObjectName(QStringLiteral("votesMenu"));
    for (Id id : {Participants, NewRound, EnterVotes, RevealVotes, SortByVotes, CloseRound})
        votes->addAction(action(id));
    votes->addSeparator();
    votes->addAction(action(RemoveRound));
}

VoteTool *VoteCommands::tool() const {
    BlueprintView *view = mWindow.currentBlueprint();
    return view ? view->voteTool() : nullptr;
}

QString VoteCommands::session() {
    BlueprintView *view = mWindow.currentBlueprint();
    if (!view || !mWindow.document()) {
        tell(tr("Open a journey's blueprint first."));
        return {};
    }
    QString error;
    const QString id =
        CurrentSession::ensure(*mWindow.document(), view->blueprintScene()->journeyId(), &error);
    if (id.isEmpty())
        tell(error);
    return id;
}

void VoteCommands::tell(const QString &text) {
    mWindow.sessionMode()->tell(text);
}

// The current round follows the document (undo removes one, another view
// shows another journey); without one, the latest open round of the session.
void VoteCommands::refresh() {
    BlueprintView *view = mWindow.currentBlueprint();
    VoteTool *vote = tool();
    const Workspace *ws = mWindow.document() ? &mWindow.document()->workspace() : nullptr;
    if (vote && vote->round().isEmpty()) {
        if (const WorkSession *running =
                SessionRules::running(*ws, view->blueprintScene()->journeyId())) {
            QString latest;
            for (const VoteRound *round : ws->orderedVoteRounds(running->id))
                if (!round->closed)
                    latest = round->id;
            vote->setRound(latest);
        }
    }
    if (view)
        connect(view, &BlueprintView::voteEntryChanged, this, &VoteCommands::refresh,
                Qt::UniqueConnection);
    const VoteRound *round = vote ? vote->currentRound() : nullptr;
    if (vote && !round && vote->isEntering())
        vote->setEntering(false);
    action(Participants)->setEnabled(view);
    action(NewRound)->setEnabled(view);
    for (Id id : {EnterVotes, RevealVotes, CloseRound, SortByVotes, RemoveRound})
        action(id)->setEnabled(round);
    action(CloseRound)->setEnabled(round && !round->closed);
    {
        const QSignalBlocker quiet(action(EnterVotes));
        action(EnterVotes)->setChecked(vote && vote->isEntering());
    }
    action(RevealVotes)->setChecked(round && round->revealed);
    // The round is on the bar while votes are entered, and once revealed
    // (the totals on the cards are its); a hidden round is not news.
    if (!vote || !round || !(vote->isEntering() || round->revealed)) {
        mBar->hide();
        return;
    }
    const QString hands = vote->handsText();
    mBar->setText(hands.isEmpty() ? vote->status()
                                  : vote->status() + QStringLiteral(" — ") + hands);
    mBar->show();
}

// Digits go to the selected card: entering starts on one, the first the
// round counts (inside the focus, if there is one), unless one is chosen.
void VoteCommands::selectFirstCounted() {
    BlueprintView *view = mWindow.currentBlueprint();
    const VoteRound *round = tool()->currentRound();
    if (view->selectedCardIds().size() == 1)
        return;
    const Workspace &ws = mWindow.document()->workspace();
    const BlueprintLayout &layout = view->blueprintScene()->layout();
    const QRectF focus = view->focusArea().rect(layout);
    for (const BlueprintLayout::CardBox &box : layout.cards) { // lane by lane, as read
        const Card *card = ws.find<Card>(box.id);
        if (!card || !SessionRules::counts(ws, *round, *card) ||
            (!focus.isNull() && !focus.intersects(box.rect)))
            continue;
        view->selectCards({card->id});
        view->showCard(card->id);
        return;
    }
}

void VoteCommands::editParticipants() {
    const QString id = session();
    if (id.isEmpty())
        return;
    ParticipantsDialog dialog(*mWindow.document(), id, &mWindow);
    mWindow.sessionMode()->fitForRoom(&dialog);
    dialog.exec();
    refresh();
}

void VoteCommands::newRound() {
    const QString id = session();
    if (id.isEmpty())
        return;
    BlueprintView *view = mWindow.currentBlueprint();
    // The focused stage or lane is what the round is most likely about.
    const FocusArea focus = view->focusArea();
    const QString scope = focus.kind() == FocusArea::Kind::Stage  ? QStringLiteral("stage")
                          : focus.kind() == FocusArea::Kind::Step ? QStringLiteral("step")
                          : focus.kind() == FocusArea::Kind::Lane ? QStringLiteral("lane")
                                                                  : QStringLiteral("all");
    VoteRoundDialog dialog(mWindow.document()->workspace(), view->blueprintScene()->journeyId(),
                           scope, focus.id(), &mWindow);
    mWindow.sessionMode()->fitForRoom(&dialog);
    while (dialog.exec() == QDialog::Accepted) {
        Edits edits(*mWindow.document());
        const QString round = edits.addVoteRound(id, dialog.draft());
        if (!round.isEmpty()) {
            view->voteTool()->setRound(round);
            refresh();
            return;
        }
        QMessageBox::warning(&dialog, tr("New Vote Round"), edits.error());
    }
}

void VoteCommands::setRevealed(bool on) {
    VoteTool *vote = tool();
    Edits edits(*mWindow.document());
    if (!edits.setRoundRevealed(vote->round(), on))
        tell(edits.error());
    mWindow.currentBlueprint()->viewport()->update();
    refresh();
}

void VoteCommands::closeRound() {
    VoteTool *vote = tool();
    Edits edits(*mWindow.document());
    if (!edits.setRoundClosed(vote->round(), true))
        tell(edits.error());
    refresh();
}

void VoteCommands::sortByVotes() {
    VoteTool *vote = tool();
    BlueprintView *view = mWindow.currentBlueprint();
    const VoteRound *round = vote->currentRound();
    delete mRanking;
    mRanking = new QMenu(&mWindow);
    mRanking->setAttribute(Qt::WA_DeleteOnClose);
    QFont font = mRanking->font();
    font.setPixelSize(20);
    mRanking->setFont(font);
    // Titled, so the room knows which round the order is for: a heading in
    // full ink, not a greyed-out entry.
    mRanking->setTitle(tr("Votes: %1").arg(round->title));
    auto *heading = new QLabel(mRanking->title());
    QFont bold = font;
    bold.setBold(true);
    heading->setFont(bold);
    heading->setTextFormat(Qt::PlainText);
    heading->setContentsMargins(12, 8, 12, 4);
    QPalette ink = heading->palette(); // not choosable, yet not grey
    ink.setColor(QPalette::Disabled, QPalette::WindowText,
                 ink.color(QPalette::Active, QPalette::WindowText));
    heading->setPalette(ink);
    auto *title = new QWidgetAction(mRanking);
    title->setDefaultWidget(heading);
    title->setText(mRanking->title());
    title->setEnabled(false);
    mRanking->addAction(title);
    mRanking->addSeparator();
    if (!round->revealed) {
        mRanking
            ->addAction(
                tr("Reveal the votes first (%1)")
                    .arg(action(RevealVotes)->shortcut().toString(QKeySequence::NativeText)))
            ->setEnabled(false);
    } else {
        const auto results = SessionRules::ranking(mWindow.document()->workspace(), round->id);
        if (results.empty())
            mRanking->addAction(tr("No votes yet"))->setEnabled(false);
        int place = 0;
        for (const SessionRules::Result &r : results) {
            const QString card = r.card->id;
            mRanking->addAction(tr("%1. %2 — %3").arg(++place).arg(r.card->title).arg(r.total),
                                view, [view, card] { view->showCard(card); });
        }
    }
    mRanking->popup(view->mapToGlobal(QPoint(20, 20)));
}

void VoteCommands::removeRound() {
    VoteTool *vote = tool();
    const VoteRound *round = vote->currentRound();
    if (QMessageBox::question(&mWindow, tr("Remove Round"),
                              tr("Remove the round \"%1\" with its votes?").arg(round->title)) !=
        QMessageBox::Yes)
        return;
    Edits edits(*mWindow.document());
    if (!edits.removeVoteRound(round->id))
        tell(edits.error());
    vote->setRound(QString());
    refresh();
}

} // namespace blauwdruk
