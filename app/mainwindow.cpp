#include "mainwindow.h"

#include "accesskeys.h"
#include "livepanel.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "canvaskeyguard.h"
#include "changespanel.h"
#include "commentspanel.h"
#include "comparecanvas.h"
#include "compareview.h"
#include "document.h"
#include "documentmanager.h"
#include "findbar.h"
#include "healthpanel.h"
#include "inspector.h"
#include "journeybanner.h"
#include "journeycommands.h"
#include "journeyoverview.h"
#include "menubuilder.h"
#include "noticebar.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "personaeditor.h"
#include "personagallery.h"
#include "plaintext.h"
#include "preferences.h"
#include "projecttree.h"
#include "reviewbar.h"
#include "reviewcommands.h"
#include "sessionbar.h"
#include "sessionmode.h"
#include "shortcutsdialog.h"
#include "votecommands.h"
#include "wheelguard.h"
#include "windowactions.h"
#include "windowsession.h"
#include "worklistpanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoView>
#include <QVBoxLayout>

namespace blauwdruk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("MainWindow"));
    WheelGuard::install(); // for every window and dialog of the application
    mDocuments = new DocumentManager(this);
    auto *splitter = new QSplitter(this);
    mTree = new ProjectTree(splitter);
    mTabs = new QTabWidget(splitter);
    mTabs->setDocumentMode(true);
    mTree->setAccessibleName(tr("Project"));
    mTabs->setAccessibleName(tr("Open journeys"));
    mTabs->setTabsClosable(true);
    keepScrollButtonsOutOfTabOrder(mTabs->tabBar());
    mOverview = new JourneyOverview;
    mTabs->addTab(mOverview, tr("Overview"));
    mGallery = new PersonaGallery;
    mTabs->addTab(mGallery, tr("Personas"));
    // The overview and the gallery stay; the other tabs close.
    for (int i = 0; i < kFixedTabs; ++i) {
        mTabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        mTabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }
    // The notice bar sits above the tabs; the find bar under the open
    // blueprint, hidden until Ctrl+F.
    auto *centre = new QWidget(splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    mNotice = new NoticeBar(centre);
    centreLayout->addWidget(mNotice);
    centreLayout->addWidget(mTabs, 1);
    mFindBar = new FindBar(centre);
    mFindBar->hide();
    centreLayout->addWidget(mFindBar);
    splitter->addWidget(mTree);
    splitter->addWidget(centre);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1060});
    setCentralWidget(splitter);
    createDocks();

    mSaveState = new QLabel(this);
    mSaveState->setTextFormat(Qt::PlainText); // may name who holds the file
    statusBar()->addPermanentWidget(mSaveState);
    mCanvasActions = new CanvasActions(this);
    new CanvasKeyGuard(*mCanvasActions, this);
    mWindowActions = new WindowActions(*this);
    mReviewBar = new ReviewBar({mWindowActions->action(WindowActions::SubmitForReview),
                                mWindowActions->action(WindowActions::Approve),
                                mWindowActions->action(WindowActions::RequestChanges)},
                               mWindowActions->action(WindowActions::ReviewMode), centre);
    centreLayout->insertWidget(1, mReviewBar);
    mSessionMode = new SessionMode(*this);
    centreLayout->insertWidget(0, mSessionMode->bar());
    mRecentMenu = MenuBuilder(*this, *mWindowActions, *mCanvasActions).build();
    mVoteCommands = new VoteCommands(*this);
    mVoteCommands->addTo(menuBar()->findChild<QMenu *>(QStringLiteral("sessionMenu")));
    AccessKeys::keepUnique(menuBar());
    addActions(mVoteCommands->all());
    // The window holds its actions too: their keys work with the menu bar
    // hidden, in session mode.
    addActions(mWindowActions->all());
    connectViews();
    resize(1280, 800);
    updateState();
    updateRecentMenu();
}

// The document goes with the DocumentManager, a child destroyed before the
// views: they let go of it first, and the window hears no more of it.
MainWindow::~MainWindow() {
    mDocuments->disconnect(this);
    setDocument(nullptr);
    // Docks hide as they go, which clears the panel: the tabs may be gone.
    mChanges->disconnect(this);
}

void MainWindow::rememberSession() {
    mSession = std::make_unique<WindowSession>(*this);
    mSession->restoreLayout();
}

