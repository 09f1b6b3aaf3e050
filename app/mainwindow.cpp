#include "mainwindow.h"
#include "plaintext.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "bundledexample.h"
#include "compareview.h"
#include "document.h"
#include "findbar.h"
#include "inspector.h"
#include "journeybanner.h"
#include "journeyoverview.h"
#include "noticebar.h"
#include "personaeditor.h"
#include "personagallery.h"
#include "projecttree.h"
#include "untitledfiles.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoView>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

constexpr int kMaxRecent = 8;
const char kRecentKey[] = "recentFiles";

QString fileFilter() {
    return MainWindow::tr("Blauwdruk workspaces (*.blauwdruk);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("MainWindow"));
    auto *splitter = new QSplitter(this);
    mTree = new ProjectTree(splitter);
    mTabs = new QTabWidget(splitter);
    mTabs->setDocumentMode(true);
    mTabs->setTabsClosable(true);
    mOverview = new JourneyOverview;
    mTabs->addTab(mOverview, tr("Overview"));
    mGallery = new PersonaGallery;
    mTabs->addTab(mGallery, tr("Personas"));
    // The overview and the gallery stay; the other tabs close.
    for (int i = 0; i < kFixedTabs; ++i) {
        mTabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        mTabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }
    connect(mTabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index >= kFixedTabs)
            removeTab(index);
    });
    connect(mTree, &QTreeWidget::itemActivated, this, [this] {
        const QString id = mTree->selectedId();
        if (mDocument && mDocument->workspace().find<Journey>(id))
            openJourney(id);
        else if (mDocument && mDocument->workspace().find<Persona>(id))
            openPersona(id);
    });
    connect(mOverview, &JourneyOverview::journeyActivated, this, &MainWindow::openJourney);
    connect(mOverview, &JourneyOverview::newJourneyRequested, this, &MainWindow::newJourney);
    connect(mOverview, &JourneyOverview::idealVersionRequested, this,
            &MainWindow::makeIdealVersion);
    connect(mOverview, &JourneyOverview::compareRequested, this,
            [this](const QString &persona) { openCompare(persona); });
    connect(mGallery, &PersonaGallery::personaActivated, this, &MainWindow::openPersona);
    connect(mGallery, &PersonaGallery::exportRequested, this,
            [this](const QStringList &ids) { exportPersonaSheets(ids); });
    // The find bar sits under the open blueprint, hidden until Ctrl+F.
    auto *centre = new QWidget(splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    mNotice = new NoticeBar(centre);
    connect(mNotice, &NoticeBar::saveAsRequested, this, &MainWindow::saveAs);
    centreLayout->addWidget(mNotice);
    centreLayout->addWidget(mTabs, 1);
    mFindBar = new FindBar(centre);
    mFindBar->hide();
    centreLayout->addWidget(mFindBar);
    connect(mTabs, &QTabWidget::currentChanged, this,
            [this] { mFindBar->setView(currentBlueprint()); });
    splitter->addWidget(mTree);
    splitter->addWidget(centre);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1060});
    setCentralWidget(splitter);

    auto *historyDock = new QDockWidget(tr("Undo history"), this);
    historyDock->setObjectName(QStringLiteral("UndoHistoryDock"));
    mUndoView = new QUndoView(historyDock);
    mUndoView->setEmptyLabel(tr("<opened>"));
    historyDock->setWidget(mUndoView);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);

    auto *inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("InspectorDock"));
    mInspector = new Inspector(inspectorDock);
    inspectorDock->setWidget(mInspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    splitDockWidget(inspectorDock, historyDock, Qt::Vertical);
    resizeDocks({inspectorDock, historyDock}, {260, 260}, Qt::Horizontal);
    resizeDocks({inspectorDock, historyDock}, {520, 200}, Qt::Vertical);
    connect(mTabs, &QTabWidget::currentChanged, this, &MainWindow::updateInspector);
    connect(mInspector, &Inspector::finished, this, [this] {
        if (BlueprintView *canvas = currentBlueprint())
            canvas->setFocus();
    });
    connect(mInspector, &Inspector::cardActivated, this, [this](const QString &card) {
        if (BlueprintView *canvas = currentBlueprint())
            canvas->showCard(card);
    });
    auto *editProperties = new QAction(tr("Edit &Properties"), this);
    editProperties->setObjectName(QStringLiteral("EditPropertiesAction"));
    editProperties->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(editProperties, &QAction::triggered, this, [inspectorDock, this] {
        inspectorDock->show();
        mInspector->focusFirstField();
    });
    addAction(editProperties);

    mSaveState = new QLabel(this);
    mSaveState->setTextFormat(Qt::PlainText); // may name who holds the file
    statusBar()->addPermanentWidget(mSaveState);
    createActions();
    resize(1280, 800);
    updateTitle();
}

