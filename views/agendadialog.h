#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace blauwdruk {

class Document;
struct AgendaBlock;

// Session › Agenda…: the running session's agenda blocks, each with a
// title, its minutes and what the canvas focuses on (nothing, or a stage,
// step or lane of the journey). Every change is an edit at once (one undo
// step each), so the dialog has only Close. All of it works by keyboard:
// Alt+A adds a block and puts the cursor in its title.
class AgendaDialog : public QDialog {
    Q_OBJECT
public:
    AgendaDialog(Document &document, const QString &session, QWidget *parent = nullptr);

    QListWidget *list() const { return mList; }

private:
    QString current() const;
    void refill(const QString &select);
    void showBlock();
    void fillFocusChoices(const QString &kind, const QString &focus);
    void add();
    void remove();
    void move(int delta);
    void applyTitle();
    void applyMinutes(int minutes);
    void applyFocus();
    QString itemText(const AgendaBlock &block) const;
    void showItemText();
    void tell(const QString &why);

    Document &mDocument;
    QString mSession;
    QString mJourney;
    bool mFilling = false;
    QListWidget *mList;
    QLineEdit *mTitle;
    QSpinBox *mMinutes;
    QComboBox *mKind;
    QComboBox *mFocus;
    QPushButton *mRemove;
    QPushButton *mUp;
    QPushButton *mDown;
};

} // namespace blauwdruk
