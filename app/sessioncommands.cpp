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
#include "sessionmode.h"
#include "windowactions.h"
#include "workspacelanguage.h"

#include <QAction>
#include <QMessageBox>

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
        tr("End the session \"%1\"? Its cards keep it; entering session mode again starts a new "
           "session.")
            .arg(session->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    // Leaving first: nothing captures into the session once it has ended.
    mWindow.setSessionMode(false);
    Edits edits(*document);
    if (!edits.endSession(id))
        mode->tell(edits.error());
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
    view->captureTool()->startIn({step, lane});
}

} // namespace blauwdruk
