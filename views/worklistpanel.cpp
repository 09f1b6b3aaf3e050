#include "worklistpanel.h"

#include "document.h"
#include "inventory.h"
#include "labels.h"
#include "plaintext.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace blauwdruk {

namespace {

constexpr int kCardRole = Qt::UserRole + 1;
constexpr int kJourneyRole = Qt::UserRole + 2;

enum Column { Title, Status, Team, Due, StepColumn, Need, ColumnCount };

// The lanes whose cards are consequences: everything behind the resident,
// what the organisation has to do. The resident's own lanes, the emotion
// curve and the parking lot are not work.
bool isWorkLane(const QString &kind) {
    static const QStringList notWork{"customer", "emotion", "pain_points", "parking", "inbox"};
    return !notWork.contains(kind);
}

} // namespace

WorkListPanel::WorkListPanel(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    // One row of choices: the dock sits under the canvas, wide and low.
    auto *choices = new QHBoxLayout;
    auto choice = [&](const QString &label, QComboBox *combo) {
        auto *text = new QLabel(label, this);
        text->setBuddy(combo);
        choices->addWidget(text);
        choices->addWidget(combo);
        choices->addSpacing(12);
    };
    mScope = new QComboBox(this);
    mScope->setObjectName(QStringLiteral("WorkScope"));
    mScope->addItem(tr("This journey"));
    mScope->addItem(tr("All journeys"));
    mGrouping = new QComboBox(this);
    mGrouping->setObjectName(QStringLiteral("WorkGrouping"));
    mGrouping->addItem(tr("Lane kind"));
    mGrouping->addItem(tr("Team"));
    mStatus = new QComboBox(this);
    mStatus->setObjectName(QStringLiteral("WorkStatus"));
    mStatus->addItem(tr("Every status"), QString());
    for (const QString &status : vocabulary::cardStatuses())
        mStatus->addItem(Labels::cardStatus(status), status);
    mTeam = new QComboBox(this);
    mTeam->setObjectName(QStringLiteral("WorkTeam"));
    mTeam->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    choice(tr("&Show"), mScope);
    choice(tr("&Group by"), mGrouping);
    choice(tr("S&tatus"), mStatus);
    choice(tr("T&eam"), mTeam);
    choices->addStretch();
    layout->addLayout(choices);
    mList = new QTreeWidget(this);
    mList->setObjectName(QStringLiteral("WorkList"));
    mList->setColumnCount(ColumnCount);
    mList->setHeaderLabels({tr("Consequence"), tr("Status"), tr("Team"), tr("Due"), tr("Step"),
                            tr("Resident's need")});
    mList->setAlternatingRowColors(true);
    mList->setUniformRowHeights(true);
    mList->setColumnWidth(Title, 340);
    mList->setColumnWidth(Team, 170);
    mList->setColumnWidth(StepColumn, 260);
    mList->setAccessibleName(tr("Work list"));
    layout->addWidget(mList, 1);
    auto *buttons = new QHBoxLayout;
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("WorkSummary"));
    mSummary->setWordWrap(true);
    buttons->addWidget(mSummary, 1);
    mExport = new QPushButton(tr("E&xport for Team…"), this);
    mExport->setObjectName(QStringLiteral("ExportTeam"));
    buttons->addWidget(mExport);
    layout->addLayout(buttons);

    for (QComboBox *combo : {mScope, mGrouping, mStatus, mTeam})
        connect(combo, &QComboBox::currentIndexChanged, this, &WorkListPanel::refresh);
    connect(mList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString card = item->data(0, kCardRole).toString();
        if (!card.isEmpty())
            emit cardActivated(item->data(0, kJourneyRole).toString(), card);
    });
    connect(mExport, &QPushButton::clicked, this, [this] {
        emit exportRequested(mScope->currentIndex() == 1 ? QString() : mJourney, team(),
                             mStatus->currentData().toString());
    });
    refresh();
}

void WorkListPanel::setDocument(Document *document) {
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    if (document)
        connect(document, &Document::changed, this, &WorkListPanel::refresh);
    refresh();
}

void WorkListPanel::setJourney(const QString &journey) {
    if (journey == mJourney)
        return;
    mJourney = journey;
    refresh();
}

void WorkListPanel::setGrouping(Grouping grouping) {
    mGrouping->setCurrentIndex(grouping == Grouping::Team ? 1 : 0);
}

void WorkListPanel::setStatusFilter(const QString &status) {
    mStatus->setCurrentIndex(std::max(0, mStatus->findData(status)));
}

QString WorkListPanel::team() const {
    return mTeam->currentData().toString();
}

void WorkListPanel::fillTeams() {
    const QString chosen = team();
    const QSignalBlocker quiet(mTeam);
    mTeam->clear();
    mTeam->addItem(tr("Every team"), QString());
    if (mDocument) {
        const bool all = mScope->currentIndex() == 1 || mJourney.isEmpty();
        for (const QString &name :
             Inventory::teams(mDocument->workspace(), all ? QString() : mJourney))
            mTeam->addItem(name, name);
    }
    mTeam->setCurrentIndex(std::max(0, mTeam->findData(chosen)));
}

