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

// The editor window: one workspace at a time. The overview of journeys per
// persona and the persona gallery stay open; blueprints, persona forms and
// compare views open in tabs beside them.
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
    // At start: offers to restore untitled work that a crash left behind
    // (one workspace at a time, newest first). True when one was restored.
    bool offerRecovery();
    // Save As without the file dialog: continues in `path`; false with a
    // message shown (or in `error`) when it cannot.
    bool saveTo(const QString &path, QString *error = nullptr);
    class NoticeBar *noticeBar() const {
        return mNotice;
    }

    Document *document() const { return mDocument.get(); }

    // Shows a journey's blueprint in its own tab (opening it if needed).
    void openJourney(const QString &journeyId);
    // Shows a persona's form and sheet in its own tab.
    void openPersona(const QString &personaId);
    // Shows the current and ideal journeys of a persona one above the other.
    void openCompare(const QString &personaId, const QString &currentJourney = QString(),
                     const QString &idealJourney = QString());
    // Asks for the new journey's details; opens it. Empty when cancelled.
    QString newJourney(const QString &personaId);
    // A new ideal journey copied from a current one, opened.
    QString makeIdealVersion(const QString &journeyId);
    // File › Export…: the export dialog on the journey in view.
    void exportJourney();
    // One A4 page per persona as PDF; asks where when `path` is empty.
    bool exportPersonaSheets(const QStringList &personaIds, QString path = QString());
    class PersonaGallery *personaGallery() const {
        return mGallery;
    }
    class JourneyOverview *journeyOverview() const {
        return mOverview;
    }
    class QTabWidget *tabs() const {
        return mTabs;
    }
    class BlueprintView *currentBlueprint() const;
    class FindBar *findBar() const {
        return mFindBar;
    }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createJourneyMenu();
    // The journey and persona the user is looking at: the open blueprint's,
    // else the compare view's or persona's, else the overview's selection.
    QString activeJourney() const;
    QString activePersona() const;
    void setDocument(std::unique_ptr<Document> document);
    bool openUntitled(const Workspace &workspace);
    // Asks what to do with unsaved untitled work; false: the user cancelled.
    bool maybeKeepUntitled();
    void discardUntitledFile();
    bool saveAs();
    void open();
    void updateTitle();
    void updateStatus();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void showError(const QString &title, const QString &message);
    // The notice bar for a read-only document, cleared for a writable one.
    void showFileNotice();
    // A write to the file failed: the work moves to a recovery copy that is
    // written as before, and the notice bar says so and offers Save As.
    void keepWorkAfterFailedWrite(const QString &message);
    void closeJourneyTabs();
    void removeTab(int index);
    void updateInspector();
    void syncJourneyTabs();
    QMenu *createViewMenu();

    std::unique_ptr<Document> mDocument;
    ProjectTree *mTree = nullptr;
    // Overview and Personas stay; the tabs after them close.
    static constexpr int kFixedTabs = 2;
    class JourneyOverview *mOverview = nullptr;
    class PersonaGallery *mGallery = nullptr;
    class QTabWidget *mTabs = nullptr;
    class Inspector *mInspector = nullptr;
    class FindBar *mFindBar = nullptr;
    class NoticeBar *mNotice = nullptr;
    QLabel *mSaveState = nullptr;
    QMenu *mRecentMenu = nullptr;
    QUndoView *mUndoView = nullptr;
    QAction *mUndoAction = nullptr;
    QAction *mRedoAction = nullptr;
    // Untitled work that must not be dropped unasked even without edits in
    // this session: restored after a crash, or moved to a recovery copy.
    bool mAskBeforeDiscarding = false;
};

} // namespace blauwdruk
