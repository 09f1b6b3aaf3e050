// Issue 15, points 1-3: session mode (full screen, large type), the focus on
// a stage, step or lane, and the session timer, driven by keys on the real
// window and its real canvas.
#include "blueprintlayout.h"
#include "blueprintscene.h"
#include "blueprintstyle.h"
#include "blueprinttexts.h"
#include "blueprintview.h"
#include "elidedlabel.h"
#include "examplewindow.h"
#include "mainwindow.h"
#include "modaldialog.h"
#include "preferences.h"
#include "sessionbar.h"
#include "sessionmode.h"
#include "sessionstatus.h"
#include "sessiontimer.h"
#include "testsupport.h"
#include "votecommands.h"
#include "windowactions.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace blauwdruk;

namespace {

using test::activate;
using test::ExampleWindow;
using test::press;

QList<QDockWidget *> shownDocks(MainWindow &window) {
    QList<QDockWidget *> docks;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        if (!dock->isHidden())
            docks << dock;
    std::sort(docks.begin(), docks.end());
    return docks;
}

// The colour on screen at a point of the scene.
QColor colourAt(BlueprintView *view, const QPointF &scenePos) {
    QApplication::processEvents();
    const QImage image = view->viewport()->grab().toImage();
    return image.pixelColor(view->mapFromScene(scenePos));
}

// Two colours the eye cannot tell apart (text edges may shift a little as
// the canvas scrolls).
bool same(const QColor &a, const QColor &b) {
    return a.isValid() && b.isValid() && std::abs(a.red() - b.red()) < 8 &&
           std::abs(a.green() - b.green()) < 8 && std::abs(a.blue() - b.blue()) < 8;
}

// F11 on the example's window, sized as a full HD projector (the offscreen
// screen is smaller); the canvas in view.
BlueprintView *enterOnFullHd(ExampleWindow &w) {
    activate(w.window);
    press(Qt::Key_F11);
    // The offscreen platform's screen is smaller than a projector's and
    // holds a full-screen window to its size: the window is the 1920×1080
    // screen instead, as --screenshot --session does.
    w.window.setWindowState(Qt::WindowNoState);
    w.window.resize(1920, 1080);
    QApplication::processEvents();
    REQUIRE(w.window.size() == QSize(1920, 1080));
    BlueprintView *view = w.window.currentBlueprint();
    REQUIRE(view);
    return view;
}

} // namespace

TEST_CASE("Session mode: F11 enters it and Esc restores the window as it was") {
    ExampleWindow w;
    activate(w.window);
    w.window.resize(1100, 700);
    QApplication::processEvents();
    const QRect geometry = w.window.geometry();
    const QList<QDockWidget *> docks = shownDocks(w.window);
    REQUIRE_FALSE(docks.isEmpty());
    SessionBar *bar = w.window.sessionMode()->bar();
    CHECK(bar->isHidden());

    press(Qt::Key_F11);
    CHECK(w.window.sessionMode()->isActive());
    CHECK(w.window.windowState() & Qt::WindowFullScreen);
    CHECK(w.window.menuBar()->isHidden());
    CHECK(w.window.statusBar()->isHidden());
    CHECK(shownDocks(w.window).isEmpty());
    for (QToolBar *toolbar : w.window.findChildren<QToolBar *>())
        CHECK(toolbar->isHidden());
    CHECK(w.window.tabs()->tabBar()->isHidden());
    CHECK_FALSE(bar->isHidden());
    CHECK(w.window.windowActions()->action(WindowActions::SessionMode)->isChecked());
    // The bar names the journey on the screen.
    CHECK(bar->journey() == w.window.activeJourney());

    press(Qt::Key_Escape);
    QApplication::processEvents();
    CHECK_FALSE(w.window.sessionMode()->isActive());
    CHECK_FALSE(w.window.windowState() & Qt::WindowFullScreen);
    CHECK_FALSE(w.window.menuBar()->isHidden());
    CHECK_FALSE(w.window.statusBar()->isHidden());
    CHECK(shownDocks(w.window) == docks);
    CHECK_FALSE(w.window.tabs()->tabBar()->isHidden());
    CHECK(bar->isHidden());
    CHECK(w.window.geometry() == geometry);
    CHECK_FALSE(w.window.windowActions()->action(WindowActions::SessionMode)->isChecked());

    // A maximised window comes back maximised.
    w.window.showMaximized();
    QApplication::processEvents();
    press(Qt::Key_F11);
    press(Qt::Key_Escape);
    QApplication::processEvents();
    CHECK(w.window.isMaximized());
}

