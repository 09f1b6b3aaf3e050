#pragma once

#include "library.h"
#include "workspace.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTreeWidget;

namespace blauwdruk {

class MainWindow;
class PgConnection;

// File › Library…: the shared library (docs/library.md). Connect with a
// connection string or `service=NAME`; search in Dutch over titles and
// texts, narrowed by theme, organisation, lane kind and card kind; see a
// published journey drawn as its poster; take it, or some of its steps or
// cards, into the open workspace with provenance (ReuseCommands::take).
// Nothing here opens a connection until the user presses Connect.
class LibraryDialog : public QDialog {
    Q_OBJECT
public:
    explicit LibraryDialog(MainWindow &window);
    ~LibraryDialog() override;

    bool connectTo(const QString &conninfo); // also what Connect does
    bool search();                           // also what Search does
    bool take();                             // also what Take… does

private:
    void showChosen();
    void setStatus(const QString &text, bool problem = false);
    void updateButtons();

    MainWindow &mWindow;
    std::unique_ptr<PgConnection> mConnection;
    QLineEdit *mConnInfo = nullptr;
    QLabel *mStatus = nullptr;
    QLineEdit *mText = nullptr;
    QLineEdit *mTheme = nullptr;
    QLineEdit *mOrganisation = nullptr;
    QComboBox *mLaneKind = nullptr;
    QComboBox *mCardKind = nullptr;
    QPushButton *mSearch = nullptr;
    QTreeWidget *mResults = nullptr;
    QLabel *mPreview = nullptr;
    QScrollArea *mPreviewArea = nullptr;
    QPushButton *mTake = nullptr;
    std::optional<Workspace> mSource; // the shown version's journey, validated
    LibraryVersion mSourceInfo;
    QString mShownVersion;
    QString mTick; // the step or card chosen in the results, ticked in Take
};

} // namespace blauwdruk
