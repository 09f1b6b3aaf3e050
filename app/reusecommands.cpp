#include "reusecommands.h"

#include "backgroundwork.h"
#include "blueprintview.h"
#include "commandfiles.h"
#include "document.h"
#include "edits.h"
#include "librarydialog.h"
#include "mainwindow.h"
#include "provenance.h"
#include "publishdialog.h"
#include "sourcepicker.h"
#include "takedialog.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace blauwdruk {

ReuseCommands::ReuseCommands(MainWindow &window)
    : mWindow(window) {}

void ReuseCommands::importFromWorkspace() {
    const QString path =
        QFileDialog::getOpenFileName(&mWindow, tr("Import from Workspace"), QString(),
                                     tr("Blauwdruk workspaces (*.blauwdruk);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

bool ReuseCommands::importFrom(const QString &path) {
    Document *document = mWindow.document();
    if (!document || document->isReadOnly())
        return false;
    struct Loaded {
        std::optional<Workspace> workspace;
        QString error;
    };
    // Only read, and checked like any file from elsewhere before anything
    // is offered from it; a large archive takes a while, so on a thread.
    const std::optional<Loaded> loaded = BackgroundWork::run<Loaded>(
        &mWindow, tr("Reading %1…").arg(QFileInfo(path).fileName()), [path] {
            Loaded loaded;
            loaded.workspace = CommandFiles::load(path, true, nullptr, &loaded.error);
            return loaded;
        });
    if (!loaded) {
        mWindow.statusBar()->showMessage(tr("Import cancelled."), 6000);
        return false;
    }
    const std::optional<Workspace> &source = loaded->workspace;
    if (!source) {
        warn(tr("%1 cannot be imported from: %2").arg(QFileInfo(path).fileName(), loaded->error));
        return false;
    }
    Provenance origin;
    origin.workspace = source->meta.title;
    origin.organisation = source->meta.organisation;
    origin.file = QFileInfo(path).fileName();
    const QString label =
        source->meta.organisation.isEmpty()
            ? tr("From “%1” (%2)").arg(source->meta.title, origin.file)
            : tr("From “%1” of %2 (%3)")
                  .arg(source->meta.title, source->meta.organisation, origin.file);
    return take(*source, label, origin, tr("&Import"));
}

bool ReuseCommands::take(const Workspace &source, const QString &sourceLabel,
                         const Provenance &origin, const QString &actionText, const QString &tick) {
    Document *document = mWindow.document();
    if (!document || document->isReadOnly())
        return false;
    BlueprintView *view = mWindow.currentBlueprint();
    TakeDialog dialog(source, sourceLabel, document->workspace(), mWindow.activeJourney(),
                      view ? view->currentCell().step : QString(), actionText, &mWindow);
    dialog.setWindowTitle(QString(actionText).remove(QLatin1Char('&')));
    if (!tick.isEmpty())
        dialog.picker()->tick(tick);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Provenance stamped = origin;
    stamped.takenAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Edits edits(*document);
    const QStringList taken = edits.takeFrom(source, dialog.request(), stamped);
    if (taken.isEmpty()) {
        warn(edits.error());
        return false;
    }
    // A journey taken whole is shown; steps and cards are where the canvas is.
    for (const QString &id : taken)
        if (document->workspace().find<Journey>(id)) {
            mWindow.openJourney(id);
            break;
        }
    mWindow.statusBar()->showMessage(
        tr("Taken: %1. Undo takes it all back.").arg(dialog.picker()->summary()), 8000);
    return true;
}

void ReuseCommands::showLibrary() {
    LibraryDialog dialog(mWindow);
    dialog.exec();
}

void ReuseCommands::publishActive() {
    Document *document = mWindow.document();
    const QString journey = mWindow.activeJourney();
    if (!document || journey.isEmpty()) {
        mWindow.statusBar()->showMessage(tr("Open the journey to publish first."), 6000);
        return;
    }
    PublishDialog dialog(document->workspace(), journey, &mWindow);
    dialog.exec();
}

void ReuseCommands::warn(const QString &text) {
    QMessageBox::warning(&mWindow, tr("Import from Workspace"), text);
}

} // namespace blauwdruk
