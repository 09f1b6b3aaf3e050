#pragma once

#include "blueprintstyle.h"
#include "change.h"
#include "workspace.h"

#include <QHash>
#include <QLineF>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QStringList>

#include <vector>

namespace blauwdruk {

// Where everything of one journey's blueprint goes: stage and step headers,
// lanes, cells, cards (with their wrapped title lines), the three lines,
// connections and the emotion curve. Computed once, headless, and shared by
// the canvas and the exporters so they draw the same picture; the canvas then
// follows the document's changes with update(), which re-measures and moves
// only what a change touches and gives exactly what compute() would.
class BlueprintLayout {
public:
    struct StageBox {
        QString id;
        QString title;
        QRectF rect;
        int index = 0;
    };
    struct StepBox {
        QString id;
        QString title;
        QRectF header;
        QRectF column; // the whole column below the header
        int emotion = 0;
        bool momentOfTruth = false;
    };
    struct LaneBox {
        QString id;
        QString kind;
        QString title;
        QRectF header;
        QRectF band; // the whole row right of the header
    };
    struct LineMark {
        QString kind; // interaction, visibility, internal_interaction
        qreal y = 0;
    };
    struct CardBox {
        QString id;
        QString stepId;
        QString laneId;
        QRectF rect;
        QStringList titleLines; // wrapped, the last one elided when cut
        QString footer;         // owner and votes, when set
    };
    struct ConnectionPath {
        QString id;
        QString kind;
        QString label;
        QPolygonF points; // orthogonal polyline, from source to target
        QString from;     // card ids
        QString to;
        // The label as shown (elided when room is short; empty when there is
        // no room near the arrow) and the box it is drawn in: on or beside
        // the arrow, clear of every card and every other text. A box on a
        // corridor off the arrow is tied to it by a leader, from the box's
        // edge to the arrow, down the gutter the arrow runs in.
        QString labelText;
        QRectF labelRect;
        QLineF labelLeader;
        // The label with its leader: what painting the label covers.
        QRectF labelExtent() const {
            return labelRect.united(QRectF(labelLeader.p1(), labelLeader.p2()).normalized());
        }
    };
    // The value written beside a step's point on the emotion curve.
    struct EmotionValue {
        QString stepId;
        QString text; // "+2", "−1", "0"
        QRectF rect;  // clear of cards; empty when there is no room beside the point
    };
    // What update() changed, so the canvas moves and repaints only that.
    struct Delta {
        bool full = false;        // laid out from scratch: anything may have changed
        bool grid = false;        // lanes, headers, lines, the curve or the bounds
        bool connections = false; // some connection paths
        QSet<QString> cards;      // cards placed, re-measured or to be repainted
        QSet<QString> removed;    // cards no longer on this blueprint
        // cards[shiftedFrom, cards.size()) moved with their lanes (nothing
        // when shiftedFrom is cards.size()).
        size_t shiftedFrom = SIZE_MAX;
        bool isEmpty() const {
            return !full && !grid && !connections && cards.isEmpty() && removed.isEmpty() &&
                   shiftedFrom == SIZE_MAX;
        }
    };

    // The one full path: everything measured and placed (exports use it).
    // A card's bottom line: its owner, its votes (unless left out) and a
    // wait point's duration.
    static QString footerOf(const Card &card, bool withVotes = true);

    static BlueprintLayout compute(const Workspace &workspace, const QString &journeyId,
                                   const BlueprintStyle &style = BlueprintStyle::standard());
    // Follows `changes` (already applied to `workspace`): a card's new text
    // re-wraps that card and moves what its new height pushes; card order in
    // a cell re-places that cell; changes elsewhere (other journeys,
    // comments, personas) change nothing. Structural changes (stages, steps
    // and lanes added, moved or removed) lay everything out again.
    Delta update(const Workspace &workspace, const Changes &changes);

    QRectF bounds;
    qreal headerHeight = 0; // stage + step headers
    std::vector<StageBox> stages;
    std::vector<StepBox> steps;
    std::vector<LaneBox> lanes;
    std::vector<LineMark> lines;
    std::vector<CardBox> cards;
    std::vector<ConnectionPath> connections;
    QPolygonF emotionCurve; // empty when the journey has no emotion lane; one point per step
    std::vector<EmotionValue> emotionValues; // one per point of the curve
    QRectF emotionBand;
    qreal emotionTop = 0;  // y of +2
    qreal emotionSpan = 0; // from +2 down to -2

    // The step whose emotion point lies within `reach` of a point, or empty.
    QString emotionPointAt(const QPointF &point, qreal reach) const;
    // The emotion (-2..+2) a point at height y stands for, clamped.
    int emotionAtY(qreal y) const;

    // The connection whose label box, or whose line within `reach`, lies at
    // a point (the last drawn wins), or none.
    const ConnectionPath *connectionAt(const QPointF &point, qreal reach) const;

    const CardBox *card(const QString &id) const;
    // A lane's row and a step's column, -1 when not on this blueprint.
    int rowOf(const QString &laneId) const { return mRow.value(laneId, -1); }
    int columnOf(const QString &stepId) const { return mColumn.value(stepId, -1); }
    // The cell (step, lane) at a point, or empty ids.
    std::pair<QString, QString> cellAt(const QPointF &point) const;

private:
    using Cell = std::pair<int, int>; // lane row, step column

    // A connection before routing: no path, no label placed.
    static ConnectionPath unrouted(const Connection &connection);
    CardBox measure(const Card &card) const;
    qreal placeCell(size_t begin, size_t end, const Cell &cell);
    qreal laneHeight(int row) const;
    std::pair<size_t, size_t> cellRange(const Cell &cell) const;
    Cell cellOf(const CardBox &box) const;
    void replaceCell(const Workspace &workspace, const Cell &cell, QSet<QString> &dropped,
                     Delta &delta);
    void resizeLane(int row, Delta &delta);
    void reindexFrom(size_t from);
    void placeEmotion();
    void placeEmotionValues(int row);
    void routeConnections();
    void placeLabels();
    bool apply(const Workspace &workspace, const Change &change, QSet<QString> &remeasure,
               QSet<Cell> &cells, Delta &delta);
    template <class T, class Box, class Copy>
    bool header(const Workspace &workspace, const Change &change, std::vector<Box> &boxes,
                std::initializer_list<const char *> structural, Delta &delta, Copy copy) const;

    const BlueprintStyle *mStyle = nullptr;
    QString mJourney;
    QFont mTitleFont; // the style's, with its metrics asked once
    qreal mTitleSpacing = 0;
    qreal mFooterSpacing = 0;
    qreal mTitleWidth = 0;
    QHash<QString, size_t> mCardIndex;
    QHash<QString, int> mColumn; // step id -> column
    QHash<QString, int> mRow;    // lane id -> row
    // Per lane, per column: the height a cell's cards ask of their lane (0: empty).
    std::vector<std::vector<qreal>> mCellHeight;
};

} // namespace blauwdruk
