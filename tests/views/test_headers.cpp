// Headers of the canvas in the window: a click on one moves the current cell
// there (a step's emotion is then set in the Inspector, and shows in the
// emotion lane every new journey has), and deleting one says in the status
// bar what went with it.

#include "blueprintscene.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "document.h"
#include "edits.h"
#include "examplewindow.h"
#include "inspector.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

using namespace blauwdruk;

namespace {

// The example in the window, active (its keys work), on the ideal journey.
struct HeaderWindow {
    test::ExampleWindow example;
    MainWindow &window = example.window;
    BlueprintView *view = nullptr;
    HeaderWindow() {
        window.resize(1600, 1000);
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        window.openJourney(example.journeyOfKind("ideal"));
        view = window.currentBlueprint();
        REQUIRE(view);
        view->setFocus();
    }
    const Workspace &ws() { return example.ws(); }
    QString journey() const { return view->blueprintScene()->journeyId(); }
    const BlueprintLayout &layout() const { return view->blueprintScene()->layout(); }
    // A single click in the middle of a header, brought into view first.
    void clickHeader(BlueprintView::Header kind, const QString &id) {
        const QRectF header = view->headerHit(kind, id).rect;
        REQUIRE_FALSE(header.isEmpty());
        view->ensureVisible(header, 0, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          view->mapFromScene(header.center()));
    }
    // As from the menu bar: the action must be in it and enabled.
    void choose(CanvasActions::Id id) {
        QAction *action = window.canvasActions()->action(id);
        bool listed = false;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
            listed = listed || menu->actions().contains(action);
        REQUIRE(listed);
        REQUIRE(action->isEnabled());
        action->trigger();
    }
    QString statusText() { return window.statusBar()->currentMessage(); }
};

qsizetype cardsWhere(const Workspace &ws, QString Card::*field, const QString &id) {
    return std::count_if(ws.cards.begin(), ws.cards.end(),
                         [&](const Card &card) { return card.*field == id; });
}

} // namespace

TEST_CASE("Headers: a new journey has an emotion lane below the resident's, in the workspace's "
          "language") {
    test::ExampleFile file;
    Edits edits(*file.document);
    const Workspace &ws = file.document->workspace();
    const QString dutch =
        edits.addJourney(QString(), QStringLiteral("current"), QStringLiteral("Nu"));
    const auto lanes = ws.orderedLanes(dutch);
    REQUIRE(lanes.size() == 8);
    CHECK(lanes[0]->kind == QStringLiteral("customer"));
    CHECK(lanes[1]->kind == QStringLiteral("emotion"));
    CHECK(lanes[1]->title == QStringLiteral("Emotie"));
    CHECK(lanes[2]->kind == QStringLiteral("evidence"));
    REQUIRE(edits.setWorkspaceField(QStringLiteral("language"), QStringLiteral("en")));
    const QString english =
        edits.addJourney(QString(), QStringLiteral("ideal"), QStringLiteral("Later"));
    CHECK(ws.orderedLanes(english)[1]->title == QStringLiteral("Emotion"));
}