MainWindow::~MainWindow() {
    closeJourneyTabs();
}

void MainWindow::createActions() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] { exportJourney(); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeWorkspace);
    closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    mUndoAction = edit->addAction(tr("&Undo"));
    mUndoAction->setShortcut(QKeySequence::Undo);
    mRedoAction = edit->addAction(tr("&Redo"));
    mRedoAction->setShortcut(QKeySequence::Redo);
    connect(mUndoAction, &QAction::triggered, this, [this] {
        if (mDocument)
            mDocument->undoStack()->undo();
    });
    connect(mRedoAction, &QAction::triggered, this, [this] {
        if (mDocument)
            mDocument->undoStack()->redo();
    });

    auto onCanvas = [this](auto &&call) {
        return [this, call] {
            if (BlueprintView *canvas = currentBlueprint())
                call(canvas);
        };
    };
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), this, onCanvas([](BlueprintView *v) { v->cutSelection(); }))
        ->setShortcut(QKeySequence::Cut);
    edit->addAction(tr("&Copy"), this, onCanvas([](BlueprintView *v) { v->copySelection(); }))
        ->setShortcut(QKeySequence::Copy);
    edit->addAction(tr("&Paste"), this, onCanvas([](BlueprintView *v) { v->paste(); }))
        ->setShortcut(QKeySequence::Paste);
    edit->addAction(tr("D&uplicate"), this,
                    onCanvas([](BlueprintView *v) { v->duplicateSelection(); }))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    edit->addAction(tr("&Find…"), this,
                    [this] {
                        if (BlueprintView *canvas = currentBlueprint()) {
                            mFindBar->setView(canvas);
                            mFindBar->activate();
                        }
                    })
        ->setShortcut(QKeySequence::Find);
    edit->addAction(tr("&Delete"), this,
                    onCanvas([](BlueprintView *v) { v->removeSelectedCards(); }))
        ->setShortcut(QKeySequence::Delete);
    edit->addAction(tr("Select &All"), this, onCanvas([](BlueprintView *v) {
                        for (QGraphicsItem *item : v->scene()->items())
                            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                                item->setSelected(true);
                    }))
        ->setShortcut(QKeySequence::SelectAll);

    createViewMenu();

    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    insert->addAction(tr("&Stage"), this, onCanvas([](BlueprintView *v) { v->insertStage(); }));
    insert->addAction(tr("S&tep"), this, onCanvas([](BlueprintView *v) { v->insertStep(); }))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    insert->addAction(tr("&Lane"), this, onCanvas([](BlueprintView *v) { v->insertLane(); }))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    insert
        ->addAction(tr("&Card"), this,
                    onCanvas([](BlueprintView *v) { v->addCardIn(v->currentCell()); }))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    insert
        ->addAction(
            tr("C&onnection Between Selected Cards"), this, onCanvas([this](BlueprintView *v) {
                if (!v->connectSelected())
                    statusBar()->showMessage(tr("Select exactly two cards to connect."), 4000);
            }))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));

    createJourneyMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Blauwdruk"), this, [this] {
        QMessageBox::about(
            this, tr("About Blauwdruk"),
            tr("<h3>Blauwdruk %1</h3><p>A service blueprint editor for work sessions on "
               "personas, customer journeys and service blueprints.</p>"
               "<p>Licensed under the EUPL-1.2.</p>")
                .arg(QLatin1String(BLAUWDRUK_VERSION)));
    });
    updateRecentMenu();
}

QMenu *MainWindow::createViewMenu() {
    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto onCanvas = [this](auto method) {
        return [this, method] {
            if (BlueprintView *canvas = currentBlueprint())
                (canvas->*method)();
        };
    };
    view->addAction(tr("Zoom &In"), this, onCanvas(&BlueprintView::zoomIn))
        ->setShortcut(QKeySequence::ZoomIn);
    view->addAction(tr("Zoom &Out"), this, onCanvas(&BlueprintView::zoomOut))
        ->setShortcut(QKeySequence::ZoomOut);
    view->addAction(tr("&Fit to Window"), this, onCanvas(&BlueprintView::fitToView))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    view->addAction(tr("&Actual Size"), this,
                    [this] {
                        if (BlueprintView *canvas = currentBlueprint())
                            canvas->setZoom(1.0);
                    })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    if (QAction *properties = findChild<QAction *>(QStringLiteral("EditPropertiesAction")))
        view->addAction(properties);
    // The docks, to hide for a clean projector view and to bring back.
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    return view;
}

