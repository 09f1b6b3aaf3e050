// Issue 15, point 10: a whole work session run from the keyboard alone, in
// session mode, with real key events: the structure locked, an agenda
// block, its focus and timer, twenty cards captured with their kinds by
// prefix, an item parked with its owner, participants, a vote round entered
// and revealed, the session ended and its summary saved. Dialogs are
// answered by keys too; only what a window manager does (making the window
// active again when a dialog closes) is done for it.
#include "agendadialog.h"
#include "blueprintscene.h"
#include "blueprintview.h"
#include "examplewindow.h"
#include "modaldialog.h"
#include "participantsdialog.h"
#include "sessionmode.h"
#include "sessionrules.h"
#include "sessiontimer.h"
#include "voterounddialog.h"
#include "votetool.h"
#include "windowactions.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

constexpr auto kCtrlAlt = Qt::ControlModifier | Qt::AltModifier;

// Opens a dialog by its key and answers it by keys (`use`), then gives the
// keyboard back to the canvas as a window manager does.
template <class D>
void byKeys(int key, Qt::KeyboardModifiers modifiers, const std::function<void()> &use) {
    QWidget *before = QApplication::focusWidget();
    REQUIRE(before);
    withModalDialog<D>([&] { press(key, modifiers); },
                       [&](D *dialog) {
                           activate(*dialog);
                           use();
                       });
    activate(*before->window());
    before->setFocus();
}

// What the room calls out: a prefix sets the kind.
const QStringList kCalledOut{"!Lang wachten op antwoord",
                             "+Een loket voor alles",
                             "?Wie belt de inwoner terug",
                             "Brief in gewone taal",
                             "!Formulier te ingewikkeld",
                             "+Hulp bij invullen",
                             "Klantmanager belt binnen 3 dagen",
                             "?Welke gegevens zijn nodig",
                             "!Geen overzicht",
                             "+Digitaal dossier",
                             "Afspraak aan huis",
                             "!Dubbele vragen",
                             "?Mag de buurvrouw helpen",
                             "+Vaste contactpersoon",
                             "Terugbelverzoek",
                             "!Onduidelijke termijn",
                             "+Statusbericht per sms",
                             "?Wat als het misgaat",
                             "Samenvatting per brief",
                             "!Te veel loketten"};

QString kindOf(const QString &called) {
    if (called.startsWith(u'!'))
        return QStringLiteral("pain_point");
    if (called.startsWith(u'+'))
        return QStringLiteral("opportunity");
    if (called.startsWith(u'?'))
        return QStringLiteral("question");
    return QString();
}

} // namespace

