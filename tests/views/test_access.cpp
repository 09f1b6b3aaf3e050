// The outline and accessible names (issue 20, point 5): a screen-reader
// user reads the blueprint through the outline dock and edits it by
// keyboard, with the same undo as the canvas.

#include "blueprintscene.h"
#include "blueprintview.h"
#include "carditem.h"
#include "commentdialog.h"
#include "edits.h"
#include "examplewindow.h"
#include "mainwindow.h"
#include "modaldialog.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "preferences.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

// Every name a screen reader hears under `node`, depth first.
void collectNames(QAccessibleInterface *node, QStringList &names, int depth = 0) {
    if (!node || depth > 8)
        return;
    names << node->text(QAccessible::Name);
    for (int i = 0; i < node->childCount(); ++i)
        collectNames(node->child(i), names, depth + 1);
}

struct OutlineWindow : ExampleWindow {
    QString journey;
    OutlineView *outline = nullptr;
    OutlineWindow() {
        journey = journeyOfKind("current");
        REQUIRE(!journey.isEmpty());
        window.openJourney(journey);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("OutlineDock"));
        REQUIRE(dock);
        dock->toggleViewAction()->trigger();
        REQUIRE(dock->isVisible());
        outline = window.findChild<OutlineView *>();
        REQUIRE(outline);
        activate(window);
        outline->tree()->setFocus();
    }
    // The first card of the journey in the outline, made current.
    QString firstCard() {
        const QAbstractItemModel *model = outline->tree()->model();
        const QModelIndexList cards =
            model->match(model->index(0, 0), OutlineModel::TypeRole, OutlineModel::CardRow, 1,
                         Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(!cards.isEmpty());
        outline->tree()->setCurrentIndex(cards.first());
        return cards.first().data(OutlineModel::IdRole).toString();
    }
    int cardCount() {
        return int(std::count_if(ws().cards.begin(), ws().cards.end(),
                                 [this](const Card &c) { return c.journey == journey; }));
    }
};

} // namespace

TEST_CASE("the outline reads each card as a full sentence to a screen reader", "[access]") {
    OutlineWindow w;
    QAccessible::setActive(true);
    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(w.outline->tree());
    REQUIRE(tree);
    CHECK(tree->text(QAccessible::Name) == QStringLiteral("Blueprint outline"));
    QStringList names;
    collectNames(tree, names);
    const QString card = w.firstCard();
    const QString sentence = w.outline->model()->cardSentence(*w.ws().find<Card>(card));
    CHECK(names.contains(sentence));
    static const QRegularExpression form(
        QStringLiteral("^Card '.+', lane .+, step \\d+ of \\d+, .+, "
                       "(no open comments|1 open comment|\\d+ open comments)$"));
    INFO(sentence.toStdString());
    CHECK(form.match(sentence).hasMatch());
    QAccessible::setActive(false);
}

TEST_CASE("the canvas has an accessible name and says its journey", "[access]") {
    OutlineWindow w;
    auto *view = w.currentTab<BlueprintView>();
    REQUIRE(view);
    CHECK(view->accessibleName() == QStringLiteral("Blueprint canvas"));
    CHECK(view->accessibleDescription() == w.ws().find<Journey>(w.journey)->title);
}

TEST_CASE("the outline deletes and moves cards by keyboard, undoably", "[access]") {
    OutlineWindow w;
    const Workspace before = w.ws();
    const QString card = w.firstCard();
    const QString step = w.ws().find<Card>(card)->step;

    SECTION("Alt+Right moves the card to the next step, and it stays current") {
        press(Qt::Key_Right, Qt::AltModifier);
        CHECK(w.ws().find<Card>(card)->step != step);
        CHECK(w.outline->currentId() == card);
        w.doc().undo();
        CHECK(w.ws().find<Card>(card)->step == step);
    }
    SECTION("Del removes the card") {
        const int count = w.cardCount();
        press(Qt::Key_Delete);
        CHECK(w.ws().find<Card>(card) == nullptr);
        CHECK(w.cardCount() == count - 1);
        CHECK_FALSE(w.outline->model()->indexOf(card).isValid());
        w.doc().undo();
        CHECK(w.ws().find<Card>(card) != nullptr);
        CHECK(w.outline->model()->indexOf(card).isValid());
    }
    w.saved();
}

