#pragma once

#include "document.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTabWidget>
#include <QTest>

namespace blauwdruk::test {

// Shortcuts only reach an active window.
inline void activate(QWidget &window) {
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// Types at whatever has the keyboard, as a person does.
inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

// Types text at whatever has the keyboard, key by key, as a person does:
// on the canvas with quick capture, the first key opens a draft and the
// rest go to the draft.
inline void type(const QString &text) {
    for (const QChar c : text) {
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus);
        QTest::keyClicks(focus, QString(c));
    }
}

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
