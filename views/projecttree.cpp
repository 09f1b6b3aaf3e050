#include "projecttree.h"
#include "plaintext.h"

#include "document.h"

#include <QEvent>
#include <QHeaderView>

namespace blauwdruk {

namespace {

constexpr int kIdRole = Qt::UserRole;

// The kind comes first: a long title is cut at the right, and the ideal
// and current journeys of a persona must stay apart in a narrow tree.
QString journeyLabel(const Journey &journey) {
    const QString kind = journey.kind == QLatin1String("ideal") ? ProjectTree::tr("Ideal")
                                                                : ProjectTree::tr("Current");
    return ProjectTree::tr("%1 · %2").arg(
        kind, journey.title.isEmpty() ? ProjectTree::tr("Untitled journey") : journey.title);
}

} // namespace

ProjectTree::ProjectTree(QWidget *parent)
    : QTreeWidget(parent) {
    setColumnCount(1);
    header()->hide();
    setUniformRowHeights(true);
    setAccessibleName(tr("Personas and journeys"));
}

void ProjectTree::setDocument(Document *document) {
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument, &Document::changed, this, &ProjectTree::onChanged);
    rebuild();
}

QString ProjectTree::selectedId() const {
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void ProjectTree::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QTreeWidget::changeEvent(event);
}

void ProjectTree::onChanged(const Changes &changes) {
    // Only personas and journeys show here; the grid's many edits pass by.
    for (const Change &change : changes)
        if (change.type == EntityType::Persona || change.type == EntityType::Journey) {
            rebuild();
            return;
        }
}

void ProjectTree::rebuild() {
    const QString selected = selectedId();
    clear();
    if (!mDocument)
        return;
    const Workspace &ws = mDocument->workspace();
    auto addJourneys = [&](QTreeWidgetItem *parent, const QString &persona) {
        for (const Journey *journey : ws.orderedJourneys()) {
            if (journey->persona != persona)
                continue;
            auto *item = new QTreeWidgetItem(parent, {journeyLabel(*journey)});
            item->setData(0, kIdRole, journey->id);
            item->setToolTip(
                0,
                PlainText::toolTip(journey->startingPoint.isEmpty()
                                       ? item->text(0)
                                       : item->text(0) + QLatin1Char('\n') +
                                             tr("Starting point: %1").arg(journey->startingPoint)));
        }
    };
    auto *personas = new QTreeWidgetItem(this, {tr("Personas")});
    for (const Persona *persona : ws.orderedPersonas()) {
        auto *item = new QTreeWidgetItem(personas, {persona->name});
        item->setData(0, kIdRole, persona->id);
        addJourneys(item, persona->id);
    }
    bool orphans = std::any_of(ws.journeys.begin(), ws.journeys.end(),
                               [](const Journey &j) { return j.persona.isEmpty(); });
    if (orphans)
        addJourneys(new QTreeWidgetItem(this, {tr("Journeys without persona")}), QString());
    expandAll();
    if (!selected.isEmpty()) {
        for (QTreeWidgetItemIterator it(this); *it; ++it)
            if ((*it)->data(0, kIdRole).toString() == selected)
                setCurrentItem(*it);
    }
}

} // namespace blauwdruk
