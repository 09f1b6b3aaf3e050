#pragma once

#include "change.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace blauwdruk {

class Document;
struct CommentThread;

// The Comments dock: the current journey's comment threads (a first comment,
// its replies indented) with author, time, place and whether resolved,
// filtered by state, author and step. Reply and Resolve/Reopen work on any
// thread, Edit and Delete on one's own comments; all through Edits, so
// they are undoable, work in review mode and not in a read-only file.
class CommentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit CommentsPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setJourney(const QString &journey);
    QString journey() const { return mJourney; }
    // Selects a thread (or reply), showing it even when filtered out.
    void showComment(const QString &comment);
    // The comment the buttons work on, or empty.
    QString currentComment() const;
    // The first comment of the current comment's thread, or empty.
    QString currentThread() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // A thread was activated: show its step or card (the target id).
    void placeActivated(const QString &journey, const QString &target);

private:
    void onChanged(const Changes &changes);
    void refresh();
    void refillFilters();
    bool passes(const CommentThread &thread) const;
    QTreeWidgetItem *itemFor(const struct Comment &comment, const QString &header, int depth) const;
    QTreeWidgetItem *item(const QString &comment) const;
    void updateButtons();
    void tell(const QString &message);
    template <class Run> void run(Run command);

    QPointer<Document> mDocument;
    QString mJourney;
    QLabel *mNotice = nullptr;
    QComboBox *mState = nullptr;
    QComboBox *mAuthor = nullptr;
    QComboBox *mStep = nullptr;
    QTreeWidget *mList = nullptr;
    QPushButton *mReply = nullptr;
    QPushButton *mResolve = nullptr;
    QPushButton *mEdit = nullptr;
    QPushButton *mDelete = nullptr;
};

} // namespace blauwdruk
