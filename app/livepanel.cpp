#include "livepanel.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "currentsession.h"
#include "document.h"
#include "edits.h"
#include "inboxlist.h"
#include "livejoindialog.h"
#include "liveserver.h"
#include "mainwindow.h"
#include "networkchoice.h"
#include "voterounddialog.h"
#include "votetool.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

QPushButton *button(const QString &text, QWidget *parent, QLayout *layout) {
    auto *b = new QPushButton(text, parent);
    layout->addWidget(b);
    return b;
}

// A round's scope for the canvas's focus: what the round is most likely about.
QString scopeOf(const FocusArea &focus) {
    switch (focus.kind()) {
    case FocusArea::Kind::Stage:
        return QStringLiteral("stage");
    case FocusArea::Kind::Step:
        return QStringLiteral("step");
    case FocusArea::Kind::Lane:
        return QStringLiteral("lane");
    default:
        return QStringLiteral("all");
    }
}

} // namespace

LivePanel::LivePanel(MainWindow &window, QWidget *parent)
    : QWidget(parent)
    , mWindow(window) {
    auto *layout = new QVBoxLayout(this);
    mPages = new QStackedWidget(this);
    layout->addWidget(mPages);

    // Before: where to listen.
    auto *before = new QWidget(mPages);
    auto *beforeLayout = new QVBoxLayout(before);
    auto *intro = new QLabel(
        tr("Participants write cards and vote from their phones' browsers, on this room's "
           "network. Nothing goes through the internet and nothing is kept anywhere but in this "
           "file. Use a network you trust: the connection is not encrypted."),
        before);
    intro->setWordWrap(true);
    beforeLayout->addWidget(intro);
    auto *networkLabel = new QLabel(tr("&Network:"), before);
    beforeLayout->addWidget(networkLabel);
    mNetwork = new QComboBox(before);
    networkLabel->setBuddy(mNetwork);
    beforeLayout->addWidget(mNetwork);
    QPushButton *startButton = button(tr("&Start Live Session"), before, beforeLayout);
    connect(startButton, &QPushButton::clicked, this, &LivePanel::start);
    beforeLayout->addStretch();
    mPages->addWidget(before);

    // While it runs.
    auto *running = new QWidget(mPages);
    auto *runLayout = new QVBoxLayout(running);
    // The QR code is for the projector (Show Join Code); here the address,
    // to read out or copy, and room for the inbox.
    mAddress = new QLabel(running);
    mAddress->setWordWrap(true);
    mAddress->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    runLayout->addWidget(mAddress);
    auto *joinRow = new QHBoxLayout;
    connect(button(tr("Show &Join Code"), running, joinRow), &QPushButton::clicked, this,
            &LivePanel::showJoinCode);
    connect(button(tr("S&top"), running, joinRow), &QPushButton::clicked, this, &LivePanel::stop);
    runLayout->addLayout(joinRow);
    mCounts = new QLabel(running);
    mCounts->setWordWrap(true);
    runLayout->addWidget(mCounts);
    mRound = new QLabel(running);
    mRound->setWordWrap(true);
    runLayout->addWidget(mRound);
    auto *questionLabel = new QLabel(tr("&Question for a writing round:"), running);
    runLayout->addWidget(questionLabel);
    mQuestion = new QLineEdit(running);
    mQuestion->setPlaceholderText(tr("Which pain points does the resident meet here?"));
    questionLabel->setBuddy(mQuestion);
    runLayout->addWidget(mQuestion);
    connect(mQuestion, &QLineEdit::returnPressed, this, &LivePanel::openWritingRound);
    auto *roundRow = new QHBoxLayout;
    connect(button(tr("Open &Writing Round"), running, roundRow), &QPushButton::clicked, this,
            &LivePanel::openWritingRound);
    connect(button(tr("Open &Vote Round…"), running, roundRow), &QPushButton::clicked, this,
            &LivePanel::openVoteRound);
    runLayout->addLayout(roundRow);
    auto *closeRow = new QHBoxLayout;
    mClose = button(tr("&Close Round"), running, closeRow);
    connect(mClose, &QPushButton::clicked, this, &LivePanel::closeRound);
    mReveal = button(tr("&Reveal Votes"), running, closeRow);
    connect(mReveal, &QPushButton::clicked, this, &LivePanel::reveal);
    runLayout->addLayout(closeRow);
    auto *inboxLabel = new QLabel(tr("&Incoming cards:"), running);
    runLayout->addWidget(inboxLabel);
    mInbox = new InboxList(running);
    mInbox->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mInbox->setWordWrap(true);
    mInbox->setAlternatingRowColors(true);
    mInbox->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mInbox->setMinimumHeight(mInbox->fontMetrics().lineSpacing() * 10);
    mInbox->setAccessibleDescription(
        tr("Enter accepts the selected cards into the canvas's current cell, F2 edits, "
           "Delete rejects"));
    inboxLabel->setBuddy(mInbox);
    mInbox->installEventFilter(this);
    connect(mInbox, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        // An edited row is the card's new title: one undoable edit.
        if (!mDocument)
            return;
        const QString id = item->data(Qt::UserRole).toString();
        const Card *card = mDocument->workspace().find<Card>(id);
        const QString title = item->text().trimmed();
        if (card && !title.isEmpty() && title != card->title)
            Edits(*mDocument).setField(EntityType::Card, {id}, QStringLiteral("title"), title);
        else
            refreshInbox();
    });
    runLayout->addWidget(mInbox, 1);
    mTarget = new QLabel(running);
    mTarget->setWordWrap(true);
    mTarget->setTextFormat(Qt::PlainText);
    runLayout->addWidget(mTarget);
    auto *inboxRow = new QHBoxLayout;
    connect(button(tr("&Accept"), running, inboxRow), &QPushButton::clicked, this,
            &LivePanel::acceptSelected);
    connect(button(tr("&Edit"), running, inboxRow), &QPushButton::clicked, this,
            &LivePanel::editCurrent);
    connect(button(tr("&Merge"), running, inboxRow), &QPushButton::clicked, this,
            &LivePanel::mergeSelected);
    connect(button(tr("Re&ject"), running, inboxRow), &QPushButton::clicked, this,
            &LivePanel::rejectSelected);
    runLayout->addLayout(inboxRow);
    mMessage = new QLabel(running);
    mMessage->setWordWrap(true);
    // Questions, labels and errors are text, never markup.
    for (QLabel *label : {mAddress, mCounts, mRound, mMessage})
        label->setTextFormat(Qt::PlainText);
    runLayout->addWidget(mMessage);
    mPages->addWidget(running);
    fillNetworks();
}

