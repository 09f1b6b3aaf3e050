// The window's work panels: the Health Check dock (Journey › Health Check)
// beside the comments, and the Work List dock (Journey › Work List) under
// the canvas, where its columns have room. Both follow the journey in view
// and go to what is activated in them.

#include "mainwindow.h"

#include "democommands.h"
#include "healthpanel.h"
#include "livepanel.h"
#include "windowactions.h"
#include "worklistpanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QListWidget>
#include <QTimer>
#include <QTreeWidget>

namespace blauwdruk {

void MainWindow::createWorkDocks(QDockWidget *besides) {
    mHealthDock = new QDockWidget(tr("Health Check"), this);
    mHealthDock->setObjectName(QStringLiteral("HealthDock"));
    mHealth = new HealthPanel(mHealthDock);
    mHealthDock->setWidget(mHealth);
    addDockWidget(Qt::RightDockWidgetArea, mHealthDock);
    tabifyDockWidget(besides, mHealthDock);
    mHealthDock->hide();
    connect(mHealth, &HealthPanel::findingActivated, this, &MainWindow::goTo);

    // The side docks keep their full height; the work list goes under the
    // canvas only, so the Inspector is not squeezed when it opens.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    mWorkListDock = new QDockWidget(tr("Work List"), this);
    mWorkListDock->setObjectName(QStringLiteral("WorkListDock"));
    mWorkList = new WorkListPanel(mWorkListDock);
    mWorkListDock->setWidget(mWorkList);
    addDockWidget(Qt::BottomDockWidgetArea, mWorkListDock);
    mWorkListDock->hide();
    connect(mWorkList, &WorkListPanel::cardActivated, this,
            [this](const QString &journey, const QString &card) {
                goTo(journey, EntityType::Card, card);
            });
    connect(mWorkList, &WorkListPanel::exportRequested, this,
            [this](const QString &journey, const QString &team, const QString &status) {
                DemoCommands(*this).exportTeamList(journey, team, status);
            });

    mLiveDock = new QDockWidget(tr("Live Session"), this);
    mLiveDock->setObjectName(QStringLiteral("LiveDock"));
    mLive = new LivePanel(*this, mLiveDock);
    mLiveDock->setWidget(mLive);
    addDockWidget(Qt::RightDockWidgetArea, mLiveDock);
    tabifyDockWidget(besides, mLiveDock);
    mLiveDock->hide();
    connect(mLive, &LivePanel::runningChanged, this, [this] {
        if (mWindowActions)
            mWindowActions->updateEnabled();
    });
}

void MainWindow::showLivePanel() {
    mLiveDock->show();
    mLiveDock->raise();
    // Once the dock is shown and raised, or the focus stays where it was.
    QTimer::singleShot(0, mLive, [this] {
        QWidget *target =
            mLive->isRunning() ? static_cast<QWidget *>(mLive->inbox()) : mLive->networkBox();
        target->activateWindow();
        target->setFocus(Qt::ShortcutFocusReason);
    });
}

void MainWindow::showHealthCheck() {
    mHealth->setJourney(activeJourney());
    mHealthDock->show();
    mHealthDock->raise();
    mHealth->list()->setFocus();
}

void MainWindow::showWorkList() {
    mWorkList->setJourney(activeJourney());
    mWorkListDock->show();
    mWorkListDock->raise();
    resizeDocks({mWorkListDock}, {280}, Qt::Vertical);
    mWorkList->list()->setFocus();
}

} // namespace blauwdruk
