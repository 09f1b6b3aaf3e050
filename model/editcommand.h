#pragma once

#include "changeset.h"
#include "mergeid.h"

#include <QUndoCommand>

namespace blauwdruk {

class Document;

// The one undo command: applies a ChangeSet forward (redo) or backward
// (undo) through its Document, which writes it to the file. All user intents
// are built as change sets (see Edits), so persistence and undo are right in
// one place rather than in thirty command classes.
class EditCommand : public QUndoCommand {
public:
    EditCommand(Document *document, ChangeSet changes, const QString &text, MergeId merge,
                const QString &mergeKey);

    void redo() override;
    void undo() override;
    int id() const override { return int(mMerge); }
    bool mergeWith(const QUndoCommand *other) override;

    const ChangeSet &changes() const { return mChanges; }

private:
    Document *mDocument;
    ChangeSet mChanges;
    MergeId mMerge;
    QString mMergeKey;
};

} // namespace blauwdruk