void MainWindow::createDocks() {
    auto *historyDock = new QDockWidget(tr("Undo history"), this);
    historyDock->setObjectName(QStringLiteral("UndoHistoryDock"));
    mUndoView = new QUndoView(historyDock);
    mUndoView->setEmptyLabel(tr("<opened>"));
    mUndoView->setAccessibleName(tr("Undo history"));
    historyDock->setWidget(mUndoView);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);

    mInspectorDock = new QDockWidget(tr("Inspector"), this);
    mInspectorDock->setObjectName(QStringLiteral("InspectorDock"));
    mInspector = new Inspector(mInspectorDock);
    mInspectorDock->setWidget(mInspector);
    addDockWidget(Qt::RightDockWidgetArea, mInspectorDock);
    splitDockWidget(mInspectorDock, historyDock, Qt::Vertical);
    resizeDocks({mInspectorDock, historyDock}, {260, 260}, Qt::Horizontal);
    resizeDocks({mInspectorDock, historyDock}, {520, 200}, Qt::Vertical);
    createCommentsDock(historyDock); // mainwindowcomments.cpp

    // What changed since an approval or a version; shown by Show Changes
    // and Compare, beside the undo history.
    mChangesDock = new QDockWidget(tr("Changes"), this);
    mChangesDock->setObjectName(QStringLiteral("ChangesDock"));
    mChanges = new ChangesPanel(mChangesDock);
    mChangesDock->setWidget(mChanges);
    addDockWidget(Qt::RightDockWidgetArea, mChangesDock);
    tabifyDockWidget(historyDock, mChangesDock);
    mChangesDock->hide();
    createWorkDocks(historyDock); // mainwindowpanels.cpp
    createOutlineDock();
    // A panel tabbed behind another one is still "visible" to Qt, and Tab
    // would go into it unseen: its inside is hidden while its tab is not
    // in front.
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        connect(dock, &QDockWidget::visibilityChanged, this, [dock](bool visible) {
            if (QWidget *inside = dock->widget())
                inside->setVisible(visible);
        });
}

