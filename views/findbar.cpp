#include "findbar.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "carditem.h"
#include "document.h"
#include "labels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QToolButton>

namespace blauwdruk {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("FindBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    mSearch = new QLineEdit;
    mSearch->setPlaceholderText(tr("Find cards…"));
    mSearch->setClearButtonEnabled(true);
    mCount = new QLabel;
    auto *previous = new QToolButton;
    previous->setText(QStringLiteral("↑"));
    previous->setToolTip(tr("Previous match"));
    auto *following = new QToolButton;
    following->setText(QStringLiteral("↓"));
    following->setToolTip(tr("Next match (Enter)"));
    mFilter = new QComboBox;
    mFilter->setToolTip(tr("Dim every card except…"));
    auto *closeButton = new QToolButton;
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setToolTip(tr("Close (Esc)"));
    layout->addWidget(new QLabel(tr("Find:")));
    layout->addWidget(mSearch, 1);
    layout->addWidget(previous);
    layout->addWidget(following);
    layout->addWidget(mCount);
    layout->addSpacing(16);
    layout->addWidget(new QLabel(tr("Show:")));
    layout->addWidget(mFilter);
    layout->addWidget(closeButton);
    connect(mSearch, &QLineEdit::textChanged, this, &FindBar::search);
    connect(mSearch, &QLineEdit::returnPressed, this, [this] { next(1); });
    connect(previous, &QToolButton::clicked, this, [this] { next(-1); });
    connect(following, &QToolButton::clicked, this, [this] { next(1); });
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    connect(mFilter, &QComboBox::activated, this, [this] {
        if (mView)
            mView->blueprintScene()->setFilter(mFilter->currentData().toString());
    });
}

void FindBar::setView(BlueprintView *view) {
    if (mView == view)
        return;
    if (mView) {
        mView->blueprintScene()->find(QString());
        mView->blueprintScene()->setFilter(QString());
    }
    mView = view;
    refillFilter();
    if (isVisible())
        search();
}

void FindBar::activate() {
    show();
    refillFilter();
    mSearch->setFocus();
    mSearch->selectAll();
    search();
}

void FindBar::search() {
    mMatches = mView ? mView->blueprintScene()->find(mSearch->text()) : QStringList();
    mCurrent = -1;
    mCount->setText(mSearch->text().trimmed().isEmpty() ? QString()
                                                        : tr("Matches: %1").arg(mMatches.size()));
}

void FindBar::next(int direction) {
    if (!mView || mMatches.isEmpty())
        return;
    mCurrent = (mCurrent + direction + int(mMatches.size())) % int(mMatches.size());
    // Chosen as by the keyboard: selected, its cell the current one (where
    // the arrow keys go on from), and in view clear of the pinned headers.
    mView->showCard(mMatches[mCurrent], false);
    mCount->setText(tr("%1 of %2").arg(mCurrent + 1).arg(mMatches.size()));
}

void FindBar::refillFilter() {
    const QString current = mFilter->currentData().toString();
    mFilter->clear();
    mFilter->addItem(tr("All cards"), QString());
    if (!mView)
        return;
    const Workspace &ws = mView->blueprintScene()->document()->workspace();
    QStringList kinds, owners, tags;
    for (const Card *card : ws.orderedCards(mView->blueprintScene()->journeyId())) {
        if (!kinds.contains(card->kind))
            kinds << card->kind;
        if (!card->owner.isEmpty() && !owners.contains(card->owner))
            owners << card->owner;
        for (const QString &tag : card->tags)
            if (!tags.contains(tag))
                tags << tag;
    }
    owners.sort(Qt::CaseInsensitive);
    tags.sort(Qt::CaseInsensitive);
    for (const QString &kind : kinds)
        mFilter->addItem(tr("Kind: %1").arg(Labels::cardKind(kind)),
                         QStringLiteral("kind:") + kind);
    for (const QString &owner : owners)
        mFilter->addItem(tr("Owner: %1").arg(owner), QStringLiteral("owner:") + owner);
    for (const QString &tag : tags)
        mFilter->addItem(tr("Tag: %1").arg(tag), QStringLiteral("tag:") + tag);
    const int index = mFilter->findData(current);
    mFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void FindBar::close() {
    if (mView) {
        mView->blueprintScene()->find(QString());
        mView->blueprintScene()->setFilter(QString());
        mView->setFocus();
    }
    hide();
}

void FindBar::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace blauwdruk
