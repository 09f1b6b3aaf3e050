#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace blauwdruk {

// Long work (reading a large workspace, asking the shared library) off the
// window's thread. After a moment a progress window says what is going on
// and offers Cancel; the window keeps painting and answering meanwhile, but
// its document cannot be changed underneath the work (the progress window
// is modal).
class BackgroundWork {
    Q_DECLARE_TR_FUNCTIONS(BackgroundWork)
public:
    // Makes running work stop early (PgConnection::cancel); called on the
    // window's thread when the user cancels.
    using Interrupt = std::function<void()>;

    // The result of `work`. Cancel without an `interrupt` returns nothing at
    // once, and the work runs on to its end, its result thrown away, so
    // `work` must own everything it touches. Cancel with an `interrupt`
    // calls it and waits for the work to end: its result says what became
    // of it (a statement cancelled, or one that finished first).
    template <class T>
    static std::optional<T> run(QWidget *parent, const QString &label, std::function<T()> work,
                                Interrupt interrupt = {}) {
        auto result = std::make_shared<std::optional<T>>();
        const bool finished = runOnThread(
            parent, label, [result, work = std::move(work)] { *result = work(); }, interrupt);
        if (!finished)
            return std::nullopt;
        return std::move(*result);
    }

    // How long work may take before the progress window shows, in ms.
    static constexpr int kShowAfterMs = 400;

private:
    // False when the user cancelled work that has no interrupt, which then
    // runs on unwatched.
    static bool runOnThread(QWidget *parent, const QString &label, std::function<void()> work,
                            const Interrupt &interrupt);
};

} // namespace blauwdruk
