#pragma once

#include "change.h"

#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace blauwdruk {

class BlueprintLayout;
class Workspace;

// The canvas's comment markers: a small speech bubble with the number of
// open threads on a card's top-right corner and in a step header. Drawn
// over the scene by the view (never in exports); the step headers' markers
// stay with the headers pinned at the top while the canvas scrolls.
class CommentMarkers {
public:
    struct Marker {
        QString target;
        QString thread; // the oldest open thread, which a click shows
        int count = 0;
        QRectF rect; // where it is drawn, in scene coordinates
        bool onHeader = false;
    };

    // `visible` is the part of the scene in view (for the pinned headers).
    CommentMarkers(const Workspace &workspace, const BlueprintLayout &layout,
                   const QString &journey, const QRectF &visible);

    const std::vector<Marker> &markers() const { return mMarkers; }
    // The markers on cards go under the pinned headers, those on step
    // headers over them.
    void paintOnCards(QPainter &painter) const;
    void paintOnHeaders(QPainter &painter) const;
    // The marker at a scene point, or null.
    const Marker *at(const QPointF &scenePos) const;
    // Whether a change can add, remove or move a marker.
    static bool affects(const Changes &changes);

private:
    void paint(QPainter &painter, bool onHeaders) const;
    bool underPinnedHeaders(const QPointF &scenePos) const;

    std::vector<Marker> mMarkers;
    QRectF mVisible;
    qreal mHeaderHeight = 0;
};

} // namespace blauwdruk
