#include "documentmanager.h"

#include "bundledexample.h"
#include "document.h"
#include "plaintext.h"
#include "untitledfiles.h"
#include "workspacepropertiesdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QWidget>

namespace blauwdruk {

namespace {

constexpr int kMaxRecent = 8;
const char kRecentKey[] = "recentFiles";

QString fileFilter() {
    return DocumentManager::tr("Blauwdruk workspaces (*.blauwdruk);;All files (*)");
}

} // namespace

DocumentManager::DocumentManager(QWidget *window)
    : QObject(window)
    , mWindow(window) {}

// Closing the document clears its undo stack, which announces itself: not
// to a manager half destroyed.
DocumentManager::~DocumentManager() {
    if (mDocument) {
        mDocument->undoStack()->disconnect(this);
        mDocument->disconnect(this);
    }
}

void DocumentManager::setDocument(std::unique_ptr<Document> document) {
    discardUntitledFile();
    mSnapshotLabel.clear();
    // Views let go of the old document before it is destroyed.
    emit documentChanged(nullptr);
    mDocument = std::move(document);
    mAskBeforeDiscarding = false;
    if (mDocument) {
        connect(mDocument.get(), &Document::changed, this, &DocumentManager::stateChanged);
        connect(mDocument.get(), &Document::fileChanged, this, &DocumentManager::stateChanged);
        connect(mDocument->undoStack(), &QUndoStack::indexChanged, this,
                &DocumentManager::stateChanged);
        connect(mDocument.get(), &Document::writeFailed, this,
                &DocumentManager::keepWorkAfterFailedWrite);
        connect(mDocument.get(), &Document::editRefused, this,
                [this](const QString &message) { showError(tr("Change not made"), message); });
    }
    showFileNotice();
    emit documentChanged(mDocument.get());
    emit stateChanged();
}

bool DocumentManager::openFile(const QString &path, QString *errorOut) {
    if (!maybeKeepUntitled())
        return false;
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
    rememberRecent(QFileInfo(path).absoluteFilePath());
    return true;
}

bool DocumentManager::openSnapshot(const Workspace &workspace, const QString &label,
                                   QString *errorOut) {
    if (!maybeKeepUntitled())
        return false;
    QString error;
    auto folder = std::make_unique<QTemporaryDir>();
    std::unique_ptr<Document> document;
    if (folder->isValid()) {
        const QString path = folder->filePath(QStringLiteral("version.blauwdruk"));
        // Written once, then read as any read-only file is: nothing can edit it.
        if (Document::create(path, workspace, &error))
            document = Document::open(path, Store::Mode::ReadOnly, &error);
    } else {
        error = folder->errorString();
    }
    if (!document) {
        if (errorOut)
            *errorOut = error;
        else
            showError(tr("Cannot show the version"), error);
        return false;
    }
    setDocument(std::move(document));
    mSnapshotDir = std::move(folder);
    mSnapshotLabel = label;
    showFileNotice();
    emit stateChanged();
    return true;
}

void DocumentManager::open() {
    const QString path =
        QFileDialog::getOpenFileName(mWindow, tr("Open workspace"), QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool DocumentManager::openUntitled(const Workspace &workspace) {
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

bool DocumentManager::openUntitledExample() {
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

bool DocumentManager::newWorkspace() {
    Workspace workspace;
    workspace.meta.id = WorkspaceMeta::kId;
    WorkspacePropertiesDialog dialog(workspace.meta, WorkspacePropertiesDialog::Purpose::Create,
                                     false, mWindow);
    if (dialog.exec() != QDialog::Accepted || !maybeKeepUntitled())
        return false;
    workspace.meta = dialog.meta();
    return openUntitled(workspace);
}

void DocumentManager::editWorkspaceProperties() {
    if (!mDocument)
        return;
    WorkspacePropertiesDialog dialog(mDocument->workspace().meta,
                                     WorkspacePropertiesDialog::Purpose::Edit,
                                     mDocument->isReadOnly(), mWindow);
    // A refused value is announced by the document (editRefused).
    if (dialog.exec() == QDialog::Accepted && mDocument && !mDocument->isReadOnly())
        dialog.applyTo(*mDocument);
}

bool DocumentManager::close() {
    if (!mDocument || !maybeKeepUntitled())
        return false;
    setDocument(nullptr);
    return true;
}

bool DocumentManager::closeForQuit() {
    return !mDocument || close();
}

bool DocumentManager::saveAs() {
    if (!mDocument)
        return false;
    QString path = QFileDialog::getSaveFileName(mWindow, tr("Save workspace as"),
                                                mDocument->workspace().meta.title, fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".blauwdruk");
    return saveTo(path);
}

bool DocumentManager::saveTo(const QString &path, QString *errorOut) {
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
    mSnapshotLabel.clear(); // a saved copy of a version is a workspace of its own
    rememberRecent(QFileInfo(path).absoluteFilePath());
    showFileNotice();
    // Read-only fields may be written now: the views look again.
    emit documentChanged(mDocument.get());
    emit stateChanged();
    return true;
}

bool DocumentManager::maybeKeepUntitled() {
    // Changes all undone are no changes: the example as it came needs no question.
    if (!mDocument || !mDocument->isUntitled() ||
        (mDocument->undoStack()->index() == 0 && !mAskBeforeDiscarding))
        return true;
    const auto answer = PlainText::question(
        mWindow, tr("Save changes?"),
        tr("The untitled workspace \"%1\" has changes. Save it before closing?")
            .arg(mDocument->workspace().meta.title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveAs();
    return true;
}

void DocumentManager::discardUntitledFile() {
    if (mDocument && mDocument->isUntitled()) {
        const QString path = mDocument->filePath();
        emit documentChanged(nullptr);
        mDocument.reset(); // closes the file first
        QFile::remove(path);
    }
}

QString DocumentManager::windowTitle() const {
    if (!mDocument)
        return QStringLiteral("Blauwdruk");
    const QString title = mDocument->workspace().meta.title;
    QString file =
        mDocument->isUntitled() ? tr("untitled") : QFileInfo(mDocument->filePath()).fileName();
    if (!mSnapshotLabel.isEmpty())
        return tr("%1 — %2 — read-only — Blauwdruk")
            .arg(mSnapshotLabel, title.isEmpty() ? tr("Untitled") : title);
    // Two windows on one file must not look alike: the read-only one says so.
    if (mDocument->isReadOnly())
        file = tr("%1 (read-only)").arg(file);
    return tr("%1 — %2 — Blauwdruk").arg(title.isEmpty() ? tr("Untitled") : title, file);
}

QString DocumentManager::saveState() const {
    if (!mDocument)
        return QString();
    if (mDocument->isReadOnly())
        return mDocument->readOnlyReason() == Document::ReadOnlyReason::InUse
                   ? tr("Read-only — in use elsewhere")
                   : tr("Read-only");
    if (mDocument->hasUnsavedChanges())
        return tr("Not saved — use Save As");
    if (mDocument->isUntitled())
        return tr("Untitled — kept safe until you save it");
    return tr("All changes saved");
}

QStringList DocumentManager::recentFiles() const {
    return QSettings().value(kRecentKey).toStringList();
}

void DocumentManager::rememberRecent(const QString &path) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    emit recentFilesChanged();
}

void DocumentManager::showError(const QString &title, const QString &message) {
    PlainText::warning(mWindow, title, message);
}

} // namespace blauwdruk
