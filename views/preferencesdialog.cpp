#include "preferencesdialog.h"

#include "preferences.h"
#include "textlimit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    layout->addLayout(form);
    mTimerSound = new QCheckBox(tr("&Sound when the session timer reaches zero"));
    mTimerSound->setObjectName(QStringLiteral("TimerSound"));
    mTimerSound->setChecked(Preferences::timerSound());
    mTimerSound->setVisible(purpose == Purpose::Edit);
    layout->addWidget(mTimerSound);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    mOk = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(mName, &QLineEdit::textChanged, this, &PreferencesDialog::updateOk);
    updateOk();
    setMinimumWidth(380);
}

// Asked for a name, the dialog needs one; in Preferences a name may be
// cleared (then it is asked again at the next comment).
void PreferencesDialog::updateOk() {
    mOk->setEnabled(mPurpose == Purpose::Edit || !mName->text().trimmed().isEmpty());
}

void PreferencesDialog::accept() {
    Preferences::setAuthorName(mName->text());
    Preferences::setAuthorRole(mRole->text());
    if (mPurpose == Purpose::Edit)
        Preferences::setTimerSound(mTimerSound->isChecked());
    QDialog::accept();
}

bool PreferencesDialog::ensureAuthor(QWidget *parent) {
    if (!Preferences::authorName().isEmpty())
        return true;
    PreferencesDialog dialog(Purpose::AskAuthor, parent);
    return dialog.exec() == QDialog::Accepted && !Preferences::authorName().isEmpty();
}

} // namespace blauwdruk
