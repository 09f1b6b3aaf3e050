// Issue 15, points 4, 5, 7 and 8: the work session session mode records,
// its structure lock, its agenda and its parking lot, driven by keys on the
// real window, its real canvas and the real agenda dialog.
#include "agendadialog.h"
#include "blueprintscene.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "capturedraft.h"
#include "currentsession.h"
#include "examplewindow.h"
#include "mainwindow.h"
#include "modaldialog.h"
#include "quickcapturetool.h"
#include "reporttext.h"
#include "sessioncommands.h"
#include "sessionmode.h"
#include "sessionrules.h"
#include "sessionstatus.h"
#include "sessiontimer.h"
#include "testsupport.h"
#include "windowactions.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

using Cell = BlueprintView::Cell;

// The example's window in session mode (F11), the canvas in view.
struct SessionWindow : ExampleWindow {
    BlueprintView *view = nullptr;
    QString journey;
    SessionWindow() {
        activate(window);
        press(Qt::Key_F11);
        window.resize(1920, 1080);
        QApplication::processEvents();
        view = window.currentBlueprint();
        REQUIRE(view);
        journey = view->blueprintScene()->journeyId();
    }
    SessionMode &mode() { return *window.sessionMode(); }
    SessionStatus &status() { return *mode().status(); }
    std::vector<const WorkSession *> sessions(const QString &of) {
        std::vector<const WorkSession *> found;
        for (const WorkSession &session : ws().sessions)
            if (session.journey == of)
                found.push_back(&session);
        return found;
    }
    const Step *step(int i) { return ws().orderedSteps(journey)[size_t(i)]; }
    const Lane *lane(int i) { return ws().orderedLanes(journey)[size_t(i)]; }
    Cell cardCell() {
        for (const Lane *l : ws().orderedLanes(journey))
            if (l->kind != QLatin1String("emotion"))
                return {step(0)->id, l->id};
        return {};
    }
    QAction *action(WindowActions::Id id) { return window.windowActions()->action(id); }
    // A card typed with quick capture in the current cell; the draft closed.
    void capture(const QString &text) {
        view->setFocus();
        type(text);
        press(Qt::Key_Return);
        press(Qt::Key_Escape); // drops the next, empty draft
    }
};

} // namespace

TEST_CASE("Session mode: entering records a work session, its cards carry it and re-entering "
          "resumes it") {
    SessionWindow w;
    REQUIRE(w.sessions(w.journey).size() == 1);
    const WorkSession *session = w.sessions(w.journey).front();
    // Named in the workspace's language (the example's is Dutch), whatever
    // the window's language is.
    REQUIRE(w.doc().workspace().meta.language == QStringLiteral("nl"));
    CHECK(session->title ==
          QStringLiteral("Werksessie %1")
              .arg(QLocale(QLocale::Dutch).toString(QDate::currentDate(), "d MMMM yyyy")));
    CHECK(session->endedAt.isEmpty());
    CHECK(w.doc().capturingSession() == session->id);
    CHECK(w.mode().session() == session->id);
    CHECK_FALSE(w.status().isReadOnly());
    const QString id = session->id;
    w.saved(); // recorded in the file

    REQUIRE(w.view->isQuickCapture());
    w.view->setCurrentCell(w.cardCell());
    w.capture(QStringLiteral("Brief kwijt"));
    const auto cards = w.ws().cardsInCell(w.cardCell().step, w.cardCell().lane);
    REQUIRE_FALSE(cards.empty());
    CHECK(cards.back()->title == QLatin1String("Brief kwijt"));
    CHECK(cards.back()->session == id);

    press(Qt::Key_Escape); // leaves
    REQUIRE_FALSE(w.mode().isActive());
    CHECK(w.doc().capturingSession().isEmpty());
    CHECK_FALSE(w.view->isQuickCapture());                     // it was off before
    CHECK(SessionRules::running(w.ws(), w.journey)->id == id); // runs on
    press(Qt::Key_F11);
    CHECK(w.sessions(w.journey).size() == 1);
    CHECK(w.doc().capturingSession() == id);

    // Another journey chosen in the bar gets its own session.
    const QString other = w.ws().orderedJourneys().back()->id;
    REQUIRE(other != w.journey);
    w.window.openJourney(other);
    REQUIRE(w.sessions(other).size() == 1);
    CHECK(w.doc().capturingSession() == w.sessions(other).front()->id);
}

