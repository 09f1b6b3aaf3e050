#include "document.h"

#include "sessionrules.h"

#include "editcommand.h"
#include "validator.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace blauwdruk {

Document::Document(std::unique_ptr<Store> store, Workspace workspace, bool readOnly)
    : mStore(std::move(store))
    , mWorkspace(std::move(workspace))
    , mReadOnly(readOnly) {
    qRegisterMetaType<Changes>();
}

Document::~Document() {
    // Commands hold a pointer to this document; drop them first.
    mUndoStack.clear();
}

// The lock that lets this process write `path`; nullptr when it may not, with
// the reason. Without a lock nothing is written: two writers would each
// believe their copy in memory is the file.
std::unique_ptr<FileLock> Document::lockForWriting(const QString &path, ReadOnlyReason *reason,
                                                   FileLock::Holder *holder, QString *error) {
    const QFileInfo file(path);
    if (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable()) {
        // SQLite writes a journal beside the file, so the folder counts too.
        *reason = ReadOnlyReason::NotWritable;
        return nullptr;
    }
    auto lock = std::make_unique<FileLock>(path);
    switch (lock->tryLock()) {
    case FileLock::Result::Locked:
        return lock;
    case FileLock::Result::HeldByOther:
        *reason = ReadOnlyReason::InUse;
        *holder = lock->holder();
        return nullptr;
    case FileLock::Result::CannotLock:
        *reason = ReadOnlyReason::NotWritable;
        if (error)
            *error = lock->error();
        return nullptr;
    }
    return nullptr;
}

std::unique_ptr<Document> Document::open(const QString &path, Store::Mode mode, QString *error) {
    ReadOnlyReason reason =
        mode == Store::Mode::ReadOnly ? ReadOnlyReason::Requested : ReadOnlyReason::None;
    FileLock::Holder holder;
    std::unique_ptr<FileLock> lock;
    if (mode == Store::Mode::ReadWrite && QFileInfo(path).isFile()) {
        lock = lockForWriting(path, &reason, &holder, nullptr);
        if (!lock)
            mode = Store::Mode::ReadOnly;
    }
    std::unique_ptr<Store> store = Store::open(path, mode, error);
    if (!store)
        return nullptr;
    std::optional<Workspace> workspace = store->load(error);
    if (!workspace)
        return nullptr;
    const std::vector<Problem> problems = validateWorkspace(*workspace);
    if (!problems.empty()) {
        *error =
            QCoreApplication::translate("Store", "is damaged: %1").arg(summarizeProblems(problems));
        return nullptr;
    }
    std::unique_ptr<Document> document(
        new Document(std::move(store), std::move(*workspace), mode == Store::Mode::ReadOnly));
    document->mLock = std::move(lock);
    document->mReadOnlyReason = reason;
    document->mLockHolder = holder;
    return document;
}

std::unique_ptr<Document> Document::create(const QString &path, const Workspace &workspace,
                                           QString *error) {
    if (!Store::writeNew(path, workspace, error))
        return nullptr;
    return open(path, Store::Mode::ReadWrite, error);
}

QString Document::filePath() const {
    return mStore ? mStore->path() : QString();
}

bool Document::apply(ChangeSet changes, const QString &text, MergeId merge,
                     const QString &mergeKey) {
    if (mReadOnly) {
        mLastError = tr("the file is open read-only");
        return false;
    }
    // The views keep edits from coming here and say why in the status bar;
    // this is the guard behind them, without a dialog.
    if (const QString why = refusal(changes); !why.isEmpty()) {
        mLastError = why;
        return false;
    }
    if (changes.isNoOp())
        return true;
    mUndoStack.push(new EditCommand(this, std::move(changes), text, merge, mergeKey));
    return !mDiskStale;
}

QString Document::refusal(const ChangeSet &changes) const {
    if (mReviewMode && !onlyRemarks(changes))
        return tr("in review mode the blueprint cannot be changed; leave review mode to edit it");
    return SessionRules::structureRefusal(mWorkspace, changes);
}

bool Document::undo() {
    return stepStack(true);
}

bool Document::redo() {
    return stepStack(false);
}

bool Document::stepStack(bool back) {
    if (mReadOnly)
        return false;
    const int index = mUndoStack.index() - (back ? 1 : 0);
    if (index < 0 || index >= mUndoStack.count())
        return false;
    if (const auto *command = dynamic_cast<const EditCommand *>(mUndoStack.command(index))) {
        // Undo applies the change backwards: what it added goes, what it
        // removed comes back; the same objects are touched either way.
        if (const QString why = refusal(command->changes()); !why.isEmpty()) {
            mLastError = why;
            emit editRefused(why);
            return false;
        }
    }
    back ? mUndoStack.undo() : mUndoStack.redo();
    return true;
}

