#include "blueprintscene.h"
#include "blueprintview.h"
#include "comparecanvas.h"
#include "comparepainter.h"
#include "compareview.h"
#include "document.h"
#include "edits.h"
#include "examplewindow.h"
#include "journeyalignment.h"
#include "menukeys.h"
#include "testsupport.h"
#include "windowactions.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

using namespace blauwdruk;

namespace {

// The compare view on Samira's journeys in a saved copy of the example,
// shown offscreen at the size of a projector's screen.
// Moves a menu's highlight to `action` with the arrow keys.
void highlight(QMenu *menu, QAction *action) {
    for (qsizetype i = 0; i <= menu->actions().size() && menu->activeAction() != action; ++i)
        QTest::keyClick(menu, Qt::Key_Down);
    REQUIRE(menu->activeAction() == action);
}

// Picks `action` in an open menu, or in one of its submenus, as a user does
// with the keyboard: arrows to it, Right into a submenu, Return.
void pickWithKeys(QMenu *menu, QAction *action) {
    if (!menu->actions().contains(action)) {
        QAction *entry = test::submenuEntry(menu, action);
        highlight(menu, entry);
        QTest::keyClick(menu, Qt::Key_Right);
        menu = entry->menu();
        REQUIRE(menu->isVisible());
    }
    highlight(menu, action);
    QTest::keyClick(menu, Qt::Key_Return);
}

struct Compare {
    test::ExampleFile file{test::exampleWithoutPairs()};
    QString samira;
    JourneyAlignment::Journeys journeys;
    std::unique_ptr<CompareView> view;

