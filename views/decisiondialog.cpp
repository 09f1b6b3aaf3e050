#include "decisiondialog.h"

#include "preferences.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace blauwdruk {

DecisionDialog::DecisionDialog(const QString &title, const QString &explanation,
                               const QString &acceptText, bool remarkRequired, QWidget *parent)
    : QDialog(parent)
    , mRemarkRequired(remarkRequired) {
    setObjectName(QStringLiteral("DecisionDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(explanation);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    mName = new QLineEdit(Preferences::authorName());
    mName->setObjectName(QStringLiteral("DecisionName"));
    mRole = new QLineEdit(Preferences::authorRole());
    mRole->setObjectName(QStringLiteral("DecisionRole"));
    mRole->setPlaceholderText(tr("optional, e.g. policy adviser"));
    mRemark = new QPlainTextEdit;
    mRemark->setObjectName(QStringLiteral("DecisionRemark"));
    mRemark->setTabChangesFocus(true);
    mRemark->setPlaceholderText(remarkRequired ? tr("What should change, and why")
                                               : tr("optional"));
    form->addRow(tr("&Name"), mName);
    form->addRow(tr("&Role"), mRole);
    form->addRow(remarkRequired ? tr("&Remark (required)") : tr("&Remark"), mRemark);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    mAccept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        // Asked once: the name given here signs later comments and decisions.
        if (Preferences::authorName().isEmpty())
            Preferences::setAuthorName(name());
        if (Preferences::authorRole().isEmpty() && !role().isEmpty())
            Preferences::setAuthorRole(role());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Only once it is in the dialog: otherwise the dialog makes Cancel the
    // default, and Enter would throw the decision away.
    mAccept->setDefault(true);
    connect(mName, &QLineEdit::textChanged, this, &DecisionDialog::updateAccept);
    connect(mRemark, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateAccept);
    updateAccept();
    (mName->text().isEmpty() ? static_cast<QWidget *>(mName) : mRemark)->setFocus();
    resize(480, sizeHint().height());
}

QString DecisionDialog::name() const {
    return mName->text().trimmed();
}

QString DecisionDialog::role() const {
    return mRole->text().trimmed();
}

QString DecisionDialog::remark() const {
    return mRemark->toPlainText().trimmed();
}

void DecisionDialog::updateAccept() {
    mAccept->setEnabled(!name().isEmpty() && (!mRemarkRequired || !remark().isEmpty()));
}

} // namespace blauwdruk
