// Issue 16 in the window: the Health Check dock (go to a finding, dismiss
// it with a reason, undo), the Work List dock (grouped by lane kind or team,
// filtered by status, the due date from the Inspector) and the walkthrough
// played with keys, recording verdicts from it.
#include "blueprintscene.h"
#include "blueprintview.h"
#include "examplewindow.h"
#include "healthcheck.h"
#include "healthpanel.h"
#include "labels.h"
#include "mainwindow.h"
#include "modaldialog.h"
#include "painpoints.h"
#include "verdictsdialog.h"
#include "walkthroughview.h"
#include "windowactions.h"
#include "worklistpanel.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDate>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTest>
#include <QTreeWidget>

using namespace blauwdruk;

namespace {

QAction *action(test::ExampleWindow &w, WindowActions::Id id) {
    return w.window.windowActions()->action(id);
}

WalkthroughView *openWalkthrough() {
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *view = qobject_cast<WalkthroughView *>(widget); view && view->isVisible())
            return view;
    return nullptr;
}

} // namespace

TEST_CASE(
    "Health check: the panel lists the findings, goes to one and dismisses it with a reason") {
    test::ExampleWindow w;
    const QString current = w.journeyOfKind("current");
    w.window.openJourney(current);
    action(w, WindowActions::HealthCheck)->trigger();
    HealthPanel *panel = w.window.healthPanel();
    REQUIRE(panel->isVisible());
    const auto expected = HealthCheck::run(w.ws(), current);
    REQUIRE_FALSE(expected.empty());
    CHECK(panel->list()->count() == int(expected.size()));
    // It says which journey the findings are of.
    auto *summary = panel->findChild<QLabel *>(QStringLiteral("HealthSummary"));
    REQUIRE(summary);
    CHECK(summary->text().startsWith(
        QStringLiteral("“%1”: ").arg(w.ws().find<Journey>(current)->title)));

    // Activating a card's finding selects that card on the canvas.
    int row = 0;
    while (expected[size_t(row)].targetType != EntityType::Card)
        ++row;
    panel->list()->setCurrentItem(panel->list()->item(row));
    emit panel->list()->itemActivated(panel->list()->item(row));
    BlueprintView *canvas = w.window.currentBlueprint();
    REQUIRE(canvas);
    CHECK(canvas->selectedCardIds().contains(expected[size_t(row)].target));

    // Dismiss: the reason is asked, the finding stays, greyed, and Undo opens it again.
    panel->list()->setCurrentItem(panel->list()->item(row));
    const QString target = panel->currentFinding()->target;
    test::withModalDialog<QInputDialog>([&] { panel->dismissCurrent(); },
                                        [&](QInputDialog *dialog) {
                                            dialog->setTextValue(QStringLiteral("Komt in fase 2"));
                                            dialog->accept();
                                        });
    const auto after = HealthCheck::run(w.ws(), current);
    CHECK(HealthCheck::openCount(after) == qsizetype(expected.size()) - 1);
    REQUIRE(panel->currentFinding());
    CHECK(panel->currentFinding()->target == target);
    CHECK_FALSE(panel->currentFinding()->isOpen());
    CHECK(panel->list()->currentItem()->text().contains(QStringLiteral("Komt in fase 2")));
    w.saved();
    // A cancelled or empty reason dismisses nothing.
    panel->list()->setCurrentItem(panel->list()->item(row == 0 ? 1 : 0));
    test::withModalDialog<QInputDialog>([&] { panel->dismissCurrent(); },
                                        [&](QInputDialog *dialog) { dialog->reject(); });
    CHECK(HealthCheck::openCount(HealthCheck::run(w.ws(), current)) ==
          qsizetype(expected.size()) - 1);
    w.doc().undoStack()->undo();
    CHECK(HealthCheck::openCount(HealthCheck::run(w.ws(), current)) == qsizetype(expected.size()));
}

