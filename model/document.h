#pragma once

#include "change.h"
#include "changeset.h"
#include "filelock.h"
#include "mergeid.h"
#include "store.h"
#include "workspace.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace blauwdruk {

// One open workspace: the in-memory Workspace, its file and its undo stack.
// The only way to change a workspace: every change is one undo command,
// written to the file before apply() returns, then announced by changed().
class Document : public QObject {
    Q_OBJECT
public:
    enum class Direction { Forward, Backward };
    // Why a document is read-only.
    enum class ReadOnlyReason { None, Requested, InUse, NotWritable };

    ~Document() override;

    // Opens a workspace file; nullptr and a message when it cannot be used.
    // Asked to write, it takes the file's lock; a file another Blauwdruk
    // has open, or that may not be written (file or folder), is opened
    // read-only instead, and readOnlyReason() says why.
    static std::unique_ptr<Document> open(const QString &path, Store::Mode mode, QString *error);
    // Writes `workspace` as a new file at `path` (atomically) and opens it.
    static std::unique_ptr<Document> create(const QString &path, const Workspace &workspace,
                                            QString *error);

    const Workspace &workspace() const { return mWorkspace; }
    QUndoStack *undoStack() { return &mUndoStack; }
    QString filePath() const;
    bool isReadOnly() const { return mReadOnly; }
    // Review mode: the blueprint (structure, cards, personas) cannot be
    // changed by accident; comments, versions and decisions still can.
    void setReviewMode(bool on);
    bool isReviewMode() const { return mReviewMode; }
    // True when the blueprint's content may not be edited: read-only or in
    // review mode. Views guard their edits with this.
    bool isContentLocked() const { return mReadOnly || mReviewMode; }
    ReadOnlyReason readOnlyReason() const { return mReadOnlyReason; }
    // With ReadOnlyReason::InUse: who has the file open for writing.
    FileLock::Holder lockHolder() const { return mLockHolder; }

    // An untitled document lives in a recovery file until it is saved as a
    // real file; the app decides where that is.
    bool isUntitled() const { return mUntitled; }
    void setUntitled(bool untitled) { mUntitled = untitled; }

    // True when the last write to the file failed: the work is in memory
    // only until a later write or Save As succeeds.
    bool hasUnsavedChanges() const { return mDiskStale; }
    QString lastError() const { return mLastError; }

    // Pushes one user intent. Returns false when nothing could be done
    // (read-only) or when the change could not be written (see lastError()).
    bool apply(ChangeSet changes, const QString &text, MergeId merge = MergeId::None,
               const QString &mergeKey = QString());

    // Undo and redo through the same guards as apply(): a step that would
    // change the blueprint in review mode, or a locked structure, is
    // refused (editRefused says why) and stays on the stack.
    bool undo();
    bool redo();

    // The work session that cards added now belong to (session mode sets
    // it; Edits tags the cards it adds to that session's journey).
    void setCapturingSession(const QString &session) { mCapturingSession = session; }
    QString capturingSession() const { return mCapturingSession; }

    // Applies and writes a change that is history, not an edit: review
    // decisions (DESIGN.md, review data). It goes on no undo stack, so undo
    // never takes it back. False when read-only or not written.
    bool record(const ChangeSet &changes);

    // Writes everything to a new file and continues there (Save As). A file
    // another Blauwdruk has open is not replaced.
    bool saveAs(const QString &path, QString *error);

    // Used by EditCommand only.
    void applyChanges(const ChangeSet &changes, Direction direction);

signals:
    void changed(const blauwdruk::Changes &changes);
    void writeFailed(const QString &message);
    void fileChanged(const QString &path);
    // Edits refused a change beyond a limit of sizelimits.h (a journey full
    // of cards, a text too long); the app shows the message.
    void editRefused(const QString &message);
    void reviewModeChanged(bool on);

private:
    Document(std::unique_ptr<Store> store, Workspace workspace, bool readOnly);
    static std::unique_ptr<FileLock> lockForWriting(const QString &path, ReadOnlyReason *reason,
                                                    FileLock::Holder *holder, QString *error);
    void persist(const std::vector<EntityRef> &refs);
    static bool onlyRemarks(const ChangeSet &changes);
    // Why `changes` may not be applied now; empty when they may.
    QString refusal(const ChangeSet &changes) const;
    bool stepStack(bool back);

    std::unique_ptr<FileLock> mLock; // before mStore: released after the file is closed
    std::unique_ptr<Store> mStore;
    Workspace mWorkspace;
    QUndoStack mUndoStack;
    bool mReadOnly = false;
    bool mReviewMode = false;
    ReadOnlyReason mReadOnlyReason = ReadOnlyReason::None;
    FileLock::Holder mLockHolder;
    bool mUntitled = false;
    QString mCapturingSession;
    bool mDiskStale = false;
    QString mLastError;
};

} // namespace blauwdruk
