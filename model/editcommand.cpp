#include "editcommand.h"

#include "document.h"

namespace blauwdruk {

EditCommand::EditCommand(Document *document, ChangeSet changes, const QString &text, MergeId merge,
                         const QString &mergeKey)
    : QUndoCommand(text)
    , mDocument(document)
    , mChanges(std::move(changes))
    , mMerge(merge)
    , mMergeKey(mergeKey) {}

void EditCommand::redo() {
    mDocument->applyChanges(mChanges, Document::Direction::Forward);
}

void EditCommand::undo() {
    mDocument->applyChanges(mChanges, Document::Direction::Backward);
}

bool EditCommand::mergeWith(const QUndoCommand *other) {
    const auto *next = static_cast<const EditCommand *>(other);
    if (next->mMergeKey != mMergeKey || !mChanges.added.empty() || !mChanges.removed.empty() ||
        !next->mChanges.added.empty() || !next->mChanges.removed.empty())
        return false;
    mChanges.absorb(next->mChanges);
    // A drag that ends where it began leaves nothing to undo.
    setObsolete(mChanges.isNoOp());
    return true;
}

} // namespace blauwdruk
