// Issue 20, point 4: the compare view and review mode used with the keyboard
// alone, with real key events from start to end: opened from the menu bar by
// its access key or by a shortcut, walked with Tab and the arrow keys, every
// thing they let a person do done by keys, and left again. Dialogs are
// answered by keys too; only what a window manager does (making the window
// active again when a dialog closes) is done for it.
#include "blueprintscene.h"
#include "blueprintview.h"
#include "commentdialog.h"
#include "commentspanel.h"
#include "comparecanvas.h"
#include "compareview.h"
#include "decisiondialog.h"
#include "examplewindow.h"
#include "journeyalignment.h"
#include "menukeys.h"
#include "modaldialog.h"
#include "preferences.h"
#include "review.h"
#include "reviewbar.h"
#include "windowactions.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace blauwdruk;
using test::activate;
using test::namedChild;
using test::type;

namespace {

// Where a key goes: an open menu takes it first, as the window system hands
// it over; else whatever has the keyboard.
QWidget *keyboard() {
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget();
}

void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget *target = keyboard();
    REQUIRE(target);
    QTest::keyClick(target, Qt::Key(k), modifiers);
}

// What has the keyboard, for the messages of a failed check.
std::string focusName() {
    const QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return "nothing";
    return QStringLiteral("%1 '%2' '%3'")
        .arg(QLatin1String(focus->metaObject()->className()), focus->objectName(),
             focus->accessibleName())
        .toStdString();
}

// Presses Tab (or Shift+Tab) until `target` has the keyboard, as a person
// walks a window; fails when it takes more than `most` presses. Returns
// how many it took.
int tabTo(QWidget *target, int most, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    int presses = 0;
    while (QApplication::focusWidget() != target && presses < most) {
        key(Qt::Key_Tab, modifiers);
        ++presses;
    }
    INFO("the keyboard is at " << focusName());
    REQUIRE(QApplication::focusWidget() == target);
    return presses;
}

// Moves an open menu's highlight to `action` with the arrow keys; Right
// opens the submenu that holds it first. Returns the menu it is in.
QMenu *arrowTo(QMenu *menu, QAction *action) {
    REQUIRE(menu);
    if (!menu->actions().contains(action)) {
        QAction *entry = test::submenuEntry(menu, action);
        arrowTo(menu, entry);
        key(Qt::Key_Right);
        menu = entry->menu();
        REQUIRE(QApplication::activePopupWidget() == menu);
    }
    for (qsizetype i = 0; i <= menu->actions().size() && menu->activeAction() != action; ++i)
        key(Qt::Key_Down);
    REQUIRE(menu->activeAction() == action);
    return menu;
}

// Runs `action` from the menu bar as a person does with keys: Alt and the
// menu's access key open it, the arrow keys go to the item, Enter runs it.
void fromMenuBar(int accessKey, QAction *action) {
    key(accessKey, Qt::AltModifier);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    INFO("Alt+" << QKeySequence(accessKey).toString().toStdString() << " opened no menu");
    REQUIRE(menu);
    arrowTo(menu, action);
    key(Qt::Key_Return);
    CHECK_FALSE(QApplication::activePopupWidget());
}

// A menu that runs its own event loop (QMenu::exec): `open` shows it, `use`
// works it by keys and closes it.
void withMenu(const std::function<void()> &open, const std::function<void(QMenu *)> &use) {
    QWidget *window = QApplication::activeWindow();
    REQUIRE(window);
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        REQUIRE(menu);
        seen = true;
        use(menu);
        if (menu->isVisible()) {
            FAIL_CHECK("the menu is still open");
            menu->close();
        }
    });
    open();
    CHECK(seen);
    // When a menu with a submenu closes, the offscreen platform leaves no
    // window active; a window manager makes the window active again, and its
    // keyboard is where it was.
    if (!QApplication::activeWindow())
        activate(*window);
}

QAction *actionNamed(QMenu *menu, const QString &text) {
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
        if (action->menu())
            if (QAction *inside = actionNamed(action->menu(), text))
                return inside;
    }
    return nullptr;
}

