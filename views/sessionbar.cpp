#include "sessionbar.h"

#include "elidedlabel.h"
#include "sessiontimer.h"
#include "theme.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace blauwdruk {

// Sizes for a projector, grown with a larger system font.
QFont SessionBar::sized(QFont font, int pixels, bool bold) {
    font.setPixelSize(qRound(pixels * Theme::textScale()));
    font.setBold(bold);
    return font;
}

SessionBar::SessionBar(SessionTimer *timer, const QList<QAction *> &timerActions, QAction *leave,
                       QWidget *parent)
    : QWidget(parent)
    , mTimer(timer) {
    setObjectName(QStringLiteral("SessionBar"));
    setAutoFillBackground(true);
    // The canvas's ink on its paper: calm, and high contrast on a projector.
    Theme::colourBar(this, Theme::Bar::Session);
    connect(Theme::instance(), &Theme::changed, this, [this] {
        Theme::colourBar(this, Theme::Bar::Session);
        showTimer();
    });
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(16, 6, 16, 6);
    rows->setSpacing(4);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(12);
    rows->addLayout(layout);
    // The second row: what is said and the vote being entered, at full
    // width, only while there is something to say.
    mInfo = new QWidget;
    mInfo->setObjectName(QStringLiteral("SessionInfo"));
    mInfoRow = new QHBoxLayout(mInfo);
    mInfoRow->setContentsMargins(0, 0, 0, 0);
    mInfoRow->setSpacing(24);
    mInfo->hide();
    rows->addWidget(mInfo);
    mJourney = new QComboBox;
    mJourney->setObjectName(QStringLiteral("SessionJourney"));
    mJourney->setFont(sized(font(), 22, true));
    // A long title gives way to the timer, which must stay whole.
    mJourney->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mJourney->setMinimumContentsLength(8);
    // The room reads the focus, the block and the time first: the journey
    // takes no more than a sixth of a projector's width.
    mJourney->setMaximumWidth(320);
    mJourney->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    mJourney->setFocusPolicy(Qt::NoFocus); // the keys stay with the canvas
    mJourney->setToolTip(tr("The journey on the screen"));
    connect(mJourney, &QComboBox::activated, this,
            [this] { emit journeyChosen(mJourney->currentData().toString()); });
    layout->addWidget(mJourney, 1);
    mFocus = new ElidedLabel;
    mFocus->setObjectName(QStringLiteral("SessionFocus"));
    mFocus->setFont(sized(font(), 22));
    layout->addWidget(mFocus);
    mSections = new QHBoxLayout;
    mSections->setSpacing(12);
    layout->addLayout(mSections, 1);
    mDuration = new QSpinBox;
    mDuration->setObjectName(QStringLiteral("SessionDuration"));
    mDuration->setRange(1, 180);
    mDuration->setSuffix(tr(" min"));
    mDuration->setFont(sized(font(), 18));
    mDuration->setToolTip(tr("How long the timer runs"));
    mDuration->setValue(timer->duration() / 60);
    mDuration->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Typed or changed by −1 and +1: arrows this small help no one at a
    // projector (and draw poorly on the dark bar).
    mDuration->setButtonSymbols(QAbstractSpinBox::NoButtons);
    connect(mDuration, &QSpinBox::valueChanged, timer, [timer](int minutes) {
        if (timer->duration() != minutes * 60)
            timer->setDuration(minutes * 60);
    });
    layout->addWidget(mDuration);
    // Short words on the buttons, large enough for the room; the actions'
    // names and keys are in their tooltips.
    const QStringList words{tr("Start"), tr("−1"), tr("+1"), tr("Reset")};
    for (qsizetype i = 0; i < timerActions.size(); ++i) {
        QToolButton *button = makeButton(words.value(i, timerActions[i]->text()), timerActions[i]);
        if (i == 0)
            mStartPause = button;
        layout->addWidget(button);
    }
    mTimerText = new QLabel;
    mTimerText->setObjectName(QStringLiteral("SessionTimer"));
    QFont digits = sized(font(), 44, true);
    digits.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    digits.setStyleHint(QFont::Monospace);
    mTimerText->setFont(digits);
    mTimerText->setAutoFillBackground(true);
    mTimerText->setContentsMargins(12, 0, 12, 0);
    mTimerText->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    layout->addWidget(mTimerText);
    QToolButton *out = makeButton(tr("Leave"), leave);
    out->setObjectName(QStringLiteral("LeaveSession"));
    layout->addWidget(out);
    connect(timer, &SessionTimer::changed, this, &SessionBar::showTimer);
    showTimer();
}

QToolButton *SessionBar::makeButton(const QString &text, QAction *action) {
    auto *button = new QToolButton;
    button->setText(text);
    button->setToolTip(action->toolTip());
    button->setFont(sized(font(), 18));
    button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    button->setFocusPolicy(Qt::NoFocus); // the keys stay with the canvas
    button->setEnabled(action->isEnabled());
    connect(action, &QAction::changed, button,
            [button, action] { button->setEnabled(action->isEnabled()); });
    connect(button, &QToolButton::clicked, action, &QAction::trigger);
    return button;
}

void SessionBar::setJourneys(const QList<std::pair<QString, QString>> &journeys,
                             const QString &current) {
    const QSignalBlocker quiet(mJourney);
    mJourney->clear();
    for (const auto &[id, title] : journeys)
        mJourney->addItem(title, id);
    mJourney->setCurrentIndex(mJourney->findData(current));
}

QString SessionBar::journey() const {
    return mJourney->currentData().toString();
}

void SessionBar::setFocusText(const QString &text) {
    mFocus->setText(text);
    mFocus->setVisible(!text.isEmpty()); // no room taken without a focus
}

QString SessionBar::focusText() const {
    return mFocus->text();
}

void SessionBar::addSection(QWidget *section) {
    mSections->addWidget(section);
}

void SessionBar::addInfo(QWidget *info, int stretch) {
    // What keeps its width first, what takes the rest (the message) after.
    if (stretch == 0)
        mInfoRow->insertWidget(0, info);
    else
        mInfoRow->addWidget(info, stretch);
    info->installEventFilter(this);
    showInfoRow();
}

// The row is there while one of its texts is shown, and gone with the last.
bool SessionBar::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)
        QMetaObject::invokeMethod(this, &SessionBar::showInfoRow, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void SessionBar::showInfoRow() {
    bool any = false;
    for (int i = 0; i < mInfoRow->count(); ++i)
        if (QWidget *widget = mInfoRow->itemAt(i)->widget(); widget && !widget->isHidden())
            any = true;
    mInfo->setVisible(any);
}

// Red in the last minute: the room sees time running out without reading.
void SessionBar::showTimer() {
    mTimerText->setText(mTimer->text());
    if (mStartPause)
        mStartPause->setText(mTimer->isRunning() ? tr("Pause") : tr("Start"));
    const bool urgent = mTimer->isLastMinute();
    Theme::colourBar(mTimerText, urgent ? Theme::Bar::SessionUrgent : Theme::Bar::Session);
    mTimerText->setProperty("urgent", urgent);
    if (mDuration->value() != mTimer->duration() / 60) {
        const QSignalBlocker quiet(mDuration);
        mDuration->setValue(std::max(1, mTimer->duration() / 60));
    }
}

} // namespace blauwdruk
