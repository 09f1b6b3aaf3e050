// The window's comments: the Comments dock following the current journey,
// jumping from a thread to its card or step, and from a marker or a new
// comment to its thread.

#include "mainwindow.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "commentspanel.h"
#include "document.h"
#include "preferencesdialog.h"
#include "theme.h"
#include "windowactions.h"

#include <QDockWidget>

namespace blauwdruk {

void MainWindow::createCommentsDock(QDockWidget *besides) {
    mCommentsDock = new QDockWidget(tr("Comments"), this);
    mCommentsDock->setObjectName(QStringLiteral("CommentsDock"));
    mComments = new CommentsPanel(mCommentsDock);
    mCommentsDock->setWidget(mComments);
    addDockWidget(Qt::RightDockWidgetArea, mCommentsDock);
    tabifyDockWidget(besides, mCommentsDock);
    mCommentsDock->raise();
    // Room for a few threads under the Inspector.
    resizeDocks({mInspectorDock, mCommentsDock}, {420, 340}, Qt::Vertical);
}

void MainWindow::connectComments() {
    connect(mComments, &CommentsPanel::placeActivated, this, &MainWindow::showCommentPlace);
    connect(mCanvasActions, &CanvasActions::commentAdded, this, &MainWindow::showComment);
}

void MainWindow::showComment(const QString &comment) {
    mCommentsDock->show();
    mCommentsDock->raise();
    mComments->setJourney(activeJourney());
    mComments->showComment(comment);
}

// A thread's card is selected, its step made the current column; the
// journey's own comments show the journey.
void MainWindow::showCommentPlace(const QString &journey, const QString &target) {
    openJourney(journey);
    BlueprintView *view = currentBlueprint();
    if (!view || !document())
        return;
    if (document()->workspace().find<Card>(target))
        view->showCard(target);
    else if (document()->workspace().find<Step>(target))
        view->showStep(target);
    else
        view->setFocus();
}

void MainWindow::editPreferences() {
    PreferencesDialog dialog(PreferencesDialog::Purpose::Edit, this);
    connect(&dialog, &PreferencesDialog::highContrastChanged, this, [] { Theme::apply(); });
    dialog.exec();
    mWindowActions->updateEnabled(); // Timer Sound follows the dialog
}

} // namespace blauwdruk