void Document::setReviewMode(bool on) {
    if (on == mReviewMode)
        return;
    mReviewMode = on;
    emit reviewModeChanged(on);
}

// What review mode lets through: comments and versions, which remark on
// the blueprint or keep it, and change nothing it says.
bool Document::onlyRemarks(const ChangeSet &changes) {
    for (const EntityRef &ref : changes.touched())
        // Dismissed health findings and the residents' verdicts are remarks
        // on the blueprint too: a reviewer may record them.
        if (ref.type != EntityType::Comment && ref.type != EntityType::Version &&
            ref.type != EntityType::Dismissal && ref.type != EntityType::DemoSession &&
            ref.type != EntityType::DemoVerdict)
            return false;
    return true;
}

bool Document::record(const ChangeSet &changes) {
    if (mReadOnly) {
        mLastError = tr("the file is open read-only");
        return false;
    }
    applyChanges(changes, Direction::Forward);
    return !mDiskStale;
}

void Document::applyChanges(const ChangeSet &changes, Direction direction) {
    Changes events;
    auto updated = [&](EntityType type, const QString &id, const QString &field) {
        auto it = std::find_if(events.begin(), events.end(), [&](const Change &c) {
            return c.kind == Change::Kind::Updated && c.type == type && c.id == id;
        });
        if (it == events.end())
            events.push_back({Change::Kind::Updated, type, id, {field}});
        else if (!it->fields.contains(field))
            it->fields << field;
    };
    auto insert = [&](const AnyEntity &e) {
        mWorkspace.addEntity(e);
        events.push_back({Change::Kind::Inserted, entityTypeOf(e), entityId(e), {}});
    };
    auto remove = [&](const AnyEntity &e) {
        mWorkspace.removeEntity(entityTypeOf(e), entityId(e));
        events.push_back({Change::Kind::Removed, entityTypeOf(e), entityId(e), {}});
    };
    if (direction == Direction::Forward) {
        for (const AnyEntity &e : changes.removed)
            remove(e);
        for (const AnyEntity &e : changes.added)
            insert(e);
        for (const FieldChange &c : changes.fields) {
            mWorkspace.setField(c.type, c.id, c.field, c.after);
            updated(c.type, c.id, c.field);
        }
    } else {
        for (auto c = changes.fields.rbegin(); c != changes.fields.rend(); ++c) {
            mWorkspace.setField(c->type, c->id, c->field, c->before);
            updated(c->type, c->id, c->field);
        }
        for (const AnyEntity &e : changes.added)
            remove(e);
        for (const AnyEntity &e : changes.removed)
            insert(e);
    }
    persist(changes.touched());
    emit changed(events);
}

void Document::persist(const std::vector<EntityRef> &refs) {
    if (!mStore || mReadOnly)
        return;
    QString error;
    // After a failed write the file lacks that change; a later incremental
    // write would mix old and new, so the next write replaces everything.
    const bool ok = mDiskStale ? mStore->rewrite(mWorkspace, &error)
                               : mStore->persist(mWorkspace, refs, &error);
    if (ok) {
        mDiskStale = false;
        return;
    }
    mDiskStale = true;
    mLastError = error;
    emit writeFailed(error);
}

bool Document::saveAs(const QString &path, QString *error) {
    // Saving over the file this document has open needs no second lock.
    std::unique_ptr<FileLock> lock;
    const bool sameFile = mLock && FileLock::lockPathFor(path) == FileLock::lockPathFor(filePath());
    if (!sameFile) {
        lock = std::make_unique<FileLock>(path);
        const FileLock::Result locked = lock->tryLock();
        if (locked == FileLock::Result::HeldByOther) {
            *error = tr("is open in Blauwdruk by %1; choose another name")
                         .arg(lock->holder().describe());
            return false;
        }
        if (locked == FileLock::Result::CannotLock) {
            *error = lock->error();
            return false;
        }
    }
    if (!Store::writeNew(path, mWorkspace, error))
        return false;
    std::unique_ptr<Store> store = Store::open(path, Store::Mode::ReadWrite, error);
    if (!store)
        return false;
    mStore = std::move(store);
    if (!sameFile)
        mLock = std::move(lock);
    mReadOnly = false;
    mReadOnlyReason = ReadOnlyReason::None;
    mUntitled = false;
    mDiskStale = false;
    emit fileChanged(path);
    return true;
}

} // namespace blauwdruk