TEST_CASE("Session mode: End Session asks, then ends the session and leaves session mode") {
    SessionWindow w;
    const QString id = w.mode().session();
    REQUIRE_FALSE(id.isEmpty());
    // Cancel keeps it going.
    withModalDialog<QMessageBox>([] { press(Qt::Key_E, Qt::ControlModifier | Qt::AltModifier); },
                                 [](QMessageBox *box) { box->reject(); });
    CHECK(w.mode().isActive());
    CHECK(w.ws().find<WorkSession>(id)->endedAt.isEmpty());
    activate(w.window); // as the window manager does when the box closes
    w.view->setFocus();
    // Yes ends it; then the summary is offered and saved where chosen.
    QTemporaryDir out;
    const QString summary = out.filePath(QStringLiteral("samenvatting"));
    QString offered;
    withModalDialog<QMessageBox>(
        [] { press(Qt::Key_E, Qt::ControlModifier | Qt::AltModifier); },
        [&](QMessageBox *box) {
            answerNextDialog<QMessageBox>([&](QMessageBox *offer) {
                offered = offer->text();
                answerNextDialog<QFileDialog>([&](QFileDialog *files) {
                    files->selectNameFilter(ReportText::fileDialogFilters().value(1));
                    files->selectFile(summary);
                    static_cast<QDialog *>(files)->accept(); // as Save does
                });
                offer->defaultButton()->click();
            });
            box->button(QMessageBox::Yes)->click();
        });
    CHECK(offered.contains(QStringLiteral("summary")));
    // Named as typed, with the chosen type's extension; the session in it.
    const QString written = summary + QStringLiteral(".md");
    REQUIRE(QFile::exists(written));
    const QString markdown = QString::fromUtf8(test::readFile(written));
    CHECK(markdown.contains(w.ws().find<WorkSession>(id)->title));
    CHECK_FALSE(w.mode().isActive());
    CHECK_FALSE(w.ws().find<WorkSession>(id)->endedAt.isEmpty());
    // Its timer and agenda went with it.
    CHECK_FALSE(w.mode().timer()->isRunning());
    CHECK(w.mode().block() == -1);
    CHECK(SessionRules::running(w.ws(), w.journey) == nullptr);
    CHECK(w.doc().capturingSession().isEmpty());
    w.saved();
    // The next time is a new session.
    activate(w.window);
    w.view->setFocus();
    press(Qt::Key_F11);
    REQUIRE(w.sessions(w.journey).size() == 2);
    CHECK(w.mode().session() != id);
}

TEST_CASE("Session mode: in review mode it presents only: no session, and the bar says "
          "read-only") {
    ExampleWindow w;
    activate(w.window);
    w.window.setReviewMode(true);
    press(Qt::Key_F11);
    REQUIRE(w.window.sessionMode()->isActive());
    CHECK(w.ws().sessions.empty());
    CHECK(w.doc().capturingSession().isEmpty());
    CHECK(w.window.sessionMode()->status()->isReadOnly());
    CHECK_FALSE(w.window.windowActions()->action(WindowActions::LockStructure)->isEnabled());
    CHECK_FALSE(w.window.currentBlueprint()->isQuickCapture());
}

TEST_CASE("Session mode: quick capture's Tab follows the focus") {
    SessionWindow w;
    const Cell start = w.cardCell();
    w.view->setCurrentCell(start);
    press(Qt::Key_F8); // focus on the lane: Tab goes along its steps
    REQUIRE(w.view->focusArea().kind() == FocusArea::Kind::Lane);
    w.view->setFocus();
    type(QStringLiteral("Een"));
    press(Qt::Key_Tab);
    REQUIRE(w.view->captureTool()->draft());
    CHECK(w.view->captureTool()->draftCell().lane == start.lane);
    CHECK(w.view->captureTool()->draftCell().step == w.step(1)->id);
    press(Qt::Key_Escape);
    press(Qt::Key_F6); // focus on the step: Tab goes down its lanes
    REQUIRE(w.view->focusArea().kind() == FocusArea::Kind::Step);
    const Cell here = w.view->currentCell();
    w.view->setFocus();
    type(QStringLiteral("Twee"));
    press(Qt::Key_Tab);
    REQUIRE(w.view->captureTool()->draft());
    CHECK(w.view->captureTool()->draftCell().step == here.step);
    CHECK(w.view->captureTool()->draftCell().lane != here.lane);
    press(Qt::Key_Escape);
}

