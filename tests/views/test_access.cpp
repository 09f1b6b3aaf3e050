// The outline and accessible names (issue 20, point 5): a screen-reader
// user reads the blueprint through the outline dock and edits it by
// keyboard, with the same undo as the canvas.

#include "blueprintscene.h"
#include "blueprintview.h"
#include "commentdialog.h"
#include "examplewindow.h"
#include "mainwindow.h"
#include "modaldialog.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "preferences.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QDockWidget>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTreeView>

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
