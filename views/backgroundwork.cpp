#include "backgroundwork.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace blauwdruk {

bool BackgroundWork::runOnThread(QWidget *parent, const QString &label, std::function<void()> work,
                                 const Interrupt &interrupt) {
    QThread *thread = QThread::create(std::move(work));
    QEventLoop loop;
    // A range of 0..0 is the busy indicator: how long a query or a read
    // takes is not known in advance.
    QProgressDialog progress(label, tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(kShowAfterMs);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0); // starts the wait before the window shows
    bool cancelled = false;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        if (!interrupt) {
            loop.quit();
            return;
        }
        // The work was asked to stop; it ends soon, and is waited for, as
        // it uses what the caller owns.
        interrupt();
        progress.setLabelText(tr("Cancelling…"));
        progress.setCancelButton(nullptr);
    });
    // Work left running after Cancel is waited for when the application
    // quits, so that nothing it reads is torn down underneath it.
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, thread, [thread] { thread->wait(); });
    thread->start();
    loop.exec();
    return !cancelled || interrupt;
}

} // namespace blauwdruk