LivePanel::~LivePanel() {
    stop();
}

void LivePanel::fillNetworks() {
    mNetwork->clear();
    for (const NetworkChoice &choice : NetworkChoice::available()) {
        const QString text =
            choice.loopback
                ? tr("This computer only (%1) — for trying it out").arg(choice.address.toString())
                : tr("%1 — %2").arg(choice.interfaceName, choice.address.toString());
        mNetwork->addItem(text, choice.address.toString());
    }
}

void LivePanel::setDocument(Document *document) {
    if (document == mDocument)
        return;
    stop(); // a session belongs to its file
    mDocument = document;
}

QListWidget *LivePanel::inbox() const {
    return mInbox;
}

LiveJoinDialog *LivePanel::joinDialog() const {
    return mJoin;
}

QString LivePanel::participantUrl() const {
    return mServer ? mServer->participantUrl() : QString();
}

bool LivePanel::start() {
    if (isRunning())
        return true;
    if (!mDocument) {
        tell(tr("Open a workspace first."));
        return false;
    }
    const QString journey = mWindow.activeJourney();
    if (journey.isEmpty()) {
        QMessageBox::information(this, tr("Live Session"),
                                 tr("Open the journey the session is about first."));
        return false;
    }
    if (mNetwork->count() == 0)
        fillNetworks();
    QHostAddress address(mNetwork->currentData().toString());
    if (address.isNull()) {
        QMessageBox::warning(this, tr("Live Session"),
                             tr("This computer has no network to listen on."));
        return false;
    }
    QString error;
    const QString session = CurrentSession::ensure(*mDocument, journey, &error);
    if (session.isEmpty()) {
        QMessageBox::warning(this, tr("Live Session"), error);
        return false;
    }
    mSession = std::make_unique<LiveSession>(*mDocument, session);
    mServer = std::make_unique<LiveServer>(*mSession);
    if (!mServer->listen(address, 0, &error)) {
        mServer.reset();
        mSession.reset();
        QMessageBox::warning(
            this, tr("Live Session"),
            tr("The live session could not listen on %1: %2").arg(address.toString(), error));
        return false;
    }
    mJourney = journey;
    connect(mSession.get(), &LiveSession::activity, this, &LivePanel::refresh);
    connect(mDocument, &Document::changed, this, &LivePanel::refresh);
    mAddress->setText(tr("Phones join at %1").arg(mServer->participantUrl()));
    mPages->setCurrentIndex(1);
    refresh();
    showJoinCode();
    Q_EMIT runningChanged(true);
    return true;
}

