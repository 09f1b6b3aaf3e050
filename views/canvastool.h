#pragma once

#include <QPoint>
#include <QPointF>
#include <QString>

class QMouseEvent;
class QPainter;

namespace blauwdruk {

class BlueprintScene;
class BlueprintView;
class Document;

// One mouse gesture on the canvas (DESIGN.md, "The canvas"): selecting,
// moving cards, connecting, reordering headers, dragging an emotion point,
// editing in place. The view offers each left-button press (and each
// double-click) to its tools in turn; the first that takes it gets the moves
// and the release, and keeps the gesture's state until then. A new gesture
// is a new tool, never another flag in the view.
class CanvasTool {
public:
    explicit CanvasTool(BlueprintView *view);
    virtual ~CanvasTool();
    CanvasTool(const CanvasTool &) = delete;
    CanvasTool &operator=(const CanvasTool &) = delete;

    // A left-button press: true when this tool takes the gesture.
    virtual bool press(QMouseEvent *event) = 0;
    virtual void move(QMouseEvent *) {}
    virtual void release(QMouseEvent *) {}
    // A left-button double-click: true when this tool handled it.
    virtual bool doubleClick(QMouseEvent *) { return false; }
    // Escape, or the view lost the focus: the gesture stops where it is;
    // what a tool only shows (a dragged card, a band) is not applied.
    virtual void cancel() {}
    // The gesture's feedback over the scene, in scene coordinates.
    virtual void paint(QPainter *) const {}

protected:
    BlueprintView *view() const { return mView; }
    BlueprintScene *scene() const;
    Document *document() const;
    static QPoint viewPos(const QMouseEvent *event);
    QPointF scenePos(const QMouseEvent *event) const;
    // Far enough from where the button went down to be a drag, on screen.
    static bool isDrag(const QPoint &from, const QPoint &to);
    // A new id for every gesture: it goes into the undo merge key, so one
    // gesture is one undo step and two gestures are two.
    static QString newGestureId();
    // True, after saying why in the status bar, when the document is open
    // read-only: a tool that would change it does not start.
    bool refusedReadOnly() const;
    // The same when a work session locks the journey's stages, steps and
    // lanes (SessionRules::isStructureLocked).
    bool refusedStructureLocked() const;
    // A sentence for the window's status bar.
    void tell(const QString &text) const;

private:
    BlueprintView *mView;
};

} // namespace blauwdruk
