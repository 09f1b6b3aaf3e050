#include "agendadialog.h"

#include "document.h"
#include "edits.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace blauwdruk {

AgendaDialog::AgendaDialog(Document &document, const QString &session, QWidget *parent)
    : QDialog(parent)
    , mDocument(document)
    , mSession(session) {
    setWindowTitle(tr("Agenda"));
    setObjectName(QStringLiteral("AgendaDialog"));
    if (const WorkSession *running = document.workspace().find<WorkSession>(session))
        mJourney = running->journey;
    mList = new QListWidget;
    mList->setObjectName(QStringLiteral("AgendaList"));
    mList->setAccessibleName(tr("Agenda blocks"));
    mList->setMinimumWidth(420); // "Pijnpunten ophalen (20 min) — Fase: Aanvragen" whole
    mTitle = new QLineEdit;
    mTitle->setObjectName(QStringLiteral("AgendaTitle"));
    mMinutes = new QSpinBox;
    mMinutes->setObjectName(QStringLiteral("AgendaMinutes"));
    mMinutes->setRange(1, 600);
    mMinutes->setSuffix(tr(" min"));
    mKind = new QComboBox;
    mKind->setObjectName(QStringLiteral("AgendaFocusKind"));
    mKind->addItem(tr("No focus"), QString());
    mKind->addItem(tr("Stage"), QStringLiteral("stage"));
    mKind->addItem(tr("Step"), QStringLiteral("step"));
    mKind->addItem(tr("Lane"), QStringLiteral("lane"));
    mFocus = new QComboBox;
    mFocus->setObjectName(QStringLiteral("AgendaFocus"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), mTitle);
    form->addRow(tr("&Minutes:"), mMinutes);
    form->addRow(tr("&Focus on:"), mKind);
    form->addRow(QString(), mFocus);
    auto *add = new QPushButton(tr("&Add Block"));
    add->setObjectName(QStringLiteral("AgendaAdd"));
    mRemove = new QPushButton(tr("&Remove"));
    mUp = new QPushButton(tr("Move &Up"));
    mDown = new QPushButton(tr("Move &Down"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {add, mRemove, mUp, mDown}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *columns = new QHBoxLayout;
    columns->addWidget(mList, 3); // the items say their focus too
    columns->addLayout(form, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addLayout(buttons);
    layout->addWidget(close);

    resize(880, 420);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(add, &QPushButton::clicked, this, &AgendaDialog::add);
    connect(mRemove, &QPushButton::clicked, this, &AgendaDialog::remove);
    connect(mUp, &QPushButton::clicked, this, [this] { move(-1); });
    connect(mDown, &QPushButton::clicked, this, [this] { move(1); });
    connect(mList, &QListWidget::currentRowChanged, this, &AgendaDialog::showBlock);
    connect(mTitle, &QLineEdit::editingFinished, this, &AgendaDialog::applyTitle);
    connect(mMinutes, &QSpinBox::valueChanged, this, &AgendaDialog::applyMinutes);
    connect(mKind, &QComboBox::currentIndexChanged, this, [this] {
        if (mFilling)
            return;
        fillFocusChoices(mKind->currentData().toString(), QString());
        applyFocus();
    });
    connect(mFocus, &QComboBox::currentIndexChanged, this, [this] {
        if (!mFilling)
            applyFocus();
    });
    refill(QString());
}

QString AgendaDialog::current() const {
    const QListWidgetItem *item = mList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void AgendaDialog::refill(const QString &select) {
    // Refilling may pass the keyboard on (a field briefly disabled): the
    // person typing keeps it where they put it.
    QPointer<QWidget> typing = QApplication::focusWidget();
    const QSignalBlocker quiet(mList);
    mList->clear();
    const Workspace &ws = mDocument.workspace();
    for (const AgendaBlock *block : ws.orderedAgenda(mSession)) {
        auto *item = new QListWidgetItem(itemText(*block));
        item->setData(Qt::UserRole, block->id);
        mList->addItem(item);
        if (block->id == select)
            mList->setCurrentItem(item);
    }
    if (!mList->currentItem() && mList->count() > 0)
        mList->setCurrentRow(0);
    showBlock();
    if (typing && typing->isEnabled() && typing->window() == window())
        typing->setFocus();
}

void AgendaDialog::showBlock() {
    const AgendaBlock *block = mDocument.workspace().find<AgendaBlock>(current());
    mFilling = true;
    for (QWidget *field : {static_cast<QWidget *>(mTitle), static_cast<QWidget *>(mMinutes),
                           static_cast<QWidget *>(mKind), static_cast<QWidget *>(mFocus),
                           static_cast<QWidget *>(mRemove)})
        field->setEnabled(block);
    const int row = mList->currentRow();
    mUp->setEnabled(block && row > 0);
    mDown->setEnabled(block && row + 1 < mList->count());
    mTitle->setText(block ? block->title : QString());
    mMinutes->setValue(block ? block->minutes : 10);
    mKind->setCurrentIndex(std::max(0, mKind->findData(block ? block->focusKind : QString())));
    mFilling = false;
    fillFocusChoices(block ? block->focusKind : QString(), block ? block->focus : QString());
}

// The journey's stages, steps or lanes, in their order, by title.
void AgendaDialog::fillFocusChoices(const QString &kind, const QString &focus) {
    const bool wasFilling = mFilling;
    mFilling = true;
    mFocus->clear();
    const Workspace &ws = mDocument.workspace();
    auto addAll = [&](const auto &objects) {
        for (const auto *object : objects)
            mFocus->addItem(object->title, object->id);
    };
    if (kind == QLatin1String("stage"))
        addAll(ws.orderedStages(mJourney));
    else if (kind == QLatin1String("step"))
        addAll(ws.orderedSteps(mJourney));
    else if (kind == QLatin1String("lane"))
        addAll(ws.orderedLanes(mJourney));
    mFocus->setCurrentIndex(std::max(0, mFocus->findData(focus)));
    mFocus->setEnabled(!kind.isEmpty() && !current().isEmpty());
    mFilling = wasFilling;
}

void AgendaDialog::add() {
    Edits edits(mDocument);
    const int index = mList->currentRow() < 0 ? -1 : mList->currentRow() + 1;
    const QString id =
        edits.addAgendaBlock(mSession, tr("New block"), 10, QString(), QString(), index);
    if (id.isEmpty())
        return tell(edits.error());
    refill(id);
    mTitle->setFocus();
    mTitle->selectAll();
}

void AgendaDialog::remove() {
    const int row = mList->currentRow();
    Edits edits(mDocument);
    if (!edits.removeAgendaBlock(current()))
        return tell(edits.error());
    refill(QString());
    mList->setCurrentRow(std::min(row, mList->count() - 1));
    mList->setFocus();
}

void AgendaDialog::move(int delta) {
    const QString id = current();
    Edits edits(mDocument);
    if (!edits.moveAgendaBlock(id, mList->currentRow() + delta))
        return tell(edits.error());
    refill(id);
}

void AgendaDialog::applyTitle() {
    const AgendaBlock *block = mDocument.workspace().find<AgendaBlock>(current());
    const QString title = mTitle->text().trimmed();
    if (mFilling || !block || title.isEmpty() || title == block->title)
        return;
    Edits edits(mDocument);
    if (!edits.setField(EntityType::AgendaBlock, {block->id}, QStringLiteral("title"), title))
        tell(edits.error());
    refill(block->id);
}

void AgendaDialog::applyMinutes(int minutes) {
    const AgendaBlock *block = mDocument.workspace().find<AgendaBlock>(current());
    if (mFilling || !block || minutes == block->minutes)
        return;
    const QString id = block->id;
    Edits edits(mDocument);
    // Stepping through the minutes is one change.
    if (!edits.setField(EntityType::AgendaBlock, {id}, QStringLiteral("minutes"), minutes, true))
        return tell(edits.error());
    showItemText();
}

// "Pijnpunten ophalen (20 min) — Lane: Klantacties": what and for how long,
// and where the room will look.
QString AgendaDialog::itemText(const AgendaBlock &block) const {
    const QString text = tr("%1 (%2 min)").arg(block.title).arg(block.minutes);
    const Workspace &ws = mDocument.workspace();
    QString focus;
    if (block.focusKind == QLatin1String("stage")) {
        if (const Stage *stage = ws.find<Stage>(block.focus))
            focus = tr("Stage: %1").arg(stage->title);
    } else if (block.focusKind == QLatin1String("step")) {
        if (const Step *step = ws.find<Step>(block.focus))
            focus = tr("Step: %1").arg(step->title);
    } else if (block.focusKind == QLatin1String("lane")) {
        if (const Lane *lane = ws.find<Lane>(block.focus))
            focus = tr("Lane: %1").arg(lane->title);
    }
    return focus.isEmpty() ? text : tr("%1 — %2").arg(text, focus);
}

void AgendaDialog::showItemText() {
    QListWidgetItem *item = mList->currentItem();
    if (const AgendaBlock *block = mDocument.workspace().find<AgendaBlock>(current());
        item && block)
        item->setText(itemText(*block));
}

void AgendaDialog::applyFocus() {
    const QString id = current();
    if (id.isEmpty())
        return;
    const QString kind = mKind->currentData().toString();
    Edits edits(mDocument);
    if (!edits.setAgendaFocus(id, kind,
                              kind.isEmpty() ? QString() : mFocus->currentData().toString()))
        tell(edits.error());
    showItemText();
}

void AgendaDialog::tell(const QString &why) {
    if (!why.isEmpty())
        QMessageBox::warning(this, tr("Agenda"), why);
}

} // namespace blauwdruk
