#include "windowactions.h"
#include "actionicon.h"

#include "canvasactions.h"
#include "democommands.h"
#include "document.h"
#include "documentmanager.h"
#include "journeycommands.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "reusecommands.h"
#include "reviewcommands.h"
#include "versioncommands.h"

#include <QAction>
#include <QFileInfo>
#include <QIcon>
#include <QStatusBar>
#include <QUndoStack>

namespace blauwdruk {

WindowActions::WindowActions(MainWindow &window)
    : QObject(&window)
    , mWindow(window) {
    makeFileActions();
    makeJourneyActions();
    makeReviewActions();
    makeSessionActions();
    updateEnabled();
}

void WindowActions::makeFileActions() {
    DocumentManager *documents = mWindow.documents();
    make(
        New, tr("&New"), tr("Start a new, empty workspace"), {QKeySequence::New},
        [documents] { documents->newWorkspace(); }, "document-new");
    make(
        Open, tr("&Open…"), tr("Open a workspace file"), {QKeySequence::Open},
        [documents] { documents->open(); }, "document-open");
    // Every change is written as it is made; Save is there for the hand
    // that presses Ctrl+S: untitled work asks where, the rest says so.
    make(
        Save, tr("&Save"), tr("Every change is saved as you make it; untitled work asks where"),
        {QKeySequence::Save},
        [this, documents] {
            Document *document = mWindow.document();
            if (document && document->isUntitled())
                documents->saveAs();
            else if (document && document->isReadOnly())
                mWindow.statusBar()->showMessage(CanvasActions::readOnlyMessage(), 8000);
            else if (document)
                mWindow.statusBar()->showMessage(
                    tr("All changes are saved, in %1.")
                        .arg(QFileInfo(document->filePath()).fileName()),
                    6000);
        },
        "document-save");
    make(
        SaveAs, tr("Save &As…"), tr("Save the workspace in a file of your choice"),
        {standardKey(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S))},
        [documents] { documents->saveAs(); }, "document-save-as");
    make(
        Export, tr("&Export…"), tr("Export the journey as a poster, picture or table"),
        {QKeySequence(Qt::CTRL | Qt::Key_E)}, [this] { JourneyCommands(mWindow).exportJourney(); },
        "document-export");
    make(ImportFromWorkspace, tr("&Import from Workspace…"),
         tr("Copy personas, journeys, steps or cards from another workspace file, with where "
            "they came from"),
         {}, [this] { ReuseCommands(mWindow).importFromWorkspace(); });
    make(OpenLibrary, tr("&Library…"),
         tr("Search the library the municipalities share, and take journeys, steps or cards "
            "from it"),
         {}, [this] { ReuseCommands(mWindow).showLibrary(); });
    make(WorkspaceProperties, tr("Workspace &Properties…"),
         tr("Edit the workspace's title, organisation, theme, description, language and authors"),
         {}, [documents] { documents->editWorkspaceProperties(); });
    make(Versions, tr("&Versions…"),
         tr("Save the workspace as a version, or open, restore or compare saved versions"), {},
         [this] { VersionCommands(mWindow).showVersions(); });
    // Ctrl+W closes the workspace (the desktop's Close); a tab closes with
    // Ctrl+F4, as a document tab does on every desktop.
    make(CloseTab, tr("Close &Tab"),
         tr("Close the journey, persona or comparison tab; the overview and personas stay"),
         {QKeySequence(Qt::CTRL | Qt::Key_F4)}, [this] { mWindow.closeCurrentTab(); });
    // Ctrl+Tab does the same while the keyboard is in a tab; these work
    // from the panels too.
    make(NextTab, tr("Ne&xt Tab"), tr("Show the next tab, the keyboard with it"),
         {QKeySequence(Qt::CTRL | Qt::Key_PageDown)}, [this] { mWindow.showNextTab(1); });
    make(PreviousTab, tr("Pre&vious Tab"), tr("Show the tab before, the keyboard with it"),
         {QKeySequence(Qt::CTRL | Qt::Key_PageUp)}, [this] { mWindow.showNextTab(-1); });
    make(
        Close, tr("&Close"), tr("Close the workspace"),
        // Ctrl+W only: the platform's Close may be Ctrl+F4, which closes a
        // tab here.
        {QKeySequence(Qt::CTRL | Qt::Key_W)}, [documents] { documents->close(); }, "window-close");
    make(
        Quit, tr("&Quit"), tr("Close Blauwdruk"),
        {standardKey(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q))},
        [this] { mWindow.close(); }, "application-exit");
    make(
        Undo, tr("&Undo"), tr("Take back the last change"), {QKeySequence::Undo},
        [this] {
            if (Document *document = mWindow.document())
                document->undo();
        },
        "edit-undo");
    make(
        Redo, tr("&Redo"), tr("Make the change taken back again"),
        {standardKey(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z))},
        [this] {
            if (Document *document = mWindow.document())
                document->redo();
        },
        "edit-redo");
    make(
        Find, tr("&Find…"), tr("Find cards in the journey, or show only some"),
        {standardKey(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F))},
        [this] { mWindow.showFindBar(); }, "edit-find");
    make(
        EditProperties, tr("Edit Pr&operties"),
        tr("Edit the selected cards or the current step in the inspector"),
        {QKeySequence(Qt::CTRL | Qt::Key_I)}, [this] { mWindow.editProperties(); },
        "document-properties");
    make(
        Preferences, tr("Pr&eferences…"), tr("Your name and role, which sign your comments"),
        {standardKey(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma))},
        [this] { mWindow.editPreferences(); }, "preferences-system");
}