TEST_CASE("Work list: grouped by lane kind or by team, filtered by status, due dates from the "
          "Inspector") {
    test::ExampleWindow w;
    const QString ideal = w.journeyOfKind("ideal");
    w.window.openJourney(ideal);
    action(w, WindowActions::WorkList)->trigger();
    WorkListPanel *panel = w.window.workListPanel();
    REQUIRE(panel->isVisible());
    QTreeWidget *list = panel->list();
    REQUIRE(list->topLevelItemCount() > 1);
    // By lane kind: a group per kind, none for the resident's own lane.
    QStringList groups;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        groups << list->topLevelItem(i)->text(0);
    CHECK(groups.filter(QStringLiteral("Backstage")).size() == 1);
    // The resident's own lane is not work: only a card given a team shows from it.
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = list->topLevelItem(i);
        if (!group->text(0).startsWith(Labels::laneKind(QStringLiteral("customer")) + u' '))
            continue;
        for (int c = 0; c < group->childCount(); ++c)
            CHECK_FALSE(w.ws()
                            .find<Card>(group->child(c)->data(0, Qt::UserRole + 1).toString())
                            ->owner.isEmpty());
    }

    // By team: a group per owner, the cards without one last.
    panel->setGrouping(WorkListPanel::Grouping::Team);
    int owned = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = list->topLevelItem(i);
        for (int c = 0; c < group->childCount(); ++c) {
            const QString id = group->child(c)->data(0, Qt::UserRole + 1).toString();
            const Card *card = w.ws().find<Card>(id);
            REQUIRE(card);
            if (!card->owner.isEmpty()) {
                ++owned;
                CHECK(group->text(0).startsWith(card->owner.trimmed()));
            }
        }
    }
    CHECK(owned > 0);

    // Status filter: only agreed items.
    panel->setStatusFilter(QStringLiteral("agreed"));
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        for (int c = 0; c < list->topLevelItem(i)->childCount(); ++c) {
            const QString id =
                list->topLevelItem(i)->child(c)->data(0, Qt::UserRole + 1).toString();
            CHECK(w.ws().find<Card>(id)->status == QStringLiteral("agreed"));
        }

    // The due date is typed in the Inspector, in Dutch order too, and shows in the list.
    QTreeWidgetItem *first = list->topLevelItem(0)->child(0);
    const QString id = first->data(0, Qt::UserRole + 1).toString();
    emit list->itemActivated(first, 0);
    test::activate(w.window);
    w.window.windowActions()->action(WindowActions::EditProperties)->trigger();
    auto *due = w.window.findChild<QLineEdit *>(QStringLiteral("card_due"));
    REQUIRE(due);
    due->setText(QStringLiteral("31-3-2027"));
    emit due->editingFinished();
    CHECK(w.ws().find<Card>(id)->due == QStringLiteral("2027-03-31"));
    w.saved();
    bool shown = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        for (int c = 0; c < list->topLevelItem(i)->childCount(); ++c)
            shown =
                shown || list->topLevelItem(i)->child(c)->text(3) == QStringLiteral("2027-03-31");
    CHECK(shown);
    // A day that is not one is said, not stored.
    auto *again = w.window.findChild<QLineEdit *>(QStringLiteral("card_due"));
    REQUIRE(again);
    again->setText(QStringLiteral("morgen"));
    emit again->editingFinished();
    CHECK(w.ws().find<Card>(id)->due == QStringLiteral("2027-03-31"));
    CHECK(again->toolTip().contains(QStringLiteral("morgen")));
}

