#include "carditem.h"
#include "plaintext.h"

#include "blueprintpainter.h"
#include "blueprintscene.h"
#include "cardgroupitem.h"
#include "document.h"
#include "theme.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace blauwdruk {

CardItem::CardItem(BlueprintScene *scene, const BlueprintLayout::CardBox &box)
    : mScene(scene)
    , mBox(box) {
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
    setZValue(2);
    updateToolTip();
}

// The whole title, also where the card shows it cut: from the card itself,
// not from the lines the layout wrapped and elided.
void CardItem::updateToolTip() {
    const Card *card = mScene->document()->workspace().find<Card>(mBox.id);
    const QString title = card ? card->title : QString();
    if (title != mTitle) {
        mTitle = title;
        setToolTip(PlainText::toolTip(title));
    }
}

void CardItem::setBox(const BlueprintLayout::CardBox &sceneBox) {
    BlueprintLayout::CardBox box = sceneBox;
    if (const QGraphicsItem *group = parentItem())
        box.rect.translate(-group->scenePos());
    // Most cards stay put on an edit; moving them in the scene is what
    // makes an update slow, so only touch those that changed.
    const bool newText = box.titleLines != mBox.titleLines;
    if (box.rect != mBox.rect) {
        prepareGeometryChange();
        mBox = box;
    } else if (newText || box.footer != mBox.footer) {
        mBox = box;
        update();
    } else {
        mBox = box;
    }
    updateToolTip();
}

QVariant CardItem::itemChange(GraphicsItemChange change, const QVariant &value) {
    // The view raises a card it drags (z 10): its groups rise with it, so it
    // passes over the other lanes and is drawn wherever it is.
    if (change == ItemZValueHasChanged)
        if (auto *group = dynamic_cast<CardGroupItem *>(parentItem()))
            group->setRaised(value.toReal() > 2);
    return QGraphicsObject::itemChange(change, value);
}

QRectF CardItem::boundingRect() const {
    return mBox.rect.adjusted(-7, -7, 7, 7); // room for the outline and the handle
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) {
    const Card *card = mScene->document()->workspace().find<Card>(mBox.id);
    if (!card)
        return;
    // Below ~40 % a card's text is unreadable anyway: draw a block, fast.
    const qreal scale = option->levelOfDetailFromTransform(painter->worldTransform());
    BlueprintPainter::CardState state;
    state.selected = isSelected();
    state.focused = hasFocus();
    state.highlighted = mScene->isHighlighted(mBox.id);
    state.dimmed = mScene->isDimmed(mBox.id);
    state.votesHidden = mScene->areCardVotesHidden();
    BlueprintPainter(Theme::canvas()).paintCard(*painter, mBox, *card, state, scale < 0.4);
    if (state.selected) { // the handle to drag a connection from
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(Theme::canvas().background, 1.5));
        painter->setBrush(Theme::canvas().selection);
        painter->drawEllipse(handlePosition(mBox.rect), 6, 6);
        painter->restore();
    }
}

} // namespace blauwdruk