TEST_CASE("Session mode: card text is at least 24 px high at the default session zoom") {
    ExampleWindow w;
    BlueprintView *view = enterOnFullHd(w);
    CHECK(view->zoom() == Approx(SessionMode::kDefaultZoom));
    // The card title's height on screen: its pixel size times the zoom.
    const QFont title = BlueprintTexts(BlueprintStyle::standard()).headerFont();
    REQUIRE(title.pixelSize() > 0);
    CHECK(title.pixelSize() * view->zoom() >= 24);
    // And a card is drawn that large: its box grows with the zoom.
    const BlueprintLayout::CardBox &card = view->blueprintScene()->layout().cards.front();
    CHECK(view->mapFromScene(card.rect).boundingRect().height() >= card.rect.height() * 1.9);
}

TEST_CASE("Session mode: the zoom is remembered per journey") {
    ExampleWindow w;
    activate(w.window);
    BlueprintView *first = w.window.currentBlueprint();
    REQUIRE(first);
    const qreal before = first->zoom();
    const QString firstJourney = first->blueprintScene()->journeyId();
    press(Qt::Key_F11);
    first->setZoom(1.5);
    press(Qt::Key_Escape);
    // Leaving gives the canvas its own zoom back.
    CHECK(first->zoom() == Approx(before));
    CHECK(Preferences::sessionZoom(w.path, firstJourney) == Approx(1.5));

    press(Qt::Key_F11);
    CHECK(first->zoom() == Approx(1.5));
    // Another journey starts at the default, and keeps a zoom of its own.
    QString other;
    for (const Journey *journey : w.ws().orderedJourneys())
        if (journey->id != firstJourney)
            other = journey->id;
    REQUIRE_FALSE(other.isEmpty());
    w.window.openJourney(other);
    BlueprintView *second = w.window.currentBlueprint();
    REQUIRE(second != first);
    CHECK(second->zoom() == Approx(SessionMode::kDefaultZoom));
    second->setZoom(2.5);
    w.window.openJourney(firstJourney);
    CHECK(first->zoom() == Approx(1.5));
    w.window.openJourney(other);
    CHECK(second->zoom() == Approx(2.5));
    press(Qt::Key_Escape);
    CHECK(Preferences::sessionZoom(w.path, other) == Approx(2.5));
    CHECK(Preferences::sessionZoom(w.path, firstJourney) == Approx(1.5));
}

