#include "sessionmode.h"

#include "blueprintscene.h"
#include "blueprintstyle.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "currentsession.h"
#include "document.h"
#include "elidedlabel.h"
#include "mainwindow.h"
#include "preferences.h"
#include "projecttree.h"
#include "quickcapturetool.h"
#include "sessionbar.h"
#include "sessionrules.h"
#include "sessionstatus.h"
#include "sessiontimer.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHash>
#include <QLayout>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

namespace blauwdruk {

namespace {

// Where quick capture's Tab goes in a session: through the cells of the
// focus in reading order (a lane along its steps, a step down its lanes, a
// stage down the lanes and on to its next step), round again at the end;
// without a focus, the tool's own way.
QuickCaptureTool::NextCell followFocus(BlueprintView *view) {
    return [view](const QString &step, const QString &lane, bool forward) {
        QuickCaptureTool *tool = view->captureTool();
        const FocusArea focus = view->focusArea();
        if (focus.isNone())
            return tool->defaultNextCell(step, lane, forward);
        const BlueprintLayout &layout = view->blueprintScene()->layout();
        std::vector<BlueprintView::Cell> cells;
        for (const auto &[s, l] : focus.cells(layout)) {
            // A named copy, because clang 14 cannot capture a structured binding.
            const QString laneId = l;
            const auto box = std::find_if(layout.lanes.begin(), layout.lanes.end(),
                                          [&](const auto &b) { return b.id == laneId; });
            // A focused lane is typed along, whatever it is; a step or stage
            // in its work lanes only.
            if (box != layout.lanes.end() && box->kind != QLatin1String("emotion") &&
                (focus.kind() == FocusArea::Kind::Lane || FocusArea::isWorkLane(box->kind)))
                cells.push_back({s, l});
        }
        if (cells.empty())
            return tool->defaultNextCell(step, lane, forward);
        const auto here = std::find_if(cells.begin(), cells.end(), [&](const auto &c) {
            return c.step == step && c.lane == lane;
        });
        if (here == cells.end())
            return cells.front();
        const auto n = std::ptrdiff_t(cells.size());
        return cells[size_t(((here - cells.begin()) + (forward ? 1 : -1) + n) % n)];
    };
}

} // namespace

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
    mStatus = new SessionStatus(actions.action(WindowActions::LockStructure));
    mBar->addSection(mStatus);
    mBar->addInfo(mStatus->messageLabel(), 1);
    mBar->hide();
    connect(mBar, &SessionBar::journeyChosen, &window, &MainWindow::openJourney);
    // The time left in the session runs down with the timer.
    connect(mTimer, &SessionTimer::changed, this, &SessionMode::showAgenda);
    // The status bar is hidden: what the canvas refuses shows in the bar.
    connect(window.canvasActions(), &CanvasActions::message, this, [this](const QString &text) {
        if (mActive)
            mStatus->showMessage(text);
    });
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
    mCaptureWas = mWindow.canvasActions()->action(CanvasActions::QuickCapture)->isChecked();
    viewChanged();
    if (display == Display::FullScreen) {
        mWindow.showFullScreen();
        // Without a window manager (a kiosk, a bare X server at the
        // projector) nobody sizes a full-screen window: it covers the
        // screen by its own geometry.
        QTimer::singleShot(0, this, [this] {
            const QScreen *screen = mWindow.screen();
            if (!mActive || !screen)
                return;
            const QSize room = screen->geometry().size();
            if (mWindow.width() < room.width() || mWindow.height() < room.height())
                mWindow.setGeometry(screen->geometry());
        });
    }
    if (BlueprintView *view = mWindow.currentBlueprint())
        view->setFocus();
    mWindow.windowActions()->updateEnabled();
}

void SessionMode::leave() {
    if (!mActive)
        return;
    rememberZoom();
    // A draft being typed is added (quick capture going off keeps it) while
    // the session still captures.
    if (BlueprintView *view = mWindow.currentBlueprint())
        view->setQuickCapture(mCaptureWas);
    mWindow.canvasActions()->action(CanvasActions::QuickCapture)->setChecked(mCaptureWas);
    // The session runs on until it is ended; only this window stops
    // capturing into it.
    if (Document *document = mWindow.document())
        document->setCapturingSession(QString());
    mSession.clear(); // the agenda's block stays with mBlockSession
    mActive = false;
    mZoomed = nullptr;
    for (const ViewBefore &before : mBefore)
        if (before.view) {
            before.view->captureTool()->setNextCell({});
            before.view->setZoom(before.zoom);
            before.view->blueprintScene()->setCardVotesHidden(false);
            before.view->horizontalScrollBar()->setValue(before.scroll.x());
            before.view->verticalScrollBar()->setValue(before.scroll.y());
        }
    mBefore.clear();
    mBar->hide();
    mWindow.menuBar()->setVisible(mSaved.menuBar);
    mWindow.statusBar()->setVisible(mSaved.statusBar);
    mWindow.projectTree()->setVisible(mSaved.tree);
    mWindow.tabs()->tabBar()->setVisible(mSaved.tabBar);
    // The docks first: shown again, they would otherwise widen the window
    // after its size was put back (a window wider than the screen). And the
    // layouts settled without the session bar, whose least width would
    // otherwise still hold the window wide.
    mWindow.restoreState(mSaved.state);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    mWindow.setWindowState(mSaved.windowState & ~Qt::WindowActive);
    restoreGeometry();
    // A window manager leaves full screen in its own time and may then
    // apply the full-screen size once more: put the size back again after.
    QTimer::singleShot(0, this, [this] {
        if (!mActive)
            restoreGeometry();
    });
    mWindow.windowActions()->updateEnabled();
}

