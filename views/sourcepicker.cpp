#include "sourcepicker.h"

#include "labels.h"
#include "provenance.h"
#include "workspace.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidgetItemIterator>

#include <functional>

namespace blauwdruk {

namespace {

enum Role { IdRole = Qt::UserRole, TypeRole };

QTreeWidgetItem *item(QTreeWidgetItem *parent, EntityType type, const QString &id,
                      const QString &text, const QString &detail = QString()) {
    auto *row = new QTreeWidgetItem(parent, {text, detail});
    row->setData(0, IdRole, id);
    row->setData(0, TypeRole, int(type));
    row->setFlags(row->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    row->setCheckState(0, Qt::Unchecked);
    return row;
}

EntityType typeOf(const QTreeWidgetItem *row) {
    return EntityType(row->data(0, TypeRole).toInt());
}

QString untitled(const QString &title) {
    return title.trimmed().isEmpty() ? SourcePicker::tr("(untitled)") : title;
}

} // namespace

SourcePicker::SourcePicker(QWidget *parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("SourcePicker"));
    setColumnCount(2);
    setHeaderLabels({tr("What to take"), tr("Kind")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    setUniformRowHeights(true);
    setAccessibleName(tr("Personas, journeys, steps and cards to take"));
    connect(this, &QTreeWidget::itemChanged, this, [this] { Q_EMIT selectionChanged(); });
    // Space ticks the current row, as in any list of boxes.
}

void SourcePicker::setSource(const Workspace *source) {
    const QSignalBlocker blocker(this);
    clear();
    mSource = source;
    if (!source)
        return;
    auto *personas = new QTreeWidgetItem(this, {tr("Personas")});
    personas->setFlags(Qt::ItemIsEnabled);
    for (const Persona *persona : source->orderedPersonas())
        item(personas, EntityType::Persona, persona->id, untitled(persona->name), tr("Persona"));
    auto *journeys = new QTreeWidgetItem(this, {tr("Journeys")});
    journeys->setFlags(Qt::ItemIsEnabled);
    for (const Journey *journey : source->orderedJourneys()) {
        QTreeWidgetItem *journeyRow =
            item(journeys, EntityType::Journey, journey->id, untitled(journey->title),
                 Labels::journeyKind(journey->kind));
        for (const Step *step : source->orderedSteps(journey->id)) {
            QTreeWidgetItem *stepRow =
                item(journeyRow, EntityType::Step, step->id, untitled(step->title), tr("Step"));
            for (const Lane *lane : source->orderedLanes(journey->id)) {
                if (lane->kind == QLatin1String("inbox"))
                    continue;
                for (const Card *card : source->cardsInCell(step->id, lane->id))
                    item(stepRow, EntityType::Card, card->id,
                         untitled(card->title.isEmpty() ? card->text.section(u'\n', 0, 0)
                                                        : card->title),
                         tr("%1 · %2").arg(Labels::cardKind(card->kind), lane->title));
            }
        }
    }
    personas->setExpanded(true);
    journeys->setExpanded(true);
    // A few journeys open at once: their steps are what is taken most.
    if (journeys->childCount() <= 2)
        for (int i = 0; i < journeys->childCount(); ++i)
            journeys->child(i)->setExpanded(true);
}

QString SourcePicker::takenOn(const QString &originText) {
    const std::optional<Provenance> origin = Provenance::fromText(originText);
    const QDateTime when =
        QDateTime::fromString(origin ? origin->takenAt : QString(), Qt::ISODate).toLocalTime();
    return QLocale().toString(when.date(), QLocale::ShortFormat);
}

namespace {

// The origin of the copy of `sourceId` that `objects` holds, if any.
template <class T>
QString copyOrigin(const std::vector<T> &objects, const QString &sourceId,
                   const Provenance &origin) {
    for (const T &object : objects)
        if (origin.isOriginOf(object.origin, sourceId))
            return object.origin;
    return QString();
}

} // namespace

void SourcePicker::markTakenBefore(const Workspace &into, const Provenance &origin) {
    const QSignalBlocker blocker(this);
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        QTreeWidgetItem *row = *it;
        const QString id = row->data(0, IdRole).toString();
        QString originText;
        switch (typeOf(row)) {
        case EntityType::Persona:
            originText = copyOrigin(into.personas, id, origin);
            break;
        case EntityType::Journey:
            originText = copyOrigin(into.journeys, id, origin);
            break;
        case EntityType::Step:
            originText = copyOrigin(into.steps, id, origin);
            break;
        case EntityType::Card:
            originText = copyOrigin(into.cards, id, origin);
            break;
        default:
            break;
        }
        if (id.isEmpty() || originText.isEmpty())
            continue;
        const QString taken = tr("taken %1").arg(takenOn(originText));
        row->setText(1, tr("%1 · %2").arg(row->text(1), taken));
        row->setToolTip(0, tr("Taken from this source before, on %1. Taking it again makes a "
                              "second copy (a persona is used again, not copied).")
                               .arg(takenOn(originText)));
        QFont font = row->font(1);
        font.setItalic(true);
        row->setFont(1, font);
    }
}

void SourcePicker::tick(const QString &id) {
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        if ((*it)->data(0, IdRole).toString() == id) {
            (*it)->setCheckState(0, Qt::Checked);
            for (QTreeWidgetItem *up = (*it)->parent(); up; up = up->parent())
                up->setExpanded(true);
            scrollToItem(*it);
            return;
        }
}

Edits::TakeRequest SourcePicker::request() const {
    Edits::TakeRequest request;
    // Whole when wholly ticked; otherwise look inside.
    std::function<void(QTreeWidgetItem *)> collect = [&](QTreeWidgetItem *row) {
        const Qt::CheckState state = row->checkState(0);
        const QString id = row->data(0, IdRole).toString();
        if (!id.isEmpty() && state == Qt::Checked) {
            switch (typeOf(row)) {
            case EntityType::Persona:
                request.personas << id;
                return;
            case EntityType::Journey:
                request.journeys << id;
                return;
            case EntityType::Step:
                request.steps << id;
                return;
            case EntityType::Card:
                request.cards << id;
                return;
            default:
                break;
            }
        }
        if (!id.isEmpty() && state == Qt::Unchecked)
            return;
        for (int i = 0; i < row->childCount(); ++i)
            collect(row->child(i));
    };
    for (int i = 0; i < topLevelItemCount(); ++i)
        collect(topLevelItem(i));
    return request;
}

QString SourcePicker::summary() const {
    const Edits::TakeRequest r = request();
    QStringList parts;
    const auto count = [&](qsizetype n, const QString &one, const QString &many) {
        if (n > 0)
            parts << (n == 1 ? one : many.arg(n));
    };
    count(r.personas.size(), tr("1 persona"), tr("%1 personas"));
    count(r.journeys.size(), tr("1 journey"), tr("%1 journeys"));
    count(r.steps.size(), tr("1 step"), tr("%1 steps"));
    count(r.cards.size(), tr("1 card"), tr("%1 cards"));
    return parts.isEmpty() ? tr("Nothing ticked yet") : parts.join(QStringLiteral(", "));
}

} // namespace blauwdruk
