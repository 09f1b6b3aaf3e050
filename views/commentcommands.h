#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace blauwdruk {

class Document;

// What a reviewer does with comments, from the canvas or the comments
// panel: each asks for the author's name once (PreferencesDialog) and for
// the text (CommentDialog), then makes one undoable edit. Cancelling
// changes nothing; a refusal (read-only, not the author) is in message().
class CommentCommands {
    Q_DECLARE_TR_FUNCTIONS(CommentCommands)
public:
    CommentCommands(Document &document, QWidget *parent);

    // A comment on a journey, step or card; returns its id, or empty.
    QString add(const QString &target);
    QString reply(const QString &comment);
    bool edit(const QString &comment);
    bool remove(const QString &comment);
    bool setResolved(const QString &comment, bool resolved);

    // Why the last command did nothing; empty when it was cancelled.
    QString message() const { return mMessage; }
    // "Card “Form is long”": what a target is, for the dialog's question.
    static QString describe(const Document &document, const QString &target);

private:
    bool refused();

    Document &mDocument;
    QWidget *mParent;
    QString mMessage;
};

} // namespace blauwdruk
