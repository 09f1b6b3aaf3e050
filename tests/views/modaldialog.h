#pragma once

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace blauwdruk::test {

// The child of `parent` called `name`; the test stops when there is none.
template <class W> W *namedChild(QWidget *parent, const char *name) {
    W *found = parent->findChild<W *>(QLatin1String(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

namespace detail {

struct Watch {
    bool seen = false; // the dialog opened and `use` ran
    bool over = false; // the caller stopped waiting
};

// Waits for a modal dialog of type D to be open, then runs `use` on it. Long
// work may run first (BackgroundWork's nested event loop), so it looks again
// every few milliseconds until `deadline`, or until the caller stops waiting.
template <class D>
void whenOpen(const std::function<void(D *)> &use, QDeadlineTimer deadline,
              const std::shared_ptr<Watch> &watch) {
    QTimer::singleShot(5, [use, deadline, watch] {
        if (watch->over)
            return;
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if (!deadline.hasExpired())
                whenOpen<D>(use, deadline, watch);
            else
                FAIL_CHECK("the dialog did not open");
            return;
        }
        watch->seen = true;
        use(dialog);
        // A dialog that stays open would keep the test waiting for ever.
        if (dialog->isVisible()) {
            FAIL_CHECK("the dialog is still open");
            dialog->reject();
        }
    });
}

} // namespace detail

// Calls `open`, which shows a modal dialog of type D and waits for it, and
// runs `use` on that dialog once it is open (`use` closes it; if it does
// not, the test fails and the dialog is cancelled).
template <class D>
void withModalDialog(const std::function<void()> &open, const std::function<void(D *)> &use) {
    auto watch = std::make_shared<detail::Watch>();
    detail::whenOpen<D>(use, QDeadlineTimer(30000), watch);
    open();
    watch->over = true;
    CHECK(watch->seen);
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
