#pragma once

#include "canvastool.h"

#include <QStringList>

namespace blauwdruk {

// A press on a card: selects it (Ctrl toggles it in the selection), and a
// drag carries the selected cards to another cell. The cards follow the
// mouse; the model changes once, on release, as one undo step. A click on
// one of several selected cards, without dragging, selects only that one.
class MoveCardsTool : public CanvasTool {
public:
    using CanvasTool::CanvasTool;

    bool press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void release(QMouseEvent *event) override;
    void cancel() override;

private:
    // Where in the target cell the cards go: before the first card (not
    // being moved) whose middle is below the drop point.
    int dropIndex(const QString &step, const QString &lane, qreal sceneY) const;
    void putBack();

    QString mCard;
    QStringList mMoving;
    QPoint mPressView;
    QPointF mPressScene;
    bool mDragging = false;
    bool mToggled = false;
};

} // namespace blauwdruk
