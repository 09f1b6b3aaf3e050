#include "blueprintscene.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "carditem.h"
#include "document.h"
#include "edits.h"
#include "examplewindow.h"
#include "findbar.h"
#include "inspector.h"
#include "mainwindow.h"
#include "personagallery.h"
#include "projecttree.h"
#include "shortcutsdialog.h"
#include "testsupport.h"
#include "votecommands.h"
#include "windowactions.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QTimer>

using namespace blauwdruk;

namespace {

using test::ExampleWindow;

QStringList treeTexts(QTreeWidget *tree) {
    QStringList texts;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        texts << (*it)->text(0);
    return texts;
}

} // namespace

TEST_CASE("The main window lists the example's personas and journeys in an untitled copy") {
    MainWindow window;
    REQUIRE(window.documents()->openUntitledExample());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Document *document = window.document();
    REQUIRE(document);
    CHECK(document->isUntitled());
    const QString untitledPath = document->filePath();
    CHECK(QFile::exists(untitledPath));
    CHECK_FALSE(untitledPath.contains(QStringLiteral(":/")));

    auto *tree = window.findChild<ProjectTree *>();
    REQUIRE(tree);
    const QStringList texts = treeTexts(tree);
    for (const Persona &persona : document->workspace().personas)
        CHECK(texts.contains(persona.name));
    for (const Journey &journey : document->workspace().journeys)
        CHECK(std::any_of(texts.begin(), texts.end(),
                          [&](const QString &t) { return t.endsWith(journey.title); }));
    CHECK(window.windowTitle().contains(document->workspace().meta.title));

    // An edit shows in the tree at once and is in the untitled file.
    Edits edits(*document);
    const QString id = edits.addPersona(QStringLiteral("Henk de Vries"));
    CHECK(treeTexts(tree).contains(QStringLiteral("Henk de Vries")));
    CHECK(test::onDisk(untitledPath) == test::canonical(document->workspace()));
    document->undoStack()->undo();
    CHECK_FALSE(treeTexts(tree).contains(QStringLiteral("Henk de Vries")));
}

