#include "commentcommands.h"

#include "canvasactions.h"
#include "commentdialog.h"
#include "document.h"
#include "edits.h"
#include "preferences.h"
#include "preferencesdialog.h"

namespace blauwdruk {

CommentCommands::CommentCommands(Document &document, QWidget *parent)
    : mDocument(document)
    , mParent(parent) {}

// Comments may be made in review mode, but not in a file open read-only.
bool CommentCommands::refused() {
    mMessage.clear();
    if (mDocument.isReadOnly()) {
        mMessage = CanvasActions::readOnlyMessage(&mDocument);
        return true;
    }
    return false;
}

QString CommentCommands::describe(const Document &document, const QString &target) {
    const Workspace &ws = document.workspace();
    if (const Card *card = ws.find<Card>(target))
        return tr("Card “%1”").arg(card->title);
    if (const Step *step = ws.find<Step>(target))
        return tr("Step “%1”").arg(step->title);
    if (const Journey *journey = ws.find<Journey>(target))
        return tr("Journey “%1”").arg(journey->title);
    return QString();
}

QString CommentCommands::add(const QString &target) {
    if (refused() || !PreferencesDialog::ensureAuthor(mParent))
        return QString();
    const QString text = CommentDialog::ask(mParent, tr("Add Comment"),
                                            tr("Comment on %1:").arg(describe(mDocument, target)));
    if (text.isEmpty())
        return QString();
    Edits edits(mDocument);
    const QString id = edits.addComment(target, Preferences::authorName(), text);
    mMessage = edits.error();
    return id;
}

QString CommentCommands::reply(const QString &comment) {
    const Comment *to = mDocument.workspace().find<Comment>(comment);
    if (refused() || !to || !PreferencesDialog::ensureAuthor(mParent))
        return QString();
    const QString text =
        CommentDialog::ask(mParent, tr("Reply"), tr("Reply to %1: “%2”").arg(to->author, to->text));
    if (text.isEmpty())
        return QString();
    Edits edits(mDocument);
    const QString id = edits.reply(comment, Preferences::authorName(), text);
    mMessage = edits.error();
    return id;
}

bool CommentCommands::edit(const QString &comment) {
    const Comment *own = mDocument.workspace().find<Comment>(comment);
    if (refused() || !own)
        return false;
    const QString text =
        CommentDialog::ask(mParent, tr("Edit Comment"), tr("Your comment:"), own->text);
    if (text.isEmpty())
        return false;
    Edits edits(mDocument);
    const bool done = edits.editComment(comment, Preferences::authorName(), text);
    mMessage = edits.error();
    return done;
}

bool CommentCommands::remove(const QString &comment) {
    if (refused())
        return false;
    Edits edits(mDocument);
    const bool done = edits.removeComment(comment, Preferences::authorName());
    mMessage = edits.error();
    return done;
}

bool CommentCommands::setResolved(const QString &comment, bool resolved) {
    if (refused())
        return false;
    Edits edits(mDocument);
    const bool done = edits.setResolved(comment, resolved);
    mMessage = edits.error();
    return done;
}

} // namespace blauwdruk
