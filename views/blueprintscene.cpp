#include "blueprintscene.h"

#include "blueprintpainter.h"
#include "carditem.h"
#include "document.h"

#include <QGraphicsItem>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace blauwdruk {

// Paints the grid below the cards, only the exposed part of it.
class GridItem : public QGraphicsItem {
public:
    using QGraphicsItem::prepareGeometryChange;
    explicit GridItem(const BlueprintScene *scene)
        : mScene(scene) {
        setZValue(0);
    }
    QRectF boundingRect() const override { return mScene->layout().bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override {
        BlueprintPainter().paintGrid(*painter, mScene->layout(), option->exposedRect);
    }

private:
    const BlueprintScene *mScene;
};

// Paints the connections between the grid and the cards.
class ConnectionsItem : public QGraphicsItem {
public:
    using QGraphicsItem::prepareGeometryChange;
    // The arrows go below the cards; their labels, in a second item, above.
    ConnectionsItem(const BlueprintScene *scene, bool labels)
        : mScene(scene)
        , mLabels(labels) {
        setZValue(labels ? 5 : 1);
    }
    QRectF boundingRect() const override { return mScene->layout().bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override {
        const BlueprintPainter blueprintPainter;
        for (const BlueprintLayout::ConnectionPath &path : mScene->layout().connections)
            mLabels ? blueprintPainter.paintConnectionLabel(*painter, path)
                    : blueprintPainter.paintConnection(*painter, path);
    }

private:
    const BlueprintScene *mScene;
    bool mLabels;
};

BlueprintScene::BlueprintScene(Document *document, const QString &journeyId, QObject *parent)
    : QGraphicsScene(parent)
    , mDocument(document)
    , mJourneyId(journeyId) {
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    mGrid = new GridItem(this);
    mGrid->setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
    addItem(mGrid);
    mConnections = new ConnectionsItem(this, false);
    addItem(mConnections);
    mConnectionLabels = new ConnectionsItem(this, true);
    addItem(mConnectionLabels);
    connect(document, &Document::changed, this, &BlueprintScene::onChanged);
    relayout();
}

void BlueprintScene::relayout() {
    mGrid->prepareGeometryChange();
    mConnections->prepareGeometryChange();
    mConnectionLabels->prepareGeometryChange();
    mLayout = BlueprintLayout::compute(mDocument->workspace(), mJourneyId);
    QHash<QString, CardItem *> keep;
    for (const BlueprintLayout::CardBox &box : mLayout.cards) {
        CardItem *item = mCards.take(box.id);
        if (item) {
            item->setBox(box);
        } else {
            item = new CardItem(this, box);
            addItem(item);
        }
        keep.insert(box.id, item);
    }
    qDeleteAll(mCards); // cards that are gone
    mCards = keep;
    setSceneRect(mLayout.bounds.adjusted(-24, -24, 24, 24));
    update();
}

bool BlueprintScene::concerns(const Change &change) const {
    const Workspace &ws = mDocument->workspace();
    switch (change.type) {
    case EntityType::Workspace:
    case EntityType::Persona:
    case EntityType::Version:
        return false;
    case EntityType::Journey:
        return change.id == mJourneyId;
    case EntityType::Comment:
        return false; // comments are not drawn on the canvas
    default:
        break;
    }
    // Removed objects are gone from the workspace: were they on this canvas?
    if (change.kind == Change::Kind::Removed)
        return true;
    return visitEntityType(change.type, [&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        if constexpr (requires(const T &o) { o.journey; }) {
            const T *object = ws.find<T>(change.id);
            return !object || object->journey == mJourneyId;
        } else {
            return true;
        }
    });
}

QStringList BlueprintScene::find(const QString &text) {
    mHighlighted.clear();
    QStringList matches;
    const QString needle = text.trimmed();
    if (!needle.isEmpty()) {
        for (const BlueprintLayout::CardBox &box : mLayout.cards) {
            const Card *card = mDocument->workspace().find<Card>(box.id);
            if (card && (card->title.contains(needle, Qt::CaseInsensitive) ||
                         card->text.contains(needle, Qt::CaseInsensitive) ||
                         card->owner.contains(needle, Qt::CaseInsensitive) ||
                         card->tags.contains(needle, Qt::CaseInsensitive))) {
                matches << box.id;
                mHighlighted.insert(box.id);
            }
        }
    }
    update();
    return matches;
}

void BlueprintScene::setFilter(const QString &filter) {
    mFilter = filter;
    update();
}

bool BlueprintScene::isDimmed(const QString &cardId) const {
    if (mFilter.isEmpty())
        return false;
    const Card *card = mDocument->workspace().find<Card>(cardId);
    if (!card)
        return false;
    const QString kind = mFilter.section(u':', 0, 0);
    const QString value = mFilter.section(u':', 1);
    if (kind == QLatin1String("kind"))
        return card->kind != value;
    if (kind == QLatin1String("owner"))
        return card->owner.compare(value, Qt::CaseInsensitive) != 0;
    if (kind == QLatin1String("tag"))
        return !card->tags.contains(value, Qt::CaseInsensitive);
    return false;
}

void BlueprintScene::onChanged(const Changes &changes) {
    // One pass keeps the view right; edits in other journeys (or to
    // personas) leave this one alone, so open tabs do not all lay out again.
    if (std::any_of(changes.begin(), changes.end(),
                    [this](const Change &c) { return concerns(c); }))
        relayout();
}

} // namespace blauwdruk
