// Issue 15, point 6: participants and dot voting in session mode, driven by
// keys on the real window: the dialogs, entering dots from paper and a show
// of hands on the canvas, the tallies hidden until Reveal, the ranking.
#include "blueprintscene.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "edits.h"
#include "elidedlabel.h"
#include "examplewindow.h"
#include "mainwindow.h"
#include "modaldialog.h"
#include "participantsdialog.h"
#include "quickcapturetool.h"
#include "sessionrules.h"
#include "undoredo.h"
#include "votecommands.h"
#include "voterounddialog.h"
#include "votetool.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

// The example's window on its first journey's blueprint, with the keyboard.
struct VoteWindow : ExampleWindow {
    QString journey;
    BlueprintView *view = nullptr;
    VoteWindow() {
        journey = ws().orderedJourneys().front()->id;
        window.openJourney(journey);
        activate(window);
        view = window.currentBlueprint();
        REQUIRE(view);
        view->resize(1400, 900);
        view->setFocus();
    }
    VoteCommands *votes() { return window.voteCommands(); }
    QString barText() { return votes()->barLabel()->text(); }
    // What the window said last: refusals go to the status bar (in session
    // mode to the session bar's message, which shows the same).
    QString said() { return window.statusBar()->currentMessage(); }
    const VoteRound *round() { return ws().find<VoteRound>(view->voteTool()->round()); }
    // A card of the journey by its place in the journey's card order.
    QString card(int n) { return ws().orderedCards(journey)[size_t(n)]->id; }
    // Selects a card as a person does: a click on it.
    void click(const QString &card) {
        view->showCard(card);
        const QRectF rect = view->blueprintScene()->layout().card(card)->rect;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(rect.center()));
        REQUIRE(view->selectedCardIds() == QStringList{card});
    }
    int total(const QString &card) {
        return SessionRules::totals(ws(), view->voteTool()->round()).value(card);
    }
    // Participants and a round made by keys, then F9: entering votes.
    void startVoting(int participants, const QString &title);
};

// Opens a dialog by its key and runs `use` on it (modaldialog.h).
template <class D>
void inDialog(int key, Qt::KeyboardModifiers modifiers, const std::function<void(D *)> &use) {
    QWidget *before = QApplication::focusWidget();
    REQUIRE(before);
    withModalDialog<D>([&] { press(key, modifiers); },
                       [&](D *dialog) {
                           activate(*dialog); // keys go to the active window
                           use(dialog);
                       });
    // As a window manager does when a dialog closes: the window it came
    // from is active again, with the keyboard where it was.
    activate(*before->window());
    before->setFocus();
}

// Session › New Vote Round… by keys: the question typed, then Enter.
void newRoundByKeys(const QString &title) {
    inDialog<VoteRoundDialog>(
        Qt::Key_O, Qt::ControlModifier | Qt::AltModifier, [&](VoteRoundDialog *dialog) {
            const bool inTitle = QApplication::focusWidget() == dialog->titleEdit();
            REQUIRE(inTitle);
            QTest::keyClicks(dialog->titleEdit(), title);
            press(Qt::Key_Return);
        });
}

// Session › Participants… by keys: n in the spin box, Enter adds, Esc closes.
void addParticipantsByKeys(int n) {
    inDialog<ParticipantsDialog>(
        Qt::Key_D, Qt::ControlModifier | Qt::AltModifier, [&](ParticipantsDialog *dialog) {
            QWidget *focus = QApplication::focusWidget();
            const bool inCount =
                focus == dialog->countBox() || dialog->countBox()->isAncestorOf(focus);
            REQUIRE(inCount);
            press(Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(QApplication::focusWidget(), QString::number(n));
            press(Qt::Key_Return);
            press(Qt::Key_Escape);
        });
}

void VoteWindow::startVoting(int participants, const QString &title) {
    if (participants > 0)
        addParticipantsByKeys(participants);
    newRoundByKeys(title);
    press(Qt::Key_F9);
    REQUIRE(view->voteTool()->isEntering());
}

} // namespace