void WorkListPanel::refresh() {
    fillTeams();
    mList->clear();
    mExport->setEnabled(mDocument && !team().isEmpty());
    mExport->setToolTip(team().isEmpty()
                            ? tr("Choose a team first: a work list is one team's")
                            : tr("Save the work list of %1 as shown (its status filter too) as "
                                 "CSV, Markdown or HTML")
                                  .arg(team()));
    if (!mDocument) {
        mSummary->setText(tr("No workspace is open."));
        return;
    }
    const Workspace &ws = mDocument->workspace();
    const bool all = mScope->currentIndex() == 1 || mJourney.isEmpty();
    const bool byTeam = mGrouping->currentIndex() == 1;
    const QString status = mStatus->currentData().toString();
    const QString chosenTeam = team();
    // Groups in a stable order: lane kinds as the vocabulary lists them,
    // teams by name with "No team" last.
    std::map<std::pair<int, QString>, QTreeWidgetItem *> groups;
    auto groupItem = [&](const QString &key, int order, const QString &label) {
        auto &item = groups[{order, key.toLower()}];
        if (!item) {
            item = new QTreeWidgetItem(QStringList{label});
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setFirstColumnSpanned(true);
        }
        return item;
    };
    int count = 0;
    int overdue = 0;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (const Journey *journey : ws.orderedJourneys()) {
        if (!all && journey->id != mJourney)
            continue;
        const CellIndex cells(ws, journey->id);
        QHash<QString, QString> needs; // per step: every row of a step shares it
        for (const Card *card : ws.orderedCards(journey->id)) {
            const Lane *lane = ws.find<Lane>(card->lane);
            if (!lane)
                continue;
            // Remarks are not work until someone owns them.
            const bool remark = !isWorkLane(lane->kind) ||
                                card->kind == QLatin1String("pain_point") ||
                                card->kind == QLatin1String("question");
            if (remark && card->owner.trimmed().isEmpty())
                continue;
            if (!status.isEmpty() && card->status != status)
                continue;
            if (!chosenTeam.isEmpty() && !Inventory::sameTeam(card->owner, chosenTeam))
                continue;
            QTreeWidgetItem *group =
                byTeam ? (card->owner.trimmed().isEmpty()
                              ? groupItem(QString(), 1, tr("No team"))
                              : groupItem(card->owner.trimmed(), 0, card->owner.trimmed()))
                       : groupItem(lane->kind, int(vocabulary::laneKinds().indexOf(lane->kind)),
                                   Labels::laneKind(lane->kind));
            auto need = [&](const QString &stepId) {
                if (!needs.contains(stepId))
                    needs.insert(stepId, Inventory::residentNeed(ws, stepId, cells));
                return needs.value(stepId);
            };
            const Step *step = ws.find<Step>(card->step);
            QString stepTitle = step ? step->title : QString();
            if (all)
                stepTitle = tr("%1 (%2)").arg(stepTitle, journey->title);
            auto *item = new QTreeWidgetItem(
                group, {card->title.trimmed().isEmpty() ? tr("(untitled)") : card->title,
                        Labels::cardStatus(card->status),
                        card->owner.trimmed().isEmpty() ? tr("no team") : card->owner.trimmed(),
                        card->due, stepTitle, need(card->step)});
            item->setData(0, kCardRole, card->id);
            item->setData(0, kJourneyRole, journey->id);
            item->setToolTip(0,
                             PlainText::toolTip(card->text.isEmpty() ? card->title : card->text));
            item->setToolTip(Need, PlainText::toolTip(item->text(Need)));
            if (!card->due.isEmpty() && card->due < today &&
                card->status != QLatin1String("done")) {
                item->setForeground(Due, QColor(0xB4, 0x23, 0x18));
                item->setToolTip(Due, tr("Past due"));
                ++overdue;
            }
            ++count;
        }
    }
    for (auto &[key, item] : groups) {
        item->setText(0, tr("%1 (%2)").arg(item->text(0)).arg(item->childCount()));
        mList->addTopLevelItem(item);
        item->setExpanded(true);
    }
    mList->resizeColumnToContents(Status);
    mList->resizeColumnToContents(Due);
    mList->setColumnWidth(Due, std::max(mList->columnWidth(Due), 96));
    QString summary = count == 1 ? tr("1 consequence") : tr("%1 consequences").arg(count);
    if (overdue > 0)
        summary += tr(", %1 past due").arg(overdue);
    if (count == 0)
        summary = tr("No consequences match. Give cards below the line an owner (team), a "
                     "status and a due date in the Inspector.");
    mSummary->setText(summary);
}

} // namespace blauwdruk
