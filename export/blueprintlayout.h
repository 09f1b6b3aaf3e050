#pragma once

#include "blueprintstyle.h"
#include "workspace.h"

#include <QHash>
#include <QPolygonF>
#include <QRectF>
#include <QStringList>

#include <vector>

namespace blauwdruk {

// Where everything of one journey's blueprint goes: stage and step headers,
// lanes, cells, cards (with their wrapped title lines), the three lines,
// connections and the emotion curve. Computed once per change, headless, and
// shared by the canvas and the exporters so they draw the same picture.
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
    };

    static BlueprintLayout compute(const Workspace &workspace, const QString &journeyId,
                                   const BlueprintStyle &style = BlueprintStyle::standard());

    QRectF bounds;
    qreal headerHeight = 0; // stage + step headers
    std::vector<StageBox> stages;
    std::vector<StepBox> steps;
    std::vector<LaneBox> lanes;
    std::vector<LineMark> lines;
    std::vector<CardBox> cards;
    std::vector<ConnectionPath> connections;
    QPolygonF emotionCurve; // empty when the journey has no emotion lane; one point per step
    QRectF emotionBand;
    qreal emotionTop = 0;  // y of +2
    qreal emotionSpan = 0; // from +2 down to -2

    // The step whose emotion point lies within `reach` of a point, or empty.
    QString emotionPointAt(const QPointF &point, qreal reach) const;
    // The emotion (-2..+2) a point at height y stands for, clamped.
    int emotionAtY(qreal y) const;

    const CardBox *card(const QString &id) const;
    // The cell (step, lane) at a point, or empty ids.
    std::pair<QString, QString> cellAt(const QPointF &point) const;

private:
    QHash<QString, size_t> mCardIndex;
};

} // namespace blauwdruk
