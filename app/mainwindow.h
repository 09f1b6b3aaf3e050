#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QUndoView;

namespace blauwdruk {

class Document;
class ProjectTree;
class Workspace;

// The editor window: one workspace at a time. Shows the personas and
// journeys; the blueprint canvas arrives in its own issue.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file; shows a message and returns false when it
    // cannot (the current document stays open).
    bool openFile(const QString &path, QString *error = nullptr); // error: no dialog
    // Opens an untitled copy of the bundled example (nothing is written to
    // the bundled resource; the copy lives in the recovery folder).
    bool openUntitledExample();
    bool newWorkspace();
    // Closes the workspace (asking first about unsaved untitled work).
    bool closeWorkspace();

    Document *document() const { return mDocument.get(); }

    // Shows a journey's blueprint in its own tab (opening it if needed).
    void openJourney(const QString &journeyId);
    class BlueprintView *currentBlueprint() const;
    class FindBar *findBar() const {
        return mFindBar;
    }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void setDocument(std::unique_ptr<Document> document);
    bool openUntitled(const Workspace &workspace);
    // Asks what to do with unsaved untitled work; false: the user cancelled.
    bool maybeKeepUntitled();
    void discardUntitledFile();
    bool saveAs();
    void open();
    void updateTitle();
    void updateStatus();
    void updateSummary();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void showError(const QString &title, const QString &message);
    void closeJourneyTabs();
    void removeJourneyTab(int index);
    void updateInspector();
    void syncJourneyTabs();
    QMenu *createViewMenu();

    std::unique_ptr<Document> mDocument;
    ProjectTree *mTree = nullptr;
    QLabel *mSummary = nullptr;
    class QTabWidget *mTabs = nullptr;
    class Inspector *mInspector = nullptr;
    class FindBar *mFindBar = nullptr;
    QLabel *mSaveState = nullptr;
    QMenu *mRecentMenu = nullptr;
    QUndoView *mUndoView = nullptr;
    QAction *mUndoAction = nullptr;
    QAction *mRedoAction = nullptr;
};

} // namespace blauwdruk
