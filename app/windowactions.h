#pragma once

#include "actionicon.h"

#include <QAction>
#include <QObject>

#include <array>

namespace blauwdruk {

class MainWindow;

// The window's own commands (files, undo, journeys and personas, help),
// each one QAction made here once with its text, shortcut, icon and status
// tip. With CanvasActions they are every command there is: the menu bar,
// the toolbar and Help › Keyboard Shortcuts are built from the two.
class WindowActions : public QObject {
    Q_OBJECT
public:
    enum Id {
        New,
        Open,
        Save,
        SaveAs,
        Export,
        ImportFromWorkspace,
        OpenLibrary,
        WorkspaceProperties,
        Versions,
        CloseTab,
        NextTab,
        PreviousTab,
        Close,
        Quit,
        Undo,
        Redo,
        Find,
        EditProperties,
        Preferences,
        NewJourney,
        MakeIdealVersion,
        PublishToLibrary,
        Compare,
        ShowChanges,
        ViewApprovedState,
        NewPersona,
        ShowPersonas,
        ExportPersonaSheets,
        ReviewMode,
        SubmitForReview,
        Approve,
        RequestChanges,
        BackToConcept,
        KeyboardShortcuts,
        About,
        // From blueprint to demo (DemoCommands)
        HealthCheck,
        WorkList,
        Walkthrough,
        DemoVerdicts,
        ExportDemoFindings,
        // Session mode (sessionactions.cpp)
        SessionMode,
        LeaveSessionMode,
        FocusStep,
        FocusStage,
        FocusLane,
        ClearFocus,
        NextFocus,
        PreviousFocus,
        StartPauseTimer,
        ResetTimer,
        TimerPlusMinute,
        TimerMinusMinute,
        TimerSound,
        // The work session (sessionactions.cpp, SessionCommands)
        EndSession,
        LockStructure,
        Agenda,
        NextBlock,
        PreviousBlock,
        ParkItem,
        // The live session (LivePanel)
        StartLiveSession,
        ShowJoinCode,
        StopLiveSession,
        Count
    };

    explicit WindowActions(MainWindow &window);
    QAction *action(Id id) const { return mActions[size_t(id)]; }
    QList<QAction *> all() const { return {mActions.begin(), mActions.end()}; }
    // Enables what the open document (or none) allows.
    void updateEnabled();

private:
    template <typename Run>
    QAction *make(Id id, const QString &text, const QString &statusTip,
                  const QList<QKeySequence> &keys, Run run, const char *icon = nullptr);
    void makeFileActions();
    void makeJourneyActions();
    void makeReviewActions();
    void updateReviewEnabled();
    void makeSessionActions();
    void makeWorkSessionActions();
    void updateSessionEnabled();

    MainWindow &mWindow;
    std::array<QAction *, Count> mActions{};
};

// Here, not in the .cpp: sessionactions.cpp makes actions too.
template <typename Run>
inline QAction *WindowActions::make(Id id, const QString &text, const QString &statusTip,
                                    const QList<QKeySequence> &keys, Run run, const char *icon) {
    auto *action = new QAction(text, this);
    action->setStatusTip(statusTip);
    action->setToolTip(actionToolTip(text, keys));
    action->setShortcuts(keys);
    if (icon)
        action->setIcon(actionIcon(icon));
    connect(action, &QAction::triggered, this, run);
    mActions[size_t(id)] = action;
    return action;
}

} // namespace blauwdruk