    Compare() {
        for (const Persona &persona : ws().personas)
            if (persona.name == QStringLiteral("Samira"))
                samira = persona.id;
        journeys = JourneyAlignment::journeysOf(ws(), samira);
        view = std::make_unique<CompareView>(file.document.get(), samira);
        view->resize(1280, 800);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
        canvas()->setFocus();
    }
    const Workspace &ws() const { return file.document->workspace(); }
    CompareCanvas *canvas() const { return view->canvas(); }
    QString step(const QString &journey, const QString &title) const {
        for (const Step *s : ws().orderedSteps(journey))
            if (s->title == title)
                return s->id;
        FAIL("no step " << title.toStdString());
        return QString();
    }
    QString counterpart(const QString &step) const { return ws().find<Step>(step)->counterpart; }
    QStringList allSteps() const {
        QStringList ids;
        for (const QString &journey : {journeys.current, journeys.ideal})
            for (const Step *s : ws().orderedSteps(journey))
                ids << s->id;
        return ids;
    }
    void sendMouse(QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
                   Qt::MouseButtons buttons) {
        QWidget *viewport = canvas()->viewport();
        QMouseEvent event(type, pos, viewport->mapToGlobal(pos), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
    }
    void drag(const QPoint &from, const QPoint &to) {
        sendMouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        const int steps = 8;
        for (int i = 1; i <= steps; ++i)
            sendMouse(QEvent::MouseMove, from + (to - from) * i / steps, Qt::NoButton,
                      Qt::LeftButton);
        sendMouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    }
    // Opens the selected step's menu from the keyboard and runs `choose` on
    // it while it is open; `choose` returns the action to trigger.
    template <class F> void useMenu(F &&choose) {
        bool ran = false;
        QTimer::singleShot(0, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            REQUIRE(menu);
            QAction *action = choose(menu);
            REQUIRE(action);
            REQUIRE(action->isEnabled());
            pickWithKeys(menu, action);
            CHECK_FALSE(menu->isVisible());
            ran = true;
        });
        QContextMenuEvent keyboard(QContextMenuEvent::Keyboard, QPoint(10, 10),
                                   canvas()->mapToGlobal(QPoint(10, 10)));
        QApplication::sendEvent(canvas(), &keyboard);
        REQUIRE(ran);
    }
};

QAction *actionNamed(QMenu *menu, const QString &text) {
    for (QAction *action : menu->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

QAction *pairAction(QMenu *menu, const QString &submenu, const QString &entry) {
    QAction *sub = actionNamed(menu, submenu);
    return sub && sub->menu() ? actionNamed(sub->menu(), entry) : nullptr;
}

// The main window at 1920×1080 on the example, active (its keys work), with
// Samira's compare view as the current tab.
struct CompareWindow {
    test::ExampleWindow example;
    CompareView *view = nullptr;
    CompareWindow() {
        MainWindow &window = example.window;
        window.resize(1920, 1080);
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.size() == QSize(1920, 1080));
        window.openCompare(samira());
        view = example.currentTab<CompareView>();
        REQUIRE(view);
        canvas()->setFocus();
    }
    CompareCanvas *canvas() const { return view->canvas(); }
    QString samira() {
        for (const Persona *persona : example.ws().orderedPersonas())
            if (persona->name == QStringLiteral("Samira"))
                return persona->id;
        FAIL("no Samira");
        return QString();
    }
    void keys(const QKeySequence &keys) { QTest::keySequence(&example.window, keys); }
    // The tooltip the canvas shows at a point, as for a resting mouse.
    QString toolTipAt(const QPoint &pos) {
        QHelpEvent help(QEvent::ToolTip, pos, canvas()->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(canvas()->viewport(), &help);
        return QToolTip::text();
    }
};

// How far the drawing reaches in the viewport: its right edge, at the
// current zoom and scroll.
bool wholeWidthVisible(CompareCanvas *canvas) {
    return canvas->horizontalScrollBar()->maximum() == 0 &&
           ComparePainter::kGutterWidth + canvas->compareLayout().size.width() * canvas->zoom() <=
               canvas->viewport()->width();
}

} // namespace

TEST_CASE("Compare view: Samira's current journey above her ideal, each step in its column") {
    Compare c;
    CHECK(c.view->currentJourney() == c.journeys.current);
    CHECK(c.view->idealJourney() == c.journeys.ideal);
    const CompareLayout &layout = c.canvas()->compareLayout();
    QStringList shown;
    for (const auto &box : layout.steps) {
        shown << box.id;
        CHECK(box.ideal == (c.ws().find<Step>(box.id)->journey == c.journeys.ideal));
        CHECK(box.rect.top() >= (box.ideal ? layout.idealBand : layout.currentBand).top());
    }
    QStringList all = c.allSteps();
    std::sort(all.begin(), all.end());
    std::sort(shown.begin(), shown.end());
    CHECK(shown == all);
    CHECK(layout.currentBand.bottom() < layout.idealBand.top());
    // The example pairs nothing yet: every step is marked as its journey's own.
    CHECK(c.canvas()->markedSteps().size() == c.allSteps().size());
    CHECK(c.canvas()->markedCards().isEmpty());
    CHECK(c.view->summary().startsWith(QStringLiteral("0 steps aligned, 6 only in current, "
                                                      "12 only in ideal")));
    // Wide: the canvas scrolls, and the band names stay readable.
    CHECK(layout.size.width() > 1280);
}

TEST_CASE("Compare view: the context menu pairs, unpairs and hands back to the title") {
    Compare c;
    const QString waits = c.step(c.journeys.current, QStringLiteral("Wacht weken op besluit"));
    const QString decides = c.step(c.journeys.ideal, QStringLiteral("Besluit binnen een week"));
    const int count = c.file.document->undoStack()->count();
    c.canvas()->selectStep(decides);
    c.useMenu([](QMenu *menu) {
        return pairAction(menu, QStringLiteral("Pair with current step"),
                          QStringLiteral("5. Wacht weken op besluit"));
    });
    CHECK(c.counterpart(decides) == waits);
    CHECK(c.file.document->undoStack()->count() == count + 1);
    CHECK(test::onDisk(c.file.path) == test::canonical(c.ws()));
    // Drawn in one column, joined, no longer marked.
    const JourneyAlignment &a = c.canvas()->alignment();
    CHECK(a.columnOf(waits) == a.columnOf(decides));
    CHECK_FALSE(c.canvas()->markedSteps().contains(waits));
    CHECK_FALSE(c.canvas()->markedSteps().contains(decides));
    CHECK(c.canvas()->compareLayout().links.size() == 1);
    CHECK(c.view->summary().startsWith(QStringLiteral("1 step aligned, 5 only in current")));
    // Its cards differ from the current step's: they are marked one by one.
    CHECK(c.canvas()->markedCards().size() ==
          qsizetype(c.canvas()->compareLayout().step(waits)->chips.size() +
                    c.canvas()->compareLayout().step(decides)->chips.size()));

    // Undo redraws: the pair is gone again.
    c.file.document->undoStack()->undo();
    CHECK(c.counterpart(decides).isEmpty());
    CHECK(c.canvas()->markedSteps().contains(decides));
    CHECK(c.canvas()->compareLayout().links.empty());
    c.file.document->undoStack()->redo();
    CHECK(c.counterpart(decides) == waits);

    // From the current step: its ideal partner matches nothing.
    c.canvas()->selectStep(waits);
    c.useMenu([](QMenu *menu) { return actionNamed(menu, QStringLiteral("No counterpart")); });
    CHECK(c.counterpart(decides) == QStringLiteral("none"));
    CHECK(c.canvas()->markedSteps().contains(waits));

    // And back to aligning by title.
    c.canvas()->selectStep(decides);
    c.useMenu([](QMenu *menu) { return actionNamed(menu, QStringLiteral("Align by title")); });
    CHECK(c.counterpart(decides).isEmpty());
    c.file.document->undoStack()->undo();
    CHECK(c.counterpart(decides) == QStringLiteral("none"));
}

TEST_CASE("Compare view: a current step's menu pairs it with an ideal step") {
    Compare c;
    const QString first =
        c.step(c.journeys.current, QStringLiteral("Merkt dat het geld niet rondkomt"));
    const QString drops = c.step(c.journeys.ideal, QStringLiteral("Inkomen daalt"));
    c.canvas()->selectStep(first);
    c.useMenu([](QMenu *menu) {
        return pairAction(menu, QStringLiteral("Pair with ideal step"),
                          QStringLiteral("1. Inkomen daalt"));
    });
    CHECK(c.counterpart(drops) == first);
    c.file.document->undoStack()->undo();
    CHECK(c.counterpart(drops).isEmpty());
}

TEST_CASE("Compare view: dragging an ideal step onto a current step pairs them") {
    Compare c;
    // Unpaired, the current journey's steps come first: these two are three
    // columns apart, both in view at once.
    const QString again = c.step(c.journeys.current, QStringLiteral("Wacht weken op besluit"));
    const QString renews = c.step(c.journeys.ideal, QStringLiteral("Gemeente ziet het signaal"));
    // Scrolled so that both show, each point taken without scrolling again.
    c.canvas()->stepPoint(again);
    const QPoint from = c.canvas()->stepPoint(renews);
    const QPoint to = c.canvas()->stepPoint(again);
    REQUIRE(c.canvas()->stepPoint(renews) == from);
    REQUIRE(c.canvas()->viewport()->rect().contains(from));
    REQUIRE(c.canvas()->viewport()->rect().contains(to));
    c.drag(from, to);
    CHECK(c.counterpart(renews) == again);
    const JourneyAlignment &a = c.canvas()->alignment();
    REQUIRE(a.pairOf(again));
    CHECK(a.pairOf(again)->origin == JourneyAlignment::Origin::Manual);
    CHECK(a.columnOf(again) == a.columnOf(renews));
    c.file.document->undoStack()->undo();
    CHECK(c.counterpart(renews).isEmpty());
    CHECK(c.canvas()->markedSteps().contains(again));

    // The other way round, current onto ideal, does the same.
    const QPoint from2 = c.canvas()->stepPoint(again);
    const QPoint to2 = c.canvas()->stepPoint(renews);
    REQUIRE(c.canvas()->stepPoint(again) == from2);
    c.drag(from2, to2);
    CHECK(c.counterpart(renews) == again);

    // A drop on the same journey, or a click, changes nothing.
    const int count = c.file.document->undoStack()->count();
    const QString decides = c.step(c.journeys.ideal, QStringLiteral("Inkomen daalt"));
    c.canvas()->stepPoint(renews);
    const QPoint start = c.canvas()->stepPoint(decides);
    const QPoint sameJourney = c.canvas()->stepPoint(renews);
    REQUIRE(c.canvas()->stepPoint(decides) == start);
    c.drag(start, sameJourney);
    QTest::mouseClick(c.canvas()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      c.canvas()->stepPoint(decides));
    CHECK(c.file.document->undoStack()->count() == count);
    CHECK(c.canvas()->selectedStep() == decides);
}

TEST_CASE("Compare view: the keyboard moves the selection and a step's pairing") {
    Compare c;
    const auto current = c.ws().orderedSteps(c.journeys.current);
    const auto ideal = c.ws().orderedSteps(c.journeys.ideal);
    QWidget *canvas = c.canvas();
    // The keyboard's arrival chose the first step; Right the next.
    CHECK(c.canvas()->selectedStep() == current[0]->id);
    QTest::keyClick(canvas, Qt::Key_Right);
    CHECK(c.canvas()->selectedStep() == current[1]->id);
    QTest::keyClick(canvas, Qt::Key_Down);
    const QString below = c.canvas()->selectedStep();
    CHECK(c.ws().find<Step>(below)->journey == c.journeys.ideal);
    QTest::keyClick(canvas, Qt::Key_Home);
    CHECK(c.canvas()->selectedStep() == ideal[0]->id);

    // Ctrl+Right pairs the unpaired ideal step with the current step above
    // it, and again moves it one step along the current journey.
    QTest::keyClick(canvas, Qt::Key_Right, Qt::ControlModifier);
    const QString first = c.counterpart(ideal[0]->id);
    REQUIRE(first == current[0]->id);
    QTest::keyClick(canvas, Qt::Key_Right, Qt::ControlModifier);
    const QString second = c.counterpart(ideal[0]->id);
    const QStringList currentIds = [&] {
        QStringList ids;
        for (const Step *s : current)
            ids << s->id;
        return ids;
    }();
    CHECK(currentIds.indexOf(second) == currentIds.indexOf(first) + 1);
    CHECK(c.canvas()->selectedStep() == ideal[0]->id);
    // Up goes to the partner.
    QTest::keyClick(canvas, Qt::Key_Up);
    CHECK(c.canvas()->selectedStep() == second);
    // Two edits, two undo steps.
    c.file.document->undoStack()->undo();
    CHECK(c.counterpart(ideal[0]->id) == first);
    c.file.document->undoStack()->undo();
    CHECK(c.counterpart(ideal[0]->id).isEmpty());

    // The menu key opens the selected step's menu.
    c.canvas()->selectStep(ideal[1]->id);
    c.useMenu([](QMenu *menu) { return actionNamed(menu, QStringLiteral("No counterpart")); });
    CHECK(c.counterpart(ideal[1]->id) == QStringLiteral("none"));
}

TEST_CASE("Compare view: the step the keyboard chooses is described, with its cards") {
    Compare c;
    const auto current = c.ws().orderedSteps(c.journeys.current);
    QWidget *canvas = c.canvas();
    // The keyboard came to the drawing: its first step is chosen.
    REQUIRE(canvas->hasFocus());
    REQUIRE(c.canvas()->selectedStep() == current[0]->id);
    // A screen reader reads the drawing's description; a sighted keyboard
    // user sees the same in the tooltip: what hovering would show.
    const QString details = canvas->accessibleDescription();
    CHECK(details.startsWith(current[0]->title));
    CHECK(details.contains(QStringLiteral("Emotion: ")));
    // And the step's cards, which a mouse user reads by pointing at them.
    QStringList titles;
    for (const Card *card : c.ws().orderedCards(c.journeys.current))
        if (card->step == current[0]->id)
            titles << card->title;
    if (titles.isEmpty()) {
        CHECK(details.contains(QStringLiteral("No cards.")));
    } else {
        CHECK(details.contains(QStringLiteral("Cards: ")));
        for (const QString &title : titles)
            CHECK(details.contains(title));
    }
    QAccessibleInterface *drawing = QAccessible::queryAccessibleInterface(canvas);
    REQUIRE(drawing);
    CHECK(drawing->text(QAccessible::Description) == details);
    QTest::keyClick(canvas, Qt::Key_Right);
    CHECK(canvas->accessibleDescription().startsWith(current[1]->title));
}

TEST_CASE("Compare view: cards in both journeys are not marked, edits redraw the marks") {
    Compare c;
    Edits edits(*c.file.document);
    const QString waits = c.step(c.journeys.current, QStringLiteral("Wacht weken op besluit"));
    const QString decides = c.step(c.journeys.ideal, QStringLiteral("Besluit binnen een week"));
    REQUIRE(edits.setCounterpart(decides, waits));
    // A card of the current step, copied by title into the same kind of lane.
    const Card *wait = nullptr;
    for (const Card *card : c.ws().orderedCards(c.journeys.current))
        if (card->step == waits && card->title == QStringLiteral("Wachten op besluit"))
            wait = card;
    REQUIRE(wait);
    const QString waitId = wait->id;
    const QString laneKind = c.ws().find<Lane>(wait->lane)->kind;
    QString lane;
    for (const Lane *l : c.ws().orderedLanes(c.journeys.ideal))
        if (l->kind == laneKind)
            lane = l->id;
    REQUIRE(c.canvas()->markedCards().contains(waitId));
    const QString copy = edits.addCard(decides, lane, QStringLiteral("wachten op  Besluit"));
    REQUIRE_FALSE(copy.isEmpty());
    CHECK_FALSE(c.canvas()->markedCards().contains(waitId));
    CHECK_FALSE(c.canvas()->markedCards().contains(copy));
    CHECK(c.canvas()->alignment().cardCounterpart(copy) == waitId);
    c.file.document->undoStack()->undo();
    CHECK(c.canvas()->markedCards().contains(waitId));
}

TEST_CASE("Compare view: the lists choose the journeys, a made ideal version is all pairs") {
    Compare c;
    Edits edits(*c.file.document);
    const QString made = edits.makeIdealVersion(c.journeys.current, QStringLiteral("Kopie"));
    REQUIRE_FALSE(made.isEmpty());
    QComboBox *ideals = nullptr;
    for (QComboBox *combo : c.view->findChildren<QComboBox *>())
        if (combo->accessibleName() == QStringLiteral("Ideal journey"))
            ideals = combo;
    REQUIRE(ideals);
    REQUIRE(ideals->count() == 2);
    CHECK(c.view->idealJourney() == c.journeys.ideal); // the choice stays
    test::chooseItem(ideals, ideals->findData(made));
    CHECK(c.view->idealJourney() == made);
    CHECK(c.canvas()->alignment().idealJourney() == made);
    CHECK(c.canvas()->markedSteps().isEmpty());
    CHECK(c.canvas()->markedCards().isEmpty());
    CHECK(c.view->summary().startsWith(QStringLiteral("6 steps aligned, 0 only in current")));
    // Undoing the copy takes the journey away: the view falls back.
    c.file.document->undoStack()->undo();
    CHECK(c.view->idealJourney() == c.journeys.ideal);
    CHECK(ideals->count() == 1);
}

TEST_CASE("Compare view: a closed document leaves an empty view, a new one shows again") {
    Compare c;
    c.file.document.reset();
    CHECK(c.view->document() == nullptr);
    CHECK(c.canvas()->compareLayout().steps.empty());
    CHECK(c.view->currentJourney().isEmpty());
    c.view->grab(); // paints the placeholder without a document

    test::ExampleFile other;
    c.view->setDocument(other.document.get());
    c.view->setPersona(c.samira);
    const Workspace &ws = other.document->workspace();
    const auto journeys = JourneyAlignment::journeysOf(ws, c.samira);
    CHECK(c.view->currentJourney() == journeys.current);
    CHECK(c.canvas()->compareLayout().steps.size() ==
          ws.orderedSteps(journeys.current).size() + ws.orderedSteps(journeys.ideal).size());
}

TEST_CASE("Compare view: the window's zoom keys, Ctrl+wheel, Actual Size and Fit work on it") {
    CompareWindow w;
    CompareCanvas *canvas = w.canvas();
    QScrollBar *across = canvas->horizontalScrollBar();
    REQUIRE(canvas->zoom() == 1.0);
    REQUIRE_FALSE(wholeWidthVisible(canvas)); // at 100 % the steps run off the right
    const int range = across->maximum();

    w.keys(QKeySequence::ZoomIn);
    CHECK(canvas->zoom() > 1.0);
    CHECK(across->maximum() > range);
    w.keys(QKeySequence(Qt::CTRL | Qt::Key_0)); // Actual Size
    CHECK(canvas->zoom() == 1.0);
    CHECK(across->maximum() == range);
    w.keys(QKeySequence::ZoomOut);
    CHECK(canvas->zoom() < 1.0);
    CHECK(across->maximum() < range);
    w.keys(QKeySequence(Qt::CTRL | Qt::Key_0));

    // Ctrl+wheel zooms around the pointer: the step under it stays there
    // (its tooltip names it).
    const QPoint at = canvas->stepPoint(canvas->compareLayout().steps[3].id);
    const QString under = w.toolTipAt(at);
    REQUIRE(!under.isEmpty());
    for (int i = 0; i < 3; ++i) {
        QWheelEvent wheel(at, canvas->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas->viewport(), &wheel);
    }
    CHECK(canvas->zoom() > 1.5);
    CHECK(w.toolTipAt(at) == under);
    // A wheel without Ctrl scrolls, as before.
    const int down = canvas->verticalScrollBar()->value();
    QWheelEvent scroll(at, canvas->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120),
                       Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas->viewport(), &scroll);
    CHECK(canvas->zoom() > 1.5);
    CHECK(canvas->verticalScrollBar()->value() > down);

    // Fit to Window, from the View menu's key: every step of the example in view.
    w.keys(QKeySequence(Qt::CTRL | Qt::Key_9));
    CHECK(canvas->zoom() < 1.0);
    CHECK(wholeWidthVisible(canvas));
    CHECK(canvas->verticalScrollBar()->maximum() == 0);
    for (const auto &box : canvas->compareLayout().steps) {
        canvas->stepPoint(box.id); // scrolls only if it had to
        CHECK(across->value() == 0);
        CHECK(canvas->verticalScrollBar()->value() == 0);
    }
}

TEST_CASE("Compare view: pairs Make Ideal Version made say so, a pair made by hand says that") {
    CompareWindow w;
    MainWindow &window = w.example.window;
    const QString current = w.example.journeyOfKind("current");
    window.openJourney(current);
    window.windowActions()->action(WindowActions::MakeIdealVersion)->trigger();
    const BlueprintView *made = window.currentBlueprint();
    REQUIRE(made);
    const QString ideal = made->blueprintScene()->journeyId();
    REQUIRE(ideal != current);
    window.openCompare(w.samira(), current, ideal);
    REQUIRE(w.example.currentTab<CompareView>() == w.view);
    REQUIRE(w.view->idealJourney() == ideal);
    CompareCanvas *canvas = w.canvas();
    QStringList steps;
    for (const Step *step : w.example.ws().orderedSteps(ideal))
        steps << step->id;
    REQUIRE(steps.size() > 2);
    for (const QString &step : std::as_const(steps)) {
        const QString tip = w.toolTipAt(canvas->stepPoint(step));
        CHECK(tip.contains(QStringLiteral("Paired when the ideal version was made")));
        CHECK_FALSE(tip.contains(QStringLiteral("Paired by hand")));
    }
    // Paired again by hand (Ctrl+Right moves the pairing one step on).
    const QString moved = steps[1];
    canvas->selectStep(moved);
    QTest::keyClick(canvas, Qt::Key_Right, Qt::ControlModifier);
    REQUIRE(w.example.ws().find<Step>(moved)->counterpart ==
            w.example.ws().orderedSteps(current)[2]->id);
    CHECK(w.toolTipAt(canvas->stepPoint(moved)).contains(QStringLiteral("Paired by hand")));
    CHECK(w.toolTipAt(canvas->stepPoint(steps[0]))
              .contains(QStringLiteral("Paired when the ideal version was made")));
    // Nothing new in the file: the copies' ids say how they were made, so the
    // file read again says the same.
    QString error;
    const auto reread = Document::open(w.example.path, Store::Mode::ReadOnly, &error);
    REQUIRE(reread);
    const JourneyAlignment again = JourneyAlignment::compute(reread->workspace(), current, ideal);
    REQUIRE(again.pairOf(steps[0]));
    CHECK(again.pairOf(steps[0])->origin == JourneyAlignment::Origin::IdealVersion);
    REQUIRE(again.pairOf(moved));
    CHECK(again.pairOf(moved)->origin == JourneyAlignment::Origin::Manual);
}

TEST_CASE("Compare view: the persona's name stands beside the lists, whole when there is room") {
    Compare c;
    QLabel *name = nullptr;
    for (QLabel *label : c.view->findChildren<QLabel *>())
        if (label->text() == QStringLiteral("Samira"))
            name = label;
    REQUIRE(name);
    CHECK(name->isVisible());
    CHECK(name->width() >= name->sizeHint().width());
    // A long one is cut, never widening the view beyond what it was given.
    REQUIRE(Edits(*c.file.document)
                .setField(EntityType::Persona, {c.samira}, QStringLiteral("name"),
                          QString(200, QLatin1Char('M'))));
    QApplication::processEvents();
    CHECK(c.view->width() == 1280);
    CHECK(c.view->minimumSizeHint().width() < 1280);
}

TEST_CASE("Compare view: the legend takes more rows rather than widening a narrow window") {
    Compare c;
    QWidget *legend = nullptr;
    for (QWidget *child : c.view->findChildren<QWidget *>())
        if (child->accessibleName() == QStringLiteral("Legend"))
            legend = child;
    REQUIRE(legend);
    const int oneRow = legend->height();
    CHECK(legend->width() >= legend->sizeHint().width()); // 1280 wide: one row
    CHECK(c.view->minimumSizeHint().width() < 760);
    c.view->resize(760, 800);
    QApplication::processEvents();
    CHECK(c.view->width() == 760);
    CHECK(legend->height() > oneRow);
    CHECK(legend->geometry().right() < c.view->width());
}

// Not run by default: writes screenshots for review (BLAUWDRUK_SHOTS=folder).
TEST_CASE("Compare view: screenshots", "[.][screenshot]") {
    Compare c;
    const QString folder = qEnvironmentVariable("BLAUWDRUK_SHOTS", QStringLiteral("/tmp"));
    c.view->grab().save(folder + QStringLiteral("/compare-plain.png"));
    Edits edits(*c.file.document);
    const std::pair<const char *, const char *> pairs[] = {
        {"Merkt dat het geld niet rondkomt", "Inkomen daalt"},
        {"Zoekt op internet en vraagt rond", "Gemeente informeert proactief"},
        {"Vraagt regelingen één voor één aan", "Eén check van alle regelingen"},
        {"Levert bewijsstukken in", "Alleen aanvullen wat ontbreekt"},
        {"Wacht weken op besluit", "Besluit binnen een week"},
        {"Ieder jaar opnieuw aanvragen", "Jaarlijkse automatische verlenging"},
    };
    for (const auto &[current, ideal] : pairs)
        REQUIRE(edits.setCounterpart(c.step(c.journeys.ideal, QString::fromUtf8(ideal)),
                                     c.step(c.journeys.current, QString::fromUtf8(current))));
    c.canvas()->selectStep(c.step(c.journeys.ideal, QStringLiteral("Gemeente ziet het signaal")));
    c.view->grab().save(folder + QStringLiteral("/compare-paired.png"));
    c.canvas()->fitToView();
    c.view->grab().save(folder + QStringLiteral("/compare-fit.png"));
    c.canvas()->showActualSize();
    const QString made = edits.makeIdealVersion(c.journeys.current, QStringLiteral("Kopie"));
    c.view->setJourneys(c.journeys.current, made);
    c.view->grab().save(folder + QStringLiteral("/compare-ideal-version.png"));
    c.view->resize(760, 800);
    QApplication::processEvents();
    c.view->grab().save(folder + QStringLiteral("/compare-narrow.png"));
}
