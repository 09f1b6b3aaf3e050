#include "journeyoverview.h"
#include "plaintext.h"

#include "document.h"
#include "labels.h"
#include "personaportrait.h"
#include "roomyrowdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

enum Column { Title, Kind, Status, Steps, OpenPainPoints, StartingPoint, ColumnCount };
constexpr int kIdRole = Qt::UserRole;
constexpr int kIsJourneyRole = Qt::UserRole + 1;

} // namespace

JourneyOverview::JourneyOverview(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("JourneyOverview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    mSummary = new QLabel;
    mSummary->setWordWrap(true);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(mSummary);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New Journey…"));
    add->setObjectName(QStringLiteral("NewJourneyButton"));
    connect(add, &QPushButton::clicked, this,
            [this] { emit newJourneyRequested(selectedPersona()); });
    mOpen = new QPushButton(tr("&Open"));
    connect(mOpen, &QPushButton::clicked, this, [this] {
        if (!selectedJourney().isEmpty())
            emit journeyActivated(selectedJourney());
    });
    mIdeal = new QPushButton(tr("Make &Ideal Version"));
    mIdeal->setObjectName(QStringLiteral("MakeIdealButton"));
    connect(mIdeal, &QPushButton::clicked, this,
            [this] { emit idealVersionRequested(selectedJourney()); });
    mCompare = new QPushButton(tr("&Compare Current and Ideal"));
    connect(mCompare, &QPushButton::clicked, this,
            [this] { emit compareRequested(selectedPersona()); });
    for (QPushButton *button : {add, mOpen, mIdeal, mCompare})
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);

    mTree = new QTreeWidget;
    mTree->setObjectName(QStringLiteral("JourneyOverviewTree"));
    mTree->setAccessibleName(tr("Journeys per persona"));
    mTree->setColumnCount(ColumnCount);
    mTree->setHeaderLabels({tr("Persona / journey"), tr("Kind"), tr("Status"), tr("Steps"),
                            tr("Open pain points"), tr("Starting point")});
    mTree->setRootIsDecorated(false);
    mTree->setUniformRowHeights(false);
    mTree->setIconSize(QSize(32, 32));
    mTree->setItemDelegate(new RoomyRowDelegate(mTree));
    mTree->header()->setStretchLastSection(true);
    connect(mTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, kIsJourneyRole).toBool())
            emit journeyActivated(item->data(0, kIdRole).toString());
    });
    connect(mTree, &QTreeWidget::itemSelectionChanged, this, &JourneyOverview::updateButtons);
    layout->addWidget(mTree, 1);
    updateButtons();
}

void JourneyOverview::setDocument(Document *document) {
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument, &Document::changed, this, &JourneyOverview::onChanged);
    rebuild();
}

void JourneyOverview::onChanged(const Changes &changes) {
    // Any edit may change a row's figures, and a full rebuild is always
    // right; but while another tab is in front (typing on a canvas), it waits
    // until the overview is shown again.
    Q_UNUSED(changes);
    if (isVisible())
        rebuild();
    else
        mStale = true;
}

void JourneyOverview::showEvent(QShowEvent *event) {
    if (mStale)
        rebuild();
    QWidget::showEvent(event);
}

int JourneyOverview::openPainPoints(const Workspace &workspace, const QString &journeyId) {
    int count = 0;
    for (const Card *card : workspace.orderedCards(journeyId))
        if (card->kind == QLatin1String("pain_point") && card->status != QLatin1String("done"))
            ++count;
    return count;
}

