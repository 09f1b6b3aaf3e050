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
    explicit GridItem(const BlueprintScene *scene)
        : mScene(scene) {
        setZValue(0);
    }
    // The scene must hear of a new size before the item reports it.
    void setBounds(const QRectF &bounds) {
        if (bounds != mBounds) {
            prepareGeometryChange();
            mBounds = bounds;
        }
    }
    QRectF boundingRect() const override { return mBounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override {
        BlueprintPainter().paintGrid(*painter, mScene->layout(), option->exposedRect);
    }

private:
    const BlueprintScene *mScene;
    QRectF mBounds;
};

// Paints the connections between the grid and the cards.
class ConnectionsItem : public GridItem {
public:
    // The arrows go below the cards; their labels, in a second item, above.
    ConnectionsItem(const BlueprintScene *scene, bool labels)
        : GridItem(scene)
        , mScene(scene)
        , mLabels(labels) {
        setZValue(labels ? 5 : 1);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override {
        const BlueprintPainter blueprintPainter;
        // Only arrows that reach into the exposed part: a journey may hold thousands.
        for (const BlueprintLayout::ConnectionPath &path : mScene->layout().connections) {
            if (!path.points.boundingRect()
                     .adjusted(-80, -20, 80, 20)
                     .intersects(option->exposedRect))
                continue;
            mLabels ? blueprintPainter.paintConnectionLabel(*painter, path)
                    : blueprintPainter.paintConnection(*painter, path);
        }
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
    mConnections->setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
    addItem(mConnections);
    mConnectionLabels = new ConnectionsItem(this, true);
    mConnectionLabels->setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
    addItem(mConnectionLabels);
    connect(document, &Document::changed, this, &BlueprintScene::onChanged);
    layOutAll();
}

void BlueprintScene::relayout() {
    for (CardItem *item : std::as_const(mCards))
        if (item->pos() != QPointF())
            item->setPos(0, 0);
}

void BlueprintScene::layOutAll() {
    ++mFullLayouts;
    mLayout = BlueprintLayout::compute(mDocument->workspace(), mJourneyId);
    BlueprintLayout::Delta all;
    all.full = true;
    syncItems(all);
}

void BlueprintScene::placeCard(const BlueprintLayout::CardBox &box) {
    if (CardItem *item = mCards.value(box.id)) {
        item->setBox(box);
    } else {
        item = new CardItem(this, box);
        addItem(item);
        mCards.insert(box.id, item);
    }
}

// Tells the items what `delta` changed in the layout: only cards whose
// rectangle changed are moved in the scene's index, only changed cards are
// repainted.
void BlueprintScene::syncItems(const BlueprintLayout::Delta &delta) {
    mGrid->setBounds(mLayout.bounds);
    mConnections->setBounds(mLayout.bounds);
    mConnectionLabels->setBounds(mLayout.bounds);
    if (delta.full) {
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
        update();
    } else {
        for (const QString &id : delta.removed)
            delete mCards.take(id);
        for (const QString &id : delta.cards)
            if (const BlueprintLayout::CardBox *box = mLayout.card(id)) {
                placeCard(*box);
                mCards.value(id)->update(); // a field it shows may have changed
            }
        for (size_t i = delta.shiftedFrom; i < mLayout.cards.size(); ++i)
            placeCard(mLayout.cards[i]);
        if (delta.grid)
            mGrid->update();
        if (delta.connections) {
            mConnections->update();
            mConnectionLabels->update();
        }
    }
    setSceneRect(mLayout.bounds.adjusted(-24, -24, 24, 24));
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
    // Edits in other journeys, comments, personas and versions change
    // nothing here; a card's text moves only what its new height pushes.
    const BlueprintLayout::Delta delta = mLayout.update(mDocument->workspace(), changes);
    if (delta.full)
        ++mFullLayouts;
    if (!delta.isEmpty())
        syncItems(delta);
}

} // namespace blauwdruk
