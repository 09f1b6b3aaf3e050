// The window comes back as it was closed: size, place, maximised state and
// each file's open tabs; `--screenshot` leaves that memory alone. And the
// tree keeps journeys apart (issue 13, item 11).
#include "../app/clirun.h"
#include "blueprintscene.h"
#include "blueprintview.h"
#include "edits.h"
#include "examplewindow.h"
#include "mainwindow.h"
#include "personaeditor.h"
#include "projecttree.h"
#include "testsupport.h"
#include "windowsession.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidgetItemIterator>

using namespace blauwdruk;

TEST_CASE("Window session: size, place and each file's tabs come back on the next start") {
    test::ExampleFile file;
    const QString path = file.path;
    file.document.reset();
    QStringList tabs;
    QString front;
    QRect geometry;
    {
        MainWindow window;
        window.rememberSession();
        window.setGeometry(70, 60, 1100, 720);
        window.show();
        REQUIRE(window.documents()->openFile(path));
        const Workspace &ws = window.document()->workspace();
        for (const Journey *journey : ws.orderedJourneys())
            window.openJourney(journey->id);
        window.openPersona(ws.orderedPersonas().back()->id);
        window.openJourney(ws.orderedJourneys().front()->id); // in front
        tabs = WindowSession::tabsOf(window);
        front = WindowSession::tabOf(window, window.tabs()->currentIndex());
        REQUIRE(tabs.size() >= 4);
        geometry = window.geometry();
        window.close(); // as the user quits
    }
    MainWindow again;
    again.rememberSession();
    again.show();
    REQUIRE(again.documents()->openFile(path));
    CHECK(WindowSession::tabsOf(again) == tabs);
    CHECK(WindowSession::tabOf(again, again.tabs()->currentIndex()) == front);
    CHECK(again.size() == geometry.size());

    // Another file has tabs of its own: its first journey, as always.
    test::ExampleFile other;
    const QString otherPath = other.path;
    other.document.reset();
    REQUIRE(again.documents()->openFile(otherPath));
    CHECK(WindowSession::tabsOf(again).size() == 3);
    // Back to the first: its tabs again.
    REQUIRE(again.documents()->openFile(path));
    CHECK(WindowSession::tabsOf(again) == tabs);
}

TEST_CASE("Window session: a window that does not remember leaves the memory alone") {
    QSettings().setValue(QStringLiteral("window/geometry"), QByteArray("kept"));
    {
        test::ExampleWindow example; // as --screenshot's window: no rememberSession()
        example.window.resize(900, 500);
        example.window.close();
    }
    CHECK(QSettings().value(QStringLiteral("window/geometry")).toByteArray() == "kept");
    QSettings().remove(QStringLiteral("window/geometry"));
}

TEST_CASE("Project tree: ideal and current journeys stay apart when long titles are cut") {
    test::ExampleWindow example;
    ProjectTree *tree = example.window.findChild<ProjectTree *>();
    REQUIRE(tree);
    const QString title = QStringLiteral("Samira vraagt bijzondere bijstand aan voor een "
                                         "wasmachine en wacht op het besluit van de gemeente");
    for (const Journey *journey : example.ws().orderedJourneys())
        REQUIRE(Edits(example.doc())
                    .setField(EntityType::Journey, {journey->id}, QStringLiteral("title"), title));
    tree->resize(180, 400);
    QStringList shown;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(0).contains(QStringLiteral("Samira vraagt")))
            shown << tree->fontMetrics().elidedText((*it)->text(0), Qt::ElideRight,
                                                    tree->visualItemRect(*it).width());
    REQUIRE(shown.size() == int(example.ws().journeys.size()));
    // What is left of each label after the cut differs between the kinds.
    CHECK(std::any_of(shown.begin(), shown.end(),
                      [](const QString &s) { return s.startsWith(QStringLiteral("Ideal")); }));
    CHECK(std::any_of(shown.begin(), shown.end(),
                      [](const QString &s) { return s.startsWith(QStringLiteral("Current")); }));
}

TEST_CASE("Open Recent: files of the same name in different folders say which folder") {
    QTemporaryDir one, two;
    MainWindow window;
    for (const QTemporaryDir *dir : {&one, &two}) {
        test::ExampleFile file;
        const QString path = dir->filePath(QStringLiteral("werksessie.blauwdruk"));
        REQUIRE(file.document->saveAs(path, nullptr));
        file.document.reset();
        REQUIRE(window.documents()->openFile(path));
    }
    QStringList texts;
    for (QMenu *menu : window.findChildren<QMenu *>())
        for (QAction *action : menu->actions())
            if (action->toolTip().contains(QStringLiteral("werksessie.blauwdruk")))
                texts << action->text();
    REQUIRE(texts.size() >= 2);
    CHECK(texts.removeDuplicates() == 0);
    CHECK(std::any_of(texts.begin(), texts.end(), [&](const QString &text) {
        return text.contains(QDir::toNativeSeparators(one.path()));
    }));
}