TEST_CASE("The main window opens a saved file and says all changes are saved") {
    test::ExampleFile file;
    const QString path = file.path;
    file.document.reset();
    MainWindow window;
    REQUIRE(window.documents()->openFile(path));
    REQUIRE(window.document());
    CHECK_FALSE(window.document()->isUntitled());
    CHECK(window.windowTitle().contains(QStringLiteral("example.blauwdruk")));
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(),
                      [](QLabel *l) { return l->text() == QStringLiteral("All changes saved"); }));
    // Undo via the Edit menu's shortcut reaches the document.
    Edits edits(*window.document());
    REQUIRE(edits.setWorkspaceField(QStringLiteral("title"), QStringLiteral("Nieuwe titel")));
    CHECK(window.windowTitle().contains(QStringLiteral("Nieuwe titel")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keySequence(&window, QKeySequence::Undo);
    CHECK(window.document()->workspace().meta.title != QStringLiteral("Nieuwe titel"));
}

TEST_CASE("The inspector edits the selected card: kind by list, title by typing as one undo step") {
    ExampleWindow example;
    MainWindow &window = example.window;
    const QString path = example.path;
    BlueprintView *view = window.currentBlueprint();
    REQUIRE(view);
    const Workspace &ws = window.document()->workspace();
    const QString journey = view->blueprintScene()->journeyId();
    const QString id = ws.orderedCards(journey).front()->id;
    view->blueprintScene()->cardItem(id)->setSelected(true);

    auto *inspector = window.findChild<Inspector *>();
    REQUIRE(inspector);
    auto *kind = inspector->findChildren<QComboBox *>().value(0);
    REQUIRE(kind);
    const int question = kind->findData(QStringLiteral("question"));
    REQUIRE(question >= 0);
    test::chooseItem(kind, question);
    CHECK(ws.find<Card>(id)->kind == QStringLiteral("question"));

    auto *title = inspector->findChildren<QLineEdit *>().value(0);
    REQUIRE(title);
    const int count = window.document()->undoStack()->count();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Getypt"));
    CHECK(ws.find<Card>(id)->title == QStringLiteral("Getypt"));
    CHECK(window.document()->undoStack()->count() == count + 1);
    CHECK(test::onDisk(path) == test::canonical(ws));
}

TEST_CASE("Find highlights matching cards and steps through them, the filter dims the rest") {
    ExampleWindow example;
    MainWindow &window = example.window;
    const QString path = example.path;
    BlueprintView *view = window.currentBlueprint();
    REQUIRE(view);
    BlueprintScene *scene = view->blueprintScene();
    const Workspace &ws = window.document()->workspace();
    QStringList expected;
    for (const Card *card : ws.orderedCards(scene->journeyId()))
        if (card->title.contains(QStringLiteral("suwinet"), Qt::CaseInsensitive) ||
            card->text.contains(QStringLiteral("suwinet"), Qt::CaseInsensitive) ||
            card->owner.contains(QStringLiteral("suwinet"), Qt::CaseInsensitive) ||
            card->tags.contains(QStringLiteral("suwinet"), Qt::CaseInsensitive))
            expected << card->id;
    REQUIRE(expected.size() >= 2);

    QTest::keySequence(&window, QKeySequence::Find);
    FindBar *bar = window.findBar();
    REQUIRE(bar->isVisible());
    QTest::keyClicks(bar->searchField(), QStringLiteral("SUWINET"));
    for (const QString &id : expected)
        CHECK(scene->isHighlighted(id));
    QTest::keyClick(bar->searchField(), Qt::Key_Return);
    QStringList selected = view->selectedCardIds();
    REQUIRE(selected.size() == 1);
    const QString first = selected.first();
    QTest::keyClick(bar->searchField(), Qt::Key_Return);
    selected = view->selectedCardIds();
    REQUIRE(selected.size() == 1);
    CHECK(selected.first() != first);
    // The found card's cell is the keyboard's: the arrow keys go on from it.
    const Card *found = ws.find<Card>(selected.first());
    REQUIRE(found);
    CHECK(view->currentCell().step == found->step);
    CHECK(view->currentCell().lane == found->lane);

    const int painPoints = bar->filterBox()->findData(QStringLiteral("kind:pain_point"));
    REQUIRE(painPoints > 0);
    test::chooseItem(bar->filterBox(), painPoints);
    for (const Card *card : ws.orderedCards(scene->journeyId()))
        CHECK(scene->isDimmed(card->id) == (card->kind != QStringLiteral("pain_point")));

    QTest::keyClick(bar->searchField(), Qt::Key_Escape);
    CHECK_FALSE(bar->isVisible());
    CHECK_FALSE(scene->isHighlighted(first));
    CHECK_FALSE(scene->isDimmed(ws.orderedCards(scene->journeyId()).front()->id));
}

TEST_CASE("File › Close closes the workspace and leaves the file whole") {
    ExampleWindow example;
    MainWindow &window = example.window;
    REQUIRE(window.currentBlueprint());
    REQUIRE(window.documents()->close());
    CHECK(window.document() == nullptr);
    CHECK(window.currentBlueprint() == nullptr);
    CHECK_FALSE(QFile::exists(example.path + QStringLiteral("-journal")));
    QString error;
    CHECK(Document::open(example.path, Store::Mode::ReadOnly, &error));
    // View › Inspector hides the dock and brings it back, through the menu.
    auto *inspectorDock = window.findChild<QDockWidget *>(QStringLiteral("InspectorDock"));
    REQUIRE(inspectorDock);
    REQUIRE(inspectorDock->isVisible());
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto chooseFromView = [&] {
        QMenu *view = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->text() == QStringLiteral("&View"))
                view = menu->menu();
        REQUIRE(view);
        window.menuBar()->setActiveAction(view->menuAction());
        REQUIRE(QTest::qWaitForWindowExposed(view));
        view->setActiveAction(inspectorDock->toggleViewAction());
        QTest::keyClick(view, Qt::Key_Return);
    };
    chooseFromView();
    CHECK_FALSE(inspectorDock->isVisible());
    chooseFromView();
    CHECK(inspectorDock->isVisible());
}

