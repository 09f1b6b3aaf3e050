#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;

namespace blauwdruk {

class Document;

// Session › Participants…: the session's participants as a list of labels.
// "Add" appends n more ("Deelnemer 4", "Deelnemer 5"… continuing the
// numbering), a label is renamed in place (F2, or double-click), Delete
// removes one with the dots they gave. Each change is an undoable edit at
// once; only a label is kept, no other personal data (privacy).
class ParticipantsDialog : public QDialog {
    Q_OBJECT
public:
    ParticipantsDialog(Document &document, const QString &session, QWidget *parent = nullptr);

    QListWidget *list() const { return mList; }
    QSpinBox *countBox() const { return mCount; }
    QLabel *messageLabel() const { return mMessage; }
    // The label for the participant numbered n ("Deelnemer 3").
    static QString numbered(int n);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fill();
    void addParticipants();
    void removeCurrent();
    void renamed(QListWidgetItem *item);
    // The highest n of the labels numbered like numbered(n).
    int lastNumber() const;

    Document &mDocument;
    QString mSession;
    QListWidget *mList;
    QSpinBox *mCount;
    QPushButton *mAdd;
    QPushButton *mRemove;
    QLabel *mMessage;
    bool mFilling = false;
};

} // namespace blauwdruk
