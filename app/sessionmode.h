#pragma once

#include <QByteArray>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QRect>

#include <vector>

namespace blauwdruk {

class BlueprintView;
class MainWindow;
class SessionBar;
class SessionStatus;
class SessionTimer;

// View › Session Mode (issue 15): the window full screen for a projector,
// with only the canvas and a slim session bar (journey, focus, timer); menus,
// docks, toolbars, the status bar, the project tree and the tab bar go out
// of the way, and leaving brings the window back exactly as it was. The
// canvas shows large type: a zoom of its own per journey, remembered
// (Preferences::sessionZoom), and given back to the view on leaving.
//
// On a file that may be changed, the journey on screen has a work session
// recorded (CurrentSession): resumed if one runs, else started; the cards
// captured meanwhile carry it (Document::setCapturingSession), and quick
// capture is on, its Tab following the focus. Where the file is read-only
// (or in review mode) the mode only presents. Which agenda block the room
// is at is view state, kept here.
class SessionMode : public QObject {
    Q_OBJECT
public:
    // Card titles are 13 px in scene units: at 2.0 they are 26 px high on
    // screen, readable from the back of a room.
    static constexpr qreal kDefaultZoom = 2.0;
    enum class Display { FullScreen, InWindow };

    explicit SessionMode(MainWindow &window);

    bool isActive() const { return mActive; }
    // InWindow keeps the window's size (for --screenshot).
    void enter(Display display = Display::FullScreen);
    void leave();
    SessionTimer *timer() const { return mTimer; }
    SessionBar *bar() const { return mBar; }
    // The window shows another tab, or its focus or journeys changed.
    void viewChanged();
    void refreshBar();
    SessionStatus *status() const { return mStatus; }

    // Off, entering starts no session (a screenshot must not change the
    // file); one already running is still shown.
    void setRecording(bool on) { mRecording = on; }
    // The running session captured into now; empty when presenting only.
    QString session() const { return mSession; }
    // The agenda block the room is at (an index into the session's agenda),
    // -1 before the first.
    int block() const { return mBlock; }
    // Goes to the next (1) or previous (-1) block: its focus on the canvas
    // and its minutes on the timer, started. False (saying why) when the
    // agenda has no such block.
    bool moveBlock(int delta);
    // After End Session: no current block, the timer stopped and reset.
    void sessionEnded();
    // A dialog opened at the projector reads from the room too: in session
    // mode it gets the session's type size (and grows to fit it).
    void fitForRoom(QWidget *dialog) const;
    // Says something where the room sees it: the bar in session mode, the
    // status bar otherwise.
    void tell(const QString &text);

private:
    void capture(BlueprintView *view);
    void showAgenda();
    void restoreGeometry();
    void applyZoom(BlueprintView *view);
    void rememberZoom();
    QString focusText(const BlueprintView *view) const;

    MainWindow &mWindow;
    SessionTimer *mTimer;
    SessionBar *mBar;
    SessionStatus *mStatus;
    bool mActive = false;
    QString mSession;
    static constexpr int kDialogTypeSize = 20; // pixels, as the bar's smaller texts
    int mBlock = -1;
    QString mBlockSession;    // the session mBlock is a block of
    bool mCaptureWas = false; // quick capture was on before the session
    bool mRecording = true;
    struct Saved {
        QByteArray geometry;
        QRect rect;
        QByteArray state; // docks and toolbars
        Qt::WindowStates windowState;
        bool menuBar = true;
        bool statusBar = true;
        bool tree = true;
        bool tabBar = true;
    } mSaved;
    // Each view's zoom and scroll before the session, given back on leaving.
    struct ViewBefore {
        QPointer<BlueprintView> view;
        qreal zoom = 1;
        QPoint scroll;
    };
    std::vector<ViewBefore> mBefore;
    QPointer<BlueprintView> mZoomed; // the view whose session zoom is kept
};

} // namespace blauwdruk
