#include "versionsdialog.h"

#include "document.h"
#include "edits.h"
#include "plaintext.h"
#include "textlimit.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

QPushButton *button(const QString &text, const char *name, const QString &toolTip) {
    auto *button = new QPushButton(text);
    button->setObjectName(QLatin1String(name));
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    return button;
}

} // namespace

VersionsDialog::VersionsDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , mDocument(document) {
    setObjectName(QStringLiteral("VersionsDialog"));
    setWindowTitle(tr("Versions"));
    mList = new QTreeWidget;
    mList->setObjectName(QStringLiteral("VersionsList"));
    mList->setAccessibleName(tr("Saved versions"));
    mList->setRootIsDecorated(false);
    mList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mList->setHeaderLabels({tr("Name"), tr("Saved")});
    mList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    mSave = button(tr("&Save Version…"), "SaveVersion",
                   tr("Keep the workspace as it is now under a name"));
    mOpen = button(tr("&Open"), "OpenVersion", tr("Show the selected version, read-only"));
    mRestore = button(tr("&Restore…"), "RestoreVersion",
                      tr("Make the workspace as it was in the selected version (one undo step)"));
    mDelete = button(tr("&Delete…"), "DeleteVersion", tr("Delete the selected version"));
    mCompare = button(tr("&Compare"), "CompareVersions",
                      tr("Show what changed since the selected version, or between two "
                         "selected versions"));
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {mSave, mOpen, mRestore, mDelete, mCompare})
        side->addWidget(b);
    side->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(mList, 1);
    top->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    resize(620, 380);

    connect(mSave, &QPushButton::clicked, this, &VersionsDialog::saveVersion);
    connect(mOpen, &QPushButton::clicked, this, [this] { finish(Request::Open); });
    connect(mRestore, &QPushButton::clicked, this, &VersionsDialog::restoreVersion);
    connect(mDelete, &QPushButton::clicked, this, &VersionsDialog::deleteVersion);
    connect(mCompare, &QPushButton::clicked, this, [this] { finish(Request::Compare); });
    connect(mList, &QTreeWidget::itemSelectionChanged, this, &VersionsDialog::updateButtons);
    connect(mList, &QTreeWidget::itemActivated, this, [this] { finish(Request::Open); });
    // Undo and redo of a version's saving or deleting show at once.
    if (document)
        connect(document, &Document::changed, this, &VersionsDialog::fill);
    fill();
}

QString VersionsDialog::localDate(const Version &version) {
    const QDateTime created = QDateTime::fromString(version.created, Qt::ISODate);
    return QLocale().toString(created.toLocalTime(), QLocale::ShortFormat);
}

void VersionsDialog::fill() {
    const QStringList selected = selectedIds();
    mList->clear();
    if (!mDocument)
        return;
    const std::vector<const Version *> versions = mDocument->workspace().orderedVersions();
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
        auto *item = new QTreeWidgetItem(mList, {(*it)->name, localDate(**it)});
        item->setData(0, Qt::UserRole, (*it)->id);
        item->setToolTip(0, PlainText::toolTip((*it)->name));
        item->setSelected(selected.contains((*it)->id));
    }
    updateButtons();
}

QStringList VersionsDialog::selectedIds() const {
    // Oldest first: the list shows the newest at the top.
    QStringList ids;
    for (int i = mList->topLevelItemCount() - 1; i >= 0; --i)
        if (mList->topLevelItem(i)->isSelected())
            ids << mList->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return ids;
}

void VersionsDialog::updateButtons() {
    const qsizetype count = selectedIds().size();
    for (QPushButton *b : {mOpen, mRestore, mDelete})
        b->setEnabled(count == 1);
    mCompare->setEnabled(count == 1 || count == 2);
    mSave->setEnabled(mDocument);
}

QString VersionsDialog::refusal(bool changesContent) const {
    if (!mDocument)
        return tr("No workspace is open.");
    if (mDocument->isReadOnly())
        return tr("The file is open read-only: its versions cannot be changed. To make changes, "
                  "save a copy with Save As.");
    // Review mode lets versions be saved (Document::apply); restoring would
    // change the blueprint, and deleting would drop what the review looks at.
    if (changesContent && mDocument->isReviewMode())
        return tr("In review mode the blueprint and its versions stay as they are: leave review "
                  "mode to restore or delete a version.");
    return {};
}

void VersionsDialog::warn(const QString &title, const QString &text) {
    PlainText::warning(this, title, text);
}

void VersionsDialog::saveVersion() {
    if (const QString why = refusal(false); !why.isEmpty())
        return warn(tr("Cannot save a version"), why);
    QInputDialog input(this);
    input.setObjectName(QStringLiteral("VersionNameDialog"));
    input.setWindowTitle(tr("Save Version"));
    input.setLabelText(tr("Name of the version, for example \"after session 2\":"));
    input.setInputMode(QInputDialog::TextInput);
    if (auto *edit = input.findChild<QLineEdit *>())
        TextLimit::apply(edit);
    if (input.exec() != QDialog::Accepted || !mDocument)
        return;
    Edits edits(*mDocument);
    const QString id = edits.createVersion(input.textValue());
    if (id.isEmpty())
        return warn(tr("Cannot save a version"), edits.error());
    fill();
    mList->clearSelection();
    for (int i = 0; i < mList->topLevelItemCount(); ++i)
        if (mList->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            mList->setCurrentItem(mList->topLevelItem(i));
}

void VersionsDialog::restoreVersion() {
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    if (const QString why = refusal(true); !why.isEmpty())
        return warn(tr("Cannot restore the version"), why);
    const Version *version = mDocument->workspace().find<Version>(ids.front());
    if (!version)
        return;
    const auto answer = PlainText::question(
        this, tr("Restore version?"),
        tr("Make the workspace as it was in \"%1\" (%2)? Journeys, personas and cards become "
           "as they were then; comments, decisions and versions stay. Undo takes it back.")
            .arg(version->name, localDate(*version)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !mDocument)
        return;
    Edits edits(*mDocument);
    if (!edits.restoreVersion(ids.front()))
        warn(tr("Cannot restore the version"), edits.error());
}

void VersionsDialog::deleteVersion() {
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    if (const QString why = refusal(true); !why.isEmpty())
        return warn(tr("Cannot delete the version"), why);
    const Workspace &ws = mDocument->workspace();
    const Version *version = ws.find<Version>(ids.front());
    if (!version)
        return;
    QString text = tr("Delete the version \"%1\" (%2)? Undo brings it back.")
                       .arg(version->name, localDate(*version));
    for (const Decision &decision : ws.decisions)
        if (decision.version == version->id) {
            text += QLatin1Char('\n') +
                    tr("It keeps an approved state: without it, the changes since that approval "
                       "cannot be shown.");
            break;
        }
    const auto answer =
        PlainText::question(this, tr("Delete version?"), text,
                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !mDocument)
        return;
    Edits edits(*mDocument);
    if (!edits.removeVersion(ids.front()))
        warn(tr("Cannot delete the version"), edits.error());
}

void VersionsDialog::finish(Request request) {
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || (request == Request::Open && ids.size() != 1) || ids.size() > 2)
        return;
    mRequest = request;
    mRequested = ids;
    accept();
}

} // namespace blauwdruk
