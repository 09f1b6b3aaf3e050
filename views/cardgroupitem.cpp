#include "cardgroupitem.h"

namespace blauwdruk {

CardGroupItem::CardGroupItem(QGraphicsItem *parent)
    : QGraphicsItem(parent) {
    // Promises that every card lies within the group: the scene then skips
    // a group outside the exposed area without looking at its cards. (The
    // item must have contents for that test, hence no ItemHasNoContents.)
    setFlag(ItemContainsChildrenInShape);
    mZ = parent ? 0 : 2;
    setZValue(mZ);
}

void CardGroupItem::setRect(const QRectF &rect) {
    if (rect == mRect)
        return;
    prepareGeometryChange();
    mRect = rect;
}

void CardGroupItem::setRaised(bool raised) {
    if (raised == mRaised)
        return;
    prepareGeometryChange();
    mRaised = raised;
    setZValue(raised ? 10 : mZ);
    if (auto *group = dynamic_cast<CardGroupItem *>(parentItem()))
        group->setRaised(raised);
}

QRectF CardGroupItem::boundingRect() const {
    // A dragged card may go anywhere; a lane that holds one covers everything.
    return mRaised ? QRectF(-1e6, -1e6, 2e6, 2e6) : mRect;
}

} // namespace blauwdruk
