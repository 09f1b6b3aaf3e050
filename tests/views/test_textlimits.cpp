// The editing widgets stop text at limits::kMaxTextLength, so what a field
// shows is what the file holds; a refused change is shown, not swallowed.
#include "blueprintscene.h"
#include "blueprintview.h"
#include "editinplacetool.h"
#include "examplewindow.h"
#include "inlineeditor.h"
#include "personaeditor.h"
#include "sizelimits.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

using namespace blauwdruk;

TEST_CASE("Limits: pasting beyond 100,000 characters into the persona form keeps the first "
          "100,000, in the field and in the file") {
    test::ExampleWindow w;
    const QString id = w.ws().orderedPersonas().front()->id;
    w.window.openPersona(id);
    auto *editor = w.currentTab<PersonaEditor>();
    REQUIRE(editor);

    auto *story = editor->findChild<QPlainTextEdit *>(QStringLiteral("field_story"));
    REQUIRE(story);
    story->setFocus();
    story->selectAll();
    story->insertPlainText(QString(150'000, QLatin1Char('s'))); // as a paste arrives
    CHECK(story->toPlainText().size() == limits::kMaxTextLength);
    CHECK(w.ws().find<Persona>(id)->story == QString(limits::kMaxTextLength, QLatin1Char('s')));

    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("field_name"));
    REQUIRE(name);
    CHECK(name->maxLength() == limits::kMaxTextLength);
    name->selectAll();
    name->insert(QString(150'000, QLatin1Char('n')));
    CHECK(name->text().size() == limits::kMaxTextLength);
    CHECK(w.ws().find<Persona>(id)->name.size() == limits::kMaxTextLength);
    w.saved();
}

TEST_CASE("Limits: a card title pasted into the canvas editor is cut at 100,000 characters") {
    test::ExampleFile file;
    QString journey;
    for (const Journey &j : file.document->workspace().journeys)
        journey = j.id;
    BlueprintView view(new BlueprintScene(file.document.get(), journey));
    view.resize(1200, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const Workspace &ws = file.document->workspace();
    const BlueprintView::Cell cell{ws.orderedSteps(journey).front()->id,
                                   ws.orderedLanes(journey).front()->id};
    const size_t before = ws.cardsInCell(cell.step, cell.lane).size();
    view.editor()->addCardIn(cell);
    InlineEditor *editor = view.activeEditor();
    REQUIRE(editor);
    editor->insertPlainText(QString(120'000, QLatin1Char('t')));
    CHECK(editor->toPlainText().size() == limits::kMaxTextLength);
    QTest::keyClick(editor, Qt::Key_Return);
    const auto cards = ws.cardsInCell(cell.step, cell.lane);
    REQUIRE(cards.size() == before + 1);
    CHECK(cards.back()->title.size() == limits::kMaxTextLength);
    CHECK(test::onDisk(file.path) == test::canonical(ws));
}

TEST_CASE("Limits: a change refused for a limit is shown in a message") {
    test::ExampleWindow w;
    // A paste of more lines than a journey holds cards, with the keyboard
    // into the canvas's current cell: Edits refuses it and the window says so.
    BlueprintView *view = w.window.currentBlueprint();
    REQUIRE(view);
    const QString journey = view->blueprintScene()->journeyId();
    view->setCurrentCell(
        {w.ws().orderedSteps(journey).front()->id, w.ws().orderedLanes(journey).front()->id});
    QGuiApplication::clipboard()->setText(
        QStringLiteral("kaart\n").repeated(limits::kMaxCardsPerJourney + 1));
    const size_t cards = w.ws().cards.size();
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    view->setFocus(Qt::OtherFocusReason);
    QString shown;
    QTimer::singleShot(0, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            QTest::keyClick(box, Qt::Key_Return);
        }
    });
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    CHECK(shown == QStringLiteral("A journey can hold at most 100,000 cards; 100,001 cannot be "
                                  "pasted."));
    CHECK(w.ws().cards.size() == cards);
    w.saved();
}
