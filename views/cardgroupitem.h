#pragma once

#include <QGraphicsItem>

namespace blauwdruk {

// Holds cards on the canvas without drawing anything: one per lane, and in
// it one per block of columns. A lane whose top moves (a card above it grew)
// moves as one item, its cards with it, instead of each card being moved in
// the scene; and painting skips whole groups outside the view.
class CardGroupItem : public QGraphicsItem {
public:
    explicit CardGroupItem(QGraphicsItem *parent = nullptr);

    // Where its cards can be, in its own coordinates.
    void setRect(const QRectF &rect);
    // A card of it is being dragged: the group rises above the other lanes
    // and the connection labels, and may hold the card anywhere.
    void setRaised(bool raised);

    QRectF boundingRect() const override;
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

private:
    QRectF mRect;
    bool mRaised = false;
    qreal mZ = 0;
};

} // namespace blauwdruk
