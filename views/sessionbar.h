#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSpinBox;
class QToolButton;

namespace blauwdruk {

class ElidedLabel;
class SessionTimer;

// The slim strip at the top of session mode, readable from the back of the
// room: the journey (to switch), the focus, the countdown in large digits
// and its buttons. Its buttons are the window's actions. More sections (the
// round, the participants) go in with addSection(), left of the timer.
// When the bar is short of room the texts give way (ElidedLabel) and the
// timer with its buttons stays whole: the room must always see the time.
// Under it, a second row holds what is said and the vote being entered,
// at full width, only while there is something in it.
class SessionBar : public QWidget {
    Q_OBJECT
public:
    SessionBar(SessionTimer *timer, const QList<QAction *> &timerActions, QAction *leave,
               QWidget *parent = nullptr);

    // The journeys to switch between (id, title), and the one shown.
    void setJourneys(const QList<std::pair<QString, QString>> &journeys, const QString &current);
    QString journey() const;
    // What the focus is, in words; empty without a focus.
    void setFocusText(const QString &text);
    QString focusText() const;
    // A section of its own, before the timer; the bar takes ownership.
    void addSection(QWidget *section);
    // A text for the second row (a message, the vote being entered), which
    // shows while any of its texts does; the bar takes ownership.
    void addInfo(QWidget *info, int stretch = 0);
    QWidget *infoRow() const { return mInfo; }

    // The bar's type: pixel sizes, readable from the back of the room.
    static QFont sized(QFont font, int pixels, bool bold = false);

    QLabel *timerLabel() const { return mTimerText; }
    QSpinBox *durationBox() const { return mDuration; }

signals:
    void journeyChosen(const QString &journeyId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showTimer();
    void showInfoRow();
    QToolButton *makeButton(const QString &text, QAction *action);

    SessionTimer *mTimer;
    QComboBox *mJourney = nullptr;
    ElidedLabel *mFocus = nullptr;
    QHBoxLayout *mSections = nullptr;
    QWidget *mInfo = nullptr;
    QHBoxLayout *mInfoRow = nullptr;
    QSpinBox *mDuration = nullptr;
    QLabel *mTimerText = nullptr;
    QToolButton *mStartPause = nullptr;
};

} // namespace blauwdruk
