// The keyboard in the window: canvas keys wherever the keyboard is, keys
// that say why they cannot run, Save and Save As, and a read-only file that
// opens no editor (issue 13, items 2 to 4).
#include "blueprintscene.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "carditem.h"
#include "document.h"
#include "editinplacetool.h"
#include "examplewindow.h"
#include "filelock.h"
#include "inspector.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "projecttree.h"
#include "shortcutsdialog.h"
#include "testsupport.h"
#include "windowactions.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeWidgetItemIterator>

using namespace blauwdruk;

namespace {

using test::ExampleWindow;

using test::activate;
using test::press;

QPoint onCard(BlueprintView &view, const QString &id) {
    const QRectF rect = view.blueprintScene()->layout().card(id)->rect;
    view.ensureVisible(rect, 0, 0);
    return view.mapFromScene(rect.center());
}

QWidget *openEditor(BlueprintView &view) {
    return view.editor()->activeEditor();
}

// The inspector's first line field: the selected card's title.
QLineEdit *inspectorTitle(MainWindow &window) {
    const QList<QLineEdit *> fields = window.findChild<Inspector *>()->findChildren<QLineEdit *>();
    REQUIRE_FALSE(fields.isEmpty());
    return fields.front();
}

} // namespace

TEST_CASE("Keys: Insert adds a card after a click in the inspector, Delete there stays a letter") {
    ExampleWindow example;
    MainWindow &window = example.window;
    activate(window);
    BlueprintView *view = window.currentBlueprint();
    REQUIRE(view);
    const QString journey = view->blueprintScene()->journeyId();
    const Card first = *example.ws().orderedCards(journey).front();
    view->setFocus();
    view->selectCards({first.id});
    view->setCurrentCell({first.step, first.lane});
    const size_t before = example.ws().cardsInCell(first.step, first.lane).size();

    // A click in the inspector's title field takes the keyboard there (its
    // fields show once the event loop has run).
    QCoreApplication::processEvents();
    QLineEdit *title = inspectorTitle(window);
    REQUIRE(title->text() == first.title);
    QTest::mouseClick(title, Qt::LeftButton, Qt::NoModifier, QPoint(4, title->height() / 2));
    REQUIRE(QApplication::focusWidget() == title);

    // Delete deletes a letter of the title, not the card.
    title->setCursorPosition(0);
    press(Qt::Key_Delete);
    CHECK(example.ws().find<Card>(first.id));
    CHECK(title->text() == first.title.mid(1));

    // Insert adds a card in the canvas's current cell, typed in place.
    press(Qt::Key_Insert);
    REQUIRE(openEditor(*view));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Huisbezoek plannen"));
    press(Qt::Key_Return);
    const auto cell = example.ws().cardsInCell(first.step, first.lane);
    REQUIRE(cell.size() == before + 1);
    CHECK(cell.back()->title == QStringLiteral("Huisbezoek plannen"));
    example.saved();
}

TEST_CASE("Keys: Delete in the project tree deletes no cards, on the canvas it does") {
    ExampleWindow example;
    MainWindow &window = example.window;
    activate(window);
    BlueprintView *view = window.currentBlueprint();
    const QString card = example.ws().orderedCards(view->blueprintScene()->journeyId())[0]->id;
    view->selectCards({card});
    window.findChild<ProjectTree *>()->setFocus();
    press(Qt::Key_Delete);
    CHECK(example.ws().find<Card>(card));
    view->setFocus();
    press(Qt::Key_Delete);
    CHECK_FALSE(example.ws().find<Card>(card));
}

TEST_CASE("Keys: a canvas key that cannot run says why in the status bar") {
    ExampleWindow example;
    MainWindow &window = example.window;
    activate(window);
    BlueprintView *view = window.currentBlueprint();
    view->setFocus();
    view->selectCards({});
    window.statusBar()->clearMessage();
    press(Qt::Key_F2); // Edit Title, with no card selected
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("select a card")));
    press(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier); // Connect, with none selected
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("exactly two")));
}

