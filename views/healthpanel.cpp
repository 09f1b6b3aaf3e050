#include "healthpanel.h"

#include "document.h"
#include "edits.h"
#include "plaintext.h"
#include "roomyrowdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QString placeWords(const Workspace &ws, const HealthCheck::Finding &f) {
    const QString title =
        f.title.trimmed().isEmpty() ? HealthPanel::tr("(untitled)") : f.title.trimmed();
    switch (f.targetType) {
    case EntityType::Step:
        return HealthPanel::tr("Step \"%1\"").arg(title);
    case EntityType::Lane:
        return HealthPanel::tr("Lane \"%1\"").arg(title);
    case EntityType::Card:
        return HealthPanel::tr("Card \"%1\"").arg(title);
    case EntityType::Connection:
        return HealthPanel::tr("Connection \"%1\"").arg(title);
    default: {
        const Journey *journey = ws.find<Journey>(f.journey);
        return HealthPanel::tr("Journey \"%1\"").arg(journey ? journey->title : title);
    }
    }
}

} // namespace

HealthPanel::HealthPanel(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    auto *options = new QHBoxLayout;
    mScope = new QComboBox(this);
    mScope->setObjectName(QStringLiteral("HealthScope"));
    mScope->addItem(tr("This journey"));
    mScope->addItem(tr("All journeys"));
    mScope->setAccessibleName(tr("Check"));
    mShowDismissed = new QCheckBox(tr("Show &dismissed"), this);
    mShowDismissed->setObjectName(QStringLiteral("ShowDismissed"));
    mShowDismissed->setChecked(true);
    options->addWidget(mScope);
    options->addWidget(mShowDismissed);
    options->addStretch();
    layout->addLayout(options);
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("HealthSummary"));
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::PlainText); // it names a journey, as its title is written
    layout->addWidget(mSummary);
    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("HealthList"));
    mList->setWordWrap(true);
    // Findings of several lines: room between them for the ring.
    mList->setItemDelegate(new RoomyRowDelegate(mList));
    mList->setAlternatingRowColors(true);
    // One column of wrapped entries (what, where, then what to do): the
    // dock beside the canvas is narrow, and the advice is the point.
    mList->setUniformItemSizes(false);
    mList->setResizeMode(QListView::Adjust);
    mList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mList->setSpacing(2);
    mList->setAccessibleName(tr("Health check findings"));
    layout->addWidget(mList, 1);
    auto *buttons = new QHBoxLayout;
    mGoTo = new QPushButton(tr("&Go To"), this);
    mDismiss = new QPushButton(tr("D&ismiss…"), this);
    mDismiss->setObjectName(QStringLiteral("DismissFinding"));
    mDismiss->setToolTip(tr("Set the finding aside, with the reason: it stays listed, greyed"));
    mRestore = new QPushButton(tr("&Restore"), this);
    mRestore->setObjectName(QStringLiteral("RestoreFinding"));
    mRestore->setToolTip(tr("Count the dismissed finding as open again"));
    buttons->addWidget(mGoTo);
    buttons->addStretch();
    buttons->addWidget(mDismiss);
    buttons->addWidget(mRestore);
    layout->addLayout(buttons);

    connect(mScope, &QComboBox::currentIndexChanged, this, &HealthPanel::refresh);
    connect(mShowDismissed, &QCheckBox::toggled, this, &HealthPanel::refresh);
    connect(mList, &QListWidget::currentItemChanged, this, &HealthPanel::updateButtons);
    connect(mList, &QListWidget::itemActivated, this, [this] {
        if (const HealthCheck::Finding *f = currentFinding())
            emit findingActivated(f->journey, f->targetType, f->target);
    });
    connect(mGoTo, &QPushButton::clicked, this, [this] {
        if (const HealthCheck::Finding *f = currentFinding())
            emit findingActivated(f->journey, f->targetType, f->target);
    });
    connect(mDismiss, &QPushButton::clicked, this, &HealthPanel::dismissCurrent);
    connect(mRestore, &QPushButton::clicked, this, &HealthPanel::restoreCurrent);
    refresh();
}

void HealthPanel::setDocument(Document *document) {
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    if (document)
        connect(document, &Document::changed, this, &HealthPanel::refresh);
    refresh();
}

void HealthPanel::setJourney(const QString &journey) {
    if (journey == mJourney)
        return;
    mJourney = journey;
    refresh();
}

const HealthCheck::Finding *HealthPanel::currentFinding() const {
    const QListWidgetItem *item = mList->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(kIndexRole).toInt();
    return index >= 0 && index < int(mFindings.size()) ? &mFindings[size_t(index)] : nullptr;
}

