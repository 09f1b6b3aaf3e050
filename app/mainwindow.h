#pragma once

#include "entitytype.h"

#include "documentmanager.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QTabWidget;
class QUndoView;

namespace blauwdruk {

class BlueprintView;
class CanvasActions;
class CommentsPanel;
class ChangesPanel;
class HealthPanel;
class WorkListPanel;
class Document;
class FindBar;
class Inspector;
class JourneyOverview;
class NoticeBar;
class PersonaGallery;
class ReviewBar;
class SessionMode;
class VoteCommands;
class ProjectTree;
class WindowActions;
class Workspace;

// The editor window: one workspace at a time (DocumentManager keeps it).
// The overview of journeys per persona and the persona gallery stay open;
// blueprints, persona forms and compare views open in tabs beside them.
// Commands are WindowActions and CanvasActions; MenuBuilder lays them out.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentManager *documents() const { return mDocuments; }
    Document *document() const;
    WindowActions *windowActions() const { return mWindowActions; }
    CanvasActions *canvasActions() const { return mCanvasActions; }
    NoticeBar *noticeBar() const { return mNotice; }
    ReviewBar *reviewBar() const { return mReviewBar; }
    PersonaGallery *personaGallery() const { return mGallery; }
    JourneyOverview *journeyOverview() const { return mOverview; }
    QTabWidget *tabs() const { return mTabs; }
    FindBar *findBar() const { return mFindBar; }
    CommentsPanel *commentsPanel() const { return mComments; }
    BlueprintView *currentBlueprint() const;
    ChangesPanel *changesPanel() const { return mChanges; }
    // Journey › Health Check and Journey › Work List (mainwindowpanels.cpp).
    HealthPanel *healthPanel() const { return mHealth; }
    WorkListPanel *workListPanel() const { return mWorkList; }
    class LivePanel *livePanel() const {
        return mLive;
    }
    // Session › Live Session…: the dock, its network list in focus.
    void showLivePanel();
    void showHealthCheck();
    void showWorkList();
    // Shows a place of a journey: a card, step, lane, stage or connection
    // (by its first card); the journey alone for anything else.
    void goTo(const QString &journey, EntityType type, const QString &id);
    ProjectTree *projectTree() const { return mTree; }
    SessionMode *sessionMode() const { return mSessionMode; }
    // Participants, vote rounds and entering votes (Session menu).
    VoteCommands *voteCommands() const { return mVoteCommands; }
    // View › Session Mode on or off: full screen, large type, the session bar.
    void setSessionMode(bool on);

    // Shows a journey's blueprint in its own tab (opening it if needed).
    void openJourney(const QString &journeyId);
    // Shows a persona's form and sheet in its own tab.
    void openPersona(const QString &personaId);
    // Shows the current and ideal journeys of a persona one above the other.
    void openCompare(const QString &personaId, const QString &currentJourney = QString(),
                     const QString &idealJourney = QString());
    // What changed in a journey since `before`: marks on its canvas and the
    // list in the Changes dock, following later edits until cleared.
    void showChanges(const QString &journeyId, Workspace before, const QString &title,
                     bool contentOnly);
    // The journey and persona the user is looking at: the open blueprint's,
    // else the compare view's or persona's, else the overview's selection.
    QString activeJourney() const;
    // A journey of the open workspace by id or title (case ignored); empty
    // when there is none.
    QString journeyNamed(const QString &titleOrId) const;
    // Review mode on or off (View › Review Mode), on the journey in view.
    void setReviewMode(bool on);
    QString activePersona() const;

    // From now on the window remembers its layout and, per file, its tabs
    // (WindowSession); the editor a person starts does, a screenshot not.
    void rememberSession();

    // What the window's own actions do (JourneyCommands has the rest).
    void showPersonas();
    void showFindBar();
    // File › Close Tab: the current journey, persona or comparison tab; the
    // overview and the personas are not closed, the status bar says so.
    void closeCurrentTab();
    // The tab `step` places on (1 the next, -1 the one before), round.
    void showNextTab(int step);
    void editProperties();
    void showShortcuts();
    void showAbout();
    void editPreferences();
    // Shows a comment's thread in the Comments dock.
    void showComment(const QString &comment);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void focusFront();
    static void keepScrollButtonsOutOfTabOrder(class QTabBar *bar);
    void createDocks();
    void createCommentsDock(class QDockWidget *besides);
    void createWorkDocks(class QDockWidget *besides);
    void connectComments();
    void showCommentPlace(const QString &journey, const QString &target);
    void connectViews();
    // The one way views take up and let go of a document.
    void setDocument(Document *document);
    void updateState();
    void updateRecentMenu();
    void closeTabs();
    void removeTab(int index);
    // The zoom a journey's tab had when it was last closed; 0 when none.
    qreal savedZoom(const QString &journey) const;
    void rememberZoom(const QString &journey, qreal zoom);
    void updateInspector();
    void createOutlineDock();
    void updateOutline();
    void updateReview();
    void syncTabs();
    void currentTabChanged();
    void markChanges();
    void goToChange(const struct DiffEntry &entry);

    DocumentManager *mDocuments = nullptr;
    WindowActions *mWindowActions = nullptr;
    CanvasActions *mCanvasActions = nullptr;
    ProjectTree *mTree = nullptr;
    // Overview and Personas stay; the tabs after them close.
    static constexpr int kFixedTabs = 2;
    JourneyOverview *mOverview = nullptr;
    PersonaGallery *mGallery = nullptr;
    QTabWidget *mTabs = nullptr;
    Inspector *mInspector = nullptr;
    class QDockWidget *mInspectorDock = nullptr;
    CommentsPanel *mComments = nullptr;
    class QDockWidget *mCommentsDock = nullptr;
    ChangesPanel *mChanges = nullptr;
    class QDockWidget *mChangesDock = nullptr;
    HealthPanel *mHealth = nullptr;
    class QDockWidget *mHealthDock = nullptr;
    WorkListPanel *mWorkList = nullptr;
    class QDockWidget *mWorkListDock = nullptr;
    class LivePanel *mLive = nullptr;
    class QDockWidget *mLiveDock = nullptr;
    class OutlineView *mOutline = nullptr;
    class QDockWidget *mOutlineDock = nullptr;
    FindBar *mFindBar = nullptr;
    NoticeBar *mNotice = nullptr;
    ReviewBar *mReviewBar = nullptr;
    SessionMode *mSessionMode = nullptr;
    VoteCommands *mVoteCommands = nullptr;
    QList<QMetaObject::Connection> mReviewConnections;
    QLabel *mSaveState = nullptr;
    QMenu *mRecentMenu = nullptr;
    QUndoView *mUndoView = nullptr;
    std::unique_ptr<class WindowSession> mSession;
    QHash<QString, qreal> mUntitledZoom; // by journey id, for untitled work
};

} // namespace blauwdruk
