// Focus visible (issue 20, point 4; WCAG 2.1's 2.4.7): every place the
// Tab key stops at in the main window shows that it has the keyboard. The
// window is walked with real Tab presses on each kind of tab, with its
// panels open; each stop is drawn with the keyboard and without it, and the
// two pictures must differ. A stop that looks the same either way is a
// place where a keyboard user loses track (a keyboard trial found two on
// the Personas tab: the Inspector's scrolled area and the persona form's).

#include "blueprintscene.h"
#include "blueprintview.h"
#include "edits.h"
#include "examplewindow.h"
#include "journeyoverview.h"
#include "personagallery.h"
#include "preferences.h"
#include "spokenname.h"
#include "theme.h"
#include "windowactions.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDockWidget>
#include <QImage>
#include <QListWidget>
#include <QTabBar>
#include <QTest>
#include <QTreeWidget>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

QString nameOf(const QWidget *widget) {
    QString name = QLatin1String(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += QLatin1Char(' ') + widget->objectName();
    if (!widget->accessibleName().isEmpty())
        name += QStringLiteral(" '%1'").arg(widget->accessibleName());
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget())
        if (!up->objectName().isEmpty() && !up->objectName().startsWith(QLatin1String("qt_"))) {
            name += QStringLiteral(" in %1").arg(up->objectName());
            break;
        }
    return name;
}

// The places Tab stops at, from the tab bar (or, in session mode, which
// hides it, the tab in front) round to where it came back.
QList<QWidget *> tabStops(MainWindow &window) {
    QWidget *start = window.tabs()->tabBar();
    if (!start->isVisible())
        start = window.tabs()->currentWidget();
    start->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    start = QApplication::focusWidget();
    REQUIRE(start);
    QList<QWidget *> stops{start};
    QStringList covered;
    for (int presses = 0; presses < 200; ++presses) {
        press(Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus);
        if (stops.contains(focus))
            break;
        stops << focus;
        // What Tab reached is what the window shows there: not under
        // another panel (a tabbed one whose tab is not in front), not
        // scrolled half out of its panel. A field shows whole, a tall text
        // box at least its first lines.
        const QRect place(focus->mapTo(&window, QPoint()), focus->size());
        const int shownHeight = std::min(place.height(), 48);
        const QPoint below(0, shownHeight - 1);
        for (const QPoint corner :
             {place.topLeft(), place.topRight(), place.topLeft() + below, place.topRight() + below})
            if (QWidget *shown = window.childAt(corner);
                shown != focus && !focus->isAncestorOf(shown)) {
                covered << nameOf(focus);
                break;
            }
    }
    INFO("stops out of sight: " << covered.join(QStringLiteral("; ")).toStdString());
    CHECK(covered.isEmpty());
    return stops;
}

QImage pictureOf(QWidget *widget) {
    QApplication::processEvents();
    return widget->grab().toImage();
}

// Walks the window by Tab and checks every stop: it looks different with
// the keyboard than without, and it has a name a screen reader can say.
// At least `least` stops: session mode keeps the keyboard on the canvas.
void checkStops(MainWindow &window, int least = 3) {
    const QList<QWidget *> stops = tabStops(window);
    INFO(stops.size() << " stops");
    CHECK(stops.size() >= least);
    QStringList unmarked, unnamed;
    for (QWidget *stop : stops) {
        // Away to another stop, then back by Tab, as a person comes to it.
        QWidget *elsewhere = stop == stops.first() ? stops.last() : stops.first();
        if (elsewhere == stop)
            stop->clearFocus();
        else
            elsewhere->setFocus(Qt::TabFocusReason);
        const QImage without = pictureOf(stop);
        stop->setFocus(Qt::TabFocusReason);
        const QImage with = pictureOf(stop);
        if (with == without)
            unmarked << nameOf(stop);
        if (spokenName(stop).isEmpty())
            unnamed << nameOf(stop);
    }
    INFO("stops without a visible mark: " << unmarked.join(QStringLiteral("; ")).toStdString());
    CHECK(unmarked.isEmpty());
    INFO("stops without a name: " << unnamed.join(QStringLiteral("; ")).toStdString());
    CHECK(unnamed.isEmpty());
}

} // namespace