void MainWindow::updateInspector() {
    BlueprintView *view = currentBlueprint();
    if (!view || !mDocument) {
        mInspector->setSelection(mDocument.get(), {}, {}, {});
        return;
    }
    mInspector->setSelection(mDocument.get(), view->selectedCardIds(), view->currentCell().step,
                             view->currentCell().lane);
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
    const Journey *journey = mDocument ? mDocument->workspace().find<Journey>(journeyId) : nullptr;
    if (!journey)
        return;
    auto *view = new BlueprintView(new BlueprintScene(mDocument.get(), journeyId));
    view->blueprintScene()->setParent(view);
    view->setBanner(new JourneyBanner(mDocument.get(), journeyId));
    connect(view->blueprintScene(), &QGraphicsScene::selectionChanged, this,
            &MainWindow::updateInspector);
    connect(view, &BlueprintView::currentCellChanged, this, &MainWindow::updateInspector);
    const int index = mTabs->addTab(view, journey->title);
    mTabs->setTabToolTip(index, PlainText::toolTip(journey->title));
    mTabs->setCurrentIndex(index);
}

// A scene announces selection changes while its items are destroyed; the
// window must not hear them then.
void MainWindow::removeTab(int index) {
    QWidget *widget = mTabs->widget(index);
    if (index < kFixedTabs || !widget)
        return;
    if (auto *view = qobject_cast<BlueprintView *>(widget)) {
        disconnect(view->blueprintScene(), nullptr, this, nullptr);
        disconnect(view, nullptr, this, nullptr);
        mFindBar->setView(nullptr);
    }
    delete widget;
    mFindBar->setView(currentBlueprint());
}

void MainWindow::closeJourneyTabs() {
    while (mTabs->count() > kFixedTabs)
        removeTab(kFixedTabs);
}

// Tabs follow renames and removals of what they show.
void MainWindow::syncJourneyTabs() {
    const Workspace &ws = mDocument->workspace();
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

void MainWindow::setDocument(std::unique_ptr<Document> document) {
    closeJourneyTabs();
    discardUntitledFile();
    // Views let go of the old document before it is destroyed.
    mTree->setDocument(nullptr);
    mOverview->setDocument(nullptr);
    mGallery->setDocument(nullptr);
    mUndoView->setStack(nullptr);
    mInspector->setSelection(nullptr, {}, {}, {});
    mDocument = std::move(document);
    mAskBeforeDiscarding = false;
    mTree->setDocument(mDocument.get());
    mOverview->setDocument(mDocument.get());
    mGallery->setDocument(mDocument.get());
    mUndoView->setStack(mDocument ? mDocument->undoStack() : nullptr);
    if (mDocument) {
        QUndoStack *stack = mDocument->undoStack();
        mUndoAction->setEnabled(stack->canUndo());
        mRedoAction->setEnabled(stack->canRedo());
        connect(stack, &QUndoStack::canUndoChanged, mUndoAction, &QAction::setEnabled);
        connect(stack, &QUndoStack::canRedoChanged, mRedoAction, &QAction::setEnabled);
        connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateStatus);
        connect(mDocument.get(), &Document::changed, this, [this] {
            updateTitle();
            syncJourneyTabs();
        });
        connect(mDocument.get(), &Document::writeFailed, this,
                &MainWindow::keepWorkAfterFailedWrite);
        connect(mDocument.get(), &Document::editRefused, this,
                [this](const QString &message) { showError(tr("Change not made"), message); });
        connect(mDocument.get(), &Document::fileChanged, this, [this] {
            updateTitle();
            updateStatus();
        });
    }
    updateTitle();
    updateStatus();
    showFileNotice();
    if (mDocument && !mDocument->workspace().journeys.empty())
        openJourney(mDocument->workspace().orderedJourneys().front()->id);
    updateInspector();
}

