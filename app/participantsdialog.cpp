#include "participantsdialog.h"

#include "document.h"
#include "edits.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace blauwdruk {

ParticipantsDialog::ParticipantsDialog(Document &document, const QString &session, QWidget *parent)
    : QDialog(parent)
    , mDocument(document)
    , mSession(session)
    , mList(new QListWidget(this))
    , mCount(new QSpinBox(this))
    , mAdd(new QPushButton(tr("&Add"), this))
    , mRemove(new QPushButton(tr("&Remove"), this))
    , mMessage(new QLabel(this)) {
    setWindowTitle(tr("Participants"));
    mList->setAccessibleName(tr("Participants"));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(
        tr("Only a name or a label is kept for each participant, no other personal data."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *adding = new QHBoxLayout;
    auto *countLabel = new QLabel(tr("Add &participants:"), this);
    countLabel->setBuddy(mCount);
    mCount->setRange(1, 100);
    mCount->setValue(1);
    adding->addWidget(countLabel);
    adding->addWidget(mCount);
    adding->addWidget(mAdd);
    adding->addStretch();
    layout->addLayout(adding);
    layout->addWidget(mList);
    layout->addWidget(mRemove, 0, Qt::AlignLeft);
    mMessage->setWordWrap(true);
    layout->addWidget(mMessage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    // Enter adds: the Add button is the default, never Close.
    mAdd->setAutoDefault(false);
    mRemove->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    setTabOrder(mCount, mAdd);
    setTabOrder(mAdd, mList);
    setTabOrder(mList, mRemove);
    setTabOrder(mRemove, buttons->button(QDialogButtonBox::Close));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mAdd, &QPushButton::clicked, this, &ParticipantsDialog::addParticipants);
    connect(mRemove, &QPushButton::clicked, this, &ParticipantsDialog::removeCurrent);
    // The list would take Delete as a letter to search for.
    auto *remove = new QAction(mList);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    mList->addAction(remove);
    connect(remove, &QAction::triggered, this, &ParticipantsDialog::removeCurrent);
    connect(mList, &QListWidget::itemChanged, this, &ParticipantsDialog::renamed);
    fill();
    mCount->setFocus();
}

QString ParticipantsDialog::numbered(int n) {
    return tr("Participant %1").arg(n);
}

void ParticipantsDialog::fill() {
    mFilling = true;
    const QString current =
        mList->currentItem() ? mList->currentItem()->data(Qt::UserRole).toString() : QString();
    mList->clear();
    for (const Participant *p : mDocument.workspace().orderedParticipants(mSession)) {
        auto *item = new QListWidgetItem(p->label, mList);
        item->setData(Qt::UserRole, p->id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (p->id == current)
            mList->setCurrentItem(item);
    }
    mRemove->setEnabled(mList->count() > 0);
    mFilling = false;
}

int ParticipantsDialog::lastNumber() const {
    const QStringList parts = numbered(0).split(QLatin1Char('0'));
    const QRegularExpression pattern(QStringLiteral("^%1(\\d+)%2$")
                                         .arg(QRegularExpression::escape(parts.value(0)),
                                              QRegularExpression::escape(parts.value(1))));
    int last = 0;
    for (const Participant *p : mDocument.workspace().orderedParticipants(mSession))
        if (const auto match = pattern.match(p->label); match.hasMatch())
            last = std::max(last, match.captured(1).toInt());
    return last;
}

void ParticipantsDialog::addParticipants() {
    QStringList labels;
    const int first = lastNumber() + 1;
    for (int n = first; n < first + mCount->value(); ++n)
        labels << numbered(n);
    Edits edits(mDocument);
    const QStringList ids = edits.addParticipants(mSession, labels);
    if (ids.isEmpty()) {
        mMessage->setText(edits.error());
        return;
    }
    mMessage->setText(labels.size() == 1
                          ? tr("Added %1.").arg(labels.front())
                          : tr("Added %1 to %2.").arg(labels.front(), labels.back()));
    fill();
    // Done adding: the keyboard goes to the new names, where Enter renames
    // one, so a second Enter never adds more by accident.
    for (int row = 0; row < mList->count(); ++row)
        if (mList->item(row)->data(Qt::UserRole).toString() == ids.front())
            mList->setCurrentRow(row);
    mCount->setValue(1);
    mList->setFocus();
}

void ParticipantsDialog::removeCurrent() {
    const QListWidgetItem *item = mList->currentItem();
    if (!item)
        return;
    Edits edits(mDocument);
    mMessage->setText(edits.removeParticipant(item->data(Qt::UserRole).toString()) ? QString()
                                                                                   : edits.error());
    fill();
}

void ParticipantsDialog::renamed(QListWidgetItem *item) {
    if (mFilling)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    Edits edits(mDocument);
    const bool done = edits.setField(EntityType::Participant, {id}, QStringLiteral("label"),
                                     item->text().trimmed());
    mMessage->setText(done ? QString() : edits.error());
    // The item shows what is stored (trimmed, or the old name when refused).
    // Not refilled: the list's editor is still closing on this item.
    if (const Participant *p = mDocument.workspace().find<Participant>(id)) {
        mFilling = true;
        item->setText(p->label);
        mFilling = false;
    }
}

void ParticipantsDialog::keyPressEvent(QKeyEvent *event) {
    // Enter never closes the dialog: in the list it renames the current
    // participant, elsewhere it adds participants.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && mList->hasFocus() && mList->currentItem())
        mList->editItem(mList->currentItem());
    else if (enter)
        addParticipants();
    else
        QDialog::keyPressEvent(event);
}

} // namespace blauwdruk