TEST_CASE("Opening one saved file after another replaces the workspace cleanly") {
    ExampleWindow example;
    test::ExampleFile second;
    const QString secondPath = second.path;
    second.document.reset();
    REQUIRE(example.window.documents()->openFile(secondPath));
    CHECK(example.window.document()->filePath() == secondPath);
    REQUIRE(example.window.currentBlueprint());
    REQUIRE(example.window.documents()->openFile(example.path));
    CHECK(example.window.document()->filePath() == example.path);
}

TEST_CASE("A blueprint is built from an empty journey by keyboard alone") {
    ExampleWindow example;
    MainWindow &window = example.window;
    Document *document = window.document();
    const Workspace &ws = document->workspace();
    const QString journey = Edits(*document).addJourney(
        ws.orderedPersonas().front()->id, QStringLiteral("ideal"), QStringLiteral("Leeg"));
    window.openJourney(journey);
    BlueprintView *view = window.currentBlueprint();
    REQUIRE(view);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    view->setFocus();
    auto type = [&](const QString &text) {
        REQUIRE(view->activeEditor());
        QTest::keyClick(view->activeEditor(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(view->activeEditor(), text);
        QTest::keyClick(view->activeEditor(), Qt::Key_Return);
    };
    // Two steps (the first also makes a stage), a card in each, connected.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    type(QStringLiteral("Signaal"));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    type(QStringLiteral("Aanvraag"));
    REQUIRE(ws.orderedSteps(journey).size() == 2);
    CHECK(ws.orderedSteps(journey)[0]->title == QStringLiteral("Signaal"));
    CHECK(ws.orderedSteps(journey)[1]->title == QStringLiteral("Aanvraag"));

    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Insert);
    type(QStringLiteral("Merkt minder loon"));
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Insert);
    type(QStringLiteral("Vraagt aan"));
    REQUIRE(ws.orderedCards(journey).size() == 2);
    QTest::keyClick(view, Qt::Key_Left);                     // selects the first card
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier); // and adds the second
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    REQUIRE(ws.orderedConnections(journey).size() == 1);

    // A lane of its own, named by typing.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    type(QStringLiteral("Privacy"));
    CHECK(ws.orderedLanes(journey).size() == 9); // the 8 default lanes and this one

    // The selected card's kind and owner, through the inspector.
    QTest::keyClick(view, Qt::Key_Up);
    while (ws.find<Lane>(view->currentCell().lane)->position != 0)
        QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Left);
    const QStringList selected = view->selectedCardIds();
    REQUIRE(selected.size() == 1);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_I));
    QCoreApplication::processEvents();
    QWidget *focused = QApplication::focusWidget();
    auto *kind = qobject_cast<QComboBox *>(focused);
    REQUIRE(kind);
    QTest::keyClick(kind, Qt::Key_Down); // note -> pain point
    CHECK(ws.find<Card>(selected.first())->kind == QStringLiteral("pain_point"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(QApplication::focusWidget() == view);
    CHECK(test::onDisk(example.path) == test::canonical(ws));
}

namespace {

void collectMenuActions(const QList<QAction *> &actions, QList<QAction *> &found) {
    for (QAction *action : actions) {
        found << action;
        if (action->menu())
            collectMenuActions(action->menu()->actions(), found);
    }
}

} // namespace

TEST_CASE(
    "Every command is one action: unique keys, all in the menu bar, all in the shortcut list") {
    ExampleWindow example;
    MainWindow &window = example.window;
    QList<QAction *> commands = window.canvasActions()->all() + window.windowActions()->all() +
                                window.voteCommands()->all();

    // No two actions answer to the same keys.
    QMap<QString, QString> owner;
    for (QAction *action : commands)
        for (const QKeySequence &key : action->shortcuts()) {
            if (key.isEmpty()) // a standard key this platform does not bind
                continue;
            const QString keys = key.toString(QKeySequence::PortableText);
            INFO(keys.toStdString() << ": " << action->text().toStdString() << " and "
                                    << owner.value(keys).toStdString());
            CHECK_FALSE(owner.contains(keys));
            owner.insert(keys, action->text());
        }
    REQUIRE(owner.size() > 20);

    // Every command can be reached from the menu bar.
    QList<QAction *> inMenus;
    collectMenuActions(window.menuBar()->actions(), inMenus);
    for (QAction *action : commands) {
        INFO(action->text().toStdString());
        CHECK(inMenus.contains(action));
        CHECK_FALSE(action->statusTip().isEmpty());
    }

    // Help › Keyboard Shortcuts lists each of them with its keys.
    ShortcutsDialog dialog(window.menuBar(), &window);
    QMap<QString, QString> listed;
    for (QTreeWidgetItemIterator it(dialog.list()); *it; ++it)
        listed.insert((*it)->text(0), (*it)->text(1));
    for (QAction *action : commands) {
        const QString name = action->text().remove(QLatin1Char('&')).remove(QChar(u'…'));
        INFO(name.toStdString());
        REQUIRE(listed.contains(name));
        for (const QKeySequence &key : action->shortcuts())
            CHECK(listed.value(name).contains(key.toString(QKeySequence::NativeText)));
    }
}

TEST_CASE("Canvas actions follow the current tab, the selection and read-only files") {
    ExampleWindow example;
    MainWindow &window = example.window;
    CanvasActions *actions = window.canvasActions();
    BlueprintView *view = window.currentBlueprint();
    REQUIRE(view);
    view->selectCards({});
    CHECK_FALSE(actions->action(CanvasActions::DeleteCards)->isEnabled());
    CHECK(actions->action(CanvasActions::AddCard)->isEnabled());
    view->selectCards({example.ws().orderedCards(view->blueprintScene()->journeyId())[0]->id});
    CHECK(actions->action(CanvasActions::DeleteCards)->isEnabled());
    CHECK_FALSE(actions->action(CanvasActions::Connect)->isEnabled());
    // The persona gallery has no canvas: the canvas's commands rest.
    window.tabs()->setCurrentWidget(window.personaGallery());
    CHECK_FALSE(actions->action(CanvasActions::DeleteCards)->isEnabled());
    CHECK_FALSE(actions->action(CanvasActions::ZoomIn)->isEnabled());
    window.tabs()->setCurrentWidget(view);
    CHECK(actions->action(CanvasActions::ZoomIn)->isEnabled());
}

TEST_CASE("Docks tabbed together keep their titles whole") {
    test::ExampleWindow example;
    MainWindow &window = example.window;
    // Show every dock, so the tabbed ones get their tab bars.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->show();
    QApplication::processEvents();
    QList<QTabBar *> bars;
    for (QTabBar *bar : window.findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly))
        if (bar->isVisible())
            bars << bar;
    REQUIRE_FALSE(bars.isEmpty());
    for (QTabBar *bar : bars) {
        CHECK(bar->elideMode() == Qt::ElideNone);
        CHECK(bar->usesScrollButtons());
    }
}

TEST_CASE("An untitled workspace whose changes are all undone closes without a question") {
    MainWindow window;
    REQUIRE(window.documents()->openUntitledExample());
    Document *document = window.document();
    REQUIRE(document);
    const Journey &journey = document->workspace().journeys.front();
    Edits(*document).setField(EntityType::Journey, {journey.id}, QStringLiteral("title"),
                              QStringLiteral("Tijdelijk"));
    document->undo();
    REQUIRE(document->undoStack()->index() == 0);
    // No question opens: were one to, it would be answered Cancel and the
    // workspace would stay open.
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->reject();
    });
    CHECK(window.documents()->close());
    CHECK(window.document() == nullptr);
}
