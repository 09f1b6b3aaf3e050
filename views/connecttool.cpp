#include "connecttool.h"

#include "blueprintscene.h"
#include "blueprintstyle.h"
#include "blueprintview.h"
#include "carditem.h"
#include "edits.h"
#include "theme.h"

#include <QMouseEvent>
#include <QPainter>

namespace blauwdruk {

bool ConnectTool::press(QMouseEvent *event) {
    mFrom = view()->handleAt(viewPos(event));
    mPoint = scenePos(event);
    if (!mFrom.isEmpty() && refusedReadOnly())
        mFrom.clear();
    return !mFrom.isEmpty();
}

void ConnectTool::move(QMouseEvent *event) {
    mPoint = scenePos(event);
    view()->viewport()->update();
}

void ConnectTool::release(QMouseEvent *event) {
    const QString from = mFrom;
    mFrom.clear();
    const QString to = view()->cardAt(viewPos(event));
    if (!to.isEmpty() && to != from)
        Edits(*document()).addConnection(from, to);
    view()->viewport()->update();
}

void ConnectTool::cancel() {
    mFrom.clear();
    view()->viewport()->update();
}

void ConnectTool::paint(QPainter *painter) const {
    if (mFrom.isEmpty())
        return;
    const BlueprintLayout::CardBox *box = scene()->layout().card(mFrom);
    if (!box)
        return;
    painter->save();
    QPen pen(Theme::canvas().selection, 2, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLine(CardItem::handlePosition(box->rect), mPoint);
    painter->restore();
}

} // namespace blauwdruk