TEST_CASE("Session mode: focus on step, stage and lane dims the rest and Page Down/Up move it") {
    ExampleWindow w;
    BlueprintView *view = enterOnFullHd(w);
    const BlueprintLayout &layout = view->blueprintScene()->layout();
    REQUIRE(layout.steps.size() >= 3);
    REQUIRE(layout.stages.size() >= 2);
    REQUIRE(layout.lanes.size() >= 3);
    // A lane cards go in, with lanes above and below it (the emotion
    // curve is no place to type: a step's focus leaves it).
    size_t k = 1;
    while (k + 1 < layout.lanes.size() && !FocusArea::isWorkLane(layout.lanes[k].kind))
        ++k;
    REQUIRE(k + 1 < layout.lanes.size());
    view->setFocus();
    view->setCurrentCell({layout.steps[0].id, layout.lanes[k].id});
    int changes = 0;
    QObject::connect(view, &BlueprintView::focusAreaChanged, [&changes] { ++changes; });

    // A point of the second step's column, outside the first's, on screen
    // (clear of the pinned headers).
    const QPointF second(layout.steps[1].column.left() + 4,
                         view->mapToScene(view->viewport()->rect().center()).y());
    const QColor plain = colourAt(view, second);
    press(Qt::Key_F6);
    CHECK(view->focusArea() == FocusArea(FocusArea::Kind::Step, layout.steps[0].id));
    CHECK(changes == 1);
    CHECK(w.window.sessionMode()->bar()->focusText().contains(layout.steps[0].title));
    REQUIRE(plain.isValid());
    CHECK_FALSE(same(colourAt(view, second), plain)); // dimmed

    QStringList steps;
    press(Qt::Key_PageDown);
    steps << view->focusArea().id();
    press(Qt::Key_PageDown);
    steps << view->focusArea().id();
    press(Qt::Key_PageUp);
    steps << view->focusArea().id();
    CHECK(steps == QStringList{layout.steps[1].id, layout.steps[2].id, layout.steps[1].id});
    // Typing lands in the focus: the current cell went along, in its lane.
    CHECK(view->currentCell().step == layout.steps[1].id);
    CHECK(view->currentCell().lane == layout.lanes[k].id);
    // In focus now, no longer dimmed.
    CHECK(same(colourAt(view, second), plain));

    press(Qt::Key_F7);
    const QString firstStage = w.ws().find<Step>(layout.steps[1].id)->stage;
    CHECK(view->focusArea() == FocusArea(FocusArea::Kind::Stage, firstStage));
    QStringList stages{view->focusArea().id()};
    press(Qt::Key_PageDown);
    stages << view->focusArea().id();
    press(Qt::Key_PageUp);
    stages << view->focusArea().id();
    int firstIndex = 0;
    for (size_t i = 0; i < layout.stages.size(); ++i)
        if (layout.stages[i].id == firstStage)
            firstIndex = int(i);
    REQUIRE(size_t(firstIndex + 1) < layout.stages.size());
    CHECK(stages == QStringList{firstStage, layout.stages[size_t(firstIndex + 1)].id, firstStage});
    CHECK(w.ws().find<Step>(view->currentCell().step)->stage == firstStage);

    press(Qt::Key_F8);
    CHECK(view->focusArea() == FocusArea(FocusArea::Kind::Lane, layout.lanes[k].id));
    press(Qt::Key_PageDown);
    CHECK(view->focusArea().id() == layout.lanes[k + 1].id);
    CHECK(view->currentCell().lane == layout.lanes[k + 1].id);
    press(Qt::Key_PageUp);
    press(Qt::Key_PageUp);
    CHECK(view->focusArea().id() == layout.lanes[k - 1].id);
    // The other lanes are dimmed, the focused one not.
    const QPointF inLane = QPointF(view->cellRect(view->currentCell()).center());
    const QColor focused = colourAt(view, inLane);
    const QPointF nextLane =
        view->cellRect({view->currentCell().step, layout.lanes[k].id}).topLeft() + QPointF(4, 4);
    const QColor dimmed = colourAt(view, nextLane);
    press(Qt::Key_F8, Qt::ShiftModifier); // Clear Focus
    CHECK(view->focusArea().isNone());
    CHECK(same(colourAt(view, inLane), focused));
    CHECK_FALSE(same(colourAt(view, nextLane), dimmed));
    CHECK(w.window.sessionMode()->bar()->focusText().isEmpty());
    // Without a focus Page Down is the canvas's again.
    CHECK_FALSE(w.window.windowActions()->action(WindowActions::NextFocus)->isEnabled());
}