void WindowActions::makeJourneyActions() {
    make(NewJourney, tr("&New Journey…"), tr("Add a current or ideal journey for a persona"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)},
         [this] { JourneyCommands(mWindow).newJourney(mWindow.activePersona()); });
    make(MakeIdealVersion, tr("Make &Ideal Version"),
         tr("Start the ideal journey as a copy of the current one"), {},
         [this] { JourneyCommands(mWindow).makeIdealVersionOfActive(); });
    make(PublishToLibrary, tr("&Publish to Library…"),
         tr("Publish the journey with its persona in the library the municipalities share"), {},
         [this] { ReuseCommands(mWindow).publishActive(); });
    make(Compare, tr("&Compare Current and Ideal"),
         tr("Show a persona's current and ideal journeys one above the other"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
         [this] { JourneyCommands(mWindow).compareActive(); });
    make(ShowChanges, tr("Show &Changes"),
         tr("Mark what changed in the journey since it was approved, or since a version"), {},
         [this] { VersionCommands(mWindow).showChangesSinceApproval(); });
    make(ViewApprovedState, tr("View Appro&ved State"),
         tr("Show the journey as it was approved, read-only"), {},
         [this] { VersionCommands(mWindow).viewApprovedState(); });
    make(
        NewPersona, tr("New &Persona"), tr("Add a persona and fill in its form"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        [this] { JourneyCommands(mWindow).newPersona(); }, "contact-new");
    make(ShowPersonas, tr("&Personas"), tr("Show all personas"), {},
         [this] { mWindow.showPersonas(); });
    make(HealthCheck, tr("&Health Check"),
         tr("Check the blueprint before a review: what is missing, where, and what to do"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)}, [this] { mWindow.showHealthCheck(); });
    make(WorkList, tr("&Work List"),
         tr("The consequences as work: each with its team, status and due date"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)}, [this] { mWindow.showWorkList(); });
    make(Walkthrough, tr("&Walkthrough"),
         tr("Play the ideal journey step by step for residents, full screen"),
         {QKeySequence(Qt::CTRL | Qt::Key_F5)}, [this] { DemoCommands(mWindow).walkthrough(); });
    make(DemoVerdicts, tr("Residents' &Verdicts…"),
         tr("Record per pain point of today's journey whether the demo solves it"), {},
         [this] { DemoCommands(mWindow).verdicts(); });
    make(ExportDemoFindings, tr("Export &Demo Findings…"),
         tr("The residents' verdicts per pain point, as PDF or Markdown"), {},
         [this] { DemoCommands(mWindow).exportDemoFindings(); });
    make(ExportPersonaSheets, tr("Export Persona &Sheets as PDF…"),
         tr("One A4 page per persona, to print"), {},
         [this] { JourneyCommands(mWindow).exportAllPersonaSheets(); });
    make(
        KeyboardShortcuts, tr("&Keyboard Shortcuts"), tr("List every command and its keys"),
        {standardKey(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1))},
        [this] { mWindow.showShortcuts(); }, "preferences-desktop-keyboard-shortcuts");
    make(
        About, tr("&About Blauwdruk"), tr("Version and licence"), {},
        [this] { mWindow.showAbout(); }, "help-about");
}

