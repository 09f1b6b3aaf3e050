#include "demosessiondialog.h"

#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace blauwdruk {

DemoSessionDialog::DemoSessionDialog(const QString &defaultTitle, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("DemoSessionDialog"));
    setWindowTitle(tr("New Demo Session"));
    auto *form = new QFormLayout(this);
    mDate = new QDateEdit(QDate::currentDate(), this);
    mDate->setObjectName(QStringLiteral("DemoDate"));
    mDate->setCalendarPopup(true);
    mDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mTitle = new QLineEdit(defaultTitle, this);
    mTitle->setObjectName(QStringLiteral("DemoTitle"));
    mTitle->setPlaceholderText(tr("Where or with whom, such as Buurthuis De Schakel"));
    mTitle->selectAll();
    form->addRow(tr("&Date:"), mDate);
    form->addRow(tr("&Title:"), mTitle);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    mTitle->setFocus();
    resize(480, sizeHint().height());
}

QString DemoSessionDialog::date() const {
    return mDate->date().toString(Qt::ISODate);
}

QString DemoSessionDialog::title() const {
    return mTitle->text().trimmed();
}

void DemoSessionDialog::setDate(const QString &isoDate) {
    mDate->setDate(QDate::fromString(isoDate, Qt::ISODate));
}

void DemoSessionDialog::setTitle(const QString &title) {
    mTitle->setText(title);
}

} // namespace blauwdruk