TEST_CASE("Session mode: a full bar keeps the timer and its buttons whole, texts give way") {
    ExampleWindow w;
    enterOnFullHd(w);
    SessionBar *bar = w.window.sessionMode()->bar();
    SessionStatus *status = w.window.sessionMode()->status();
    const QString endless = QStringLiteral("Een heel lange titel die niet past ").repeated(6);
    press(Qt::Key_F7); // a focus, to show too
    press(Qt::Key_L, Qt::ControlModifier | Qt::AltModifier);
    status->setAgenda(QStringLiteral("2/5 ") + endless, QStringLiteral("85 min left"));
    status->clearMessage(); // what the lock said
    QApplication::processEvents();
    // Nothing to say: one row.
    CHECK(bar->infoRow()->isHidden());
    const int slim = bar->height();

    // What is said and the vote being entered go to a second row, whole.
    const QString said = QStringLiteral("At most 3 dots per card: Participant 2 has 3 on "
                                        "\"Formulier te ingewikkeld\" already.");
    const QString round = QStringLiteral("Wat pakken we eerst aan? · Participant 2: 2 of 5 "
                                         "left — Hands: 12 (Enter counts)");
    status->showMessage(said);
    ElidedLabel *votes = w.window.voteCommands()->barLabel();
    votes->setText(round);
    votes->show();
    QApplication::processEvents();
    bar->layout()->activate();
    CHECK_FALSE(bar->infoRow()->isHidden());
    CHECK(bar->height() > slim);
    CHECK(bar->height() < 2 * slim + 10);
    for (ElidedLabel *label : {status->messageLabel(), votes}) {
        INFO(label->text().toStdString());
        CHECK(label->isVisible());
        CHECK(bar->infoRow()->isAncestorOf(label));
        CHECK_FALSE(label->isElided());
        CHECK(label->height() <= label->fontMetrics().height() + 4); // one line
    }

    // The timer, its minutes and buttons and Leave: whole and on the bar.
    QList<QWidget *> fixed{bar->timerLabel(), bar->durationBox(),
                           test::namedChild<QWidget>(bar, "LeaveSession")};
    for (QToolButton *button : bar->findChildren<QToolButton *>())
        if (!button->text().isEmpty())
            fixed << button;
    for (QWidget *widget : fixed) {
        INFO(widget->objectName().toStdString());
        CHECK(widget->isVisible());
        const QRect on = QRect(widget->mapTo(bar, QPoint()), widget->size());
        CHECK(on.left() >= 0);
        CHECK(on.right() < bar->width());
        CHECK(widget->width() >= widget->minimumSizeHint().width());
    }
    // A title too long for any bar is cut short, whole in its tooltip.
    ElidedLabel *block = test::namedChild<ElidedLabel>(status, "SessionBlock");
    CHECK(block->isElided());
    CHECK(block->toolTip() == block->text());
    CHECK(test::namedChild<QComboBox>(bar, "SessionJourney")->width() > 120);

    // Said and gone: the second row goes with its last text.
    status->clearMessage();
    votes->hide();
    QApplication::processEvents();
    CHECK(bar->infoRow()->isHidden());
}

TEST_CASE("Session mode: the cards' own vote counts stay off the canvas, the rounds' count") {
    ExampleWindow w;
    activate(w.window);
    BlueprintView *view = w.window.currentBlueprint();
    REQUIRE(view);
    const Card *voted = nullptr;
    for (const Card *card : w.ws().orderedCards(view->blueprintScene()->journeyId()))
        if (card->votes > 0 && !voted)
            voted = card;
    REQUIRE(voted); // the example has dots from an earlier workshop
    const QString dots = QStringLiteral("● %1").arg(voted->votes);
    CHECK(BlueprintLayout::footerOf(*voted).contains(dots));
    CHECK_FALSE(BlueprintLayout::footerOf(*voted, false).contains(QStringLiteral("●")));
    CHECK_FALSE(view->blueprintScene()->areCardVotesHidden());
    press(Qt::Key_F11);
    CHECK(view->blueprintScene()->areCardVotesHidden());
    press(Qt::Key_Escape);
    CHECK_FALSE(view->blueprintScene()->areCardVotesHidden());
}