bool MainWindow::openFile(const QString &path, QString *errorOut) {
    if (!maybeKeepUntitled())
        return false;
    const QFileInfo info(path);
    // A file in use elsewhere, or that we may not write, opens read-only.
    QString error;
    std::unique_ptr<Document> document = Document::open(path, Store::Mode::ReadWrite, &error);
    if (!document) {
        if (errorOut)
            *errorOut = error;
        else
            showError(tr("Cannot open file"),
                      QStringLiteral("%1\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    setDocument(std::move(document));
    rememberRecent(info.absoluteFilePath());
    return true;
}

bool MainWindow::openUntitled(const Workspace &workspace) {
    QString error;
    const QString path = UntitledFiles::newPath();
    std::unique_ptr<Document> document = Document::create(path, workspace, &error);
    if (!document) {
        showError(tr("Cannot create a workspace"),
                  QStringLiteral("%1\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    document->setUntitled(true);
    setDocument(std::move(document));
    return true;
}

bool MainWindow::openUntitledExample() {
    if (!maybeKeepUntitled())
        return false;
    QString error;
    std::optional<Workspace> example = BundledExample::load(&error);
    if (!example) {
        showError(tr("Cannot open the example"), error);
        return false;
    }
    return openUntitled(*example);
}

bool MainWindow::newWorkspace() {
    if (!maybeKeepUntitled())
        return false;
    Workspace workspace;
    workspace.meta.id = WorkspaceMeta::kId;
    workspace.meta.title = tr("New workspace");
    return openUntitled(workspace);
}

bool MainWindow::closeWorkspace() {
    if (!mDocument || !maybeKeepUntitled())
        return false;
    setDocument(nullptr);
    return true;
}

void MainWindow::open() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveAs() {
    if (!mDocument)
        return false;
    QString path = QFileDialog::getSaveFileName(this, tr("Save workspace as"),
                                                mDocument->workspace().meta.title, fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".blauwdruk");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path, QString *errorOut) {
    if (!mDocument)
        return false;
    const QString untitledPath = mDocument->isUntitled() ? mDocument->filePath() : QString();
    QString error;
    if (!mDocument->saveAs(path, &error)) {
        if (errorOut)
            *errorOut = error;
        else
            showError(tr("Cannot save"),
                      QStringLiteral("%1\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    if (!untitledPath.isEmpty())
        QFile::remove(untitledPath);
    rememberRecent(QFileInfo(path).absoluteFilePath());
    showFileNotice();
    updateInspector(); // its fields may be written now
    return true;
}

bool MainWindow::maybeKeepUntitled() {
    if (!mDocument || !mDocument->isUntitled() ||
        (mDocument->undoStack()->count() == 0 && !mAskBeforeDiscarding))
        return true;
    const auto answer = PlainText::question(
        this, tr("Save changes?"),
        tr("The untitled workspace \"%1\" has changes. Save it before closing?")
            .arg(mDocument->workspace().meta.title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveAs();
    return true;
}

void MainWindow::discardUntitledFile() {
    if (mDocument && mDocument->isUntitled()) {
        const QString path = mDocument->filePath();
        closeJourneyTabs();
        mTree->setDocument(nullptr);
        mUndoView->setStack(nullptr);
        mDocument.reset(); // closes the file first
        QFile::remove(path);
    }
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!maybeKeepUntitled()) {
        event->ignore();
        return;
    }
    discardUntitledFile();
    event->accept();
}

void MainWindow::updateTitle() {
    if (!mDocument) {
        setWindowTitle(QStringLiteral("Blauwdruk"));
        return;
    }
    const QString title = mDocument->workspace().meta.title;
    const QString file =
        mDocument->isUntitled() ? tr("untitled") : QFileInfo(mDocument->filePath()).fileName();
    setWindowTitle(tr("%1 — %2 — Blauwdruk").arg(title.isEmpty() ? tr("Untitled") : title, file));
}

void MainWindow::updateStatus() {
    if (!mDocument) {
        mSaveState->clear();
        return;
    }
    if (mDocument->isReadOnly())
        mSaveState->setText(mDocument->readOnlyReason() == Document::ReadOnlyReason::InUse
                                ? tr("Read-only — in use elsewhere")
                                : tr("Read-only"));
    else if (mDocument->hasUnsavedChanges())
        mSaveState->setText(tr("Not saved — use Save As"));
    else if (mDocument->isUntitled())
        mSaveState->setText(tr("Untitled — kept safe until you save it"));
    else
        mSaveState->setText(tr("All changes saved"));
}

void MainWindow::rememberRecent(const QString &path) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    mRecentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent)
        mRecentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })
            ->setToolTip(PlainText::toolTip(QDir::toNativeSeparators(path)));
    mRecentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showError(const QString &title, const QString &message) {
    PlainText::warning(this, title, message);
}

} // namespace blauwdruk