TEST_CASE("Session mode: Ctrl+Alt+L locks the structure: renaming a step and moving a lane are "
          "refused with the reason, cards are still added") {
    SessionWindow w;
    QAction *lock = w.action(WindowActions::LockStructure);
    REQUIRE(lock->isEnabled());
    w.view->setFocus();
    press(Qt::Key_L, Qt::ControlModifier | Qt::AltModifier);
    CHECK(SessionRules::isStructureLocked(w.ws(), w.journey));
    CHECK(lock->isChecked());
    CHECK(w.status().lockButton()->isVisible());
    CHECK(w.status().lockButton()->text() == SessionStatus::tr("Structure locked"));
    w.saved();

    CanvasActions *actions = w.window.canvasActions();
    w.view->setCurrentCell({w.step(0)->id, w.lane(1)->id});
    for (CanvasActions::Id id : {CanvasActions::RenameStep, CanvasActions::MoveLaneDown,
                                 CanvasActions::InsertLaneBelow, CanvasActions::DeleteStage}) {
        CHECK_FALSE(actions->action(id)->isEnabled());
        CHECK(actions->whyDisabled(id) == CanvasActions::structureLockedMessage());
    }
    // A double click on the step's header would rename it: refused, and
    // the bar says why.
    const QString title = w.step(0)->title;
    const QRectF header = w.view->headerHit(BlueprintView::Header::Step, w.step(0)->id).rect;
    REQUIRE_FALSE(header.isEmpty());
    w.view->ensureVisible(header, 0, 0);
    QTest::mouseDClick(w.view->viewport(), Qt::LeftButton, Qt::NoModifier,
                       w.view->mapFromScene(header.center()));
    CHECK(w.view->activeEditor() == nullptr);
    CHECK(w.status().message() == CanvasActions::structureLockedMessage());
    CHECK(w.step(0)->title == title);

    // Cards go on.
    const Cell cell = w.cardCell();
    w.view->setCurrentCell(cell);
    const size_t before = w.ws().cardsInCell(cell.step, cell.lane).size();
    w.capture(QStringLiteral("Nog steeds"));
    CHECK(w.ws().cardsInCell(cell.step, cell.lane).size() == before + 1);

    // The lock is an edit: undone, the structure is open again.
    press(Qt::Key_L, Qt::ControlModifier | Qt::AltModifier);
    CHECK_FALSE(SessionRules::isStructureLocked(w.ws(), w.journey));
    CHECK_FALSE(lock->isChecked());
    CHECK(actions->action(CanvasActions::MoveLaneDown)->isEnabled());
    REQUIRE(w.doc().undo());
    CHECK(SessionRules::isStructureLocked(w.ws(), w.journey));
    CHECK(lock->isChecked());
}