TEST_CASE("the outline adds a card to a lane by keyboard", "[access]") {
    OutlineWindow w;
    const QString card = w.firstCard();
    const QModelIndex lane = w.outline->tree()->currentIndex().parent();
    REQUIRE(lane.data(OutlineModel::TypeRole).toInt() == OutlineModel::LaneRow);
    // The model is rebuilt on every edit: keep the id, not the index.
    const QString laneId = lane.data(OutlineModel::IdRole).toString();
    w.outline->tree()->setCurrentIndex(lane);
    const int count = w.cardCount();
    withModalDialog<QInputDialog>([] { press(Qt::Key_Insert); },
                                  [](QInputDialog *dialog) {
                                      dialog->setTextValue(QStringLiteral("Apply online"));
                                      dialog->accept();
                                  });
    REQUIRE(w.cardCount() == count + 1);
    const QString added = w.outline->currentId();
    const Card *made = w.ws().find<Card>(added);
    REQUIRE(made);
    CHECK(made->title == QStringLiteral("Apply online"));
    CHECK(made->lane == laneId);
    // The canvas selects it too: the Inspector and the window's Delete act
    // on the card the outline shows, not on the one selected before.
    auto *view = w.currentTab<BlueprintView>();
    REQUIRE(view);
    CHECK(view->selectedCardIds() == QStringList{added});
    w.doc().undo();
    CHECK(w.cardCount() == count);
}

