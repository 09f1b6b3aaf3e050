#pragma once

#include <QGraphicsView>

namespace blauwdruk {

class BlueprintScene;

// The canvas widget: zoom around the cursor with Ctrl+wheel or keys, pan with
// the scroll bars, fit the blueprint to the window.
class BlueprintView : public QGraphicsView {
    Q_OBJECT
public:
    explicit BlueprintView(BlueprintScene *scene, QWidget *parent = nullptr);

    BlueprintScene *blueprintScene() const { return mScene; }
    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom, const QPointF &anchorInView = QPointF(-1, -1));
    void zoomIn();
    void zoomOut();
    void fitToView();

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    BlueprintScene *mScene;
};

} // namespace blauwdruk