TEST_CASE("Session mode: a vote round is created in its dialog by keys, on the focused stage") {
    VoteWindow w;
    CHECK(SessionRules::running(w.ws(), w.journey) == nullptr);
    press(Qt::Key_F7); // focus on the current stage
    const FocusArea focus = w.view->focusArea();
    REQUIRE(focus.kind() == FocusArea::Kind::Stage);
    newRoundByKeys(QStringLiteral("Wat pakken we eerst aan?"));
    const VoteRound *round = w.round();
    REQUIRE(round);
    CHECK(round->title == QStringLiteral("Wat pakken we eerst aan?"));
    CHECK(round->budget == 5);
    CHECK(round->cap == 3);
    CHECK(round->scope == QStringLiteral("stage"));
    CHECK(round->scopeValue == focus.id());
    // The round belongs to the journey's session, started for it.
    const WorkSession *session = SessionRules::running(w.ws(), w.journey);
    REQUIRE(session);
    CHECK(round->session == session->id);
    CHECK(w.doc().undoStack()->undoText().contains(QStringLiteral("Wat pakken we eerst aan?")));
    w.saved();

    // On a focused step, the round is that step's.
    press(Qt::Key_F6);
    REQUIRE(w.view->focusArea().kind() == FocusArea::Kind::Step);
    newRoundByKeys(QStringLiteral("En bij deze stap?"));
    REQUIRE(w.round());
    CHECK(w.round()->scope == QStringLiteral("step"));
    CHECK(w.round()->scopeValue == w.view->focusArea().id());
}

TEST_CASE("Session mode: participants are added by keys, numbered on, and removed with Delete") {
    VoteWindow w;
    addParticipantsByKeys(2);
    const WorkSession *session = SessionRules::running(w.ws(), w.journey);
    REQUIRE(session);
    auto labels = [&] {
        QStringList list;
        for (const Participant *p : w.ws().orderedParticipants(session->id))
            list << p->label;
        return list;
    };
    CHECK(labels() == QStringList{"Participant 1", "Participant 2"});
    inDialog<ParticipantsDialog>(Qt::Key_D, Qt::ControlModifier | Qt::AltModifier,
                                 [&](ParticipantsDialog *dialog) {
                                     // At the desk, the desktop's own type.
                                     CHECK(dialog->font().pixelSize() != 20);
                                     press(Qt::Key_Return); // one more: number 3
                                     dialog->list()->setFocus();
                                     dialog->list()->setCurrentRow(0);
                                     press(Qt::Key_Delete);
                                     press(Qt::Key_Escape);
                                 });
    CHECK(labels() == QStringList{"Participant 2", "Participant 3"});
    w.saved();
}

TEST_CASE("Session mode: dots are typed per participant, budget and cap refusals go to the bar") {
    VoteWindow w;
    w.startVoting(2, QStringLiteral("Welke pijn eerst?"));
    CHECK(w.barText().contains(QStringLiteral("Participant 1: 5 of 5 left")));
    const QString a = w.card(0);
    const QString b = w.card(1);

    w.view->setQuickCapture(true); // on, yet digits are votes now
    w.click(a);
    press(Qt::Key_3);
    CHECK(w.total(a) == 3);
    CHECK(w.barText().contains(QStringLiteral("Participant 1: 2 of 5 left")));
    // What they have on the selected card, to check against the paper.
    CHECK(w.barText().contains(QStringLiteral("3 on this card")));
    // Not a card: typing digits while entering never starts one.
    CHECK(w.view->captureTool()->draft() == nullptr);

    const std::string before = canonical(w.ws());
    press(Qt::Key_4); // four on one card: over the cap of 3
    CHECK(w.said().contains(QStringLiteral("At most 3 dots per card")));
    w.click(b);
    press(Qt::Key_3); // three more: over the budget of 5
    CHECK(w.said().contains(QStringLiteral("2 of 5 dots left")));
    CHECK_FALSE(w.barText().contains(QStringLiteral("2 of 5 dots left"))); // said, not kept
    CHECK(canonical(w.ws()) == before);
    CHECK(onDisk(w.path) == before);

    press(Qt::Key_Tab); // the next participant
    CHECK(w.barText().contains(QStringLiteral("Participant 2: 5 of 5 left")));
    press(Qt::Key_2);
    CHECK(w.total(b) == 2);
    press(Qt::Key_Tab, Qt::ShiftModifier); // back to the first
    w.click(a);
    press(Qt::Key_0); // takes their dots back
    CHECK(w.total(a) == 0);
    CHECK(w.barText().contains(QStringLiteral("Participant 1: 5 of 5 left")));
    w.saved();
}