TEST_CASE("the outline's stage, step and lane rows become the canvas's current cell and the "
          "Inspector's subject",
          "[access]") {
    OutlineWindow w;
    const QString card = w.firstCard();
    auto *view = w.currentTab<BlueprintView>();
    REQUIRE(view);
    REQUIRE(view->selectedCardIds() == QStringList{card});
    const Card *chosen = w.ws().find<Card>(card);
    REQUIRE(chosen);
    const QString laneTitle = w.ws().find<Lane>(chosen->lane)->title;
    const auto inspectorField = [&w](const char *name) {
        return w.window.findChild<QLineEdit *>(QLatin1String(name));
    };

    // Up from the first card of a lane is the lane's row: that step and
    // lane are the current cell, with no card chosen.
    press(Qt::Key_Up);
    REQUIRE(w.outline->tree()->currentIndex().data(OutlineModel::TypeRole).toInt() ==
            OutlineModel::LaneRow);
    CHECK(view->selectedCardIds().isEmpty());
    CHECK(view->currentCell().step == chosen->step);
    CHECK(view->currentCell().lane == chosen->lane);
    // The Inspector shows the lane, what the row is.
    REQUIRE(inspectorField("lane_title"));
    CHECK(inspectorField("lane_title")->text() == laneTitle);
    CHECK_FALSE(inspectorField("step_title"));
    CHECK_FALSE(inspectorField("card_title"));
    // The keyboard stays in the outline.
    CHECK(w.outline->tree()->hasFocus());

    // Another step's row moves the current cell to that step.
    const QModelIndex stepRow = w.outline->tree()->currentIndex().parent();
    REQUIRE(stepRow.data(OutlineModel::TypeRole).toInt() == OutlineModel::StepRow);
    const QModelIndex nextStep = stepRow.siblingAtRow(stepRow.row() + 1);
    REQUIRE(nextStep.isValid());
    const QString next = nextStep.data(OutlineModel::IdRole).toString();
    w.outline->tree()->setCurrentIndex(nextStep);
    CHECK(view->currentCell().step == next);
    REQUIRE(inspectorField("step_title"));
    CHECK(inspectorField("step_title")->text() == w.ws().find<Step>(next)->title);
    // A step's row is the step alone: no lane shows, though the canvas
    // keeps one for its current cell.
    CHECK_FALSE(inspectorField("lane_title"));

    // A stage's row: its first step, unless the current step is in it; the
    // Inspector shows the stage, and renames it.
    const QModelIndex stageRow = stepRow.parent();
    REQUIRE(stageRow.data(OutlineModel::TypeRole).toInt() == OutlineModel::StageRow);
    w.outline->tree()->setCurrentIndex(stageRow);
    const QString stage = stageRow.data(OutlineModel::IdRole).toString();
    CHECK(w.ws().find<Step>(view->currentCell().step)->stage == stage);
    REQUIRE(inspectorField("stage_title"));
    CHECK(inspectorField("stage_title")->text() == w.ws().find<Stage>(stage)->title);
    CHECK_FALSE(inspectorField("step_title"));
    CHECK_FALSE(inspectorField("lane_title"));
    const QString stageTitle = w.ws().find<Stage>(stage)->title;
    inspectorField("stage_title")->setFocus(Qt::TabFocusReason);
    inspectorField("stage_title")->selectAll();
    type(QStringLiteral("Aanmelden"));
    // Typing renames the stage, letter by letter, and the keyboard stays in
    // the field though the outline and the canvas follow each letter.
    CHECK(w.ws().find<Stage>(stage)->title == QStringLiteral("Aanmelden"));
    REQUIRE(QApplication::focusWidget() == inspectorField("stage_title"));
    // Undo (Edit › Undo) puts the old name back, and the keyboard stays in
    // the field (made anew), not nowhere.
    w.doc().undo();
    QApplication::processEvents(); // the Inspector shows changes from elsewhere on the next turn
    CHECK(w.ws().find<Stage>(stage)->title == stageTitle);
    REQUIRE(inspectorField("stage_title"));
    CHECK(QApplication::focusWidget() == inspectorField("stage_title"));
    CHECK(inspectorField("stage_title")->text() == stageTitle);

    // Back on the card, the card is chosen again.
    w.outline->tree()->setFocus();
    w.outline->setCurrentId(card); // as the canvas would: no news
    CHECK(view->selectedCardIds().isEmpty());
    press(Qt::Key_Down);
    press(Qt::Key_Up);
    CHECK(view->selectedCardIds() == QStringList{w.outline->currentId()});
}

TEST_CASE("the outline lists empty lanes, and Ins adds the first card there", "[access]") {
    OutlineWindow w;
    const QAbstractItemModel *model = w.outline->tree()->model();
    const QModelIndexList lanes =
        model->match(model->index(0, 0), OutlineModel::TypeRole, OutlineModel::LaneRow, -1,
                     Qt::MatchExactly | Qt::MatchRecursive);
    QModelIndex empty;
    for (const QModelIndex &lane : lanes)
        if (model->rowCount(lane) == 0)
            empty = lane;
    REQUIRE(empty.isValid());
    CHECK(empty.data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral(", no cards")));
    const QString step = empty.data(OutlineModel::StepRole).toString();
    const QString lane = empty.data(OutlineModel::IdRole).toString();
    w.outline->tree()->setCurrentIndex(empty);
    withModalDialog<QInputDialog>([] { press(Qt::Key_Insert); },
                                  [](QInputDialog *dialog) {
                                      dialog->setTextValue(QStringLiteral("Letter arrives"));
                                      dialog->accept();
                                  });
    const Card *made = w.ws().find<Card>(w.outline->currentId());
    REQUIRE(made);
    CHECK(made->step == step);
    CHECK(made->lane == lane);
    // Removing it again keeps the keyboard on that lane, under that step.
    // (The offscreen platform does not give the window back its focus when
    // the dialog closes; a desktop does.)
    activate(w.window);
    w.outline->tree()->setFocus();
    press(Qt::Key_Delete);
    CHECK(w.outline->currentKey() == step + QLatin1Char('/') + lane);
    w.saved();
}