TEST_CASE("Demo: the walkthrough is played with keys, and V records the residents' verdicts") {
    test::ExampleWindow w;
    const QString ideal = w.journeyOfKind("ideal");
    const QString current = w.journeyOfKind("current");
    w.window.openJourney(ideal);
    test::activate(w.window);
    action(w, WindowActions::Walkthrough)->trigger();
    WalkthroughView *view = openWalkthrough();
    REQUIRE(view);
    REQUIRE(QTest::qWaitForWindowExposed(view));
    const auto steps = w.ws().orderedSteps(ideal);
    auto *title = test::namedChild<QLabel>(view, "WalkthroughTitle");
    auto *behind = test::namedChild<QLabel>(view, "WalkthroughBehind");
    CHECK(view->stepIndex() == 0);
    CHECK(title->text().contains(steps[0]->title));
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Space);
    CHECK(view->stepIndex() == 2);
    CHECK(title->text().contains(steps[2]->title));
    QTest::keyClick(view, Qt::Key_Left);
    CHECK(view->stepIndex() == 1);
    QTest::keyClick(view, Qt::Key_End);
    CHECK(view->stepIndex() == int(steps.size()) - 1);
    QTest::keyClick(view, Qt::Key_Right); // stays on the last step
    CHECK(view->stepIndex() == int(steps.size()) - 1);
    QTest::keyClick(view, Qt::Key_Home);
    // Behind the scenes is one key away, and back.
    CHECK_FALSE(behind->isVisible());
    QTest::keyClick(view, Qt::Key_B);
    CHECK(behind->isVisible());
    QTest::keyClick(view, Qt::Key_B);
    CHECK_FALSE(behind->isVisible());

    // A step paired with today's journey shows its pain points; V asks the verdicts.
    int paired = -1;
    for (int i = 0; i < int(steps.size()) && paired < 0; ++i) {
        view->showStep(i);
        if (!view->painPointsHere().isEmpty())
            paired = i;
    }
    REQUIRE(paired >= 0);
    const QStringList here = view->painPointsHere();
    test::withModalDialog<VerdictsDialog>(
        [&] { QTest::keyClick(view, Qt::Key_V); },
        [&](VerdictsDialog *dialog) {
            CHECK(dialog->rowCount() == here.size());
            REQUIRE(
                dialog->addDemoSession(QStringLiteral("Buurthuis"), QStringLiteral("2027-03-04")));
            dialog->setRow(0, QStringLiteral("partly"),
                           QStringLiteral("Beter, maar nog twee brieven"),
                           QStringLiteral("Bewoner 2"));
            dialog->accept();
        });
    const auto demos = w.ws().orderedDemoSessions(current);
    REQUIRE(demos.size() == 1);
    const auto verdicts = w.ws().orderedVerdicts(demos.front()->id);
    REQUIRE(verdicts.size() == 1);
    CHECK(verdicts.front()->card == here.front());
    CHECK(verdicts.front()->verdict == QStringLiteral("partly"));
    CHECK(verdicts.front()->participant == QStringLiteral("Bewoner 2"));
    w.saved();

    // Personal data in a quote is refused, the dialog stays open.
    test::withModalDialog<VerdictsDialog>(
        [&] { QTest::keyClick(view, Qt::Key_V); },
        [&](VerdictsDialog *dialog) {
            dialog->setRow(0, QStringLiteral("solved"), QStringLiteral("Bel me op 06-12345678"),
                           QStringLiteral("Bewoner 2"));
            test::answerNextDialog<QMessageBox>([](QMessageBox *box) { box->accept(); });
            CHECK_FALSE(dialog->save());
            dialog->reject();
        });
    CHECK(w.ws().orderedVerdicts(demos.front()->id).front()->verdict == QStringLiteral("partly"));

    QTest::keyClick(view, Qt::Key_Escape);
    CHECK(QTest::qWaitFor([] { return openWalkthrough() == nullptr; }));
}

TEST_CASE("Demo: the Inspector says at once when a step's demo screen cannot be shown") {
    test::ExampleWindow w;
    const QString ideal = w.journeyOfKind("ideal");
    w.window.openJourney(ideal);
    BlueprintView *canvas = w.window.currentBlueprint();
    REQUIRE(canvas);
    canvas->showStep(w.ws().orderedSteps(ideal)[1]->id);
    w.window.windowActions()->action(WindowActions::EditProperties)->trigger();
    auto *problem = w.window.findChild<QLabel *>(QStringLiteral("DemoScreenProblem"));
    REQUIRE(problem);
    CHECK(problem->isHidden());
    QLineEdit *field = nullptr;
    for (QLineEdit *edit : w.window.findChildren<QLineEdit *>())
        if (edit->placeholderText().startsWith(QStringLiteral("https://")))
            field = edit;
    REQUIRE(field);
    field->setText(QStringLiteral("demo/ontbreekt.png"));
    CHECK_FALSE(problem->isHidden());
    CHECK(problem->text().contains(QStringLiteral("ontbreekt.png")));
    field->setText(QStringLiteral("https://demo.example/stap2"));
    CHECK(problem->isHidden());
}

TEST_CASE("Demo: the first verdict saved without a demo session records today's session") {
    test::ExampleWindow w;
    const QString current = w.journeyOfKind("current");
    VerdictsDialog dialog(w.doc(), current);
    REQUIRE(dialog.rowCount() == int(painpoints::of(w.ws(), current).size()));
    // Nothing entered, nothing made.
    REQUIRE(dialog.save());
    CHECK(w.ws().orderedDemoSessions(current).empty());
    dialog.setRow(1, QStringLiteral("not_solved"), QStringLiteral("Weer drie formulieren"),
                  QStringLiteral("Bewoner 5"));
    REQUIRE(dialog.save());
    const auto demos = w.ws().orderedDemoSessions(current);
    REQUIRE(demos.size() == 1);
    CHECK(demos.front()->date == QDate::currentDate().toString(Qt::ISODate));
    const auto verdicts = w.ws().orderedVerdicts(demos.front()->id);
    REQUIRE(verdicts.size() == 1);
    CHECK(verdicts.front()->card == painpoints::of(w.ws(), current)[1]->id);
    w.saved();
}
