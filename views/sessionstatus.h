#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace blauwdruk {

class ElidedLabel;

// The session bar's section about the work session itself: the agenda's
// current block and the time the session has left, the structure lock
// (a button the room can read: "Structure locked"), "read-only" when the
// file records no session, and the last thing refused, since the status
// bar is hidden in session mode: on the bar's second row, gone after ten
// seconds or as soon as a newer message replaces it.
class SessionStatus : public QWidget {
    Q_OBJECT
public:
    SessionStatus(QAction *lock, QWidget *parent = nullptr);

    // "2/5 Knelpunten ophalen" and "45 min left"; empty hides them.
    void setAgenda(const QString &block, const QString &left);
    QString blockText() const;
    QString leftText() const;
    // Presenting only: no session is recorded, the lock goes.
    void setReadOnly(bool on);
    bool isReadOnly() const;
    void showMessage(const QString &text);
    void clearMessage();
    QString message() const;
    QToolButton *lockButton() const { return mLock; }
    // The message's label, for the bar's second row (SessionBar::addInfo).
    ElidedLabel *messageLabel() const { return mMessage; }

private:
    void showLock();

    QAction *mLockAction;
    ElidedLabel *mBlock;
    QLabel *mLeft;
    QLabel *mReadOnly;
    ElidedLabel *mMessage;
    QToolButton *mLock;
};

} // namespace blauwdruk