TEST_CASE("Session mode: a show of hands counts the number typed when Enter is pressed") {
    VoteWindow w;
    w.startVoting(0, QStringLiteral("Handen"));
    // Without participants the show of hands is all there is.
    CHECK(w.barText().contains(QStringLiteral("Show of hands")));
    const QString a = w.card(2);
    w.click(a);
    press(Qt::Key_1);
    press(Qt::Key_2);
    CHECK(w.total(a) == 0); // not yet counted
    CHECK(w.barText().contains(QStringLiteral("12")));
    press(Qt::Key_Return);
    CHECK(w.total(a) == 12);
    CHECK(w.said().contains(QStringLiteral("12 hands counted")));
    const std::vector<const Vote *> votes = w.ws().votesOfRound(w.round()->id);
    REQUIRE(votes.size() == 1);
    CHECK(votes.front()->participant.isEmpty());
    w.saved();
}

TEST_CASE("Session mode: totals stay hidden until Reveal, then show on the cards and rank") {
    VoteWindow w;
    w.startVoting(1, QStringLiteral("Prioriteit"));
    const QString a = w.card(0);
    const QString b = w.card(1);
    w.click(a);
    press(Qt::Key_3);
    w.click(b);
    press(Qt::Key_2);
    REQUIRE(w.total(a) == 3);

    // Where the badge goes: the card's bottom right corner (the kind's icon
    // is at the top right), above the digit.
    auto badgePixel = [&] {
        w.view->showCard(a);
        const QRectF rect = w.view->blueprintScene()->layout().card(a)->rect;
        QApplication::processEvents();
        const QImage image = w.view->viewport()->grab().toImage();
        return image.pixelColor(
            w.view->mapFromScene(QPointF(rect.right() - 7, rect.bottom() - 21)));
    };
    const QColor badge(0x1f, 0x4e, 0x9c);
    CHECK(w.view->voteBadgeText(a).isEmpty());
    CHECK(w.view->voteBadgeText(b).isEmpty());
    CHECK(badgePixel() != badge);

    press(Qt::Key_V, Qt::ControlModifier | Qt::AltModifier);
    CHECK(w.round()->revealed);
    CHECK(w.view->voteBadgeText(a) == QStringLiteral("3"));
    CHECK(w.view->voteBadgeText(b) == QStringLiteral("2"));
    CHECK(w.view->voteTool()->topCards() == QStringList{a, b});
    CHECK(badgePixel() == badge);

    press(Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QMenu *ranking = w.votes()->ranking();
    REQUIRE(ranking);
    QList<QAction *> lines = ranking->actions();
    // Titled with the round, then the cards most votes first.
    REQUIRE(lines.size() == 4);
    CHECK(lines[0]->text() == VoteCommands::tr("Votes: %1").arg(QStringLiteral("Prioriteit")));
    CHECK_FALSE(lines[0]->isEnabled());
    CHECK(lines[1]->isSeparator());
    lines = lines.mid(2);
    CHECK(lines[0]->text().startsWith(QStringLiteral("1. ")));
    CHECK(lines[0]->text().endsWith(QStringLiteral(" 3")));
    CHECK(lines[1]->text().endsWith(QStringLiteral(" 2")));
    lines[1]->trigger(); // goes to the card
    CHECK(w.view->selectedCardIds() == QStringList{b});
    ranking->close();
    // Sorting reorders nothing in the file.
    CHECK(w.ws().orderedCards(w.journey)[0]->id == a);

    press(Qt::Key_V, Qt::ControlModifier | Qt::AltModifier); // hidden again
    CHECK(w.view->voteBadgeText(a).isEmpty());
}

TEST_CASE("Session mode: a dot typed is one undo step, named, in the file too") {
    ExampleFile file;
    CanvasActions actions;
    const QString journey = file.document->workspace().orderedJourneys().front()->id;
    BlueprintView view(new BlueprintScene(file.document.get(), journey));
    actions.attach(&view);
    view.resize(1400, 900);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    activate(view);
    Edits edits(*file.document);
    const QString session = edits.startSession(journey, QStringLiteral("Sessie"));
    const QString participant = edits.addParticipants(session, {QStringLiteral("Anna")}).front();
    Edits::VoteRoundDraft draft;
    draft.title = QStringLiteral("Eerst?");
    const QString round = edits.addVoteRound(session, draft);
    REQUIRE(!round.isEmpty());
    view.voteTool()->setRound(round);
    view.voteTool()->setEntering(true);
    const QString card = file.document->workspace().orderedCards(journey).front()->id;
    view.selectCards({card});
    view.setFocus();
    checkUndoRedo(file, [&] {
        press(Qt::Key_2);
        return SessionRules::spent(file.document->workspace(), round, participant) == 2;
    });
    CHECK(file.document->undoStack()->undoText().startsWith(QStringLiteral("Anna: 2 dots on")));
}
