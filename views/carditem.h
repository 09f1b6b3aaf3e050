#pragma once

#include "blueprintlayout.h"

#include <QGraphicsObject>

namespace blauwdruk {

class BlueprintScene;

// A card on the canvas: a thin view of one model card, painted by
// BlueprintPainter from the layout's box. Keyed by the card's id.
class CardItem : public QGraphicsObject {
    Q_OBJECT
public:
    CardItem(BlueprintScene *scene, const BlueprintLayout::CardBox &box);

    QString cardId() const { return mBox.id; }
    // `box` in scene coordinates; the item keeps it in its group's.
    void setBox(const BlueprintLayout::CardBox &box);

    // Where the connection handle of a selected card sits.
    static QPointF handlePosition(const QRectF &cardRect) {
        return {cardRect.right(), cardRect.center().y()};
    }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateToolTip();

    BlueprintScene *mScene;
    BlueprintLayout::CardBox mBox;
    QString mTitle; // the one the tooltip shows
};

} // namespace blauwdruk