TEST_CASE("the outline edits a card's title with F2, undoably", "[access]") {
    OutlineWindow w;
    const QString card = w.firstCard();
    const QString before = w.ws().find<Card>(card)->title;
    withModalDialog<QInputDialog>([] { press(Qt::Key_F2); },
                                  [&](QInputDialog *dialog) {
                                      CHECK(dialog->textValue() == before);
                                      dialog->setTextValue(QStringLiteral("Form is too long"));
                                      dialog->accept();
                                  });
    CHECK(w.ws().find<Card>(card)->title == QStringLiteral("Form is too long"));
    CHECK(w.outline->currentId() == card);
    CHECK(w.currentTab<BlueprintView>()->selectedCardIds() == QStringList{card});
    CHECK(w.outline->tree()->currentIndex().data().toString() ==
          QStringLiteral("Form is too long"));
    w.doc().undo();
    CHECK(w.ws().find<Card>(card)->title == before);
    w.saved();
}

TEST_CASE("the outline connects the current card to one chosen by its title", "[access]") {
    OutlineWindow w;
    const QString from = w.firstCard();
    const std::vector<const Card *> order = w.outline->model()->cardsInOrder();
    REQUIRE(order.size() >= 3);
    REQUIRE(order.front()->id == from);
    const size_t connections = w.ws().connections.size();
    const QString to = order.at(2)->id;
    withModalDialog<QInputDialog>(
        [] { press(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier); },
        [&](QInputDialog *dialog) {
            const QStringList items = dialog->comboBoxItems();
            REQUIRE(items.size() == int(order.size()) - 1);
            // Named by title first; the card after this one is offered first.
            CHECK(items.at(0) == w.outline->model()->cardPlace(*order.at(1)));
            CHECK(items.at(0).startsWith(order.at(1)->title));
            CHECK(dialog->textValue() == items.at(0));
            CHECK(items.at(1) == w.outline->model()->cardPlace(*order.at(2)));
            dialog->setTextValue(items.at(1));
            dialog->accept();
        });
    REQUIRE(w.ws().connections.size() == connections + 1);
    CHECK(std::any_of(w.ws().connections.begin(), w.ws().connections.end(),
                      [&](const Connection &c) { return c.from == from && c.to == to; }));
    w.doc().undo();
    CHECK(w.ws().connections.size() == connections);
}

TEST_CASE("the outline comments on a card, and the sentence counts it", "[access]") {
    OutlineWindow w;
    Preferences::setAuthorName(QStringLiteral("Fatima de Vries"));
    const QString card = w.firstCard();
    withModalDialog<CommentDialog>(
        [] { press(Qt::Key_M, Qt::ControlModifier | Qt::AltModifier); },
        [](CommentDialog *dialog) {
            auto *edit = namedChild<QPlainTextEdit>(dialog, "CommentText");
            QTest::keyClicks(edit, QStringLiteral("Is this step needed?"));
            dialog->accept();
        });
    bool found = false;
    for (const Comment &comment : w.ws().comments)
        found = found ||
                (comment.target == card && comment.text == QStringLiteral("Is this step needed?"));
    CHECK(found);
    CHECK(w.outline->currentId() == card);
    CHECK(w.outline->tree()
              ->currentIndex()
              .data(Qt::AccessibleTextRole)
              .toString()
              .contains(QStringLiteral("open comment")));
    w.saved();
}

