#include "sessionstatus.h"

#include "elidedlabel.h"
#include "sessionbar.h"
#include "theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace blauwdruk {

namespace {

QLabel *makeLabel(const QString &name, const QFont &font) {
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // titles from the file
    label->setFont(font);
    return label;
}

} // namespace

SessionStatus::SessionStatus(QAction *lock, QWidget *parent)
    : QWidget(parent)
    , mLockAction(lock) {
    setObjectName(QStringLiteral("SessionStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    mMessage = new ElidedLabel;
    mMessage->setObjectName(QStringLiteral("SessionMessage"));
    mMessage->setFont(SessionBar::sized(font(), 18));
    QPalette amber = mMessage->palette();
    amber.setColor(QPalette::WindowText, Theme::bar(Theme::Bar::SessionStatus).text);
    mMessage->setPalette(amber);
    mMessage->hide(); // placed by the bar, on its second row
    mBlock = new ElidedLabel;
    mBlock->setObjectName(QStringLiteral("SessionBlock"));
    mBlock->setFont(SessionBar::sized(font(), 20, true));
    layout->addWidget(mBlock);
    mLeft = makeLabel(QStringLiteral("SessionLeft"), SessionBar::sized(font(), 18));
    layout->addWidget(mLeft);
    mReadOnly = makeLabel(QStringLiteral("SessionReadOnly"), SessionBar::sized(font(), 18, true));
    mReadOnly->setText(tr("read-only"));
    mReadOnly->setToolTip(tr("Presenting: this file cannot be changed, so no session is recorded"));
    mReadOnly->setStyleSheet(QStringLiteral("color: #1F2328; background: #E8E6DF;"
                                            " border-radius: 4px; padding: 2px 8px;"));
    mReadOnly->hide();
    layout->addWidget(mReadOnly);
    mLock = new QToolButton;
    mLock->setObjectName(QStringLiteral("SessionLock"));
    mLock->setFont(SessionBar::sized(font(), 18, true));
    mLock->setFocusPolicy(Qt::NoFocus); // the keys stay with the canvas
    mLock->setCheckable(true);
    connect(mLock, &QToolButton::clicked, lock, &QAction::trigger);
    connect(lock, &QAction::changed, this, &SessionStatus::showLock);
    layout->addWidget(mLock);
    setAgenda(QString(), QString());
    showLock();
}

void SessionStatus::setAgenda(const QString &block, const QString &left) {
    mBlock->setText(block);
    mBlock->setVisible(!block.isEmpty());
    mLeft->setText(left);
    mLeft->setVisible(!left.isEmpty());
}

QString SessionStatus::blockText() const {
    return mBlock->text();
}

QString SessionStatus::leftText() const {
    return mLeft->text();
}

void SessionStatus::setReadOnly(bool on) {
    mReadOnly->setVisible(on);
    showLock();
}

bool SessionStatus::isReadOnly() const {
    return !mReadOnly->isHidden();
}

// Seen for a while, then out of the way: the room looks at the canvas.
void SessionStatus::showMessage(const QString &text) {
    mMessage->setText(text);
    mMessage->setVisible(!text.isEmpty());
    QTimer::singleShot(10000, mMessage, [label = mMessage, text] {
        if (label->text() == text)
            label->hide();
    });
}

void SessionStatus::clearMessage() {
    mMessage->setText(QString());
    mMessage->hide();
}

QString SessionStatus::message() const {
    return mMessage->isHidden() ? QString() : mMessage->text();
}

// Locked is loud (amber, a padlock word); open is a quiet button to lock.
void SessionStatus::showLock() {
    const bool locked = mLockAction->isChecked();
    mLock->setVisible(!isReadOnly() && mLockAction->isEnabled());
    mLock->setChecked(locked);
    mLock->setText(locked ? tr("Structure locked") : tr("Lock structure"));
    mLock->setToolTip(mLockAction->toolTip());
    mLock->setStyleSheet(locked ? QStringLiteral("QToolButton { color: #1F2328; background: "
                                                 "#FFD166; border-radius: 4px; padding: 2px 8px; }")
                                : QString());
}

} // namespace blauwdruk
