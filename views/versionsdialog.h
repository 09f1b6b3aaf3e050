#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QPushButton;
class QTreeWidget;

namespace blauwdruk {

class Document;
struct Version;

// File › Versions: the workspace's saved versions (automatic ones are
// named "Approved: …"), newest first. Saving, restoring (one undo step) and
// deleting happen here; opening a version and comparing close the dialog
// and leave the request to the window, which shows them.
class VersionsDialog : public QDialog {
    Q_OBJECT
public:
    enum class Request { None, Open, Compare };

    explicit VersionsDialog(Document *document, QWidget *parent = nullptr);

    // What the dialog was closed for, and the versions it names (oldest
    // first; Compare with one version compares it with now).
    Request request() const { return mRequest; }
    QStringList requestedVersions() const { return mRequested; }

    QTreeWidget *list() const { return mList; }
    // A version's date and time as the list shows them, in local time.
    static QString localDate(const Version &version);

private:
    void fill();
    void updateButtons();
    QStringList selectedIds() const;
    // Why the file's versions cannot change now; empty when they can.
    QString refusal(bool changesContent) const;
    void saveVersion();
    void restoreVersion();
    void deleteVersion();
    void finish(Request request);
    void warn(const QString &title, const QString &text);

    QPointer<Document> mDocument;
    QTreeWidget *mList = nullptr;
    QPushButton *mSave = nullptr;
    QPushButton *mOpen = nullptr;
    QPushButton *mRestore = nullptr;
    QPushButton *mDelete = nullptr;
    QPushButton *mCompare = nullptr;
    Request mRequest = Request::None;
    QStringList mRequested;
};

} // namespace blauwdruk
