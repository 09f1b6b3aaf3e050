#pragma once

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace blauwdruk::test {

// The child of `parent` called `name`; the test stops when there is none.
template <class W> W *namedChild(QWidget *parent, const char *name) {
    W *found = parent->findChild<W *>(QLatin1String(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

// Calls `open`, which shows a modal dialog of type D and waits for it, and
// runs `use` on that dialog once it is open (`use` closes it; if it does
// not, the test fails and the dialog is cancelled).
template <class D>
void withModalDialog(const std::function<void()> &open, const std::function<void(D *)> &use) {
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        seen = true;
        use(dialog);
        // A dialog that stays open would keep the test waiting for ever.
        if (dialog->isVisible()) {
            FAIL_CHECK("the dialog is still open");
            dialog->reject();
        }
    });
    open();
    CHECK(seen);
}

// Runs `use` on the next modal dialog of type D once it is open, for a
// dialog that opens after another (withModalDialog's `use` closes the first
// and the second opens when the first's event loop has ended). `use` must
// close it. Gives up, failing, when no such dialog opens within `tries`
// turns of the event loop.
template <class D> void answerNextDialog(const std::function<void(D *)> &use, int tries = 200) {
    QTimer::singleShot(0, [use, tries] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if (tries > 0)
                answerNextDialog<D>(use, tries - 1);
            else
                FAIL_CHECK("the next dialog did not open");
            return;
        }
        use(dialog);
        if (dialog->isVisible()) {
            FAIL_CHECK("the dialog is still open");
            dialog->reject();
        }
    });
}

} // namespace blauwdruk::test