void LivePanel::stop() {
    if (!mServer)
        return;
    if (mDocument)
        disconnect(mDocument, &Document::changed, this, &LivePanel::refresh);
    if (mJoin)
        mJoin->close();
    mServer.reset(); // stops listening, lets every phone go
    if (mDocument && !mDocument->isReadOnly())
        mSession->closeOpenRounds();
    mSession.reset();
    mPages->setCurrentIndex(0);
    Q_EMIT runningChanged(false);
}

void LivePanel::showJoinCode() {
    if (!mServer)
        return;
    if (!mJoin) {
        mJoin = new LiveJoinDialog(mServer->participantUrl(), this);
        mJoin->setAttribute(Qt::WA_DeleteOnClose);
    }
    mJoin->setParticipants(mSession->participantCount());
    mJoin->show();
    mJoin->raise();
}

// Where Enter puts the selected cards: the canvas's current cell.
void LivePanel::showTarget() {
    const BlueprintView *view = mWindow.currentBlueprint();
    const BlueprintView::Cell cell = view ? view->currentCell() : BlueprintView::Cell{};
    const Workspace *ws = mDocument ? &mDocument->workspace() : nullptr;
    const Lane *lane = ws && cell.isValid() ? ws->find<Lane>(cell.lane) : nullptr;
    const Step *step = ws && cell.isValid() ? ws->find<Step>(cell.step) : nullptr;
    QString inbox = tr("Incoming");
    if (ws)
        for (const Lane *l : ws->orderedLanes(mJourney))
            if (l->kind == QLatin1String("inbox"))
                inbox = l->title;
    const QString where =
        lane && step && lane->kind != QLatin1String("inbox") && lane->journey == mJourney
            ? tr("Enter puts the selected cards in %1 · %2, the canvas's current cell; click "
                 "another cell to choose.")
                  .arg(lane->title, step->title)
            : tr("Click the cell on the canvas where accepted cards go.");
    mTarget->setText(where + QLatin1Char(' ') +
                     tr("Cards not accepted wait in the lane \"%1\" at the bottom of the "
                        "blueprint.")
                         .arg(inbox));
}

void LivePanel::tell(const QString &message) {
    mMessage->setText(message);
}

