// From item 11 of issue 13: the New Journey dialog opens on the title,
// Enter creates the journey, and a persona's first journey is suggested as
// its current one.
#include "edits.h"
#include "examplewindow.h"
#include "journeycommands.h"
#include "journeydialog.h"
#include "modaldialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace blauwdruk;

namespace {

using test::namedChild;

// New Journey for `persona`, with `fill` run on the dialog once it is open.
QString newJourney(test::ExampleWindow &w, const QString &persona,
                   const std::function<void(JourneyDialog *)> &fill) {
    QString id;
    test::withModalDialog<JourneyDialog>(
        [&] { id = JourneyCommands(w.window).newJourney(persona); }, fill);
    return id;
}

std::string kindShown(JourneyDialog *dialog) {
    return namedChild<QComboBox>(dialog, "JourneyKind")->currentData().toString().toStdString();
}

} // namespace

TEST_CASE("New Journey: typing goes into the title at once and Enter creates the journey") {
    test::ExampleWindow w;
    const QString henk = w.ws().orderedPersonas().back()->id; // no journeys yet
    const int steps = w.doc().undoStack()->count();
    const QString id = newJourney(w, henk, [](JourneyDialog *dialog) {
        QWidget *focus = dialog->focusWidget();
        CHECK(focus == namedChild<QLineEdit>(dialog, "JourneyTitle"));
        // Henk has no current journey: his first one describes today.
        CHECK(kindShown(dialog) == "current");
        if (!focus)
            return;
        QTest::keyClicks(focus, QStringLiteral("Henk vraagt een toeslag aan"));
        QTest::keyClick(focus, Qt::Key_Return);
    });
    REQUIRE(!id.isEmpty());
    const Journey *journey = w.ws().find<Journey>(id);
    REQUIRE(journey);
    CHECK(journey->title == QStringLiteral("Henk vraagt een toeslag aan"));
    CHECK(journey->kind == QStringLiteral("current"));
    CHECK(journey->persona == henk);
    CHECK(w.doc().undoStack()->count() == steps + 1);

    // Now that he has one, his next journey is suggested as the ideal.
    const QString next = newJourney(w, henk, [](JourneyDialog *dialog) {
        CHECK(kindShown(dialog) == "ideal");
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "JourneyTitle"),
                         QStringLiteral("Henk krijgt de toeslag vanzelf"));
        QTest::keyClick(namedChild<QLineEdit>(dialog, "JourneyTitle"),
                        Qt::Key_Enter); // the keypad's Enter too
    });
    REQUIRE(!next.isEmpty());
    CHECK(w.ws().find<Journey>(next)->kind == QStringLiteral("ideal"));
    w.saved();
}

TEST_CASE("New Journey: the suggested kind follows the persona until the user picks one") {
    test::ExampleWindow w;
    const QString samira = w.ws().orderedPersonas().front()->id; // has a current journey
    const QString fatima = Edits(w.doc()).addPersona(QStringLiteral("Fatima"));
    REQUIRE(!fatima.isEmpty());
    const int steps = w.doc().undoStack()->count();
    const QString id = newJourney(w, samira, [&](JourneyDialog *dialog) {
        auto *persona = namedChild<QComboBox>(dialog, "JourneyPersona");
        auto *kind = namedChild<QComboBox>(dialog, "JourneyKind");
        CHECK(kindShown(dialog) == "ideal");
        test::chooseItem(persona, persona->findData(fatima));
        CHECK(kindShown(dialog) == "current");
        test::chooseItem(persona, persona->findData(samira));
        CHECK(kindShown(dialog) == "ideal");
        // Picked by hand, the kind stays whatever persona is chosen after.
        test::chooseItem(persona, persona->findData(fatima));
        test::chooseItem(kind, kind->findData(QStringLiteral("ideal")));
        test::chooseItem(persona, persona->findData(samira));
        test::chooseItem(persona, persona->findData(fatima));
        CHECK(kindShown(dialog) == "ideal");
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
    });
    CHECK(id.isEmpty());
    CHECK(w.doc().undoStack()->count() == steps);
}

TEST_CASE("New Journey: the first stage and step are named in the workspace's language") {
    test::ExampleWindow w; // a Dutch workspace, in an English window
    const QString henk = w.ws().orderedPersonas().back()->id;
    const QString id = newJourney(w, henk, [](JourneyDialog *dialog) {
        QTest::keyClicks(namedChild<QLineEdit>(dialog, "JourneyTitle"), QStringLiteral("Henk"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    });
    REQUIRE(!id.isEmpty());
    CHECK(w.ws().orderedStages(id).front()->title == QStringLiteral("Fase 1"));
    CHECK(w.ws().orderedSteps(id).front()->title == QStringLiteral("Stap 1"));
    CHECK(w.ws().orderedLanes(id).front()->title == QStringLiteral("Inwoner"));
}
