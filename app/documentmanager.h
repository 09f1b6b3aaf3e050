#pragma once

#include "noticebar.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QTemporaryDir;
class QWidget;

namespace blauwdruk {

class Document;
class Workspace;

// The open workspace and its life: opening, new and untitled work, the
// example, recovery after a crash, Save As, read-only files, a file that
// can no longer be written, and the recent files. The window shows what it
// says; the views follow documentChanged, the one way they take up and let
// go of a document.
class DocumentManager : public QObject {
    Q_OBJECT
public:
    // `window` is the parent of the dialogs this asks or warns with.
    explicit DocumentManager(QWidget *window);
    ~DocumentManager() override;

    Document *document() const { return mDocument.get(); }

    // Opens a workspace file; shows a message and returns false when it
    // cannot (the current document stays open). With `error`, no dialog.
    bool openFile(const QString &path, QString *error = nullptr);
    // File › Open…: asks for the file.
    void open();
    // An untitled copy of the bundled example (the copy lives in the
    // recovery folder; nothing is written to the bundled resource).
    bool openUntitledExample();
    // File › New: asks for the title and the rest of the workspace's
    // description first; cancelling leaves everything as it was.
    bool newWorkspace();
    // File › Workspace Properties: each changed field one undo step
    // (shown, not editable, for a read-only file).
    void editWorkspaceProperties();
    // Closes the workspace (asking first about unsaved untitled work).
    bool close();
    // The window closes: false when the user keeps it open.
    bool closeForQuit();
    // At start: offers to restore untitled work that a crash left behind
    // (one workspace at a time, newest first). True when one was restored.
    bool offerRecovery();
    // A state of the workspace (a version, the approved state) shown
    // read-only from a temporary file; `label` says which in the title and
    // the notice ("Version “after session 2” of 30-11-2026").
    bool openSnapshot(const Workspace &workspace, const QString &label, QString *error = nullptr);
    QString snapshotLabel() const { return mSnapshotLabel; }
    // File › Save As…: asks where.
    bool saveAs();
    // Save As without the dialog; false with a message shown (or in `error`).
    bool saveTo(const QString &path, QString *error = nullptr);

    QStringList recentFiles() const;
    // "Title — file — Blauwdruk", and the status bar's word on saving.
    QString windowTitle() const;
    QString saveState() const;

signals:
    // Null first, while the old document still lives, then the new one.
    void documentChanged(blauwdruk::Document *document);
    // The title or the save state changed.
    void stateChanged();
    void recentFilesChanged();
    // What the notice bar should say; an empty text hides it.
    void notice(const QString &text, blauwdruk::NoticeBar::Level level);

private:
    void setDocument(std::unique_ptr<Document> document);
    bool openUntitled(const Workspace &workspace);
    // Asks what to do with unsaved untitled work; false: the user cancelled.
    bool maybeKeepUntitled();
    void discardUntitledFile();
    void rememberRecent(const QString &path);
    void showError(const QString &title, const QString &message);
    void showFileNotice();
    // A write to the file failed: the work moves to a recovery copy that is
    // written as before, and the notice says so and offers Save As.
    void keepWorkAfterFailedWrite(const QString &message);

    QWidget *mWindow;
    // Before the document: its file is removed after it is closed.
    std::unique_ptr<QTemporaryDir> mSnapshotDir;
    QString mSnapshotLabel;
    std::unique_ptr<Document> mDocument;
    // Untitled work that must not be dropped unasked even without edits in
    // this session: restored after a crash, or moved to a recovery copy.
    bool mAskBeforeDiscarding = false;
};

} // namespace blauwdruk
