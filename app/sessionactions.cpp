// The session mode's commands (issue 15), part of WindowActions. Each has
// a key that works in full screen, where the menu bar is hidden: the window
// holds the actions too (MainWindow). Plain letters and digits are left to
// the canvas, where typing starts a card.
#include "windowactions.h"

#include "blueprintview.h"
#include "document.h"
#include "livepanel.h"
#include "mainwindow.h"
#include "preferences.h"
#include "sessioncommands.h"
#include "sessionmode.h"
#include "sessiontimer.h"

#include <QAction>

namespace blauwdruk {

void WindowActions::makeSessionActions() {
    QAction *mode = make(SessionMode, tr("&Session Mode"),
                         tr("Full screen for a work session: large type, the focus and a timer"),
                         {QKeySequence(Qt::Key_F11)}, [] {});
    mode->setCheckable(true);
    connect(mode, &QAction::toggled, this, [this](bool on) { mWindow.setSessionMode(on); });
    make(LeaveSessionMode, tr("&Leave Session Mode"),
         tr("Back to the window as it was before the session"), {QKeySequence(Qt::Key_Escape)},
         [this] { mWindow.setSessionMode(false); });
    const auto focusOn = [this](FocusArea::Kind kind) {
        return [this, kind] {
            if (BlueprintView *view = mWindow.currentBlueprint())
                view->focusOnCurrent(kind);
        };
    };
    make(FocusStep, tr("Focus on S&tep"), tr("Dim everything but the current step"),
         {QKeySequence(Qt::Key_F6)}, focusOn(FocusArea::Kind::Step));
    make(FocusStage, tr("Focus on St&age"), tr("Dim everything but the current stage"),
         {QKeySequence(Qt::Key_F7)}, focusOn(FocusArea::Kind::Stage));
    make(FocusLane, tr("Focus on La&ne"), tr("Dim everything but the current lane"),
         {QKeySequence(Qt::Key_F8)}, focusOn(FocusArea::Kind::Lane));
    make(ClearFocus, tr("&Clear Focus"), tr("Show the whole journey again"),
         {QKeySequence(Qt::SHIFT | Qt::Key_F8)}, focusOn(FocusArea::Kind::None));
    const auto moveFocus = [this](int delta) {
        return [this, delta] {
            if (BlueprintView *view = mWindow.currentBlueprint())
                view->moveFocus(delta);
        };
    };
    make(NextFocus, tr("&Next Focus"), tr("The next step, stage or lane along the journey"),
         {QKeySequence(Qt::Key_PageDown)}, moveFocus(1));
    make(PreviousFocus, tr("&Previous Focus"),
         tr("The previous step, stage or lane along the journey"), {QKeySequence(Qt::Key_PageUp)},
         moveFocus(-1));
    const auto timer = [this] { return mWindow.sessionMode()->timer(); };
    make(StartPauseTimer, tr("Start/&Pause Timer"), tr("Start the countdown, or pause it"),
         {QKeySequence(Qt::Key_F5)}, [timer] { timer()->toggle(); });
    make(ResetTimer, tr("&Reset Timer"), tr("Stop the countdown and set it back to its duration"),
         {QKeySequence(Qt::SHIFT | Qt::Key_F5)}, [timer] { timer()->reset(); });
    make(TimerPlusMinute, tr("+1 Minute"), tr("A minute more on the timer"),
         {QKeySequence(Qt::ALT | Qt::Key_PageUp)}, [timer] { timer()->addMinutes(1); });
    make(TimerMinusMinute, tr("−1 Minute"), tr("A minute less on the timer"),
         {QKeySequence(Qt::ALT | Qt::Key_PageDown)}, [timer] { timer()->addMinutes(-1); });
    QAction *sound = make(TimerSound, tr("Timer &Sound"),
                          tr("A short sound when the timer reaches zero"), {}, [] {});
    sound->setCheckable(true);
    sound->setChecked(Preferences::timerSound());
    connect(sound, &QAction::toggled, this, [](bool on) { Preferences::setTimerSound(on); });
    makeWorkSessionActions();
}

void WindowActions::makeWorkSessionActions() {
    make(EndSession, tr("&End Session…"),
         tr("End the work session recorded for this journey and leave session mode"),
         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E)},
         [this] { SessionCommands(mWindow).endSession(); });
    QAction *lock = make(LockStructure, tr("Loc&k Structure"),
                         tr("Keep the stages, steps and lanes as they are during the session; "
                            "cards stay editable"),
                         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L)}, [] {});
    lock->setCheckable(true);
    connect(lock, &QAction::triggered, this,
            [this](bool on) { SessionCommands(mWindow).setStructureLocked(on); });
    make(Agenda, tr("A&genda…"), tr("The session's agenda: blocks with their minutes and focus"),
         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A)},
         [this] { SessionCommands(mWindow).editAgenda(); });
    make(NextBlock, tr("Ne&xt Block"),
         tr("The agenda's next block: its focus, and its minutes on the timer"),
         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)},
         [this] { mWindow.sessionMode()->moveBlock(1); });
    make(PreviousBlock, tr("Pre&vious Block"),
         tr("The agenda's previous block: its focus, and its minutes on the timer"),
         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_N)},
         [this] { mWindow.sessionMode()->moveBlock(-1); });
    make(ParkItem, tr("Park &Item"),
         tr("A card in the parking lot, for what is not for now; end it with @Name for who "
            "takes it up"),
         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P)},
         [this] { SessionCommands(mWindow).parkItem(); });
    make(StartLiveSession, tr("&Live Session…"),
         tr("Participants write cards and vote from their phones, on this room's network"),
         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W)}, [this] { mWindow.showLivePanel(); });
    make(ShowJoinCode, tr("Show &Join Code"),
         tr("The QR code and address for phones to join, large for the projector"),
         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J)},
         [this] { mWindow.livePanel()->showJoinCode(); });
    make(StopLiveSession, tr("Stop Li&ve Session"),
         tr("Stop listening: phones can no longer reach this computer"), {},
         [this] { mWindow.livePanel()->stop(); });
}