void HealthPanel::dismissCurrent() {
    const HealthCheck::Finding *f = currentFinding();
    if (!mDocument || !f || !f->isOpen())
        return;
    const HealthCheck::Finding finding = *f; // the list refills on the edit
    // Asked again until there is a reason or the user cancels: what was
    // typed is never lost to a refusal.
    QString reason;
    QString prompt =
        tr("%1: %2\n\nWhy does this not need fixing? The reason is kept with the "
           "file and shown beside the finding.")
            .arg(HealthCheck::codeName(finding.code), placeWords(mDocument->workspace(), finding));
    while (reason.trimmed().isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Dismiss Finding"), prompt, QLineEdit::Normal,
                                       reason, &ok);
        if (!ok)
            return;
        if (reason.trimmed().isEmpty())
            prompt = tr("%1: %2\n\nA finding is dismissed with a reason: say why it does not "
                        "need fixing.")
                         .arg(HealthCheck::codeName(finding.code),
                              placeWords(mDocument->workspace(), finding));
    }
    Edits edits(*mDocument);
    if (edits.dismissFinding(finding.journey, finding.code, finding.target, reason).isEmpty())
        PlainText::warning(this, tr("Dismiss Finding"), edits.error());
}

void HealthPanel::restoreCurrent() {
    const HealthCheck::Finding *f = currentFinding();
    if (!mDocument || !f || f->isOpen())
        return;
    Edits edits(*mDocument);
    if (!edits.restoreFinding(f->dismissal))
        PlainText::warning(this, tr("Restore Finding"), edits.error());
}

void HealthPanel::refresh() {
    // Keep the row: after a dismissal the same finding stays current.
    QString currentKey;
    if (const HealthCheck::Finding *f = currentFinding())
        currentKey = f->code + u'/' + f->target;
    mList->clear();
    mFindings.clear();
    if (!mDocument) {
        mSummary->setText(tr("No workspace is open."));
        updateButtons();
        return;
    }
    const Workspace &ws = mDocument->workspace();
    const bool all = mScope->currentIndex() == 1 || mJourney.isEmpty();
    mFindings = HealthCheck::run(ws, all ? QString() : mJourney);
    QListWidgetItem *current = nullptr;
    for (int i = 0; i < int(mFindings.size()); ++i) {
        const HealthCheck::Finding &f = mFindings[size_t(i)];
        if (!f.isOpen() && !mShowDismissed->isChecked())
            continue;
        QString where = placeWords(ws, f);
        if (all && f.targetType != EntityType::Journey)
            if (const Journey *journey = ws.find<Journey>(f.journey))
                where = tr("%1, in %2").arg(where, journey->title);
        const QString advice = f.isOpen() ? f.advice : tr("Dismissed: %1").arg(f.reason);
        auto *item = new QListWidgetItem(
            tr("%1 — %2\n%3").arg(HealthCheck::codeName(f.code), where, advice), mList);
        item->setData(kIndexRole, i);
        item->setToolTip(
            PlainText::toolTip(tr("%1 (%2)\n%3")
                                   .arg(HealthCheck::codeName(f.code), f.code,
                                        f.isOpen() ? f.advice : f.advice + u'\n' + advice)));
        if (!f.isOpen()) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (f.code + u'/' + f.target == currentKey)
            current = item;
    }
    const qsizetype open = HealthCheck::openCount(mFindings);
    const qsizetype dismissed = qsizetype(mFindings.size()) - open;
    QString summary;
    if (mFindings.empty())
        summary = tr("No findings: every check passes.");
    else if (open == 0)
        summary = tr("No open findings; %1 dismissed.").arg(dismissed);
    else
        summary = open == 1 ? tr("1 open finding, %1 dismissed.").arg(dismissed)
                            : tr("%1 open findings, %2 dismissed.").arg(open).arg(dismissed);
    // Which journey: the one in front, or the overview's choice when no
    // journey tab is in front (after one was closed, say).
    if (const Journey *journey = all ? nullptr : ws.find<Journey>(mJourney))
        summary = tr("“%1”: %2").arg(journey->title, summary);
    mSummary->setText(summary);
    if (current)
        mList->setCurrentItem(current);
    else if (mList->count() > 0)
        mList->setCurrentRow(0);
    updateButtons();
}

void HealthPanel::updateButtons() {
    const HealthCheck::Finding *f = currentFinding();
    mGoTo->setEnabled(f);
    mDismiss->setEnabled(f && f->isOpen());
    mRestore->setEnabled(f && !f->isOpen());
}

} // namespace blauwdruk