TEST_CASE("Session mode: agenda blocks made in the dialog, Next Block focuses the "
          "block's step and starts its minutes") {
    SessionWindow w;
    withModalDialog<AgendaDialog>(
        [] { press(Qt::Key_A, Qt::ControlModifier | Qt::AltModifier); },
        [&](AgendaDialog *dialog) {
            // In session mode it reads from the room, in the bar's type.
            CHECK(dialog->font().pixelSize() == 20);
            activate(*dialog); // keys go to the active window
            for (const auto &[title, minutes, step] :
                 {std::tuple{"Welkom", "5", -1}, std::tuple{"Knelpunten ophalen", "20", 1}}) {
                // Add Block puts the cursor in the new block's title.
                QTest::mouseClick(namedChild<QPushButton>(dialog, "AgendaAdd"), Qt::LeftButton);
                type(QString::fromUtf8(title));
                press(Qt::Key_Tab); // on to the minutes
                // The spin box, or the line edit inside it, has the keyboard.
                QWidget *typing = QApplication::focusWidget();
                REQUIRE(typing);
                auto *spin = qobject_cast<QSpinBox *>(typing);
                if (!spin)
                    spin = qobject_cast<QSpinBox *>(typing->parentWidget());
                REQUIRE(spin);
                spin->selectAll();
                type(QString::fromLatin1(minutes));
                press(Qt::Key_Tab); // on to the focus
                REQUIRE(qobject_cast<QComboBox *>(QApplication::focusWidget()));
                if (step >= 0) {
                    chooseItem(namedChild<QComboBox>(dialog, "AgendaFocusKind"), 2); // Step
                    chooseItem(namedChild<QComboBox>(dialog, "AgendaFocus"), step);
                }
            }
            CHECK(dialog->list()->count() == 2);
            press(Qt::Key_Escape);
        });
    const auto blocks = w.ws().orderedAgenda(w.mode().session());
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0]->title == QLatin1String("Welkom"));
    CHECK(blocks[0]->minutes == 5);
    CHECK(blocks[0]->focusKind.isEmpty());
    CHECK(blocks[1]->title == QLatin1String("Knelpunten ophalen"));
    CHECK(blocks[1]->minutes == 20);
    CHECK(blocks[1]->focusKind == QLatin1String("step"));
    CHECK(blocks[1]->focus == w.step(1)->id);
    w.saved();
    CHECK(w.status().leftText() == SessionMode::tr("%1 min left").arg(25));

    w.mode().timer()->setClockEnabled(false); // the test lets time pass
    activate(w.window);
    w.view->setFocus();
    press(Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
    CHECK(w.mode().block() == 0);
    CHECK(w.view->focusArea().isNone());
    CHECK(w.mode().timer()->isRunning());
    CHECK(w.mode().timer()->duration() == 5 * 60);
    press(Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
    CHECK(w.mode().block() == 1);
    CHECK(w.view->focusArea() == FocusArea(FocusArea::Kind::Step, w.step(1)->id));
    CHECK(w.mode().timer()->duration() == 20 * 60);
    CHECK(w.mode().timer()->isRunning());
    CHECK(w.status().blockText() ==
          SessionMode::tr("%1/%2 %3").arg(2).arg(2).arg("Knelpunten ophalen"));
    CHECK(w.status().leftText() == SessionMode::tr("%1 min left").arg(20));
    w.mode().timer()->tick(5 * 60 * 1000); // five minutes on
    CHECK(w.status().leftText() == SessionMode::tr("%1 min left").arg(15));
    // A stray Esc and F11 again: the same session, the agenda where it was.
    press(Qt::Key_Escape);
    REQUIRE_FALSE(w.mode().isActive());
    press(Qt::Key_F11);
    REQUIRE(w.mode().isActive());
    CHECK(w.mode().block() == 1);
    CHECK(w.status().blockText() ==
          SessionMode::tr("%1/%2 %3").arg(2).arg(2).arg("Knelpunten ophalen"));
    CHECK(w.status().leftText() == SessionMode::tr("%1 min left").arg(15));
    // Past the end it stays, saying so.
    press(Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
    CHECK(w.mode().block() == 1);
    CHECK_FALSE(w.status().message().isEmpty());
    press(Qt::Key_N, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    CHECK(w.mode().block() == 0);
    CHECK(w.view->focusArea().isNone());
}

TEST_CASE("Session mode: Park Item makes the parking lane once and captures an owner after @") {
    SessionWindow w;
    press(Qt::Key_L, Qt::ControlModifier | Qt::AltModifier); // allowed when locked too
    REQUIRE(SessionRules::isStructureLocked(w.ws(), w.journey));
    const size_t lanes = w.ws().orderedLanes(w.journey).size();
    const int undoable = w.doc().undoStack()->count();
    w.view->setCurrentCell({w.step(1)->id, w.cardCell().lane});
    w.view->setFocus();
    press(Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    REQUIRE(w.ws().orderedLanes(w.journey).size() == lanes + 1);
    const Lane *parking = w.ws().orderedLanes(w.journey).back();
    CHECK(parking->kind == QLatin1String("parking"));
    CHECK(w.doc().undoStack()->count() == undoable + 1);
    REQUIRE(w.view->captureTool()->draft());
    CHECK(w.view->captureTool()->draftCell().lane == parking->id);
    CHECK(w.view->captureTool()->draftCell().step == w.step(1)->id);
    type(QStringLiteral("Uitzoeken @Petra"));
    press(Qt::Key_Return);
    // One item: the draft closes and the typing goes back where it was.
    CHECK(w.view->captureTool()->draft() == nullptr);
    CHECK(w.view->currentCell().step == w.step(1)->id);
    CHECK(w.view->currentCell().lane == w.cardCell().lane);
    CHECK(w.mode().isActive());
    const auto parked = w.ws().cardsInCell(w.step(1)->id, parking->id);
    REQUIRE(parked.size() == 1);
    CHECK(parked.front()->title == QLatin1String("Uitzoeken"));
    CHECK(parked.front()->owner == QLatin1String("Petra"));
    CHECK(parked.front()->session == w.mode().session());

    // Again: the same lane, no second one.
    w.view->setFocus();
    press(Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    CHECK(w.ws().orderedLanes(w.journey).size() == lanes + 1);
    REQUIRE(w.view->captureTool()->draft());
    CHECK(w.view->captureTool()->draftCell().lane == parking->id);
    press(Qt::Key_Escape); // drops the draft, back to the lane it came from
    CHECK(w.view->captureTool()->draft() == nullptr);
    CHECK(w.view->currentCell().lane == w.cardCell().lane);
    CHECK(w.mode().isActive());
    w.saved();
}