// Opens a dialog by a key and answers it by keys (`use`), then makes the
// window active again as a window manager does: its keyboard comes back
// where it was.
template <class D>
void dialogByKeys(const std::function<void()> &open, const std::function<void()> &use) {
    QWidget *window = QApplication::activeWindow();
    REQUIRE(window);
    test::withModalDialog<D>(open, [&](D *dialog) {
        activate(*dialog);
        use();
    });
    activate(*window);
}

// A decision's dialog: the name is known, so the remark has the keyboard;
// Shift+Tab goes back to the role's line, where Enter takes the decision.
void decideByKeys(const QString &remark) {
    type(remark);
    key(Qt::Key_Tab, Qt::ShiftModifier);
    key(Qt::Key_Return);
}

// The reviewer's name is known (the first comment asked it), so no dialog
// asks it again; forgotten afterwards, also when the test stops early.
struct Reviewer {
    Reviewer() {
        Preferences::setAuthorName(QStringLiteral("Wethouder"));
        Preferences::setAuthorRole(QString());
    }
    ~Reviewer() { Preferences::setAuthorName(QString()); }
};

QString stepIndexTitle(const Workspace &ws, const QString &journey, const QString &step) {
    const auto steps = ws.orderedSteps(journey);
    for (size_t i = 0; i < steps.size(); ++i)
        if (steps[i]->id == step)
            return QStringLiteral("%1. %2").arg(i + 1).arg(steps[i]->title);
    return QString();
}

} // namespace