TEST_CASE("Session mode: a whole session by keyboard alone") {
    ExampleWindow w;
    activate(w.window);
    SessionMode &mode = *w.window.sessionMode();

    // F11: full screen, menus away, a session recorded.
    press(Qt::Key_F11);
    REQUIRE(mode.isActive());
    CHECK(w.window.windowState() & Qt::WindowFullScreen);
    CHECK(w.window.menuBar()->isHidden());
    BlueprintView *view = w.window.currentBlueprint();
    REQUIRE(view);
    const QString journey = view->blueprintScene()->journeyId();
    const QString session = mode.session();
    REQUIRE_FALSE(session.isEmpty());

    // The structure locked against accidents.
    press(Qt::Key_L, kCtrlAlt);
    CHECK(SessionRules::isStructureLocked(w.ws(), journey));

    // The agenda: one block of 20 minutes on a stage, by its mnemonics.
    byKeys<AgendaDialog>(Qt::Key_A, kCtrlAlt, [&] {
        press(Qt::Key_A, Qt::AltModifier); // Add Block: the title is selected
        // A button's mnemonic clicks it the way a person sees: animated,
        // a moment later.
        REQUIRE(QTest::qWaitFor([&] { return w.ws().orderedAgenda(session).size() == 1; }));
        type(QStringLiteral("Pijnpunten ophalen"));
        press(Qt::Key_M, Qt::AltModifier);
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("20"));
        press(Qt::Key_F, Qt::AltModifier);
        press(Qt::Key_Down); // No focus -> Stage, the journey's first
        press(Qt::Key_Escape);
    });
    const auto agenda = w.ws().orderedAgenda(session);
    REQUIRE(agenda.size() == 1);
    CHECK(agenda.front()->title == QStringLiteral("Pijnpunten ophalen"));
    CHECK(agenda.front()->minutes == 20);
    CHECK(agenda.front()->focusKind == QStringLiteral("stage"));

    // Next Block: the focus on its stage and the timer running for it.
    press(Qt::Key_N, kCtrlAlt);
    CHECK(mode.block() == 0);
    REQUIRE(view->focusArea().kind() == FocusArea::Kind::Stage);
    const QString stage = view->focusArea().id();
    CHECK(stage == agenda.front()->focus);
    CHECK(mode.timer()->isRunning());
    CHECK(mode.timer()->duration() == 20 * 60);

    // Twenty cards as the room calls them out: Enter for the next in the
    // cell, Tab now and then for the next cell of the stage.
    const int undoBefore = w.doc().undoStack()->count();
    for (int i = 0; i < kCalledOut.size(); ++i) {
        type(kCalledOut[i]);
        press(i % 5 == 4 ? Qt::Key_Tab : Qt::Key_Return);
    }
    press(Qt::Key_Return); // the next draft is empty: Enter closes it
    std::vector<const Card *> captured;
    for (const Card *card : w.ws().orderedCards(journey))
        if (card->session == session)
            captured.push_back(card);
    REQUIRE(captured.size() == 20);
    CHECK(w.doc().undoStack()->count() == undoBefore + 20); // one step each
    for (const QString &called : kCalledOut) {
        const QString title = kindOf(called).isEmpty() ? called : called.mid(1);
        const auto card = std::find_if(captured.begin(), captured.end(),
                                       [&](const Card *c) { return c->title == title; });
        INFO(title.toStdString());
        REQUIRE(card != captured.end());
        CHECK((*card)->kind == (kindOf(called).isEmpty() ? (*card)->kind : kindOf(called)));
        // All inside the focused stage, in its work lanes.
        CHECK(w.ws().find<Step>((*card)->step)->stage == stage);
        const Lane *lane = w.ws().find<Lane>((*card)->lane);
        CHECK(FocusArea::isWorkLane(lane->kind));
    }
    // Undo and redo by their keys: the last card goes and comes back.
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo);
    CHECK(w.ws().find<Card>(captured.back()->id) == nullptr);
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Redo);
    REQUIRE(w.ws().find<Card>(captured.back()->id));

    // Off topic: parked with who follows it up; the typing comes back.
    const BlueprintView::Cell before = view->currentCell();
    press(Qt::Key_P, kCtrlAlt);
    type(QStringLiteral("Privacy van de buurvrouw navragen @Fatima"));
    press(Qt::Key_Return);
    CHECK(view->currentCell().lane == before.lane);
    const Card *parked = nullptr;
    for (const Card *card : w.ws().orderedCards(journey))
        if (card->title == QStringLiteral("Privacy van de buurvrouw navragen"))
            parked = card;
    REQUIRE(parked);
    CHECK(w.ws().find<Lane>(parked->lane)->kind == QStringLiteral("parking"));
    CHECK(parked->owner == QStringLiteral("Fatima"));

    // Three participants, a round on the focused stage, dots from paper.
    byKeys<ParticipantsDialog>(Qt::Key_D, kCtrlAlt, [] {
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("3"));
        press(Qt::Key_Return);
        press(Qt::Key_Escape);
    });
    REQUIRE(w.ws().orderedParticipants(session).size() == 3);
    byKeys<VoteRoundDialog>(Qt::Key_O, kCtrlAlt, [] {
        type(QStringLiteral("Wat pakken we eerst aan?"));
        press(Qt::Key_Return);
    });
    const VoteRound *round = w.ws().find<VoteRound>(view->voteTool()->round());
    REQUIRE(round);
    CHECK(round->scope == QStringLiteral("stage"));
    CHECK(round->scopeValue == stage);
    press(Qt::Key_F9); // entering: the first card of the stage is selected
    REQUIRE(view->voteTool()->isEntering());
    REQUIRE(view->selectedCardIds().size() == 1);
    const QString first = view->selectedCardIds().front();
    press(Qt::Key_3); // Participant 1
    press(Qt::Key_Tab);
    press(Qt::Key_2); // Participant 2
    press(Qt::Key_Tab);
    press(Qt::Key_1);   // Participant 3
    press(Qt::Key_Tab); // the show of hands: four more
    press(Qt::Key_4);
    press(Qt::Key_Return);
    CHECK(SessionRules::totals(w.ws(), round->id).value(first) == 10);
    press(Qt::Key_F9);                           // done entering
    CHECK(view->voteBadgeText(first).isEmpty()); // hidden from the room
    press(Qt::Key_V, kCtrlAlt);
    CHECK(w.ws().find<VoteRound>(round->id)->revealed);
    CHECK(view->voteBadgeText(first) == QStringLiteral("10"));
    const QString firstTitle = w.ws().find<Card>(first)->title;

    // End Session: Enter says yes, Enter takes the offer, and the summary's
    // name is typed into the file dialog.
    QTemporaryDir dir;
    const QString summary = dir.filePath(QStringLiteral("samenvatting.md"));
    withModalDialog<QMessageBox>([] { press(Qt::Key_E, kCtrlAlt); },
                                 [&](QMessageBox *box) {
                                     answerNextDialog<QMessageBox>([&](QMessageBox *offer) {
                                         answerNextDialog<QFileDialog>([&](QFileDialog *files) {
                                             activate(*files);
                                             press(Qt::Key_A, Qt::ControlModifier);
                                             type(summary);
                                             press(Qt::Key_Return);
                                         });
                                         activate(*offer);
                                         press(Qt::Key_Return);
                                     });
                                     activate(*box);
                                     press(Qt::Key_Return);
                                 });
    CHECK_FALSE(mode.isActive());
    CHECK_FALSE(w.ws().find<WorkSession>(session)->endedAt.isEmpty());
    w.saved();

    // Everything the room produced is in the summary.
    REQUIRE(QFile::exists(summary));
    const QString text = QString::fromUtf8(readFile(summary));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Pijnpunten ophalen")));
    for (const QString &called : kCalledOut)
        CHECK(text.contains(kindOf(called).isEmpty() ? called : called.mid(1)));
    CHECK(text.contains(QStringLiteral("Wat pakken we eerst aan?")));
    CHECK(text.contains(QStringLiteral("**1.** %1: 10").arg(firstTitle)));
    CHECK(text.contains(QStringLiteral("Privacy van de buurvrouw navragen")));
    CHECK(text.contains(QStringLiteral("Fatima")));
}
