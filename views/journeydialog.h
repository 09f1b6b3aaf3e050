#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace blauwdruk {

class Workspace;

// Asks what a new journey is: for which persona, ideal or current, its
// title, starting point and goal. It opens on the title and Enter creates
// the journey; a persona's first journey is suggested as its current one.
class JourneyDialog : public QDialog {
    Q_OBJECT
public:
    JourneyDialog(const Workspace &workspace, const QString &personaId, QWidget *parent = nullptr);

    QString persona() const;
    QString kind() const;
    QString title() const;
    QString startingPoint() const;
    QString goal() const;

private:
    void updateOk();
    // Current for a persona without a current journey, else ideal, until
    // the user picks a kind.
    void suggestKind();

    const Workspace &mWorkspace;
    bool mKindPicked = false;
    QComboBox *mPersona = nullptr;
    QComboBox *mKind = nullptr;
    QLineEdit *mTitle = nullptr;
    QPlainTextEdit *mStart = nullptr;
    QPlainTextEdit *mGoal = nullptr;
    class QPushButton *mOk = nullptr;
};

} // namespace blauwdruk