TEST_CASE("Headers: a click on a step header selects the step, and its emotion is set in the "
          "Inspector and shows on the new journey's curve") {
    HeaderWindow w;
    Edits::JourneyDraft draft;
    draft.persona = w.ws().orderedPersonas().front()->id;
    draft.kind = QStringLiteral("current");
    draft.title = QStringLiteral("Nieuw");
    draft.firstStage = QStringLiteral("Aanvragen");
    draft.firstStep = QStringLiteral("Vult formulier in");
    const QString journey = Edits(w.example.doc()).addJourney(draft);
    REQUIRE(!journey.isEmpty());
    w.window.openJourney(journey);
    w.view = w.window.currentBlueprint();
    REQUIRE(w.view->blueprintScene()->journeyId() == journey);
    w.view->setFocus();
    // A second step; the current cell goes to it.
    w.choose(CanvasActions::InsertStepAfter);
    REQUIRE(w.view->activeEditor());
    QTest::keyClicks(w.view->activeEditor(), QStringLiteral("Wacht"));
    QTest::keyClick(w.view->activeEditor(), Qt::Key_Return);
    const auto steps = w.ws().orderedSteps(journey);
    REQUIRE(steps.size() == 2);
    const QString first = steps[0]->id, second = steps[1]->id;
    REQUIRE(w.view->currentCell().step == second);
    // A card in the second step, selected: the Inspector shows the card.
    w.choose(CanvasActions::AddCard);
    QTest::keyClicks(w.view->activeEditor(), QStringLiteral("Formulier"));
    QTest::keyClick(w.view->activeEditor(), Qt::Key_Return);
    w.view->selectCards({w.ws().cards.back().id});
    REQUIRE(w.view->selectedCardIds().size() == 1);
    auto *inspector = w.window.findChild<Inspector *>();
    REQUIRE(inspector);

    w.clickHeader(BlueprintView::Header::Step, first);
    CHECK(w.view->currentCell().step == first);
    CHECK(w.view->selectedCardIds().isEmpty());
    QApplication::processEvents();
    auto *emotion = inspector->findChild<QComboBox *>(QStringLiteral("EmotionField"));
    REQUIRE(emotion);
    // The emotion curve lies in the new journey's emotion lane: a lower
    // point for a worse feeling.
    REQUIRE(w.layout().emotionCurve.size() == 2);
    const qreal level = w.layout().emotionCurve[0].y();
    test::chooseItem(emotion, emotion->findData(-2));
    CHECK(w.ws().find<Step>(first)->emotion == -2);
    CHECK(w.ws().find<Step>(second)->emotion == 0);
    CHECK(w.layout().emotionCurve[0].y() > level);
    w.example.saved();
}

TEST_CASE("Headers: a click on a lane header or a stage header moves the current cell there") {
    HeaderWindow w;
    const auto lanes = w.ws().orderedLanes(w.journey());
    const auto stages = w.ws().orderedStages(w.journey());
    REQUIRE(stages.size() > 1);
    const QString step = w.ws().stepsOfStage(stages[0]->id).back()->id;
    const QString lane = lanes[3]->id;
    w.view->setCurrentCell({step, lanes[0]->id});
    w.clickHeader(BlueprintView::Header::Lane, lane);
    CHECK(w.view->currentCell().step == step);
    CHECK(w.view->currentCell().lane == lane);
    // Its own stage keeps the step; another stage takes its first step.
    w.clickHeader(BlueprintView::Header::Stage, stages[0]->id);
    CHECK(w.view->currentCell().step == step);
    w.clickHeader(BlueprintView::Header::Stage, stages[1]->id);
    CHECK(w.view->currentCell().step == w.ws().stepsOfStage(stages[1]->id).front()->id);
    CHECK(w.view->currentCell().lane == lane);
    // A drag still reorders, and moves no cell by itself.
    CHECK(w.ws().orderedLanes(w.journey())[3]->id == lane);
}