void LivePanel::refresh() {
    if (!mSession || !mDocument)
        return;
    const Workspace &ws = mDocument->workspace();
    // The work session ended (Session › End Session): so does the live one.
    const WorkSession *work = ws.find<WorkSession>(mSession->sessionId());
    if (!work || !work->endedAt.isEmpty()) {
        stop();
        return;
    }
    const int people = mSession->participantCount();
    const VoteRound *round = ws.find<VoteRound>(mSession->currentRound());
    const bool votes = round && round->kind == QLatin1String("votes");
    QString counts = people == 1 ? tr("1 participant") : tr("%1 participants").arg(people);
    if (round && !votes)
        counts += tr(" · %1 cards in this round").arg(mSession->cardsReceived());
    if (votes)
        counts += tr(" · %1 of %2 dots cast")
                      .arg(mSession->dotsCast())
                      .arg(round->budget * qMax(1, people));
    mCounts->setText(counts);
    if (!round)
        mRound->setText(tr("No round is open. Write a question and open a writing round, or "
                           "open a vote round."));
    else
        mRound->setText((votes ? tr("Vote round: %1") : tr("Writing round: %1")).arg(round->title) +
                        (round->closed ? tr(" (closed)") : QString()) +
                        (votes && round->revealed ? tr(" (revealed)") : QString()));
    mClose->setEnabled(round && !round->closed);
    mReveal->setEnabled(votes && !round->revealed);
    if (mJoin)
        mJoin->setParticipants(people);
    refreshInbox();
    showTarget();
}

void LivePanel::refreshInbox() {
    if (!mDocument)
        return;
    // An edit being committed changes the document; the list is rebuilt
    // once its editor has closed.
    if (mInbox->isEditing()) {
        QTimer::singleShot(0, this, &LivePanel::refreshInbox);
        return;
    }
    const Workspace &ws = mDocument->workspace();
    const QStringList selected = selectedCards();
    const QSignalBlocker block(mInbox);
    mInbox->clear();
    for (const Lane *lane : ws.orderedLanes(mJourney)) {
        if (lane->kind != QLatin1String("inbox"))
            continue;
        for (const Card *card : ws.orderedCards(mJourney)) {
            if (card->lane != lane->id)
                continue;
            const Participant *who = ws.find<Participant>(card->participant);
            auto *item = new QListWidgetItem(card->title, mInbox);
            item->setData(Qt::UserRole, card->id);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            const VoteRound *round = ws.find<VoteRound>(card->round);
            // A tooltip would show markup as markup: what phones wrote is text.
            item->setToolTip(
                tr("From %1, in answer to: %2")
                    .arg(who ? who->label : tr("a participant"), round ? round->title : QString())
                    .toHtmlEscaped());
            item->setSelected(selected.contains(card->id));
        }
    }
}

QStringList LivePanel::selectedCards() const {
    QStringList ids;
    for (int row = 0; row < mInbox->count(); ++row)
        if (mInbox->item(row)->isSelected())
            ids << mInbox->item(row)->data(Qt::UserRole).toString();
    if (ids.isEmpty() && mInbox->currentItem())
        ids << mInbox->currentItem()->data(Qt::UserRole).toString();
    return ids;
}

bool LivePanel::acceptSelected() {
    BlueprintView *view = mWindow.currentBlueprint();
    const QStringList cards = selectedCards();
    if (!mDocument || cards.isEmpty()) {
        tell(tr("Select the cards to accept in the list first."));
        return false;
    }
    const BlueprintView::Cell cell = view ? view->currentCell() : BlueprintView::Cell{};
    const Lane *lane = cell.isValid() ? mDocument->workspace().find<Lane>(cell.lane) : nullptr;
    if (!lane || lane->kind == QLatin1String("inbox") ||
        view->blueprintScene()->journeyId() != mJourney) {
        tell(tr("Choose the cell on the canvas where the cards go (click it, or move there with "
                "the arrow keys), then accept."));
        return false;
    }
    Edits edits(*mDocument);
    if (!edits.moveCards(cards, cell.step, cell.lane, -1, QString(),
                         cards.size() == 1 ? tr("Accept incoming card")
                                           : tr("Accept %1 incoming cards").arg(cards.size()))) {
        tell(edits.error());
        return false;
    }
    tell(cards.size() == 1 ? tr("1 card accepted into %1.").arg(lane->title)
                           : tr("%1 cards accepted into %2.").arg(cards.size()).arg(lane->title));
    mInbox->setFocus();
    return true;
}