// Page Up and Page Down move the focus only when there is one: otherwise
// they scroll the canvas as before. Esc leaves only a session.
void WindowActions::updateSessionEnabled() {
    const BlueprintView *view = mWindow.currentBlueprint();
    const bool session = mWindow.sessionMode() && mWindow.sessionMode()->isActive();
    {
        const QSignalBlocker quiet(action(SessionMode));
        action(SessionMode)->setChecked(session);
    }
    action(LeaveSessionMode)->setEnabled(session);
    for (Id id : {FocusStep, FocusStage, FocusLane})
        action(id)->setEnabled(view);
    const bool focused = view && !view->focusArea().isNone();
    for (Id id : {ClearFocus, NextFocus, PreviousFocus})
        action(id)->setEnabled(focused);
    const QSignalBlocker quiet(action(TimerSound));
    action(TimerSound)->setChecked(Preferences::timerSound());
    // The work session's commands need a session recorded: session mode on
    // a file that may be changed.
    const QString running = session ? mWindow.sessionMode()->session() : QString();
    for (Id id : {EndSession, LockStructure, Agenda, NextBlock, PreviousBlock, ParkItem})
        action(id)->setEnabled(!running.isEmpty());
    const Document *document = mWindow.document();
    const WorkSession *recorded =
        document && !running.isEmpty() ? document->workspace().find<WorkSession>(running) : nullptr;
    // Its command runs on triggered(), not toggled(): the bar's lock button
    // hears this change.
    action(LockStructure)->setChecked(recorded && recorded->structureLocked);
    const bool live = mWindow.livePanel() && mWindow.livePanel()->isRunning();
    action(StartLiveSession)->setEnabled(document && !document->isContentLocked());
    action(ShowJoinCode)->setEnabled(live);
    action(StopLiveSession)->setEnabled(live);
}

} // namespace blauwdruk