TEST_CASE("Headers: deleting a step, stage or lane full of cards says how many went and that "
          "Undo brings them back") {
    HeaderWindow w;
    const auto lanes = w.ws().orderedLanes(w.journey());
    const auto stages = w.ws().orderedStages(w.journey());
    const QString undoKeys = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);

    // A step: the one with the most cards.
    QString step;
    for (const Step *s : w.ws().orderedSteps(w.journey()))
        if (step.isEmpty() ||
            cardsWhere(w.ws(), &Card::step, s->id) > cardsWhere(w.ws(), &Card::step, step))
            step = s->id;
    const qsizetype stepCards = cardsWhere(w.ws(), &Card::step, step);
    REQUIRE(stepCards > 1);
    const QString stepTitle = w.ws().find<Step>(step)->title;
    const auto before = w.ws().cards.size();
    w.clickHeader(BlueprintView::Header::Step, step);
    w.choose(CanvasActions::DeleteStep);
    REQUIRE(w.ws().find<Step>(step) == nullptr);
    CHECK(w.ws().cards.size() == before - size_t(stepCards));
    CHECK(w.statusText() == QStringLiteral("Deleted step “%1” with %2 cards — Undo (%3) brings "
                                           "them back")
                                .arg(stepTitle)
                                .arg(stepCards)
                                .arg(undoKeys));
    // What it says is so: Undo brings them back.
    QTest::keySequence(&w.window, QKeySequence::Undo);
    CHECK(w.ws().find<Step>(step) != nullptr);
    CHECK(w.ws().cards.size() == before);

    // A stage: its steps and all their cards.
    const QString stage = stages[0]->id;
    const auto stageSteps = w.ws().stepsOfStage(stage);
    qsizetype stageCards = 0;
    for (const Step *s : stageSteps)
        stageCards += cardsWhere(w.ws(), &Card::step, s->id);
    REQUIRE(stageCards > 1);
    const QString stageTitle = stages[0]->title;
    const auto stageStepCount = stageSteps.size();
    w.clickHeader(BlueprintView::Header::Stage, stage);
    w.choose(CanvasActions::DeleteStage);
    REQUIRE(w.ws().find<Stage>(stage) == nullptr);
    CHECK(w.statusText() == QStringLiteral("Deleted stage “%1” with %2 steps and %3 cards — Undo "
                                           "(%4) brings them back")
                                .arg(stageTitle)
                                .arg(stageStepCount)
                                .arg(stageCards)
                                .arg(undoKeys));
    QTest::keySequence(&w.window, QKeySequence::Undo);
    CHECK(w.ws().cards.size() == before);

    // A lane with cards, and the emotion lane, which has none.
    const QString lane = lanes[0]->id;
    const qsizetype laneCards = cardsWhere(w.ws(), &Card::lane, lane);
    REQUIRE(laneCards > 1);
    const QString laneTitle = lanes[0]->title;
    w.clickHeader(BlueprintView::Header::Lane, lane);
    w.choose(CanvasActions::DeleteLane);
    REQUIRE(w.ws().find<Lane>(lane) == nullptr);
    CHECK(w.statusText() == QStringLiteral("Deleted lane “%1” with %2 cards — Undo (%3) brings "
                                           "them back")
                                .arg(laneTitle)
                                .arg(laneCards)
                                .arg(undoKeys));
    QTest::keySequence(&w.window, QKeySequence::Undo);
    CHECK(w.ws().cards.size() == before);
    const Lane *emotion = w.ws().orderedLanes(w.journey())[1];
    REQUIRE(emotion->kind == QStringLiteral("emotion"));
    const QString emotionTitle = emotion->title;
    w.clickHeader(BlueprintView::Header::Lane, emotion->id);
    w.choose(CanvasActions::DeleteLane);
    CHECK(
        w.statusText() ==
        QStringLiteral("Deleted lane “%1” — Undo (%2) brings it back").arg(emotionTitle, undoKeys));
    w.example.saved();
}

// Not run by default: writes a screenshot for review (BLAUWDRUK_SHOTS=folder).
TEST_CASE("Headers: screenshot of a new journey with its emotion lane", "[.][screenshot]") {
    HeaderWindow w;
    w.window.resize(1920, 1080);
    Edits edits(w.example.doc());
    Edits::JourneyDraft draft;
    draft.persona = w.ws().orderedPersonas().front()->id;
    draft.kind = QStringLiteral("current");
    draft.title = QStringLiteral("Nieuwe klantreis");
    draft.firstStage = QStringLiteral("Aanvragen");
    draft.firstStep = QStringLiteral("Vult formulier in");
    const QString journey = edits.addJourney(draft);
    const QString stage = w.ws().orderedStages(journey).front()->id;
    edits.addStep(stage, QStringLiteral("Wacht op besluit"));
    edits.addStep(stage, QStringLiteral("Krijgt besluit"));
    w.window.openJourney(journey);
    w.view = w.window.currentBlueprint();
    const auto steps = w.ws().orderedSteps(journey);
    w.clickHeader(BlueprintView::Header::Step, steps[1]->id);
    QApplication::processEvents();
    auto *emotion =
        w.window.findChild<Inspector *>()->findChild<QComboBox *>(QStringLiteral("EmotionField"));
    REQUIRE(emotion);
    test::chooseItem(emotion, emotion->findData(-2));
    QApplication::processEvents();
    const QString folder = qEnvironmentVariable("BLAUWDRUK_SHOTS", QStringLiteral("/tmp"));
    w.window.grab().save(folder + QStringLiteral("/new-journey-emotion.png"));
}