bool LivePanel::rejectSelected() {
    const QStringList cards = selectedCards();
    if (!mDocument || cards.isEmpty())
        return false;
    Edits edits(*mDocument);
    if (!edits.removeCards(cards, cards.size() == 1
                                      ? tr("Reject incoming card")
                                      : tr("Reject %1 incoming cards").arg(cards.size()))) {
        tell(edits.error());
        return false;
    }
    tell(cards.size() == 1 ? tr("1 card rejected (Undo brings it back).")
                           : tr("%1 cards rejected (Undo brings them back).").arg(cards.size()));
    return true;
}

bool LivePanel::mergeSelected() {
    const QStringList cards = selectedCards();
    if (!mDocument || cards.size() < 2) {
        tell(tr("Select two or more cards that say the same, then merge."));
        return false;
    }
    Edits edits(*mDocument);
    if (!edits.mergeCards(cards.first(), cards.mid(1))) {
        tell(edits.error());
        return false;
    }
    tell(tr("%1 cards merged into one.").arg(cards.size()));
    return true;
}

void LivePanel::editCurrent() {
    if (QListWidgetItem *item = mInbox->currentItem())
        mInbox->editItem(item);
}

bool LivePanel::openWritingRound() {
    if (!mSession)
        return false;
    const QString question = mQuestion->text().trimmed();
    if (question.isEmpty()) {
        tell(tr("Write the question for the participants first."));
        mQuestion->setFocus();
        return false;
    }
    // The canvas's focus is what the question is about: its cards arrive in
    // that column of the inbox, and phones show it.
    QString scope = QStringLiteral("all");
    QString value;
    if (BlueprintView *view = mWindow.currentBlueprint()) {
        scope = scopeOf(view->focusArea());
        value = view->focusArea().id();
        if (scope == QLatin1String("all") && view->currentCell().isValid()) {
            scope = QStringLiteral("step");
            value = view->currentCell().step;
        }
    }
    QString error;
    if (mSession->openWritingRound(question, scope, value, &error).isEmpty()) {
        tell(error);
        return false;
    }
    mQuestion->clear();
    tell(tr("The writing round is open on the phones."));
    refresh();
    return true;
}

void LivePanel::openVoteRound() {
    if (!mSession || !mDocument)
        return;
    BlueprintView *view = mWindow.currentBlueprint();
    const FocusArea focus = view ? view->focusArea() : FocusArea();
    VoteRoundDialog dialog(mDocument->workspace(), mJourney, scopeOf(focus), focus.id(), this);
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 70);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        const QString round = mSession->openVoteRound(dialog.draft(), &error);
        if (!round.isEmpty()) {
            // The canvas shows this round's ranking once it is revealed.
            if (view && view->blueprintScene()->journeyId() == mJourney)
                view->voteTool()->setRound(round);
            tell(tr("The vote round is open on the phones."));
            refresh();
            return;
        }
        QMessageBox::warning(&dialog, tr("New Vote Round"), error);
    }
}

bool LivePanel::closeRound() {
    QString error;
    if (!mSession || !mSession->closeRound(&error)) {
        tell(error);
        return false;
    }
    tell(tr("The round is closed: phones can no longer send to it."));
    return true;
}

bool LivePanel::reveal() {
    QString error;
    if (!mSession || !mSession->reveal(&error)) {
        tell(error);
        return false;
    }
    tell(tr("The votes are revealed, on the canvas and on the phones."));
    return true;
}

bool LivePanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == mInbox && event->type() == QEvent::FocusIn)
        showTarget();
    // While a row is edited, Enter that the editor passes on finishes the
    // edit; it accepts nothing.
    if (watched == mInbox && event->type() == QEvent::KeyPress && !mInbox->isEditing()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            return acceptSelected(), true;
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace)
            return rejectSelected(), true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace blauwdruk