TEST_CASE("Session mode: the timer starts, pauses, takes minutes and turns red at the end") {
    SessionTimer timer;
    timer.setClockEnabled(false);
    int sounds = 0;
    bool wanted = true;
    timer.setPlayer([&sounds] { ++sounds; });
    timer.setSoundWanted([&wanted] { return wanted; });
    timer.setDuration(5 * 60);
    CHECK(timer.text() == QStringLiteral("05:00"));
    timer.tick(1000); // not started: no time passes
    CHECK(timer.remainingSeconds() == 300);
    timer.start();
    timer.tick(30 * 1000);
    CHECK(timer.text() == QStringLiteral("04:30"));
    timer.pause();
    timer.tick(60 * 1000);
    CHECK(timer.text() == QStringLiteral("04:30"));
    timer.addMinutes(1); // paused part-way: the time left
    CHECK(timer.text() == QStringLiteral("05:30"));
    timer.start();
    timer.addMinutes(-1);
    CHECK(timer.text() == QStringLiteral("04:30"));
    CHECK_FALSE(timer.isLastMinute());
    timer.tick(3 * 60 * 1000 + 31 * 1000);
    CHECK(timer.text() == QStringLiteral("00:59"));
    CHECK(timer.isLastMinute());
    CHECK(sounds == 0);
    timer.tick(59 * 1000);
    CHECK(timer.isFinished());
    CHECK_FALSE(timer.isRunning());
    CHECK(sounds == 1);
    timer.tick(5000);
    CHECK(sounds == 1); // once
    // Not started: a minute more or less is the duration's.
    timer.reset();
    timer.addMinutes(-1);
    CHECK(timer.duration() == 4 * 60);
    // Switched off: no sound at zero.
    wanted = false;
    timer.start();
    timer.tick(4 * 60 * 1000);
    CHECK(timer.isFinished());
    CHECK(sounds == 1);
}

TEST_CASE("Session mode: the session bar's timer follows the keys and the sound preference") {
    ExampleWindow w;
    activate(w.window);
    Preferences::setTimerSound(true);
    press(Qt::Key_F11);
    SessionTimer *timer = w.window.sessionMode()->timer();
    timer->setClockEnabled(false);
    int sounds = 0;
    timer->setPlayer([&sounds] { ++sounds; });
    SessionBar *bar = w.window.sessionMode()->bar();
    bar->durationBox()->setValue(2);
    CHECK(bar->timerLabel()->text() == QStringLiteral("02:00"));
    press(Qt::Key_F5);
    CHECK(timer->isRunning());
    press(Qt::Key_PageUp, Qt::AltModifier);
    CHECK(bar->timerLabel()->text() == QStringLiteral("03:00"));
    press(Qt::Key_PageDown, Qt::AltModifier);
    press(Qt::Key_PageDown, Qt::AltModifier);
    CHECK(bar->timerLabel()->text() == QStringLiteral("01:00"));
    CHECK(bar->timerLabel()->property("urgent").toBool());
    CHECK(bar->timerLabel()->palette().color(QPalette::Window).red() > 150);
    press(Qt::Key_F5);
    CHECK_FALSE(timer->isRunning());
    press(Qt::Key_F5);
    timer->tick(60 * 1000);
    CHECK(bar->timerLabel()->text() == QStringLiteral("00:00"));
    CHECK(sounds == 1);

    // Timer Sound off: the preference, and no sound at zero.
    QAction *sound = w.window.windowActions()->action(WindowActions::TimerSound);
    CHECK(sound->isChecked());
    sound->trigger();
    CHECK_FALSE(Preferences::timerSound());
    press(Qt::Key_F5);
    timer->tick(2 * 60 * 1000);
    CHECK(timer->isFinished());
    CHECK(sounds == 1);
    Preferences::setTimerSound(true);
}