TEST_CASE("the outline adds a card right after the current one with Ins", "[access]") {
    OutlineWindow w;
    const QString card = w.firstCard();
    const Card *first = w.ws().find<Card>(card);
    const QString step = first->step;
    const QString lane = first->lane;
    withModalDialog<QInputDialog>([] { press(Qt::Key_Insert); },
                                  [](QInputDialog *dialog) {
                                      dialog->setTextValue(QStringLiteral("Calls back"));
                                      dialog->accept();
                                  });
    const std::vector<const Card *> cell = w.ws().cardsInCell(step, lane);
    REQUIRE(cell.size() >= 2);
    CHECK(cell.at(0)->id == card);
    CHECK(cell.at(1)->title == QStringLiteral("Calls back"));
    CHECK(w.outline->currentId() == cell.at(1)->id);
    w.saved();
}

TEST_CASE("the canvas's cards are its accessible children, read as the outline reads them",
          "[access]") {
    ExampleWindow w;
    const QString journey = w.journeyOfKind("current");
    w.window.openJourney(journey);
    activate(w.window);
    BlueprintView *view = w.window.currentBlueprint();
    REQUIRE(view);
    view->setFocus();
    QAccessible::setActive(true);
    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(view);
    REQUIRE(canvas);
    CHECK(canvas->role() == QAccessible::Canvas);
    CHECK(canvas->text(QAccessible::Name) == QStringLiteral("Blueprint canvas"));

    // Every card of the journey, in the outline's reading order.
    OutlineModel outline;
    outline.setDocument(&w.doc());
    outline.setJourney(journey);
    const std::vector<const Card *> order = outline.cardsInOrder();
    REQUIRE(order.size() > 3);
    REQUIRE(canvas->childCount() >= int(order.size()));
    for (int i = 0; i < int(order.size()); ++i) {
        QAccessibleInterface *card = canvas->child(i);
        REQUIRE(card);
        INFO(i);
        CHECK(card->role() == QAccessible::ListItem);
        CHECK(card->text(QAccessible::Name) == outline.cardSentence(*order[size_t(i)]));
        CHECK(card->parent() == canvas);
        CHECK(canvas->indexOfChild(card) == i);
    }
    QAccessibleInterface *first = canvas->child(0);
    CHECK(first->text(QAccessible::Name).startsWith(QStringLiteral("Card '")));
    CHECK(first->text(QAccessible::Name).contains(QStringLiteral(", step 1 of ")));

    // Chosen on the canvas, a card is selected, focused and the focus child.
    const Card *chosen = order[2];
    view->selectCards({chosen->id});
    QAccessibleInterface *card = canvas->child(2);
    CHECK(card->state().selected);
    CHECK(card->state().focused);
    CHECK(canvas->focusChild() == card);
    CHECK_FALSE(canvas->child(0)->state().selected);

    // Where it is drawn: its rectangle on the screen leads back to it.
    view->ensureVisible(view->blueprintScene()->cardItem(chosen->id)->sceneBoundingRect());
    const QRect rect = card->rect();
    REQUIRE(rect.isValid());
    CHECK_FALSE(card->state().offscreen);
    CHECK(canvas->childAt(rect.center().x(), rect.center().y()) == card);

    // The sentence follows the document: a comment on the card is heard.
    const QString before = card->text(QAccessible::Name);
    Edits(w.doc()).addComment(chosen->id, QStringLiteral("Tester"), QStringLiteral("Klopt dit?"));
    card = canvas->child(2); // the scene may have made the card anew
    REQUIRE(card);
    CHECK(card->text(QAccessible::Name) != before);
    CHECK(card->text(QAccessible::Name).contains(QStringLiteral("1 open comment")));
}

