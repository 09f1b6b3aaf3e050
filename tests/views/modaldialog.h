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

} // namespace blauwdruk::test