// The outline: the blueprint as a tree for the keyboard and screen readers
// (issue 20). Hidden at first; View > Outline or Ctrl+Alt+U shows it.
void MainWindow::createOutlineDock() {
    mOutlineDock = new QDockWidget(tr("Outline"), this);
    mOutlineDock->setObjectName(QStringLiteral("OutlineDock"));
    mOutline = new OutlineView(mOutlineDock);
    mOutlineDock->setWidget(mOutline);
    connect(mOutline, &OutlineView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    addDockWidget(Qt::LeftDockWidgetArea, mOutlineDock);
    mOutlineDock->hide();
    QAction *toggle = mOutlineDock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    connect(toggle, &QAction::triggered, this, [this](bool on) {
        if (on)
            mOutline->setFocus();
    });
    // The outline's chosen card is selected on the canvas (and so in the
    // Inspector), whichever way it became current.
    connect(mOutline, &OutlineView::cardChosen, this, [this](const QString &card) {
        if (BlueprintView *view = currentBlueprint())
            view->showCard(card, false);
    });
    // And its chosen stage, step or lane is the canvas's current cell, with
    // no card selected: the Inspector shows that step and lane.
    connect(mOutline, &OutlineView::placeChosen, this,
            [this](const QString &stage, const QString &step, const QString &lane) {
                BlueprintView *view = currentBlueprint();
                if (!view)
                    return;
                view->selectCards({});
                using Header = BlueprintView::Header;
                if (!stage.isEmpty())
                    view->setCurrentHeader(view->headerHit(Header::Stage, stage));
                if (!step.isEmpty())
                    view->setCurrentHeader(view->headerHit(Header::Step, step));
                if (!lane.isEmpty())
                    view->setCurrentHeader(view->headerHit(Header::Lane, lane));
                if (view->currentCell().isValid())
                    view->reveal(view->cellRect(view->currentCell()));
                // The Inspector shows what the row is, not the cell the
                // canvas needs: a stage, a step, or a lane.
                if (!stage.isEmpty())
                    mInspector->showEntity(document(), EntityType::Stage, stage);
                else if (lane.isEmpty())
                    mInspector->setSelection(document(), {}, step, {});
                else
                    mInspector->showEntity(document(), EntityType::Lane, lane);
            });
    // An arrow's row: the arrow in the Inspector, no card chosen.
    connect(mOutline, &OutlineView::connectionChosen, this, [this](const QString &connection) {
        BlueprintView *view = currentBlueprint();
        if (!view)
            return;
        view->selectCards({});
        mInspector->showEntity(document(), EntityType::Connection, connection);
    });
}

void MainWindow::updateOutline() {
    if (!mOutline)
        return;
    mOutline->setDocument(document());
    // The journey in front, on its canvas or in the compare view; on the
    // overview or the personas none, so that what the outline edits is what
    // the window shows (not a journey whose tab was closed).
    QString journey;
    if (BlueprintView *view = currentBlueprint())
        journey = view->blueprintScene()->journeyId();
    else if (auto *compare = qobject_cast<CompareView *>(mTabs->currentWidget()))
        journey = compare->currentJourney();
    mOutline->setJourney(journey);
}

void MainWindow::connectViews() {
    connectComments();
    connect(mDocuments, &DocumentManager::documentChanged, this, &MainWindow::setDocument);
    connect(mDocuments, &DocumentManager::stateChanged, this, [this] {
        updateState();
        if (document())
            syncTabs();
    });
    connect(mDocuments, &DocumentManager::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(mDocuments, &DocumentManager::notice, this,
            [this](const QString &text, NoticeBar::Level level) {
                text.isEmpty() ? mNotice->hide() : mNotice->showNotice(text, level);
            });
    connect(mNotice, &NoticeBar::saveAsRequested, mDocuments, &DocumentManager::saveAs);
    connect(mCanvasActions, &CanvasActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(mTabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index >= kFixedTabs)
            removeTab(index);
    });
    connect(mTabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    connect(mTree, &QTreeWidget::itemActivated, this, [this] {
        const QString id = mTree->selectedId();
        if (document() && document()->workspace().find<Journey>(id))
            openJourney(id);
        else if (document() && document()->workspace().find<Persona>(id))
            openPersona(id);
    });
    connect(mOverview, &JourneyOverview::journeyActivated, this, &MainWindow::openJourney);
    connect(mOverview, &JourneyOverview::newJourneyRequested, this,
            [this](const QString &persona) { JourneyCommands(*this).newJourney(persona); });
    connect(mOverview, &JourneyOverview::idealVersionRequested, this,
            [this](const QString &journey) { JourneyCommands(*this).makeIdealVersion(journey); });
    connect(mOverview, &JourneyOverview::compareRequested, this,
            [this](const QString &persona) { openCompare(persona); });
    connect(mGallery, &PersonaGallery::personaActivated, this, &MainWindow::openPersona);
    connect(mGallery, &PersonaGallery::exportRequested, this,
            [this](const QStringList &ids) { JourneyCommands(*this).exportPersonaSheets(ids); });
    connect(mChanges, &ChangesPanel::entriesChanged, this, &MainWindow::markChanges);
    connect(mChanges, &ChangesPanel::entryActivated, this, &MainWindow::goToChange);
    connect(mChanges, &ChangesPanel::closeRequested, mChangesDock, &QDockWidget::hide);
    // Closing the dock ends the marking too.
    connect(mChangesDock->toggleViewAction(), &QAction::toggled, mChanges,
            [panel = mChanges](bool shown) {
                if (!shown && panel->isActive())
                    panel->clear();
            });
    connect(mInspector, &Inspector::finished, this, [this] {
        if (BlueprintView *canvas = currentBlueprint())
            canvas->setFocus();
    });
    connect(mInspector, &Inspector::cardActivated, this, [this](const QString &card) {
        if (BlueprintView *canvas = currentBlueprint())
            canvas->showCard(card);
    });
}

Document *MainWindow::document() const {
    return mDocuments->document();
}

// Every view that shows the document hears of it here: null first, while
// the old document still lives, then the new one.
void MainWindow::setDocument(Document *document) {
    const bool remembered = mSession && this->document() && !this->document()->isUntitled();
    if (!document && remembered)
        mSession->saveTabs(this->document()->filePath());
    if (!document) {
        if (mSessionMode)
            mSessionMode->leave();
        mChanges->clear();
        closeTabs();
    }
    mTree->setDocument(document);
    mOverview->setDocument(document);
    mGallery->setDocument(document);
    mUndoView->setStack(document ? document->undoStack() : nullptr);
    mComments->setDocument(document);
    mHealth->setDocument(document);
    mWorkList->setDocument(document);
    mLive->setDocument(document);
    // A file opened before shows the tabs it had; another its first journey.
    const bool restored = document && remembered && mTabs->count() == kFixedTabs &&
                          mSession->restoreTabs(document->filePath());
    if (!restored && document && mTabs->count() == kFixedTabs &&
        !document->workspace().journeys.empty())
        openJourney(document->workspace().orderedJourneys().front()->id);
    for (const QMetaObject::Connection &connection : std::as_const(mReviewConnections))
        disconnect(connection);
    mReviewConnections.clear();
    if (document)
        mReviewConnections << connect(document, &Document::changed, this, &MainWindow::updateReview)
                           << connect(document, &Document::reviewModeChanged, this,
                                      &MainWindow::updateReview);
    updateReview();
    mComments->setJourney(activeJourney());
    mHealth->setJourney(activeJourney());
    mWorkList->setJourney(activeJourney());
    updateOutline();
    updateInspector();
}

QString MainWindow::journeyNamed(const QString &titleOrId) const {
    if (!document())
        return {};
    const Workspace &ws = document()->workspace();
    if (ws.find<Journey>(titleOrId))
        return titleOrId;
    for (const Journey *candidate : ws.orderedJourneys())
        if (candidate->title.compare(titleOrId, Qt::CaseInsensitive) == 0)
            return candidate->id;
    return {};
}

void MainWindow::setReviewMode(bool on) {
    mWindowActions->action(WindowActions::ReviewMode)->setChecked(on);
}

// The review bar and the Review menu follow the journey in view, its status
// and the mode.
void MainWindow::updateReview() {
    mWindowActions->updateEnabled();
    mReviewBar->refresh(document(), ReviewCommands(*this).journey());
    if (mSessionMode)
        mSessionMode->refreshBar();
}

void MainWindow::setSessionMode(bool on) {
    on &&document() ? mSessionMode->enter() : mSessionMode->leave();
    mWindowActions->updateEnabled();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    // The layout remembered is the window's own, not the session's.
    mSessionMode->leave();
    if (mSession)
        mSession->saveLayout();
    if (!mDocuments->closeForQuit()) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::updateState() {
    setWindowTitle(mDocuments->windowTitle());
    mSaveState->setText(mDocuments->saveState());
    updateReview();
}

void MainWindow::updateRecentMenu() {
    mRecentMenu->clear();
    const QStringList recent = mDocuments->recentFiles();
    // Files of the same name in different folders say which folder.
    QMap<QString, int> names;
    for (const QString &path : recent)
        ++names[QFileInfo(path).fileName()];
    for (const QString &path : recent) {
        const QFileInfo info(path);
        const QString text =
            names.value(info.fileName()) > 1
                ? tr("%1 (in %2)")
                      .arg(info.fileName(), QDir::toNativeSeparators(info.absoluteDir().path()))
                : info.fileName();
        mRecentMenu->addAction(text, mDocuments, [this, path] { mDocuments->openFile(path); })
            ->setToolTip(PlainText::toolTip(QDir::toNativeSeparators(path)));
    }
    mRecentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateInspector() {
    BlueprintView *view = currentBlueprint();
    if (!view || !document()) {
        mInspector->setSelection(document(), {}, {}, {});
        return;
    }
    mInspector->setSelection(document(), view->selectedCardIds(), view->currentCell().step,
                             view->currentCell().lane);
    if (const QStringList ids = view->selectedCardIds(); mOutline && !ids.isEmpty())
        mOutline->setCurrentId(ids.first());
}

void MainWindow::currentTabChanged() {
    BlueprintView *view = currentBlueprint();
    mFindBar->setView(view);
    mCanvasActions->setView(view);
    // The zoom actions work on a compare view too.
    auto *compare = qobject_cast<CompareView *>(mTabs->currentWidget());
    mCanvasActions->setZoomView(compare ? compare->canvas() : nullptr);
    mComments->setJourney(activeJourney());
    updateOutline();
    updateInspector();
    updateReview();
    if (mSessionMode)
        mSessionMode->viewChanged();
}

BlueprintView *MainWindow::currentBlueprint() const {
    return qobject_cast<BlueprintView *>(mTabs->currentWidget());
}

void MainWindow::openJourney(const QString &journeyId) {
    for (int i = kFixedTabs; i < mTabs->count(); ++i) {
        auto *view = qobject_cast<BlueprintView *>(mTabs->widget(i));
        if (view && view->blueprintScene()->journeyId() == journeyId) {
            mTabs->setCurrentIndex(i);
            return;
        }
    }
    const Journey *journey =
        document() ? document()->workspace().find<Journey>(journeyId) : nullptr;
    if (!journey)
        return;
    auto *view = new BlueprintView(new BlueprintScene(document(), journeyId));
    // A screen reader names the canvas and says which journey it shows.
    view->setAccessibleName(tr("Blueprint canvas"));
    view->setAccessibleDescription(journey->title);
    view->setBanner(new JourneyBanner(document(), journeyId));
    if (const qreal zoom = savedZoom(journeyId); zoom > 0)
        view->setZoom(zoom);
    mCanvasActions->attach(view);
    connect(view->blueprintScene(), &QGraphicsScene::selectionChanged, this,
            &MainWindow::updateInspector);
    connect(view, &BlueprintView::currentCellChanged, this, &MainWindow::updateInspector);
    connect(view, &BlueprintView::commentMarkerClicked, this, &MainWindow::showComment);
    connect(view, &BlueprintView::focusAreaChanged, this, [this] {
        mWindowActions->updateEnabled();
        mSessionMode->refreshBar();
    });
    if (mChanges->isActive() && mChanges->journey() == journeyId)
        view->setChanges(mChanges->entries());
    const int index = mTabs->addTab(view, journey->title);
    mTabs->setTabToolTip(index, PlainText::toolTip(journey->title));
    mTabs->setCurrentIndex(index);
}

void MainWindow::showChanges(const QString &journeyId, Workspace before, const QString &title,
                             bool contentOnly) {
    if (!document())
        return;
    openJourney(journeyId);
    mChanges->compare(document(), journeyId, std::move(before), title, contentOnly);
    mChangesDock->show();
    mChangesDock->raise();
    // Room for the list: the undo history's corner is too small for it.
    resizeDocks({mInspectorDock, mChangesDock}, {320, 420}, Qt::Vertical);
}

// Each blueprint shows the marks of its own journey, none when not compared.
void MainWindow::markChanges() {
    for (int i = kFixedTabs; i < mTabs->count(); ++i)
        if (auto *view = qobject_cast<BlueprintView *>(mTabs->widget(i)))
            view->setChanges(mChanges->isActive() &&
                                     view->blueprintScene()->journeyId() == mChanges->journey()
                                 ? mChanges->entries()
                                 : std::vector<DiffEntry>());
}

// A removed object is not there to go to; an arrow is shown by its source.
void MainWindow::goToChange(const DiffEntry &entry) {
    goTo(entry.journey, entry.type, entry.id);
}

void MainWindow::goTo(const QString &journey, EntityType type, const QString &id) {
    if (!document())
        return;
    const Workspace &ws = document()->workspace();
    openJourney(journey);
    BlueprintView *view = currentBlueprint();
    if (!view || view->blueprintScene()->journeyId() != journey)
        return;
    switch (type) {
    case EntityType::Card:
        view->showCard(id);
        break;
    case EntityType::Step:
        view->showStep(id);
        break;
    case EntityType::Connection:
        // An arrow is shown by the two cards it joins, both selected.
        if (const Connection *connection = ws.find<Connection>(id)) {
            view->showCard(connection->to);
            view->showCard(connection->from);
            view->selectCards({connection->from, connection->to});
        }
        break;
    case EntityType::Stage:
    case EntityType::Lane: {
        const auto kind =
            type == EntityType::Lane ? BlueprintView::Header::Lane : BlueprintView::Header::Stage;
        const BlueprintView::HeaderHit header = view->headerHit(kind, id);
        if (header.kind != BlueprintView::Header::None) {
            view->setCurrentHeader(header);
            view->reveal(header.rect);
            view->setFocus();
        }
        break;
    }
    default:
        break;
    }
}

// A scene announces selection changes while its items are destroyed; the
// window must not hear them then.
// Per file in the settings; untitled work (the example) has no lasting
// path, so its zooms live as long as the window.
qreal MainWindow::savedZoom(const QString &journey) const {
    if (!document())
        return 0;
    return document()->isUntitled() ? mUntitledZoom.value(journey)
                                    : Preferences::journeyZoom(document()->filePath(), journey);
}

void MainWindow::rememberZoom(const QString &journey, qreal zoom) {
    if (!document())
        return;
    if (document()->isUntitled())
        mUntitledZoom.insert(journey, zoom);
    else
        Preferences::setJourneyZoom(document()->filePath(), journey, zoom);
}

void MainWindow::removeTab(int index) {
    QWidget *widget = mTabs->widget(index);
    if (index < kFixedTabs || !widget)
        return;
    if (auto *view = qobject_cast<BlueprintView *>(widget)) {
        // The zoom the user chose comes back with the journey; session
        // mode's zoom has its own memory (SessionMode::rememberZoom).
        if (!mSessionMode->isActive())
            rememberZoom(view->blueprintScene()->journeyId(), view->zoom());
        disconnect(view->blueprintScene(), nullptr, this, nullptr);
        disconnect(view, nullptr, this, nullptr);
        mFindBar->setView(nullptr);
        mCanvasActions->setView(nullptr);
    }
    delete widget;
    currentTabChanged();
}

// A tab bar's scroll arrows took the keyboard by Tab and showed no mark;
// the arrow keys on the tab bar (and Ctrl+PgDown) reach every tab anyway.
void MainWindow::keepScrollButtonsOutOfTabOrder(QTabBar *bar) {
    for (QToolButton *button : bar->findChildren<QToolButton *>())
        button->setFocusPolicy(Qt::NoFocus);
}

bool MainWindow::event(QEvent *event) {
    // The tabs of tabbed docks are made by QMainWindow as docks are tabbed
    // together; their Dutch titles ("Gezondheidscheck", "Opmerkingen") are
    // long, and cut short they say nothing: whole titles, with scroll
    // buttons when they do not fit.
    if (event->type() == QEvent::ChildPolished)
        if (auto *bar = qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child())) {
            bar->setElideMode(Qt::ElideNone);
            bar->setUsesScrollButtons(true);
            keepScrollButtonsOutOfTabOrder(bar);
        }
    return QMainWindow::event(event);
}

void MainWindow::closeCurrentTab() {
    const int index = mTabs->currentIndex();
    if (index < kFixedTabs) {
        statusBar()->showMessage(
            tr("The overview and the personas always stay open; Ctrl+W closes the workspace."),
            6000);
        return;
    }
    removeTab(index);
    // The keyboard was in the tab that went.
    focusFront();
}

void MainWindow::showNextTab(int step) {
    const int count = mTabs->count();
    if (count > 0)
        mTabs->setCurrentIndex(((mTabs->currentIndex() + step) % count + count) % count);
    focusFront();
}

// The keyboard to the tab in front: its canvas, or else the tab bar, where
// the arrow keys choose a tab (not a button of the overview or the
// personas, which Enter would press).
void MainWindow::focusFront() {
    if (BlueprintView *view = currentBlueprint())
        view->setFocus();
    else
        mTabs->tabBar()->setFocus();
}

void MainWindow::closeTabs() {
    while (mTabs->count() > kFixedTabs)
        removeTab(kFixedTabs);
}

// Tabs follow renames and removals of what they show.
void MainWindow::syncTabs() {
    const Workspace &ws = document()->workspace();
    for (int i = mTabs->count() - 1; i >= kFixedTabs; --i) {
        QString title;
        if (auto *view = qobject_cast<BlueprintView *>(mTabs->widget(i))) {
            if (const Journey *journey = ws.find<Journey>(view->blueprintScene()->journeyId()))
                title = journey->title;
        } else if (auto *editor = qobject_cast<PersonaEditor *>(mTabs->widget(i))) {
            if (const Persona *persona = ws.find<Persona>(editor->personaId()))
                title = persona->name.isEmpty() ? tr("(no name)") : persona->name;
        } else if (auto *compare = qobject_cast<CompareView *>(mTabs->widget(i))) {
            if (const Persona *persona = ws.find<Persona>(compare->persona()))
                title = tr("Compare: %1").arg(persona->name);
        }
        if (title.isEmpty())
            removeTab(i);
        else {
            mTabs->setTabText(i, title);
            mTabs->setTabToolTip(i, PlainText::toolTip(title));
        }
    }
}

void MainWindow::showFindBar() {
    if (BlueprintView *canvas = currentBlueprint()) {
        mFindBar->setView(canvas);
        mFindBar->activate();
    }
}

void MainWindow::editProperties() {
    mInspectorDock->show();
    mInspector->focusFirstField();
}

void MainWindow::showShortcuts() {
    ShortcutsDialog(menuBar(), this).exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Blauwdruk"),
                       tr("<h3>Blauwdruk %1</h3><p>A service blueprint editor for work sessions "
                          "on personas, customer journeys and service blueprints.</p>"
                          "<p>Licensed under the EUPL-1.2.</p>")
                           .arg(QLatin1String(BLAUWDRUK_VERSION)));
}

} // namespace blauwdruk
