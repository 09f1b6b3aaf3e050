#include "document.h"

#include "editcommand.h"
#include "validator.h"

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

std::unique_ptr<Document> Document::open(const QString &path, Store::Mode mode, QString *error) {
    std::unique_ptr<Store> store = Store::open(path, mode, error);
    if (!store)
        return nullptr;
    std::optional<Workspace> workspace = store->load(error);
    if (!workspace)
        return nullptr;
    const std::vector<Problem> problems = validateWorkspace(*workspace);
    if (!problems.empty()) {
        *error = QStringLiteral("is damaged: %1%2")
                     .arg(problems.front().toString(),
                          problems.size() > 1
                              ? QStringLiteral(" (and %1 more; `blauwdruk check` lists them)")
                                    .arg(problems.size() - 1)
                              : QString());
        return nullptr;
    }
    return std::unique_ptr<Document>(
        new Document(std::move(store), std::move(*workspace), mode == Store::Mode::ReadOnly));
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
    if (changes.isNoOp())
        return true;
    mUndoStack.push(new EditCommand(this, std::move(changes), text, merge, mergeKey));
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
    if (!Store::writeNew(path, mWorkspace, error))
        return false;
    std::unique_ptr<Store> store = Store::open(path, Store::Mode::ReadWrite, error);
    if (!store)
        return false;
    mStore = std::move(store);
    mReadOnly = false;
    mUntitled = false;
    mDiskStale = false;
    emit fileChanged(path);
    return true;
}

} // namespace blauwdruk
