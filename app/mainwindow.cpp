#include "mainwindow.h"

#include "bundledexample.h"
#include "document.h"
#include "projecttree.h"
#include "untitledfiles.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoView>

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
    mSummary = new QLabel(splitter);
    mSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    mSummary->setWordWrap(true);
    mSummary->setMargin(24);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    splitter->addWidget(mTree);
    splitter->addWidget(mSummary);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 800});
    setCentralWidget(splitter);

    auto *historyDock = new QDockWidget(tr("Undo history"), this);
    historyDock->setObjectName(QStringLiteral("UndoHistoryDock"));
    mUndoView = new QUndoView(historyDock);
    mUndoView->setEmptyLabel(tr("<opened>"));
    historyDock->setWidget(mUndoView);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);

    mSaveState = new QLabel(this);
    statusBar()->addPermanentWidget(mSaveState);
    createActions();
    resize(1280, 800);
    updateTitle();
}

MainWindow::~MainWindow() = default;

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

void MainWindow::setDocument(std::unique_ptr<Document> document) {
    discardUntitledFile();
    mDocument = std::move(document);
    mTree->setDocument(mDocument.get());
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
            updateSummary();
        });
        connect(mDocument.get(), &Document::writeFailed, this, [this](const QString &message) {
            updateStatus();
            showError(tr("Changes not saved"),
                      tr("Blauwdruk could not write to %1:\n%2\n\nYour work is kept in memory. Use "
                         "File › Save As "
                         "to save it somewhere else.")
                          .arg(QDir::toNativeSeparators(mDocument->filePath()), message));
        });
        connect(mDocument.get(), &Document::fileChanged, this, [this] {
            updateTitle();
            updateStatus();
        });
    }
    updateTitle();
    updateStatus();
    updateSummary();
}

bool MainWindow::openFile(const QString &path) {
    if (!maybeKeepUntitled())
        return false;
    const QFileInfo info(path);
    // A file we may not write is opened read-only, never half-written.
    const Store::Mode mode =
        info.exists() && !info.isWritable() ? Store::Mode::ReadOnly : Store::Mode::ReadWrite;
    QString error;
    std::unique_ptr<Document> document = Document::open(path, mode, &error);
    if (!document) {
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
    const QString untitledPath = mDocument->isUntitled() ? mDocument->filePath() : QString();
    QString error;
    if (!mDocument->saveAs(path, &error)) {
        showError(tr("Cannot save"),
                  QStringLiteral("%1\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    if (!untitledPath.isEmpty())
        QFile::remove(untitledPath);
    rememberRecent(QFileInfo(path).absoluteFilePath());
    return true;
}

bool MainWindow::maybeKeepUntitled() {
    if (!mDocument || !mDocument->isUntitled() || mDocument->undoStack()->count() == 0)
        return true;
    const auto answer = QMessageBox::question(
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
        mSaveState->setText(tr("Read-only"));
    else if (mDocument->hasUnsavedChanges())
        mSaveState->setText(tr("Not saved — use Save As"));
    else if (mDocument->isUntitled())
        mSaveState->setText(tr("Untitled — kept safe until you save it"));
    else
        mSaveState->setText(tr("All changes saved"));
}

void MainWindow::updateSummary() {
    if (!mDocument) {
        mSummary->clear();
        return;
    }
    const Workspace &ws = mDocument->workspace();
    QString html = QStringLiteral("<h2>%1</h2>").arg(ws.meta.title.toHtmlEscaped());
    if (!ws.meta.organisation.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(ws.meta.organisation.toHtmlEscaped());
    if (!ws.meta.theme.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Theme:"), ws.meta.theme.toHtmlEscaped());
    if (!ws.meta.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(ws.meta.description.toHtmlEscaped());
    // "Label: count" reads right for every number in both languages.
    html += QStringLiteral("<p>%1 %2 · %3 %4 · %5 %6</p>")
                .arg(tr("Personas:"))
                .arg(ws.personas.size())
                .arg(tr("Journeys:"))
                .arg(ws.journeys.size())
                .arg(tr("Cards:"))
                .arg(ws.cards.size());
    // Each journey at a glance: what a reviewer opens the file for.
    html += QStringLiteral(
                "<table cellspacing='0' cellpadding='6'><tr><th align='left'>%1</th><th "
                "align='left'>%2</th>"
                "<th align='left'>%3</th><th align='right'>%4</th><th align='right'>%5</th></tr>")
                .arg(tr("Journey"), tr("Persona"), tr("Kind"), tr("Steps"), tr("Cards"));
    for (const Journey *journey : ws.orderedJourneys()) {
        const Persona *persona = ws.find<Persona>(journey->persona);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align='right'>%4</td><td "
                               "align='right'>%5</td></tr>")
                    .arg(journey->title.toHtmlEscaped(),
                         persona ? persona->name.toHtmlEscaped() : QStringLiteral("—"),
                         journey->kind == QLatin1String("ideal") ? tr("ideal") : tr("current"))
                    .arg(ws.orderedSteps(journey->id).size())
                    .arg(ws.orderedCards(journey->id).size());
    }
    html += QStringLiteral("</table>");
    mSummary->setText(html);
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
            ->setToolTip(QDir::toNativeSeparators(path));
    mRecentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showError(const QString &title, const QString &message) {
    QMessageBox::warning(this, title, message);
}

} // namespace blauwdruk
