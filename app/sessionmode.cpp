#include "sessionmode.h"

#include "blueprintscene.h"
#include "blueprintstyle.h"
#include "blueprintview.h"
#include "document.h"
#include "mainwindow.h"
#include "preferences.h"
#include "projecttree.h"
#include "sessionbar.h"
#include "sessiontimer.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLayout>
#include <QMenuBar>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>

namespace blauwdruk {

SessionMode::SessionMode(MainWindow &window)
    : QObject(&window)
    , mWindow(window)
    , mTimer(new SessionTimer(this)) {
    // Qt Multimedia would bring in GStreamer and FFmpeg for one chime: the
    // platform's beep says "time is up" well enough.
    mTimer->setPlayer([] { QApplication::beep(); });
    mTimer->setSoundWanted([] { return Preferences::timerSound(); });
    const WindowActions &actions = *window.windowActions();
    mBar = new SessionBar(mTimer,
                          {actions.action(WindowActions::StartPauseTimer),
                           actions.action(WindowActions::TimerMinusMinute),
                           actions.action(WindowActions::TimerPlusMinute),
                           actions.action(WindowActions::ResetTimer)},
                          actions.action(WindowActions::LeaveSessionMode));
    mBar->hide();
    connect(mBar, &SessionBar::journeyChosen, &window, &MainWindow::openJourney);
}

void SessionMode::enter(Display display) {
    if (mActive)
        return;
    mActive = true;
    mSaved = {mWindow.saveGeometry(),
              mWindow.geometry(),
              mWindow.saveState(),
              mWindow.windowState(),
              !mWindow.menuBar()->isHidden(),
              !mWindow.statusBar()->isHidden(),
              !mWindow.projectTree()->isHidden(),
              !mWindow.tabs()->tabBar()->isHidden()};
    mWindow.menuBar()->hide();
    mWindow.statusBar()->hide();
    for (QToolBar *bar : mWindow.findChildren<QToolBar *>())
        bar->hide();
    for (QDockWidget *dock : mWindow.findChildren<QDockWidget *>())
        dock->hide();
    mWindow.projectTree()->hide();
    // The bar switches journeys.
    mWindow.tabs()->tabBar()->hide();
    mBar->show();
    viewChanged();
    if (display == Display::FullScreen)
        mWindow.showFullScreen();
    if (BlueprintView *view = mWindow.currentBlueprint())
        view->setFocus();
    mWindow.windowActions()->updateEnabled();
}

void SessionMode::leave() {
    if (!mActive)
        return;
    rememberZoom();
    mActive = false;
    mZoomed = nullptr;
    for (const ViewBefore &before : mBefore)
        if (before.view) {
            before.view->setZoom(before.zoom);
            before.view->horizontalScrollBar()->setValue(before.scroll.x());
            before.view->verticalScrollBar()->setValue(before.scroll.y());
        }
    mBefore.clear();
    mBar->hide();
    mWindow.menuBar()->setVisible(mSaved.menuBar);
    mWindow.statusBar()->setVisible(mSaved.statusBar);
    mWindow.projectTree()->setVisible(mSaved.tree);
    mWindow.tabs()->tabBar()->setVisible(mSaved.tabBar);
    mWindow.setWindowState(mSaved.windowState & ~Qt::WindowActive);
    mWindow.restoreGeometry(mSaved.geometry);
    // Where a platform puts the frame back a little off, the window's own
    // rectangle is exact.
    if (!(mSaved.windowState & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        mWindow.setGeometry(mSaved.rect);
    mWindow.restoreState(mSaved.state);
    mWindow.windowActions()->updateEnabled();
}

void SessionMode::viewChanged() {
    if (!mActive)
        return;
    BlueprintView *view = mWindow.currentBlueprint();
    if (view != mZoomed) {
        rememberZoom();
        applyZoom(view);
    }
    refreshBar();
}

void SessionMode::refreshBar() {
    if (!mActive)
        return;
    QList<std::pair<QString, QString>> journeys;
    if (const Document *document = mWindow.document())
        for (const Journey *journey : document->workspace().orderedJourneys())
            journeys.append({journey->id, journey->title});
    mBar->setJourneys(journeys, mWindow.activeJourney());
    mBar->setFocusText(focusText(mWindow.currentBlueprint()));
}

// A journey's session zoom is its own: the facilitator sets it once per
// journey and room, and it comes back next time.
void SessionMode::applyZoom(BlueprintView *view) {
    mZoomed = view;
    if (!view)
        return;
    if (std::none_of(mBefore.begin(), mBefore.end(),
                     [view](const ViewBefore &before) { return before.view == view; }))
        mBefore.push_back(
            {view,
             view->zoom(),
             {view->horizontalScrollBar()->value(), view->verticalScrollBar()->value()}});
    const qreal zoom = Preferences::sessionZoom(mWindow.document()->filePath(),
                                                view->blueprintScene()->journeyId());
    view->setZoom(zoom > 0 ? zoom : kDefaultZoom);
    // The current cell at the top left, under the headers: the start of the
    // journey, or where the facilitator was. Whatever the view's size is
    // yet (it goes full screen after this).
    const QRectF cell = view->cellRect(view->currentCell());
    if (cell.isNull())
        return;
    const QPointF corner(cell.left() - BlueprintStyle::standard().laneHeaderWidth,
                         cell.top() - view->blueprintScene()->layout().headerHeight);
    const QPoint shift = view->mapFromScene(corner);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + shift.x());
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + shift.y());
}

void SessionMode::rememberZoom() {
    if (mZoomed && mWindow.document())
        Preferences::setSessionZoom(mWindow.document()->filePath(),
                                    mZoomed->blueprintScene()->journeyId(), mZoomed->zoom());
}

QString SessionMode::focusText(const BlueprintView *view) const {
    if (!view || view->focusArea().isNone() || !mWindow.document())
        return QString();
    const Workspace &ws = mWindow.document()->workspace();
    const FocusArea focus = view->focusArea();
    switch (focus.kind()) {
    case FocusArea::Kind::Stage:
        if (const Stage *stage = ws.find<Stage>(focus.id()))
            return tr("Stage: %1").arg(stage->title);
        break;
    case FocusArea::Kind::Step:
        if (const Step *step = ws.find<Step>(focus.id()))
            return tr("Step: %1").arg(step->title);
        break;
    case FocusArea::Kind::Lane:
        if (const Lane *lane = ws.find<Lane>(focus.id()))
            return tr("Lane: %1").arg(lane->title);
        break;
    case FocusArea::Kind::None:
        break;
    }
    return QString();
}

} // namespace blauwdruk
