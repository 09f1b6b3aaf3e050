#include "reusecommands.h"

#include "backgroundwork.h"
#include "blueprintview.h"
#include "commandfiles.h"
#include "document.h"
#include "edits.h"
#include "librarydialog.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "provenance.h"
#include "publishdialog.h"
#include "sourcepicker.h"
#include "takedialog.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace blauwdruk {

namespace {

// At most this many objects are named in the question; the rest are counted.
constexpr int kNamedAtMost = 8;

// Of `wanted` (ids in the source), the copies `objects` already holds from
// the same source, as lines for people: "journey “Aanvraag”, taken 02-12-2026".
template <class T>
void addCopies(QStringList &lines, const std::vector<T> &objects, const QStringList &wanted,
               const Provenance &origin, const QString &line) {
    for (const QString &id : wanted)
        for (const T &object : objects)
            if (origin.isOriginOf(object.origin, id))
                lines << line.arg(object.title, SourcePicker::takenOn(object.origin));
}

} // namespace

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
    dialog.picker()->markTakenBefore(document->workspace(), origin);
    if (!tick.isEmpty())
        dialog.picker()->tick(tick);
    if (dialog.exec() != QDialog::Accepted || !confirmTakingAgain(dialog.request(), origin))
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

bool ReuseCommands::confirmTakingAgain(const Edits::TakeRequest &request,
                                       const Provenance &origin) {
    // A persona taken before is reused, never copied (Edits::takeFrom).
    const Workspace &into = mWindow.document()->workspace();
    QStringList copies;
    addCopies(copies, into.journeys, request.journeys, origin, tr("journey “%1”, taken %2"));
    addCopies(copies, into.steps, request.steps, origin, tr("step “%1”, taken %2"));
    addCopies(copies, into.cards, request.cards, origin, tr("card “%1”, taken %2"));
    if (copies.isEmpty())
        return true;
    const qsizetype more = copies.size() - kNamedAtMost;
    if (more > 0) {
        copies = copies.mid(0, kNamedAtMost);
        copies << tr("and %n more", nullptr, int(more));
    }
    const bool one = copies.size() == 1;
    QMessageBox question(QMessageBox::Question, tr("Taken Before"),
                         one ? tr("Take it again, as a second copy?")
                             : tr("Take them again, as second copies?"),
                         QMessageBox::Cancel, &mWindow);
    question.setInformativeText(
        (one ? tr("This workspace already has a copy from the same source:")
             : tr("This workspace already has copies from the same source:")) +
        QStringLiteral("\n• ") + copies.join(QStringLiteral("\n• ")));
    QPushButton *again = question.addButton(tr("&Take Again"), QMessageBox::AcceptRole);
    question.setDefaultButton(QMessageBox::Cancel);
    PlainText::exec(question); // titles come from files
    return question.clickedButton() == again;
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
    PlainText::warning(&mWindow, tr("Import from Workspace"), text);
}

} // namespace blauwdruk
