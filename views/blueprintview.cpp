#include "blueprintview.h"

#include "blueprintscene.h"

#include <QScrollBar>
#include <QWheelEvent>

namespace blauwdruk {

namespace {
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kStep = 1.2;
} // namespace

BlueprintView::BlueprintView(BlueprintScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , mScene(scene) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setBackgroundBrush(QColor(0xF7, 0xF7, 0xF5));
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFrameShape(QFrame::NoFrame);
}

void BlueprintView::setZoom(qreal zoom, const QPointF &anchorInView) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPointF anchor =
        anchorInView.x() < 0 ? QPointF(viewport()->rect().center()) : anchorInView;
    const QPointF sceneAnchor = mapToScene(anchor.toPoint());
    setTransform(QTransform::fromScale(zoom, zoom));
    // Keep the point under the cursor where it was.
    const QPointF moved = mapFromScene(sceneAnchor);
    const QPointF delta = moved - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(delta.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(delta.y()));
}

void BlueprintView::zoomIn() {
    setZoom(zoom() * kStep);
}

void BlueprintView::zoomOut() {
    setZoom(zoom() / kStep);
}

void BlueprintView::fitToView() {
    fitInView(mScene->layout().bounds, Qt::KeepAspectRatio);
    setZoom(zoom());
}

void BlueprintView::wheelEvent(QWheelEvent *event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal factor = event->angleDelta().y() > 0 ? kStep : 1 / kStep;
        setZoom(zoom() * factor, event->position());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace blauwdruk