TEST_CASE("Focus visible: every Tab stop of the main window shows that it has the keyboard") {
    // In the calm look and in high contrast, as the application starts.
    const bool highContrast = GENERATE(false, true);
    INFO((highContrast ? "high contrast" : "calm look"));
    struct Look {
        explicit Look(bool high) {
            Preferences::setHighContrast(high);
            Theme::apply();
        }
        ~Look() { // back to the calm look, also when a check fails
            Preferences::setHighContrast(false);
            Theme::apply();
        }
    } look(highContrast);
    ExampleWindow w;
    activate(w.window);
    // As the window first opens, and with every panel a person can open,
    // so that each is walked too.
    const bool allPanels = GENERATE(false, true);
    INFO((allPanels ? "every panel open" : "the panels as the window opens"));
    if (allPanels)
        for (QDockWidget *dock : w.window.findChildren<QDockWidget *>())
            dock->toggleViewAction()->setChecked(true);
    QApplication::processEvents();

    SECTION("the overview") {
        w.window.tabs()->setCurrentWidget(w.window.journeyOverview());
        checkStops(w.window);
    }
    SECTION("the personas, with one chosen") {
        w.window.showPersonas();
        QListWidget *list = w.window.personaGallery()->list();
        REQUIRE(list->count() > 0);
        list->setCurrentRow(0);
        checkStops(w.window);
    }
    SECTION("a persona's form") {
        const Persona *persona = w.ws().orderedPersonas().front();
        w.window.openPersona(persona->id);
        checkStops(w.window);
    }
    SECTION("a journey's canvas, with a card chosen") {
        w.window.openJourney(w.journeyOfKind("current"));
        BlueprintView *view = w.window.currentBlueprint();
        REQUIRE(view);
        const std::vector<const Card *> cards =
            w.ws().orderedCards(view->blueprintScene()->journeyId());
        REQUIRE_FALSE(cards.empty());
        view->selectCards({cards.front()->id});
        checkStops(w.window);
    }
    SECTION("the compare view") {
        w.window.openCompare(w.ws().orderedPersonas().front()->id);
        checkStops(w.window);
    }
    SECTION("review mode, on a journey's canvas") {
        w.window.openJourney(w.journeyOfKind("current"));
        w.window.setReviewMode(true);
        checkStops(w.window);
        w.window.setReviewMode(false);
    }
    SECTION("session mode, on a journey's canvas") {
        w.window.openJourney(w.journeyOfKind("current"));
        w.window.setSessionMode(true);
        checkStops(w.window, 1);
        w.window.setSessionMode(false);
    }
}

TEST_CASE("Focus visible: Journey › Personas takes the keyboard into the gallery") {
    ExampleWindow w;
    activate(w.window);
    w.window.openJourney(w.journeyOfKind("current"));
    w.window.currentBlueprint()->setFocus();
    REQUIRE(w.window.currentBlueprint()->hasFocus());
    w.window.windowActions()->action(WindowActions::ShowPersonas)->trigger();
    CHECK(w.window.tabs()->currentWidget() == w.window.personaGallery());
    CHECK(w.window.personaGallery()->list()->hasFocus());
}

TEST_CASE("Focus visible: the arrow keys in the overview pass by the \"No journeys yet\" line") {
    ExampleWindow w;
    activate(w.window);
    const std::vector<const Persona *> before = w.ws().orderedPersonas();
    REQUIRE_FALSE(before.empty());
    // A persona without journeys, first in the list.
    const QString lonely = Edits(w.doc()).addPersona(QStringLiteral("Noor"), 0);
    REQUIRE_FALSE(lonely.isEmpty());
    w.window.tabs()->setCurrentWidget(w.window.journeyOverview());
    QTreeWidget *tree = w.window.journeyOverview()->tree();
    REQUIRE(tree->topLevelItem(0)->data(0, Qt::UserRole).toString() == lonely);
    tree->setFocus(Qt::TabFocusReason);
    tree->setCurrentItem(tree->topLevelItem(0));
    REQUIRE(tree->topLevelItem(0)->childCount() == 1); // the line that says so
    press(Qt::Key_Down);
    // Straight on to the next persona.
    CHECK(tree->currentItem() == tree->topLevelItem(1));
}
