#pragma once

#include "document.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QTabWidget>
#include <QTest>

namespace blauwdruk::test {

// A main window on a saved copy of the example, shown offscreen.
struct ExampleWindow {
    ExampleFile file;
    QString path;
    blauwdruk::MainWindow window;
    ExampleWindow() {
        path = file.path;
        file.document.reset();
        REQUIRE(window.documents()->openFile(path));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    blauwdruk::Document &doc() { return *window.document(); }
    const blauwdruk::Workspace &ws() { return window.document()->workspace(); }
    // Every edit is in the file at once.
    void saved() { CHECK(onDisk(path) == canonical(ws())); }
    template <class W> W *currentTab() { return qobject_cast<W *>(window.tabs()->currentWidget()); }
    QString journeyOfKind(const char *kind) {
        for (const blauwdruk::Journey *j : ws().orderedJourneys())
            if (j->kind == QLatin1String(kind))
                return j->id;
        return QString();
    }
};

} // namespace blauwdruk::test
