#include "sessioncommands.h"

#include "agendadialog.h"
#include "blueprintscene.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "document.h"
#include "edits.h"
#include "labels.h"
#include "mainwindow.h"
#include "quickcapturetool.h"
#include "reportsaver.h"
#include "sessionmode.h"
#include "sessionsummary.h"
#include "votetool.h"
#include "windowactions.h"
#include "workspacelanguage.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace blauwdruk {

SessionCommands::SessionCommands(MainWindow &window)
    : mWindow(window) {}

void SessionCommands::endSession() {
    SessionMode *mode = mWindow.sessionMode();
    Document *document = mWindow.document();
    const QString id = mode->session();
    const WorkSession *session = document ? document->workspace().find<WorkSession>(id) : nullptr;
    if (!session)
        return;
    const auto answer = QMessageBox::question(
        &mWindow, tr("End Session"),
        tr("End the session \"%1\"? The cards it added stay marked as its cards; entering "
           "session mode again starts a new session.")
            .arg(session->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    // Leaving first: nothing captures into the session once it has ended.
    const QString journey = session->journey;
    mWindow.setSessionMode(false);
    // The session is over: its focus, its round and its timer go too.
    mode->sessionEnded();
    if (BlueprintView *view = mWindow.currentBlueprint()) {
        view->setFocusArea(FocusArea());
        view->voteTool()->setRound(QString());
    }
    Edits edits(*document);
    if (!edits.endSession(id)) {
        mode->tell(edits.error());
        return;
    }
    // The room wants the result while it is still in the room.
    QMessageBox offer(QMessageBox::Question, tr("End Session"),
                      tr("The session has ended. Save its summary (what was added, the votes, "
                         "the parking lot) as Markdown or PDF?"),
                      QMessageBox::NoButton, &mWindow);
    QPushButton *save = offer.addButton(tr("&Save Summary…"), QMessageBox::AcceptRole);
    offer.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    offer.setDefaultButton(save);
    offer.exec();
    if (offer.clickedButton() == save)
        saveSummary(journey);
}

bool SessionCommands::saveSummary(const QString &journey) {
    Document *document = mWindow.document();
    if (!document)
        return false;
    QString error;
    const std::optional<SessionSummary> summary =
        SessionSummary::build(document->workspace(), journey, &error);
    if (!summary) {
        QMessageBox::warning(&mWindow, tr("Save Session Summary"), error);
        return false;
    }
    // Beside the workspace, named after it, in the summary's language.
    QString name;
    {
        const WorkspaceLanguage language(document->workspace());
        name = tr("%1 - session summary.%2");
    }
    return ReportSaver::save(mWindow, *summary, tr("Save Session Summary"), name);
}

void SessionCommands::setStructureLocked(bool locked) {
    SessionMode *mode = mWindow.sessionMode();
    Edits edits(*mWindow.document());
    if (!edits.setStructureLocked(mode->session(), locked))
        mode->tell(edits.error());
    else
        mode->tell(locked ? CanvasActions::structureLockedMessage()
                          : tr("The structure is open again: stages, steps and lanes can change."));
    mWindow.windowActions()->updateEnabled();
}

void SessionCommands::editAgenda() {
    AgendaDialog dialog(*mWindow.document(), mWindow.sessionMode()->session(), &mWindow);
    mWindow.sessionMode()->fitForRoom(&dialog);
    dialog.exec();
    mWindow.sessionMode()->refreshBar();
}

// The journey's parking lot, made when there is none: at the bottom, named
// in the workspace's language, like a default lane.
QString SessionCommands::parkingLane(const QString &journey) {
    const Workspace &ws = mWindow.document()->workspace();
    for (const Lane *lane : ws.orderedLanes(journey))
        if (lane->kind == QLatin1String("parking"))
            return lane->id;
    QString title;
    {
        const WorkspaceLanguage language(ws);
        title = Labels::laneKind(QStringLiteral("parking"));
    }
    Edits edits(*mWindow.document());
    const QString id = edits.addLane(journey, QStringLiteral("parking"), title);
    if (id.isEmpty())
        mWindow.sessionMode()->tell(edits.error());
    return id;
}

void SessionCommands::parkItem() {
    BlueprintView *view = mWindow.currentBlueprint();
    if (!view || mWindow.sessionMode()->session().isEmpty())
        return;
    const QString journey = view->blueprintScene()->journeyId();
    const QString lane = parkingLane(journey);
    if (lane.isEmpty())
        return;
    QString step = view->currentCell().step;
    const Workspace &ws = mWindow.document()->workspace();
    if (!ws.find<Step>(step)) {
        const auto steps = ws.orderedSteps(journey);
        if (steps.empty())
            return;
        step = steps.front()->id;
    }
    view->setQuickCapture(true);
    view->captureTool()->startIn({step, lane}, true);
}

} // namespace blauwdruk
