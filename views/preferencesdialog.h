#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace blauwdruk {

// Edit › Preferences: who the user is (name and role, which sign their
// comments and decisions), the window's language, the paper posters start
// on, the high-contrast theme and whether the session timer sounds.
// ensureAuthor() asks for the name alone, the first time one is needed.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Edit, AskAuthor };
    explicit PreferencesDialog(Purpose purpose = Purpose::Edit, QWidget *parent = nullptr);

    // True when an author name is set, asking for it first when it is not;
    // false when the user cancels (then the comment or decision is not made).
    static bool ensureAuthor(QWidget *parent);

    void accept() override;

signals:
    // The high-contrast theme was turned on or off (it applies at once).
    void highContrastChanged(bool on);

private:
    void addLanguage(QFormLayout *form);
    void addPoster(QFormLayout *form);
    void updateOk();
    void updateLanguageNote();

    Purpose mPurpose;
    QLineEdit *mName = nullptr;
    QLineEdit *mRole = nullptr;
    QComboBox *mLanguage = nullptr;
    QLabel *mLanguageNote = nullptr;
    QComboBox *mPaper = nullptr;
    QRadioButton *mLandscape = nullptr;
    QRadioButton *mPortrait = nullptr;
    QCheckBox *mHighContrast = nullptr;
    QCheckBox *mTimerSound = nullptr;
    QPushButton *mOk = nullptr;
};

} // namespace blauwdruk