// The window's place and size from before session mode.
void SessionMode::restoreGeometry() {
    if (mSaved.windowState & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return;
    mWindow.restoreGeometry(mSaved.geometry);
    // Where a platform puts the frame back a little off, the window's own
    // rectangle is exact.
    mWindow.setGeometry(mSaved.rect);
}

void SessionMode::viewChanged() {
    if (!mActive)
        return;
    BlueprintView *view = mWindow.currentBlueprint();
    if (view != mZoomed) {
        rememberZoom();
        applyZoom(view);
        capture(view);
    }
    refreshBar();
}

// The journey on screen records a session, if the file may be changed.
void SessionMode::capture(BlueprintView *view) {
    Document *document = mWindow.document();
    const QString before = mSession;
    const QString journey = view ? view->blueprintScene()->journeyId() : QString();
    if (!document || !view || !CurrentSession::canStart(*document))
        mSession.clear();
    else if (mRecording)
        mSession = CurrentSession::ensure(*document, journey);
    else if (const WorkSession *running = SessionRules::running(document->workspace(), journey))
        mSession = running->id;
    else
        mSession.clear();
    if (document)
        document->setCapturingSession(mSession);
    // Back in the same session (after a stray Esc), its agenda goes on
    // where it was; another session starts before its first block.
    if (mSession != before && mSession != mBlockSession)
        mBlock = -1;
    if (!mSession.isEmpty())
        mBlockSession = mSession;
    if (!view || mSession.isEmpty())
        return; // presenting: typing would only be refused
    view->setQuickCapture(true);
    view->captureTool()->setNextCell(followFocus(view));
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
    const Document *document = mWindow.document();
    mStatus->setReadOnly(document && !CurrentSession::canStart(*document));
    showAgenda();
}

// "2/5 Knelpunten ophalen" and the minutes left: the blocks still to come
// and what the timer has left of the current one.
void SessionMode::showAgenda() {
    const Document *document = mWindow.document();
    if (!mActive || !document || mSession.isEmpty()) {
        mStatus->setAgenda(QString(), QString());
        return;
    }
    const auto blocks = document->workspace().orderedAgenda(mSession);
    const int count = int(blocks.size());
    if (mBlock >= count)
        mBlock = count - 1;
    if (count == 0) {
        mStatus->setAgenda(QString(), QString());
        return;
    }
    int seconds = mBlock >= 0 ? mTimer->remainingSeconds() : 0;
    for (int i = mBlock + 1; i < count; ++i)
        seconds += blocks[size_t(i)]->minutes * 60;
    const QString block = mBlock >= 0
                              ? tr("%1/%2 %3")
                                    .arg(QString::number(mBlock + 1), QString::number(count),
                                         blocks[size_t(mBlock)]->title)
                              : tr("Next: %1").arg(blocks.front()->title);
    mStatus->setAgenda(block, tr("%1 min left").arg((seconds + 59) / 60));
}

void SessionMode::fitForRoom(QWidget *dialog) const {
    if (!mActive)
        return;
    dialog->setFont(SessionBar::sized(dialog->font(), kDialogTypeSize));
    dialog->resize(dialog->size().expandedTo(dialog->sizeHint()));
}

// The session is over: no block, and the timer stops and resets.
void SessionMode::sessionEnded() {
    mBlock = -1;
    mBlockSession.clear();
    mTimer->pause();
    mTimer->reset();
}

bool SessionMode::moveBlock(int delta) {
    const Document *document = mWindow.document();
    if (!mActive || !document || mSession.isEmpty())
        return false;
    const auto blocks = document->workspace().orderedAgenda(mSession);
    const int next = mBlock + delta;
    if (blocks.empty()) {
        tell(tr("The agenda is empty: Session › Agenda… adds its blocks."));
        return false;
    }
    if (next < 0 || next >= int(blocks.size())) {
        tell(delta > 0 ? tr("This is the agenda's last block.")
                       : tr("This is the agenda's first block."));
        return false;
    }
    mBlock = next;
    mBlockSession = mSession;
    const AgendaBlock &block = *blocks[size_t(next)];
    if (BlueprintView *view = mWindow.currentBlueprint()) {
        static const QHash<QString, FocusArea::Kind> kinds{{"stage", FocusArea::Kind::Stage},
                                                           {"step", FocusArea::Kind::Step},
                                                           {"lane", FocusArea::Kind::Lane}};
        const auto kind = kinds.find(block.focusKind);
        view->setFocusArea(kind == kinds.end() ? FocusArea()
                                               : FocusArea(kind.value(), block.focus));
    }
    mTimer->setDuration(block.minutes * 60);
    mTimer->reset();
    mTimer->start();
    refreshBar();
    return true;
}

void SessionMode::tell(const QString &text) {
    if (mActive)
        mStatus->showMessage(text);
    else
        mWindow.statusBar()->showMessage(text, 10000);
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
    // Votes are the rounds' here, shown when revealed.
    view->blueprintScene()->setCardVotesHidden(true);
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
