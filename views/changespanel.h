#pragma once

#include "workspace.h"
#include "workspacediff.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

namespace blauwdruk {

class Document;

// The list beside the canvas of what changed in one journey since an earlier
// state (the approved state, a version): every entry with its kind, type,
// title and changed fields, removed objects too. It compares the earlier
// state with the document as it is now, again after each edit, and says so
// (entriesChanged) so the canvas's marks follow. Activating an entry that
// still exists asks to show it; Clear ends the comparison.
class ChangesPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChangesPanel(QWidget *parent = nullptr);

    // Compares `before` with `document`'s journey; contentOnly as in
    // WorkspaceDiff::compare.
    void compare(Document *document, const QString &journey, Workspace before, const QString &title,
                 bool contentOnly);
    void clear();
    bool isActive() const { return mBefore.has_value(); }
    QString journey() const { return mJourney; }
    QString title() const;
    const std::vector<DiffEntry> &entries() const { return mEntries; }
    QTreeWidget *list() const { return mList; }

    // The words for an entry's kind and type, and its changed fields.
    static QString kindLabel(DiffEntry::Kind kind);
    static QString typeLabel(EntityType type);
    static QString fieldsLabel(const DiffEntry &entry);

signals:
    // The entries changed (a new comparison, an edit, Clear: none).
    void entriesChanged(const QString &journey, const std::vector<blauwdruk::DiffEntry> &entries);
    void entryActivated(const blauwdruk::DiffEntry &entry);
    void closeRequested();

private:
    void refresh();
    void fill();

    QPointer<Document> mDocument;
    QString mJourney;
    std::optional<Workspace> mBefore;
    bool mContentOnly = false;
    std::vector<DiffEntry> mEntries;
    QLabel *mTitle = nullptr;
    QTreeWidget *mList = nullptr;
};

} // namespace blauwdruk
