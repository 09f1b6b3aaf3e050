// Item 1 of issue 13: the mouse wheel over a field that does not have focus
// scrolls the panel around it and changes nothing; with focus it changes
// the value as before.
#include "blueprintscene.h"
#include "blueprintview.h"
#include "examplewindow.h"
#include "inspector.h"
#include "personaeditor.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace blauwdruk;

namespace {

// One notch of the wheel over the middle of `widget` (a positive count
// turns it away from the user: up), delivered as the window delivers it.
void turnWheel(QWidget *widget, int notches) {
    const QPointF centre = QRectF(widget->rect()).center();
    QWheelEvent wheel(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, 120 * notches),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

// What a field shows.
QVariant shown(const QWidget *field) {
    if (const auto *combo = qobject_cast<const QComboBox *>(field))
        return combo->currentIndex();
    return qobject_cast<const QSpinBox *>(field)->value();
}

// The notch that would change the field's value: down the list, or up at its end.
int changingNotch(const QWidget *field) {
    if (const auto *combo = qobject_cast<const QComboBox *>(field))
        return combo->currentIndex() < combo->count() - 1 ? -1 : 1;
    const auto *spin = qobject_cast<const QSpinBox *>(field);
    return spin->value() < spin->maximum() ? 1 : -1;
}

// Fields added to a shown form show themselves in a queued call (QLayout),
// and only shown fields take room: one round of events shows them, the
// next lays them out and sets the scroll area's range.
void layOutNewFields() {
    QApplication::processEvents();
    QApplication::processEvents();
}

QScrollBar *scrollBarAround(QWidget *field) {
    for (QWidget *w = field; w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w))
            return scroll->verticalScrollBar();
    return nullptr;
}

// The wheel over the field, while `focus` has focus, scrolls the panel and
// changes nothing; once the field has focus, it changes the value (one
// undo step, taken back again).
void checkWheel(test::ExampleWindow &w, QWidget *panel, const QString &name, QWidget *focus) {
    INFO(name.toStdString());
    layOutNewFields();
    auto *field = panel->findChild<QWidget *>(name);
    REQUIRE(field);
    QScrollBar *bar = scrollBarAround(field);
    REQUIRE(bar);
    REQUIRE(bar->maximum() > 0);
    // A wheel cannot give the field focus (Qt does that before any filter).
    CHECK(field->focusPolicy() == Qt::StrongFocus);

    focus->setFocus();
    REQUIRE(focus->hasFocus());
    bar->setValue(0);
    const std::string before = test::canonical(w.ws());
    const int steps = w.doc().undoStack()->index();
    const QVariant value = shown(field);
    turnWheel(field, -1);
    turnWheel(field, -1);
    CHECK(bar->value() > 0); // the panel scrolled down
    CHECK(shown(field) == value);
    CHECK(test::canonical(w.ws()) == before);
    CHECK(w.doc().undoStack()->index() == steps);
    CHECK(focus->hasFocus());
    const int scrolled = bar->value();
    turnWheel(field, 1);
    CHECK(bar->value() < scrolled); // and up again
    CHECK(shown(field) == value);
    CHECK(test::canonical(w.ws()) == before);

    // The field with focus: the wheel is the user's way to change it.
    field->setFocus();
    REQUIRE(field->hasFocus());
    const int position = bar->value();
    turnWheel(field, changingNotch(field));
    CHECK(shown(field) != value);
    CHECK(test::canonical(w.ws()) != before);
    CHECK(w.doc().undoStack()->index() == steps + 1);
    CHECK(bar->value() == position);
    w.doc().undoStack()->undo();
    CHECK(test::canonical(w.ws()) == before);
    w.saved();
}

} // namespace

TEST_CASE("Wheel: over the Inspector's fields it scrolls the panel and changes no value") {
    test::ExampleWindow w;
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    w.window.resize(1280, 640); // the fields are longer than the panel
    BlueprintView *view = w.window.currentBlueprint();
    REQUIRE(view);
    auto *inspector = w.window.findChild<Inspector *>();
    REQUIRE(inspector);
    const QString journey = view->blueprintScene()->journeyId();

    // A cell: the Inspector shows its step (emotion), lane (kind, colour)
    // and journey (kind, persona).
    view->selectCards({});
    const Lane *lane = w.ws().orderedLanes(journey).at(1);
    view->setCurrentCell({w.ws().orderedSteps(journey).at(1)->id, lane->id});
    for (const char *name :
         {"EmotionField", "lane_kind", "lane_colour", "journey_kind", "journey_persona"})
        checkWheel(w, inspector, QLatin1String(name), view);

    // A card: its kind, status, evidence, votes and colour.
    view->selectCards({w.ws().orderedCards(journey).front()->id});
    for (const char *name :
         {"card_kind", "card_status", "card_evidence", "card_votes", "card_colour"})
        checkWheel(w, inspector, QLatin1String(name), view);
}

TEST_CASE("Wheel: a form opened later, the persona's, scrolls too and keeps its values") {
    test::ExampleWindow w;
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    w.window.resize(1280, 600); // the form is longer than its tab
    w.window.openPersona(w.ws().orderedPersonas().front()->id);
    auto *editor = w.currentTab<PersonaEditor>();
    REQUIRE(editor);
    QWidget *first = editor->findChild<QWidget *>(QStringLiteral("field_name"));
    REQUIRE(first);
    for (const char *name : {"field_age", "field_digital_skills", "field_self_reliance"})
        checkWheel(w, editor, QLatin1String(name), first);
}