void JourneyOverview::rebuild() {
    mStale = false;
    const QString selected = selectedJourney();
    const QString selectedPersonaId = selectedPersona();
    mTree->clear();
    if (!mDocument) {
        mSummary->clear();
        updateButtons();
        return;
    }
    const Workspace &ws = mDocument->workspace();
    QString html = QStringLiteral("<h2>%1</h2>").arg(ws.meta.title.toHtmlEscaped());
    QStringList facts;
    if (!ws.meta.organisation.isEmpty())
        facts << QStringLiteral("<b>%1</b>").arg(ws.meta.organisation.toHtmlEscaped());
    if (!ws.meta.theme.isEmpty())
        facts << tr("Theme: %1").arg(ws.meta.theme.toHtmlEscaped());
    // "Label: count" reads right for every number in both languages.
    facts << tr("Personas: %1 · Journeys: %2 · Cards: %3")
                 .arg(ws.personas.size())
                 .arg(ws.journeys.size())
                 .arg(ws.cards.size());
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    if (!ws.meta.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(ws.meta.description.toHtmlEscaped());
    mSummary->setText(html);

    auto addJourney = [&](QTreeWidgetItem *parent, const Journey *journey) {
        auto *item = new QTreeWidgetItem(parent);
        item->setText(Title, journey->title);
        item->setToolTip(Title, PlainText::toolTip(journey->title));
        item->setText(Kind, Labels::journeyKind(journey->kind));
        item->setText(Status, Labels::reviewStatus(journey->status));
        item->setText(Steps, QString::number(ws.orderedSteps(journey->id).size()));
        item->setTextAlignment(Steps, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(OpenPainPoints, QString::number(openPainPoints(ws, journey->id)));
        item->setTextAlignment(OpenPainPoints, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(StartingPoint, journey->startingPoint.simplified());
        item->setToolTip(StartingPoint, PlainText::toolTip(journey->startingPoint));
        item->setData(0, kIdRole, journey->id);
        item->setData(0, kIsJourneyRole, true);
        if (journey->id == selected)
            item->setSelected(true);
    };
    auto addPersona = [&](const QString &id, const QString &name, const QIcon &icon) {
        auto *item = new QTreeWidgetItem(mTree);
        item->setText(Title, name);
        item->setIcon(Title, icon);
        QFont bold = item->font(Title);
        bold.setBold(true);
        item->setFont(Title, bold);
        item->setData(0, kIdRole, id);
        item->setFirstColumnSpanned(false);
        if (selected.isEmpty() && id == selectedPersonaId && !id.isEmpty())
            item->setSelected(true);
        return item;
    };
    for (const Persona *persona : ws.orderedPersonas()) {
        QImage portrait = PersonaPortrait::render(*persona, 64);
        QTreeWidgetItem *row =
            addPersona(persona->id, persona->name.isEmpty() ? tr("(no name)") : persona->name,
                       QIcon(QPixmap::fromImage(portrait)));
        for (const Journey *journey : ws.orderedJourneys())
            if (journey->persona == persona->id)
                addJourney(row, journey);
        if (row->childCount() == 0) {
            auto *none = new QTreeWidgetItem(row);
            none->setText(Title, tr("No journeys yet"));
            // Read, not a place of its own: the arrow keys pass it by.
            none->setFlags(Qt::NoItemFlags);
            none->setForeground(Title, palette().color(QPalette::PlaceholderText));
        }
    }
    QTreeWidgetItem *orphans = nullptr;
    for (const Journey *journey : ws.orderedJourneys())
        if (!ws.find<Persona>(journey->persona)) {
            if (!orphans)
                orphans = addPersona(QString(), tr("Without a persona"), QIcon());
            addJourney(orphans, journey);
        }
    mTree->expandAll();
    for (int column = 0; column < StartingPoint; ++column)
        mTree->resizeColumnToContents(column);
    updateButtons();
}

void JourneyOverview::updateButtons() {
    const QString journey = selectedJourney();
    const Journey *j = mDocument ? mDocument->workspace().find<Journey>(journey) : nullptr;
    mOpen->setEnabled(j);
    mIdeal->setEnabled(j && j->kind == QLatin1String("current"));
    mCompare->setEnabled(!selectedPersona().isEmpty());
}

QString JourneyOverview::selectedJourney() const {
    const auto items = mTree->selectedItems();
    if (items.isEmpty() || !items.first()->data(0, kIsJourneyRole).toBool())
        return QString();
    return items.first()->data(0, kIdRole).toString();
}

QString JourneyOverview::selectedPersona() const {
    const auto items = mTree->selectedItems();
    if (items.isEmpty())
        return QString();
    QTreeWidgetItem *item = items.first();
    if (item->data(0, kIsJourneyRole).toBool())
        item = item->parent();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void JourneyOverview::selectJourney(const QString &journeyId) {
    for (int i = 0; i < mTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *persona = mTree->topLevelItem(i);
        for (int j = 0; j < persona->childCount(); ++j)
            if (persona->child(j)->data(0, kIdRole).toString() == journeyId)
                mTree->setCurrentItem(persona->child(j));
    }
}

} // namespace blauwdruk