TEST_CASE("the outline builds stages, steps and lanes by keyboard, undoably", "[access]") {
    OutlineWindow w;
    const std::string before = canonical(w.ws());
    const int undoBefore = w.doc().undoStack()->index();
    const QAbstractItemModel *model = w.outline->tree()->model();
    const QString stage = model->index(0, 0).data(OutlineModel::IdRole).toString();
    REQUIRE(model->index(0, 0).data(OutlineModel::TypeRole).toInt() == OutlineModel::StageRow);
    const auto answer = [](const QString &text) {
        return [text](QInputDialog *dialog) {
            dialog->setTextValue(text);
            dialog->accept();
        };
    };
    // The offscreen platform does not give the window back its focus when a
    // dialog closes (a desktop does): give it back by hand.
    const auto refocus = [&w] {
        activate(w.window);
        w.outline->tree()->setFocus();
    };

    // Ins on a stage adds a step at its end; it becomes the current row.
    w.outline->setCurrentId(stage);
    const size_t stepsBefore = w.ws().stepsOfStage(stage).size();
    withModalDialog<QInputDialog>([] { press(Qt::Key_Insert); }, answer("Intake call"));
    refocus();
    const auto steps = w.ws().stepsOfStage(stage);
    REQUIRE(steps.size() == stepsBefore + 1);
    const QString step = steps.back()->id;
    CHECK(steps.back()->title == QStringLiteral("Intake call"));
    CHECK(w.outline->currentId() == step);

    // F2 renames it; Alt+Left moves it one place to the left in its stage.
    withModalDialog<QInputDialog>([] { press(Qt::Key_F2); }, answer("Intake by phone"));
    refocus();
    CHECK(w.ws().find<Step>(step)->title == QStringLiteral("Intake by phone"));
    press(Qt::Key_Left, Qt::AltModifier);
    CHECK(w.ws().stepsOfStage(stage).back()->id != step);
    CHECK(w.outline->currentId() == step);

    // Shift+Ins on a lane adds a lane of its kind below it, in every step.
    const QModelIndex firstLane = model->index(0, 0, w.outline->tree()->currentIndex());
    REQUIRE(firstLane.data(OutlineModel::TypeRole).toInt() == OutlineModel::LaneRow);
    const Lane *above = w.ws().find<Lane>(firstLane.data(OutlineModel::IdRole).toString());
    REQUIRE(above);
    const QString aboveKind = above->kind;
    w.outline->tree()->setCurrentIndex(firstLane);
    const size_t lanesBefore = w.ws().orderedLanes(w.journey).size();
    withModalDialog<QInputDialog>([] { press(Qt::Key_Insert, Qt::ShiftModifier); },
                                  answer("Partners"));
    refocus();
    const auto lanes = w.ws().orderedLanes(w.journey);
    REQUIRE(lanes.size() == lanesBefore + 1);
    const Lane *added = lanes[1];
    CHECK(added->title == QStringLiteral("Partners"));
    CHECK(added->kind == aboveKind);
    const QString lane = added->id;
    CHECK(w.outline->currentKey() == step + QLatin1Char('/') + lane);
    // Alt+Up moves it up; Del removes it, empty, without asking.
    press(Qt::Key_Up, Qt::AltModifier);
    CHECK(w.ws().orderedLanes(w.journey).front()->id == lane);
    press(Qt::Key_Delete);
    CHECK(w.ws().find<Lane>(lane) == nullptr);

    // Shift+Ins on a stage adds a stage after it, with a first step.
    w.outline->setCurrentId(stage);
    withModalDialog<QInputDialog>([] { press(Qt::Key_Insert, Qt::ShiftModifier); },
                                  answer("Aftercare"));
    refocus();
    const auto stages = w.ws().orderedStages(w.journey);
    REQUIRE(stages.size() >= 2);
    CHECK(stages[1]->title == QStringLiteral("Aftercare"));
    CHECK(w.ws().stepsOfStage(stages[1]->id).size() == 1);

    // A step with cards is removed only when the user says so.
    const QString full = w.outline->model()->cardsInOrder().front()->step;
    w.outline->setCurrentId(full);
    REQUIRE(w.outline->currentId() == full);
    bool asked = false;
    withModalDialog<QMessageBox>([] { press(Qt::Key_Delete); },
                                 [&](QMessageBox *box) {
                                     asked = true;
                                     CHECK(box->text().contains(QStringLiteral("cards in it")));
                                     box->button(QMessageBox::No)->click();
                                 });
    refocus();
    CHECK(asked);
    CHECK(w.ws().find<Step>(full) != nullptr);

    // Each change was one undo step: undone, the blueprint is as it was.
    while (w.doc().undoStack()->index() > undoBefore)
        w.doc().undo();
    CHECK(canonical(w.ws()) == before);
}

