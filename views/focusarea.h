#pragma once

#include <QRectF>
#include <QString>

#include <utility>
#include <vector>

class QPainter;

namespace blauwdruk {

class BlueprintLayout;

// The part of a journey a work session talks about now: one stage, one step
// (a column) or one lane (a row). It is a view state, never stored: the
// canvas dims the rest (paint) and keeps its current cell inside (cellWithin);
// other tools ask for the cells inside, in reading order (cells).
class FocusArea {
public:
    enum class Kind { None, Stage, Step, Lane };

    FocusArea() = default;
    FocusArea(Kind kind, const QString &id)
        : mKind(kind)
        , mId(id) {}

    Kind kind() const { return mKind; }
    QString id() const { return mId; }
    bool isNone() const { return mKind == Kind::None; }
    bool operator==(const FocusArea &other) const = default;

    // The area on the canvas, headers included; empty when it is gone.
    QRectF rect(const BlueprintLayout &layout) const;
    // The next (delta 1) or previous (-1) area of the same kind along the
    // journey; itself at either end.
    FocusArea moved(const BlueprintLayout &layout, int delta) const;
    // The steps of the area, left to right (every step for a lane).
    std::vector<QString> steps(const BlueprintLayout &layout) const;
    // Every (step, lane) cell of the area, column by column, top to bottom.
    std::vector<std::pair<QString, QString>> cells(const BlueprintLayout &layout) const;
    // A lane the room writes cards into while working on a step or stage:
    // not the emotion curve, not the parking lot.
    static bool isWorkLane(const QString &kind);
    // The cell itself when it lies inside, else the nearest inside: the same
    // lane in the area's first step, or the same step in the area's lane.
    // A step or stage keeps the cell in a work lane (isWorkLane).
    std::pair<QString, QString> cellWithin(const BlueprintLayout &layout, const QString &step,
                                           const QString &lane) const;
    // Dims what lies outside the area, over `visible` (scene coordinates).
    void paint(QPainter &painter, const BlueprintLayout &layout, const QRectF &visible) const;
    // Dims the headers pinned to the view's top and left edges (drawn over
    // the canvas once it scrolls) but for the area's own.
    void paintPinned(QPainter &painter, const BlueprintLayout &layout, const QRectF &visible,
                     qreal laneHeaderWidth) const;

private:
    Kind mKind = Kind::None;
    QString mId;
};

} // namespace blauwdruk