void WindowActions::makeReviewActions() {
    QAction *mode =
        make(ReviewMode, tr("&Review Mode"),
             tr("Review the blueprint: comment and decide, without changing it by accident"),
             {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)}, [] {});
    mode->setCheckable(true);
    connect(mode, &QAction::toggled, this,
            [this](bool on) { ReviewCommands(mWindow).setReviewMode(on); });
    make(SubmitForReview, tr("&Submit for Review…"),
         tr("Offer the journey to the policy makers for review"), {},
         [this] { ReviewCommands(mWindow).decide(Review::Action::Submit); });
    make(Approve, tr("&Approve…"), tr("Approve the journey as it is now (vaststellen)"), {},
         [this] { ReviewCommands(mWindow).decide(Review::Action::Approve); });
    make(RequestChanges, tr("Request &Changes…"),
         tr("Send the journey back, saying what should change"), {},
         [this] { ReviewCommands(mWindow).decide(Review::Action::RequestChanges); });
    make(BackToConcept, tr("Back to &Concept…"), tr("Make the journey a concept again"), {},
         [this] { ReviewCommands(mWindow).decide(Review::Action::BackToConcept); });
}

// A decision is offered only where it is allowed; the tooltip says why not.
void WindowActions::updateReviewEnabled() {
    Document *document = mWindow.document();
    const bool writable = document && !document->isReadOnly();
    QAction *mode = action(ReviewMode);
    const QSignalBlocker quiet(mode);
    mode->setEnabled(writable);
    mode->setChecked(document && document->isReviewMode());
    const QString journey = ReviewCommands(mWindow).journey();
    const std::pair<Id, Review::Action> decisions[] = {
        {SubmitForReview, Review::Action::Submit},
        {Approve, Review::Action::Approve},
        {RequestChanges, Review::Action::RequestChanges},
        {BackToConcept, Review::Action::BackToConcept}};
    for (const auto &[id, decision] : decisions) {
        const QString why = !writable || journey.isEmpty()
                                ? tr("Open a journey in a file you may change first.")
                                : Review::refusal(document->workspace(), journey, decision);
        action(id)->setEnabled(why.isEmpty());
        const QString text = action(id)->text().remove(QLatin1Char('&'));
        // The reason names the journey, whose title is the file's text.
        action(id)->setToolTip(why.isEmpty() ? text
                                             : PlainText::toolTip(tr("%1: %2").arg(text, why)));
    }
}

void WindowActions::updateEnabled() {
    updateReviewEnabled();
    Document *document = mWindow.document();
    const bool writable = document && !document->isReadOnly();
    for (Id id :
         {Save, SaveAs, Export, WorkspaceProperties, CloseTab, Close, Find, EditProperties,
          ShowPersonas, ExportPersonaSheets, Compare, Versions, ShowChanges, ViewApprovedState,
          HealthCheck, WorkList, Walkthrough, ExportDemoFindings, PublishToLibrary})
        action(id)->setEnabled(document);
    for (Id id :
         {NewJourney, MakeIdealVersion, NewPersona, DemoVerdicts, ImportFromWorkspace, OpenLibrary})
        action(id)->setEnabled(writable);
    action(Undo)->setEnabled(writable && document->undoStack()->canUndo());
    action(Redo)->setEnabled(writable && document->undoStack()->canRedo());
    updateSessionEnabled();
}

} // namespace blauwdruk
