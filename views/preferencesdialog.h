#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace blauwdruk {

// Edit › Preferences: who the user is (name and role), which signs their
// comments and decisions, and whether the session timer sounds. ensureAuthor() asks once, the first
// time a name is needed and none is set.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Edit, AskAuthor };
    explicit PreferencesDialog(Purpose purpose = Purpose::Edit, QWidget *parent = nullptr);

    // True when an author name is set, asking for it first when it is not;
    // false when the user cancels (then the comment or decision is not made).
    static bool ensureAuthor(QWidget *parent);

    void accept() override;

private:
    void updateOk();

    Purpose mPurpose;
    QLineEdit *mName = nullptr;
    QLineEdit *mRole = nullptr;
    QCheckBox *mTimerSound = nullptr;
    QPushButton *mOk = nullptr;
};

} // namespace blauwdruk