TEST_CASE("the outline shows a card's arrows, and Del removes one", "[access]") {
    OutlineWindow w;
    const std::vector<const Card *> cards = w.outline->model()->cardsInOrder();
    REQUIRE(cards.size() > 2);
    const QString from = cards[0]->id;
    const QString toTitle = cards[2]->title;
    const QString arrow = Edits(w.doc()).addConnection(from, cards[2]->id);
    REQUIRE_FALSE(arrow.isEmpty());
    const QModelIndex row = w.outline->model()->indexOf(arrow);
    REQUIRE(row.isValid());
    CHECK(row.data(OutlineModel::TypeRole).toInt() == OutlineModel::ConnectionRow);
    CHECK(row.parent().data(OutlineModel::IdRole).toString() == from);
    CHECK(row.data().toString() == QStringLiteral("Arrow to “%1”").arg(toTitle));
    CHECK(row.data(Qt::AccessibleTextRole).toString().contains(toTitle));
    // The card at the other end lists it too.
    int listed = 0;
    const QAbstractItemModel *model = w.outline->model();
    for (const QModelIndex &found : model->match(model->index(0, 0), OutlineModel::IdRole, arrow,
                                                 -1, Qt::MatchExactly | Qt::MatchRecursive))
        listed += found.isValid() ? 1 : 0;
    CHECK(listed == 2);

    // Its row shows the arrow in the Inspector: where it goes, its kind
    // and its label, which can be changed there.
    w.outline->tree()->setFocus();
    w.outline->tree()->setCurrentIndex(row);
    auto *label = w.window.findChild<QLineEdit *>(QStringLiteral("connection_label"));
    REQUIRE(label);
    CHECK(w.window.findChild<QComboBox *>(QStringLiteral("connection_kind")));
    CHECK_FALSE(w.window.findChild<QLineEdit *>(QStringLiteral("card_title")));
    QTest::keyClicks(label, QStringLiteral("daarna"));
    CHECK(w.ws().find<Connection>(arrow)->label == QStringLiteral("daarna"));
    w.doc().undo();
    CHECK(w.ws().find<Connection>(arrow)->label.isEmpty());

    w.outline->tree()->setFocus();
    w.outline->setCurrentId(arrow);
    press(Qt::Key_Delete);
    CHECK(w.ws().find<Connection>(arrow) == nullptr);
    CHECK(w.ws().find<Card>(from) != nullptr); // only the arrow went
    w.doc().undo();
    CHECK(w.ws().find<Connection>(arrow) != nullptr);
}

TEST_CASE("the outline shows the journey in front, and nothing once its tab is closed",
          "[access]") {
    OutlineWindow w;
    REQUIRE(w.outline->model()->rowCount() > 0);
    CHECK(w.outline->model()->journey() == w.journey);
    activate(w.window);
    // Every journey's tab closed (the file may have opened with one).
    for (int tries = 0; w.window.currentBlueprint() && tries < 10; ++tries) {
        w.window.currentBlueprint()->setFocus();
        press(Qt::Key_F4, Qt::ControlModifier);
    }
    // The overview or the personas are in front: no journey to edit here.
    CHECK(w.window.currentBlueprint() == nullptr);
    CHECK(w.outline->model()->journey().isEmpty());
    CHECK(w.outline->model()->rowCount() == 0);
    // And the keyboard is on the tab bar, not on a button Enter would press.
    CHECK(QApplication::focusWidget() == w.window.tabs()->tabBar());
}