TEST_CASE("Keys: on a cell with cards the status bar and the shortcut list say how to add one") {
    ExampleWindow example;
    MainWindow &window = example.window;
    activate(window);
    BlueprintView *view = window.currentBlueprint();
    const Card first = *example.ws().orderedCards(view->blueprintScene()->journeyId()).front();
    view->setFocus();
    view->selectCards({});
    const auto steps = example.ws().orderedSteps(view->blueprintScene()->journeyId());
    REQUIRE(steps[0]->id == first.step);
    view->setCurrentCell({steps[1]->id, first.lane});
    QCoreApplication::processEvents(); // the hint follows the move
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Enter or Insert adds")));
    press(Qt::Key_Left); // the arrow keys move the current cell and select its first card
    QCoreApplication::processEvents();
    REQUIRE(view->currentCell().step == first.step);
    REQUIRE(view->selectedCardIds().size() == 1);
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Enter edits")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Insert")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("another card")));

    ShortcutsDialog dialog(window.menuBar(), &window);
    bool listed = false;
    for (QTreeWidgetItemIterator it(dialog.list()); *it; ++it)
        listed = listed || ((*it)->text(0).contains(QStringLiteral("has cards")) &&
                            (*it)->text(1).contains(QStringLiteral("Insert")));
    CHECK(listed);
}

TEST_CASE("Keys: Ctrl+S confirms that all is saved, Ctrl+Shift+S is Save As and only that") {
    ExampleWindow example;
    MainWindow &window = example.window;
    activate(window);
    window.currentBlueprint()->setFocus();
    window.statusBar()->clearMessage();
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("All changes are saved")));

    const QKeySequence saveAs(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    QList<QAction *> bound;
    for (QAction *action : window.canvasActions()->all() + window.windowActions()->all())
        for (const QKeySequence &keys : action->shortcuts())
            if (keys.matches(saveAs) == QKeySequence::ExactMatch)
                bound << action;
    CHECK(bound == QList<QAction *>{window.windowActions()->action(WindowActions::SaveAs)});
}

TEST_CASE("Read-only: no editor opens, nothing moves, and the window says why") {
    test::ExampleFile file;
    const QString path = file.path;
    file.document.reset();
    FileLock other(path); // as if another Blauwdruk had it open
    REQUIRE(other.tryLock() == FileLock::Result::Locked);
    MainWindow window;
    REQUIRE(window.documents()->openFile(path));
    window.show();
    activate(window);
    REQUIRE(window.document()->isReadOnly());
    CHECK(window.noticeBar()->text().contains(QStringLiteral("Save As")));
    CHECK(window.windowTitle().contains(QStringLiteral("(read-only)")));
    BlueprintView *view = window.currentBlueprint();
    REQUIRE(view);
    const Card card =
        *window.document()->workspace().orderedCards(view->blueprintScene()->journeyId())[0];

    // A double-click on a card opens no editor; the status bar says why.
    const QPoint at = onCard(*view, card.id);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    CHECK_FALSE(openEditor(*view));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("read-only")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Save As")));

    // Nor does Enter, which says why too; nor a double-click on a header.
    view->setFocus();
    view->selectCards({card.id});
    window.statusBar()->clearMessage();
    press(Qt::Key_Return);
    CHECK_FALSE(openEditor(*view));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("read-only")));
    const QRectF header = view->blueprintScene()->layout().steps[0].header;
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                       view->mapFromScene(header.center()));
    CHECK_FALSE(openEditor(*view));
    CHECK(window.document()->workspace().find<Card>(card.id)->title == card.title);
}

TEST_CASE("Tooltips: a card's tooltip follows its new title, also past the cut") {
    ExampleWindow example;
    MainWindow &window = example.window;
    activate(window);
    BlueprintView *view = window.currentBlueprint();
    const Card card = *example.ws().orderedCards(view->blueprintScene()->journeyId()).front();
    view->setFocus();
    view->selectCards({card.id});
    // Retitled in place: F2, the new title, Enter.
    const QString longTitle =
        QStringLiteral("Aanvraag bijzondere bijstand voor een wasmachine, met de offerte van de "
                       "winkel en de bankafschriften van de laatste drie maanden erbij");
    for (const QString &title :
         {QStringLiteral("Online aanvragen"), longTitle,
          QString(longTitle).replace(QStringLiteral("drie"), QStringLiteral("zes"))}) {
        press(Qt::Key_F2);
        QWidget *editor = openEditor(*view);
        REQUIRE(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, title);
        QTest::keyClick(editor, Qt::Key_Return);
        REQUIRE(example.ws().find<Card>(card.id)->title == title);
        const QString tip = view->blueprintScene()->cardItem(card.id)->toolTip();
        CHECK(QTextDocumentFragment::fromHtml(tip).toPlainText() == title);
        // A long title wraps (as rich text) instead of running off the screen.
        CHECK(Qt::mightBeRichText(tip) == (title.size() > 80));
    }
}

