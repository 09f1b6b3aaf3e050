#include "selecttool.h"

#include "blueprintscene.h"
#include "blueprintstyle.h"
#include "blueprintview.h"
#include "carditem.h"
#include "theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace blauwdruk {

bool SelectTool::press(QMouseEvent *event) {
    mOrigin = viewPos(event);
    mBand = QRect();
    mBanding = false;
    mBanded.clear();
    const BlueprintView::Cell cell = view()->cellAt(scenePos(event));
    if (cell.isValid())
        view()->setCurrentCell(cell);
    if (event->modifiers() & Qt::ControlModifier) {
        const QStringList selected = view()->selectedCardIds();
        mKept = QSet<QString>(selected.begin(), selected.end());
    } else {
        mKept.clear();
        scene()->clearSelection();
    }
    return true;
}

void SelectTool::move(QMouseEvent *event) {
    if (!mBanding && !isDrag(mOrigin, viewPos(event)))
        return;
    mBanding = true;
    mBand = QRect(mOrigin, viewPos(event)).normalized();
    QPainterPath area;
    area.addPolygon(view()->mapToScene(mBand));
    QSet<QString> banded;
    for (QGraphicsItem *item : scene()->items(area, Qt::IntersectsItemShape))
        if (auto *card = dynamic_cast<CardItem *>(item))
            banded.insert(card->cardId());
    selectBanded(banded);
    view()->viewport()->update();
}

// Only the cards whose state changes are touched: a band over a large
// journey stays smooth.
void SelectTool::selectBanded(const QSet<QString> &banded) {
    for (const QString &id : std::as_const(mBanded))
        if (!banded.contains(id) && !mKept.contains(id))
            if (CardItem *item = scene()->cardItem(id))
                item->setSelected(false);
    for (const QString &id : banded)
        if (CardItem *item = scene()->cardItem(id))
            item->setSelected(true);
    mBanded = banded;
}

void SelectTool::release(QMouseEvent *) {
    mBanding = false;
    view()->viewport()->update();
}

void SelectTool::cancel() {
    if (mBanding)
        selectBanded({});
    mBanding = false;
    view()->viewport()->update();
}

void SelectTool::paint(QPainter *painter) const {
    if (!mBanding)
        return;
    painter->save();
    QColor fill = Theme::canvas().selection;
    fill.setAlpha(40);
    QPen pen(Theme::canvas().selection, 1);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawPolygon(view()->mapToScene(mBand));
    painter->restore();
}

} // namespace blauwdruk
