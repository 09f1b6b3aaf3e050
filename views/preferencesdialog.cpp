#include "preferencesdialog.h"

#include "preferences.h"
#include "textlimit.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace blauwdruk {

PreferencesDialog::PreferencesDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , mPurpose(purpose) {
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(purpose == Purpose::AskAuthor ? tr("Your Name") : tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(purpose == Purpose::AskAuthor
                                 ? tr("Your comments and decisions are signed with your name. "
                                      "It is asked once; Edit › Preferences changes it.")
                                 : tr("Your comments and decisions are signed with your name "
                                      "and role."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    mName = new QLineEdit;
    mName->setObjectName(QStringLiteral("AuthorName"));
    TextLimit::apply(mName);
    mName->setText(Preferences::authorName());
    mName->setPlaceholderText(tr("e.g. Fatima de Vries"));
    form->addRow(tr("&Name"), mName);
    mRole = new QLineEdit;
    mRole->setObjectName(QStringLiteral("AuthorRole"));
    TextLimit::apply(mRole);
    mRole->setText(Preferences::authorRole());
    mRole->setPlaceholderText(tr("e.g. policy adviser (optional)"));
    form->addRow(tr("&Role"), mRole);
    if (purpose == Purpose::Edit) {
        addLanguage(form);
        addPoster(form);
    }
    layout->addLayout(form);
    mHighContrast = new QCheckBox(tr("&High contrast: black text, strong borders and focus"));
    mHighContrast->setObjectName(QStringLiteral("HighContrast"));
    mHighContrast->setChecked(Preferences::highContrast());
    mTimerSound = new QCheckBox(tr("&Sound when the session timer reaches zero"));
    mTimerSound->setObjectName(QStringLiteral("TimerSound"));
    mTimerSound->setChecked(Preferences::timerSound());
    for (QCheckBox *box : {mHighContrast, mTimerSound}) {
        box->setVisible(purpose == Purpose::Edit);
        layout->addWidget(box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    mOk = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(mName, &QLineEdit::textChanged, this, &PreferencesDialog::updateOk);
    updateOk();
    setMinimumWidth(420);
}

// The codes are the "language" setting's values; empty follows the system.
// The languages are named in their own language, so whoever cannot read
// the current one still finds theirs.
void PreferencesDialog::addLanguage(QFormLayout *form) {
    mLanguage = new QComboBox;
    mLanguage->setObjectName(QStringLiteral("Language"));
    // A system without a language (the C locale) gets the English window.
    const QLocale system = QLocale::system();
    const QString systemName =
        system.language() == QLocale::C ? QStringLiteral("English") : system.nativeLanguageName();
    mLanguage->addItem(tr("As the system (%1)").arg(systemName), QString());
    mLanguage->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    mLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    mLanguage->setCurrentIndex(qMax(0, mLanguage->findData(Preferences::language())));
    form->addRow(tr("&Language"), mLanguage);
    mLanguageNote = new QLabel;
    mLanguageNote->setObjectName(QStringLiteral("LanguageNote"));
    mLanguageNote->setWordWrap(true);
    form->addRow(QString(), mLanguageNote);
    connect(mLanguage, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateLanguageNote);
    updateLanguageNote();
}

// Menus and panels are built once, in the language of the start: saying
// so beats a half-translated window.
void PreferencesDialog::updateLanguageNote() {
    const bool changed = mLanguage->currentData().toString() != Preferences::language();
    mLanguageNote->setText(changed ? tr("Blauwdruk speaks the new language from its next start.")
                                   : QString());
    mLanguageNote->setVisible(changed);
    // Room for the note's lines, which the dialog's first size did not have.
    if (isVisible())
        adjustSize();
}

void PreferencesDialog::addPoster(QFormLayout *form) {
    mPaper = new QComboBox;
    mPaper->setObjectName(QStringLiteral("PosterPaper"));
    for (const char *paper : {"A0", "A1", "A2", "A3", "A4"})
        mPaper->addItem(QLatin1String(paper), QLatin1String(paper));
    mPaper->setCurrentIndex(qMax(0, mPaper->findData(Preferences::posterPaper())));
    mLandscape = new QRadioButton(tr("Land&scape"));
    mLandscape->setObjectName(QStringLiteral("PosterLandscape"));
    mPortrait = new QRadioButton(tr("P&ortrait"));
    mPortrait->setObjectName(QStringLiteral("PosterPortrait"));
    (Preferences::posterLandscape() ? mLandscape : mPortrait)->setChecked(true);
    auto *orientation = new QButtonGroup(this);
    orientation->addButton(mLandscape);
    orientation->addButton(mPortrait);
    auto *row = new QHBoxLayout;
    row->addWidget(mPaper);
    row->addWidget(mLandscape);
    row->addWidget(mPortrait);
    row->addStretch();
    form->addRow(tr("&Posters on"), row);
    // The row's label names the combo box; the radio buttons carry their own.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(row)))
        label->setBuddy(mPaper);
}

// Asked for a name, the dialog needs one; in Preferences a name may be
// cleared (then it is asked again at the next comment).
void PreferencesDialog::updateOk() {
    mOk->setEnabled(mPurpose == Purpose::Edit || !mName->text().trimmed().isEmpty());
}

void PreferencesDialog::accept() {
    Preferences::setAuthorName(mName->text());
    Preferences::setAuthorRole(mRole->text());
    if (mPurpose == Purpose::Edit) {
        Preferences::setTimerSound(mTimerSound->isChecked());
        Preferences::setLanguage(mLanguage->currentData().toString());
        Preferences::setPosterPaper(mPaper->currentData().toString(), mLandscape->isChecked());
        const bool contrast = mHighContrast->isChecked();
        if (contrast != Preferences::highContrast()) {
            Preferences::setHighContrast(contrast);
            emit highContrastChanged(contrast);
        }
    }
    QDialog::accept();
}

bool PreferencesDialog::ensureAuthor(QWidget *parent) {
    if (!Preferences::authorName().isEmpty())
        return true;
    PreferencesDialog dialog(Purpose::AskAuthor, parent);
    return dialog.exec() == QDialog::Accepted && !Preferences::authorName().isEmpty();
}

} // namespace blauwdruk