TEST_CASE("Keys: the emotion lane takes no cards, and says so") {
    ExampleWindow example;
    MainWindow &window = example.window;
    activate(window);
    BlueprintView *view = window.currentBlueprint();
    const QString journey = view->blueprintScene()->journeyId();
    const Step *step = example.ws().orderedSteps(journey).front();
    const Lane *emotion = nullptr;
    for (const Lane *lane : example.ws().orderedLanes(journey))
        if (lane->kind == QLatin1String("emotion"))
            emotion = lane;
    REQUIRE(emotion);
    const size_t cards = example.ws().cards.size();
    view->setFocus();
    view->selectCards({});
    view->setCurrentCell({step->id, emotion->id});
    QCoreApplication::processEvents(); // the hint follows the move
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("emotion lane")));
    for (int key : {Qt::Key_Insert, Qt::Key_Return}) {
        window.statusBar()->clearMessage();
        press(key);
        CHECK_FALSE(openEditor(*view));
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("emotion lane")));
    }
    // A double-click in the lane's empty space adds nothing either.
    const QRectF cell = view->cellRect({step->id, emotion->id});
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                       view->mapFromScene(QPointF(cell.right() - 6, cell.bottom() - 4)));
    CHECK_FALSE(openEditor(*view));
    CHECK(example.ws().cards.size() == cards);
}

TEST_CASE(
    "Keys: Ctrl+F4 closes the journey tab, the overview stays, and Ctrl+W is the workspace's") {
    ExampleWindow example;
    MainWindow &window = example.window;
    activate(window);
    const int fixed = window.tabs()->count(); // the overview and the personas
    window.openJourney(example.journeyOfKind("current"));
    REQUIRE(window.tabs()->count() == fixed + 1);
    window.currentBlueprint()->setFocus();
    press(Qt::Key_F4, Qt::ControlModifier);
    CHECK(window.tabs()->count() == fixed);
    CHECK(window.document()); // the workspace is still open
    // The keyboard is not lost with the tab: a canvas now in front takes it,
    // else the tab bar, where the arrow keys choose the tab to go on in.
    QWidget *expected = window.currentBlueprint();
    if (!expected)
        expected = window.tabs()->tabBar();
    CHECK(QApplication::focusWidget() == expected);
    // On the overview the key closes nothing, and says why.
    window.tabs()->setCurrentIndex(0);
    window.tabs()->currentWidget()->setFocus();
    window.statusBar()->clearMessage();
    press(Qt::Key_F4, Qt::ControlModifier);
    CHECK(window.tabs()->count() == fixed);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Ctrl+W")));
    // The two keys belong to two actions, both in the File menu.
    const QAction *closeTab = window.windowActions()->action(WindowActions::CloseTab);
    CHECK(closeTab->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_F4));
    CHECK(window.windowActions()->action(WindowActions::Close)->shortcut() != closeTab->shortcut());
    QMenu *file = window.menuBar()->actions().front()->menu();
    REQUIRE(file);
    CHECK(file->actions().contains(const_cast<QAction *>(closeTab)));
}

TEST_CASE("Keys: the canvas is drawn again as the keyboard comes and goes, so its cell outline "
          "shows where the keyboard is") {
    ExampleWindow example;
    MainWindow &window = example.window;
    activate(window);
    window.openJourney(example.journeyOfKind("current"));
    BlueprintView *view = window.currentBlueprint();
    REQUIRE(view);
    window.tabs()->tabBar()->setFocus();
    QApplication::processEvents();
    struct PaintCounter : QObject {
        int paints = 0;
        bool eventFilter(QObject *, QEvent *event) override {
            paints += event->type() == QEvent::Paint ? 1 : 0;
            return false;
        }
    } counter;
    view->viewport()->installEventFilter(&counter);
    view->setFocus();
    QApplication::processEvents();
    CHECK(counter.paints > 0);
    counter.paints = 0;
    window.tabs()->tabBar()->setFocus();
    QApplication::processEvents();
    CHECK(counter.paints > 0);
}
