#include "changespanel.h"

#include "changemarks.h"
#include "document.h"
#include "plaintext.h"
#include "undotext.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace blauwdruk {

ChangesPanel::ChangesPanel(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("ChangesPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    mTitle = new QLabel(this);
    mTitle->setTextFormat(Qt::PlainText); // names a version and a person
    mTitle->setWordWrap(true);
    layout->addWidget(mTitle);
    mList = new QTreeWidget(this);
    mList->setObjectName(QStringLiteral("ChangesList"));
    mList->setRootIsDecorated(false);
    mList->setHeaderLabels({tr("Change"), tr("What"), tr("Title"), tr("Fields")});
    mList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(mList, 1);
    auto *clearButton = new QPushButton(tr("C&lear Marks"), this);
    clearButton->setObjectName(QStringLiteral("ClearChanges"));
    clearButton->setToolTip(tr("Stop showing the changes on the canvas"));
    layout->addWidget(clearButton, 0, Qt::AlignRight);
    connect(clearButton, &QPushButton::clicked, this, [this] {
        clear();
        emit closeRequested();
    });
    connect(mList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = mList->indexOfTopLevelItem(item);
        if (index >= 0 && size_t(index) < mEntries.size())
            emit entryActivated(mEntries[size_t(index)]);
    });
    clear();
}

void ChangesPanel::compare(Document *document, const QString &journey, Workspace before,
                           const QString &title, bool contentOnly) {
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mJourney = journey;
    mBefore = std::move(before);
    mContentOnly = contentOnly;
    mTitle->setText(title);
    // The list follows the edits made while it is open.
    if (document)
        connect(document, &Document::changed, this, &ChangesPanel::refresh);
    refresh();
}

void ChangesPanel::clear() {
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = nullptr;
    mBefore.reset();
    mEntries.clear();
    mTitle->setText(tr("No comparison. Use View › Show Changes, or Compare in File › Versions."));
    fill();
    emit entriesChanged(mJourney, mEntries);
}

QString ChangesPanel::title() const {
    return mTitle->text();
}

void ChangesPanel::refresh() {
    if (!mDocument || !mBefore)
        return;
    mEntries = WorkspaceDiff::compare(*mBefore, mDocument->workspace(), mJourney, mContentOnly);
    fill();
    emit entriesChanged(mJourney, mEntries);
}

void ChangesPanel::fill() {
    mList->clear();
    for (const DiffEntry &entry : mEntries) {
        auto *item = new QTreeWidgetItem(
            mList, {ChangeMarks::symbol(entry.kind) + QLatin1Char(' ') + kindLabel(entry.kind),
                    typeLabel(entry.type), UndoText::shortTitle(entry.title), fieldsLabel(entry)});
        item->setForeground(0, ChangeMarks::colour(entry.kind));
        item->setToolTip(2, PlainText::toolTip(entry.title));
        // What it was and what it is, for each changed field.
        if (entry.kind == DiffEntry::Kind::Changed)
            item->setToolTip(3, PlainText::toolTip(entry.valueChanges()));
        if (entry.kind == DiffEntry::Kind::Removed)
            item->setToolTip(0, tr("No longer there: shown in this list only"));
    }
    if (mBefore && mEntries.empty())
        new QTreeWidgetItem(mList, {tr("No changes")});
}

QString ChangesPanel::kindLabel(DiffEntry::Kind kind) {
    switch (kind) {
    case DiffEntry::Kind::Added:
        return tr("Added");
    case DiffEntry::Kind::Removed:
        return tr("Removed");
    case DiffEntry::Kind::Changed:
        return tr("Changed");
    case DiffEntry::Kind::Moved:
        return tr("Moved");
    }
    return {};
}

QString ChangesPanel::typeLabel(EntityType type) {
    switch (type) {
    case EntityType::Journey:
        return tr("Journey");
    case EntityType::Stage:
        return tr("Stage");
    case EntityType::Step:
        return tr("Step");
    case EntityType::Lane:
        return tr("Lane");
    case EntityType::Card:
        return tr("Card");
    case EntityType::Connection:
        return tr("Arrow");
    default:
        return entityTypeName(type);
    }
}

QString ChangesPanel::fieldsLabel(const DiffEntry &entry) {
    QStringList labels;
    for (const QString &field : entry.fields)
        labels << UndoText::fieldLabel(entry.type, field);
    return labels.join(QStringLiteral(", "));
}

} // namespace blauwdruk
