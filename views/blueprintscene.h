#pragma once

#include "blueprintlayout.h"
#include "change.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

namespace blauwdruk {

class CardItem;
class Document;

// The canvas content of one journey: a grid item painting lanes, headers and
// lines, one CardItem per card and the connections, all placed from one
// BlueprintLayout. Follows the document's change events: the layout updates
// what a change touches, and only the items that moved or changed are told.
class BlueprintScene : public QGraphicsScene {
    Q_OBJECT
public:
    BlueprintScene(Document *document, const QString &journeyId, QObject *parent = nullptr);

    Document *document() const { return mDocument; }
    QString journeyId() const { return mJourneyId; }
    const BlueprintLayout &layout() const { return mLayout; }
    CardItem *cardItem(const QString &id) const { return mCards.value(id); }

    // Puts every card back where the layout has it (after a drag). The scene
    // follows each change event as it comes, so nothing is laid out again.
    void relayout();
    // How often the whole journey was laid out (once at the start, then for
    // structural changes only): for tests and the benchmark.
    int fullLayouts() const { return mFullLayouts; }

    // Find: the cards whose title, text, owner or tags contain `text`
    // (ignoring case) are highlighted; returns them in reading order.
    QStringList find(const QString &text);
    // Filter: cards that do not pass are dimmed; an empty filter shows all.
    // Filters read "kind:pain_point", "owner:ICT" or "tag:B1".
    void setFilter(const QString &filter);
    bool isHighlighted(const QString &cardId) const { return mHighlighted.contains(cardId); }
    bool isDimmed(const QString &cardId) const;
    // Session mode counts votes in rounds, hidden until revealed: the cards'
    // own vote counts (the Inspector's field) stay off the canvas meanwhile.
    void setCardVotesHidden(bool hidden);
    bool areCardVotesHidden() const { return mCardVotesHidden; }

protected:
    // An arrow's tooltip is its whole label: a label cut short or left out
    // for want of room can still be read.
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void onChanged(const blauwdruk::Changes &changes);
    void layOutAll();
    void syncItems(const BlueprintLayout::Delta &delta);
    void placeCard(const BlueprintLayout::CardBox &box);
    void rebuildItems();
    void placeLanes();

    Document *mDocument;
    QString mJourneyId;
    bool mCardVotesHidden = false;
    BlueprintLayout mLayout;
    class GridItem *mGrid = nullptr;
    class ConnectionsItem *mConnections = nullptr;
    class ConnectionsItem *mConnectionLabels = nullptr;
    QHash<QString, CardItem *> mCards;
    std::vector<class CardGroupItem *> mLaneGroups;          // one per lane, in order
    std::vector<std::vector<class CardGroupItem *>> mBlocks; // per lane: per block of columns
    std::vector<qreal> mLaneOrigin;                          // a lane's top when its group was made

    QSet<QString> mHighlighted;
    QString mFilter;
    int mFullLayouts = 0;
};

} // namespace blauwdruk