TEST_CASE("By keyboard: the compare view is opened, walked, used and left with keys alone") {
    test::ExampleWindow w;
    MainWindow &window = w.window;
    activate(window);
    BlueprintView *blueprint = window.currentBlueprint();
    REQUIRE(blueprint);
    blueprint->setFocus(); // where the window starts: on the canvas
    const QString persona = w.ws().find<Journey>(blueprint->blueprintScene()->journeyId())->persona;
    const JourneyAlignment::Journeys journeys = JourneyAlignment::journeysOf(w.ws(), persona);
    const QString current = journeys.current;
    const QString ideal = journeys.ideal;
    REQUIRE_FALSE(current.isEmpty());
    REQUIRE_FALSE(ideal.isEmpty());

    // Journey › Compare Current and Ideal, from the menu bar by keys: the
    // keyboard goes into the view's drawing, not to the hidden blueprint.
    fromMenuBar(Qt::Key_J, window.windowActions()->action(WindowActions::Compare));
    auto *compare = w.currentTab<CompareView>();
    REQUIRE(compare);
    CHECK(compare->persona() == persona);
    CHECK(compare->currentJourney() == current);
    CHECK(compare->idealJourney() == ideal);
    CompareCanvas *canvas = compare->canvas();
    {
        INFO("the keyboard is at " << focusName());
        REQUIRE(QApplication::focusWidget() == canvas);
    }

    // Its parts are walked with Tab: the drawing is where the keyboard
    // comes into the view (its focus proxy), Shift+Tab goes back from it to
    // Show cards and both lists, Tab forward again.
    QComboBox *currents = nullptr;
    QComboBox *ideals = nullptr;
    for (QComboBox *combo : compare->findChildren<QComboBox *>())
        (combo->accessibleName() == QStringLiteral("Ideal journey") ? ideals : currents) = combo;
    REQUIRE(currents);
    REQUIRE(ideals);
    auto *showCards = compare->findChild<QCheckBox *>();
    REQUIRE(showCards);
    key(Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == showCards);
    key(Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == ideals);
    key(Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == currents);
    key(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == ideals);
    key(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == showCards);
    // Space on Show cards hides the cards and shows them again.
    key(Qt::Key_Space);
    CHECK_FALSE(canvas->showsCards());
    key(Qt::Key_Space);
    CHECK(canvas->showsCards());
    key(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == canvas);
    // Out of the view and round the window, Tab comes back into it at the
    // drawing.
    key(Qt::Key_Tab);
    CHECK_FALSE(compare->isAncestorOf(QApplication::focusWidget()));
    tabTo(canvas, 40);

    // Coming into the drawing by Tab chose the first step of the current
    // journey, so the keyboard's place shows. The arrow keys choose
    // another: Right the next, Left back, Down the ideal one below it,
    // Home its first.
    const auto currentSteps = w.ws().orderedSteps(current);
    const auto idealSteps = w.ws().orderedSteps(ideal);
    REQUIRE(currentSteps.size() > 2);
    CHECK(canvas->selectedStep() == currentSteps[0]->id);
    key(Qt::Key_Right);
    CHECK(canvas->selectedStep() == currentSteps[1]->id);
    key(Qt::Key_Left);
    CHECK(canvas->selectedStep() == currentSteps[0]->id);
    key(Qt::Key_Down);
    CHECK(w.ws().find<Step>(canvas->selectedStep())->journey == ideal);
    key(Qt::Key_Home);
    const QString first = canvas->selectedStep();
    REQUIRE(first == idealSteps[0]->id);

    // Shift+F10 opens the step's menu: paired by hand with the current
    // journey's third step, one undo step, in the file at once.
    const int undo = w.doc().undoStack()->count();
    const QString third = currentSteps[2]->id;
    withMenu([] { key(Qt::Key_F10, Qt::ShiftModifier); },
             [&](QMenu *menu) {
                 QAction *pair = actionNamed(menu, stepIndexTitle(w.ws(), current, third));
                 REQUIRE(pair);
                 arrowTo(menu, pair);
                 key(Qt::Key_Return);
             });
    CHECK(w.ws().find<Step>(first)->counterpart == third);
    CHECK(w.doc().undoStack()->count() == undo + 1);
    CHECK(QApplication::focusWidget() == canvas);
    w.saved();
    // Ctrl+Left moves the pairing one step back; Ctrl+Z takes that back.
    key(Qt::Key_Left, Qt::ControlModifier);
    CHECK(w.ws().find<Step>(first)->counterpart == currentSteps[1]->id);
    key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.ws().find<Step>(first)->counterpart == third);
    // Up goes to its partner; the menu unpairs it from there.
    key(Qt::Key_Up);
    REQUIRE(canvas->selectedStep() == third);
    withMenu([] { key(Qt::Key_F10, Qt::ShiftModifier); },
             [&](QMenu *menu) {
                 arrowTo(menu, actionNamed(menu, QStringLiteral("No counterpart")));
                 key(Qt::Key_Return);
             });
    CHECK(w.ws().find<Step>(first)->counterpart == QStringLiteral("none"));
    w.saved();

    // Enter shows the chosen step in its blueprint, which has the keyboard.
    key(Qt::Key_Return);
    BlueprintView *shown = window.currentBlueprint();
    REQUIRE(shown);
    CHECK(shown->blueprintScene()->journeyId() == current);
    CHECK(shown->currentCell().step == third);
    CHECK(QApplication::focusWidget() == shown);

    // There, a second ideal journey to choose between: Journey › Make Ideal
    // Version, by keys again.
    fromMenuBar(Qt::Key_J, window.windowActions()->action(WindowActions::MakeIdealVersion));
    BlueprintView *copy = window.currentBlueprint();
    REQUIRE(copy);
    const QString made = copy->blueprintScene()->journeyId();
    REQUIRE(made != ideal);
    REQUIRE(w.ws().find<Journey>(made)->kind == QStringLiteral("ideal"));
    {
        INFO("after Make Ideal Version the keyboard is at " << focusName());
        CHECK(QApplication::focusWidget() == copy);
    }

    // Back to the comparison by its shortcut: the same view, as it was, the
    // keyboard in its drawing.
    key(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(w.currentTab<CompareView>() == compare);
    CHECK(compare->idealJourney() == ideal);
    CHECK(canvas->selectedStep() == third);
    {
        INFO("the keyboard is at " << focusName());
        CHECK(QApplication::focusWidget() == canvas);
    }

    // The ideal journey's list, two Shift+Tabs back: the arrow keys choose
    // the copy, and the drawing follows.
    tabTo(ideals, 2, Qt::ShiftModifier);
    REQUIRE(ideals->count() == 2);
    key(ideals->findData(made) > ideals->currentIndex() ? Qt::Key_Down : Qt::Key_Up);
    CHECK(compare->idealJourney() == made);
    CHECK(canvas->alignment().idealJourney() == made);
    CHECK(canvas->markedSteps().isEmpty()); // a copy: every step has its pair

    // Left by the keyboard: back in the drawing, Ctrl+Tab goes on to the
    // next tab, and the keyboard goes along. (A list takes Ctrl+Tab for a
    // search of its own, as every Qt combo box does.)
    tabTo(canvas, 2);
    const int index = window.tabs()->currentIndex();
    key(Qt::Key_Tab, Qt::ControlModifier);
    CHECK(window.tabs()->currentIndex() == (index + 1) % window.tabs()->count());
    CHECK_FALSE(compare->isVisible());
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    CHECK(window.tabs()->currentWidget()->isAncestorOf(focus));
    // Ctrl+Shift+Tab comes back to it.
    key(Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(w.currentTab<CompareView>() == compare);
    CHECK(compare->isAncestorOf(QApplication::focusWidget()));
}

TEST_CASE("By keyboard: review mode, a comment, its reply, resolved, decided and left") {
    const Reviewer reviewer;
    test::ExampleWindow w;
    MainWindow &window = w.window;
    activate(window);
    BlueprintView *blueprint = window.currentBlueprint();
    REQUIRE(blueprint);
    blueprint->setFocus();
    const QString journey = blueprint->blueprintScene()->journeyId();
    REQUIRE(w.ws().find<Journey>(journey)->status == QStringLiteral("in_review"));

    // Review mode by its key; the keyboard stays on the canvas.
    key(Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    REQUIRE(w.doc().isReviewMode());
    CHECK(window.reviewBar()->isVisible());
    CHECK(QApplication::focusWidget() == blueprint);

    // A card by the arrow keys; Delete on it changes nothing.
    key(Qt::Key_Right);
    key(Qt::Key_Left);
    REQUIRE(blueprint->selectedCardIds().size() == 1);
    const QString card = blueprint->selectedCardIds().front();
    key(Qt::Key_Delete);
    CHECK(w.ws().find<Card>(card));

    // Edit › Add Comment by its key, the comment typed and sent with
    // Ctrl+Enter; the keyboard comes back to the canvas.
    dialogByKeys<CommentDialog>([] { key(Qt::Key_M, Qt::ControlModifier | Qt::AltModifier); },
                                [] {
                                    type(QStringLiteral("Wie belt Samira terug?"));
                                    key(Qt::Key_Return, Qt::ControlModifier);
                                });
    const Comment *comment = w.ws().orderedComments(journey).back();
    REQUIRE(comment->text == QStringLiteral("Wie belt Samira terug?"));
    CHECK(comment->target == card);
    CHECK(comment->author == QStringLiteral("Wethouder"));
    const QString thread = comment->id;
    CHECK(QApplication::focusWidget() == blueprint);
    CHECK(window.commentsPanel()->currentComment() == thread);

    // Tab reaches the comments: the new one is current there.
    CommentsPanel *panel = window.commentsPanel();
    auto *list = namedChild<QTreeWidget>(panel, "CommentsList");
    const int presses = tabTo(list, 60);
    INFO("Tab presses from the canvas to the comments: " << presses);
    CHECK(panel->currentComment() == thread);

    // Reply: Tab to its button, Space, the reply typed and sent.
    auto *reply = namedChild<QPushButton>(panel, "CommentReply");
    tabTo(reply, 3);
    dialogByKeys<CommentDialog>([] { key(Qt::Key_Space); },
                                [] {
                                    type(QStringLiteral("Het wijkteam, binnen een werkdag."));
                                    key(Qt::Key_Return, Qt::ControlModifier);
                                });
    const Comment *answer = w.ws().orderedComments(journey).back();
    REQUIRE(answer->text == QStringLiteral("Het wijkteam, binnen een werkdag."));
    CHECK(answer->parent == thread);
    CHECK(answer->author == QStringLiteral("Wethouder"));
    {
        INFO("after the reply the keyboard is at " << focusName());
        CHECK(QApplication::focusWidget() == reply);
    }

    // Resolve: the next button.
    auto *resolve = namedChild<QPushButton>(panel, "CommentResolve");
    tabTo(resolve, 2);
    key(Qt::Key_Space);
    CHECK(w.ws().find<Comment>(thread)->resolved);
    {
        INFO("after Resolve the keyboard is at " << focusName());
        CHECK(panel->isAncestorOf(QApplication::focusWidget()));
    }
    w.saved();

    // A decision from the review bar: Tab to Request Changes, Space, the
    // remark typed, Enter.
    QToolButton *requestChanges = nullptr;
    QAction *requestAction = window.windowActions()->action(WindowActions::RequestChanges);
    for (QToolButton *button : window.reviewBar()->findChildren<QToolButton *>())
        if (button->defaultAction() == requestAction)
            requestChanges = button;
    REQUIRE(requestChanges);
    tabTo(requestChanges, 80);
    dialogByKeys<DecisionDialog>([] { key(Qt::Key_Space); },
                                 [] { decideByKeys(QStringLiteral("Zeg wie terugbelt.")); });
    CHECK(w.ws().find<Journey>(journey)->status == QStringLiteral("changes_requested"));
    const Decision *last = Review::lastDecision(w.ws(), journey);
    REQUIRE(last);
    CHECK(last->decidedBy == QStringLiteral("Wethouder"));
    CHECK(last->remark == QStringLiteral("Zeg wie terugbelt."));

    // Submitted again and approved, from the Review menu by its access key.
    dialogByKeys<DecisionDialog>(
        [&] {
            fromMenuBar(Qt::Key_R, window.windowActions()->action(WindowActions::SubmitForReview));
        },
        [] { decideByKeys(QString()); });
    CHECK(w.ws().find<Journey>(journey)->status == QStringLiteral("in_review"));
    dialogByKeys<DecisionDialog>(
        [&] { fromMenuBar(Qt::Key_R, window.windowActions()->action(WindowActions::Approve)); },
        [] { decideByKeys(QStringLiteral("Akkoord")); });
    CHECK(w.ws().find<Journey>(journey)->status == QStringLiteral("approved"));
    const Decision *approval = Review::approval(w.ws(), journey);
    REQUIRE(approval);
    CHECK(approval->decidedBy == QStringLiteral("Wethouder"));
    CHECK(approval->remark == QStringLiteral("Akkoord"));
    w.saved();

    // Leave Review Mode: its button in the bar, by Tab and Space. The
    // keyboard goes back to the canvas, which can be edited again.
    auto *leave = namedChild<QToolButton>(window.reviewBar(), "LeaveReview");
    tabTo(leave, 80);
    key(Qt::Key_Space);
    CHECK_FALSE(w.doc().isReviewMode());
    CHECK_FALSE(window.reviewBar()->isVisible());
    {
        INFO("after leaving review mode the keyboard is at " << focusName());
        CHECK(QApplication::focusWidget() == blueprint);
    }
    REQUIRE(blueprint->selectedCardIds() == QStringList{card}); // still chosen
    key(Qt::Key_Delete);
    CHECK_FALSE(w.ws().find<Card>(card));
}

TEST_CASE("By keyboard: Ctrl+PgDown and Ctrl+PgUp go through the tabs, also from a panel") {
    test::ExampleWindow w;
    MainWindow &window = w.window;
    const QString journey = w.journeyOfKind("current");
    window.openJourney(journey);
    activate(window);
    QTabWidget *tabs = window.tabs();
    const int journeyTab = tabs->currentIndex();
    REQUIRE(journeyTab >= 2);
    // The keyboard in a panel beside the tabs: the outline.
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("OutlineDock"));
    REQUIRE(dock);
    dock->toggleViewAction()->trigger();
    REQUIRE(dock->isVisible());
    QWidget *panel = dock->widget();
    panel->setFocus();
    REQUIRE(dock->isAncestorOf(QApplication::focusWidget()));

    test::press(Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == journeyTab - 1);
    // Back to the personas (the second tab).
    while (tabs->currentIndex() > 1)
        test::press(Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 1); // the personas
    // Not a canvas: the keyboard is on the tab bar, where the arrows choose.
    CHECK(QApplication::focusWidget() == tabs->tabBar());
    tabs->setCurrentIndex(journeyTab - 1);
    test::press(Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == journeyTab);
    REQUIRE(w.currentTab<BlueprintView>());
    CHECK(QApplication::focusWidget() == w.currentTab<BlueprintView>());
    // Round from the last tab to the first.
    tabs->setCurrentIndex(tabs->count() - 1);
    test::press(Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 0);
    // Both are in View, with their keys, for the Keyboard Shortcuts list.
    CHECK(window.windowActions()->action(WindowActions::NextTab)->shortcut() ==
          QKeySequence(Qt::CTRL | Qt::Key_PageDown));
}
