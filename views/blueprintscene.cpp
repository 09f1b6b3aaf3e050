#include "blueprintscene.h"

#include "blueprintpainter.h"
#include "cardgroupitem.h"
#include "carditem.h"
#include "document.h"
#include "plaintext.h"
#include "theme.h"

#include <QGraphicsItem>
#include <QGraphicsSceneHelpEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QToolTip>

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
        BlueprintPainter(Theme::canvas())
            .paintGrid(*painter, mScene->layout(), option->exposedRect);
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
        const BlueprintPainter blueprintPainter(Theme::canvas());
        // Only arrows that reach into the exposed part: a journey may hold thousands.
        for (const BlueprintLayout::ConnectionPath &path : mScene->layout().connections) {
            if (mLabels && !path.labelText.isEmpty() &&
                path.labelExtent().intersects(option->exposedRect))
                blueprintPainter.paintConnectionLabel(*painter, path);
            else if (!mLabels && path.points.boundingRect()
                                     .adjusted(-12, -12, 12, 12)
                                     .intersects(option->exposedRect))
                blueprintPainter.paintConnection(*painter, path);
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
    // No index: cards sit in groups per lane and block of columns, which
    // the scene skips whole when they are out of view, and a lane that moves
    // is one item to move, not thousands to take out of an index and put back.
    setItemIndexMethod(QGraphicsScene::NoIndex);
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
    // Another theme may bring another text size: measure everything again.
    connect(Theme::instance(), &Theme::changed, this, &BlueprintScene::layOutAll);
    layOutAll();
}

void BlueprintScene::relayout() {
    for (CardItem *item : std::as_const(mCards))
        if (item->pos() != QPointF())
            item->setPos(0, 0);
}

void BlueprintScene::layOutAll() {
    ++mFullLayouts;
    mLayout = BlueprintLayout::compute(mDocument->workspace(), mJourneyId, Theme::canvas());
    BlueprintLayout::Delta all;
    all.full = true;
    syncItems(all);
}

// Cards are held by groups of kBlock columns within their lane.
constexpr int kBlock = 16;

// Where a group's cards may lie, in its coordinates: the lane as it was
// when the group was made, with room for the cards' outlines.
static QRectF groupRect(const BlueprintLayout::LaneBox &lane, qreal origin, qreal left,
                        qreal right) {
    return QRectF(left, origin, right - left, lane.band.height()).adjusted(-8, -8, 8, 8);
}

// New groups and card items for the whole layout. Only structural changes
// come here, so simple beats clever; the selection stays.
void BlueprintScene::rebuildItems() {
    QStringList selected;
    for (auto it = mCards.cbegin(); it != mCards.cend(); ++it)
        if (it.value()->isSelected())
            selected << it.key();
    mCards.clear();
    qDeleteAll(mLaneGroups); // their cards with them
    mLaneGroups.clear();
    mBlocks.clear();
    mLaneOrigin.clear();
    const BlueprintStyle &style = Theme::canvas();
    const int blocks = std::max<int>(1, (int(mLayout.steps.size()) + kBlock - 1) / kBlock);
    for (const BlueprintLayout::LaneBox &lane : mLayout.lanes) {
        auto *group = new CardGroupItem;
        addItem(group);
        group->setRect(groupRect(lane, lane.band.top(), lane.band.left(), lane.band.right()));
        std::vector<CardGroupItem *> row;
        for (int b = 0; b < blocks; ++b) {
            auto *block = new CardGroupItem(group);
            const qreal left = style.laneHeaderWidth + b * kBlock * style.columnWidth;
            block->setRect(
                groupRect(lane, lane.band.top(), left, left + kBlock * style.columnWidth));
            row.push_back(block);
        }
        mLaneGroups.push_back(group);
        mBlocks.push_back(std::move(row));
        mLaneOrigin.push_back(lane.band.top());
    }
    for (const BlueprintLayout::CardBox &box : mLayout.cards)
        placeCard(box);
    for (const QString &id : selected)
        if (CardItem *item = mCards.value(id))
            item->setSelected(true);
}

// A lane's group follows its lane's top and height.
void BlueprintScene::placeLanes() {
    const BlueprintStyle &style = Theme::canvas();
    for (size_t row = 0; row < mLaneGroups.size() && row < mLayout.lanes.size(); ++row) {
        const BlueprintLayout::LaneBox &lane = mLayout.lanes[row];
        const QPointF pos(0, lane.band.top() - mLaneOrigin[row]);
        if (mLaneGroups[row]->pos() != pos)
            mLaneGroups[row]->setPos(pos);
        const qreal origin = mLaneOrigin[row];
        mLaneGroups[row]->setRect(groupRect(lane, origin, lane.band.left(), lane.band.right()));
        for (size_t b = 0; b < mBlocks[row].size(); ++b) {
            const qreal left = style.laneHeaderWidth + qreal(b) * kBlock * style.columnWidth;
            mBlocks[row][b]->setRect(
                groupRect(lane, origin, left, left + kBlock * style.columnWidth));
        }
    }
}

void BlueprintScene::placeCard(const BlueprintLayout::CardBox &box) {
    const int row = mLayout.rowOf(box.laneId);
    const int column = mLayout.columnOf(box.stepId);
    CardGroupItem *block = row < 0 || column < 0 || size_t(row) >= mBlocks.size()
                               ? nullptr
                               : mBlocks[size_t(row)][size_t(column / kBlock)];
    CardItem *item = mCards.value(box.id);
    if (!item) {
        item = new CardItem(this, box);
        mCards.insert(box.id, item);
    }
    if (item->parentItem() != block)
        item->setParentItem(block);
    if (!item->scene())
        addItem(item);
    item->setBox(box);
}

// Tells the items what `delta` changed in the layout: lanes below a card
// that grew move as whole groups; only cards whose rectangle changed are
// moved in the scene; only changed cards are repainted.
void BlueprintScene::syncItems(const BlueprintLayout::Delta &delta) {
    mGrid->setBounds(mLayout.bounds);
    mConnections->setBounds(mLayout.bounds);
    mConnectionLabels->setBounds(mLayout.bounds);
    if (delta.full) {
        rebuildItems();
        update();
    } else {
        if (delta.grid)
            placeLanes();
        for (const QString &id : delta.removed)
            delete mCards.take(id);
        for (const QString &id : delta.cards)
            if (const BlueprintLayout::CardBox *box = mLayout.card(id)) {
                placeCard(*box);
                mCards.value(id)->update(); // a field it shows may have changed
            }
        // A lane moved or grew. The view repaints all of itself anyway (its
        // pinned headers need that), and a whole-scene update spares the
        // scene working out the old and new place of every card that moved
        // with its lane: it only resets their flags.
        if (delta.grid)
            update();
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

void BlueprintScene::setCardVotesHidden(bool hidden) {
    if (hidden == mCardVotesHidden)
        return;
    mCardVotesHidden = hidden;
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

void BlueprintScene::helpEvent(QGraphicsSceneHelpEvent *event) {
    const QPointF at = event->scenePos();
    const bool onCard = std::any_of(mLayout.cards.begin(), mLayout.cards.end(),
                                    [&](const auto &box) { return box.rect.contains(at); });
    const BlueprintLayout::ConnectionPath *path = onCard ? nullptr : mLayout.connectionAt(at, 4);
    if (!path || path->label.trimmed().isEmpty()) {
        QGraphicsScene::helpEvent(event);
        return;
    }
    QToolTip::showText(event->screenPos(), PlainText::toolTip(path->label.simplified()),
                       event->widget());
    event->accept();
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
