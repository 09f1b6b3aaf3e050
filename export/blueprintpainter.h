#pragma once

#include "blueprintlayout.h"

class QPainter;

namespace blauwdruk {

// Draws a BlueprintLayout with QPainter: the same code paints the canvas,
// screenshots and (with the exports) SVG, PDF and PNG files.
class BlueprintPainter {
public:
    struct CardState {
        bool selected = false;
        bool focused = false;
        bool dimmed = false;
        bool highlighted = false; // a match of Find
        bool votesHidden = false; // the footer without the card's votes
    };

    explicit BlueprintPainter(const BlueprintStyle &style = BlueprintStyle::standard());

    // Lanes, cells, headers, the three lines and the emotion curve.
    void paintGrid(QPainter &painter, const BlueprintLayout &layout, const QRectF &exposed) const;
    // The stage and step headers, and the lane header column with the lines'
    // names: also drawn on their own, pinned to the view's edges.
    void paintColumnHeaders(QPainter &painter, const BlueprintLayout &layout) const;
    void paintLaneHeaders(QPainter &painter, const BlueprintLayout &layout) const;
    void paintCard(QPainter &painter, const BlueprintLayout::CardBox &box, const Card &card,
                   const CardState &state, bool simplified = false) const;
    void paintConnection(QPainter &painter, const BlueprintLayout::ConnectionPath &path) const;
    // A connection's label, drawn above the cards so none hides it.
    void paintConnectionLabel(QPainter &painter, const BlueprintLayout::ConnectionPath &path) const;
    // Everything, in order: for screenshots and exports. `simplified` draws
    // cards as coloured blocks without text or arrow labels, as the canvas
    // does far zoomed out: for a picture too small to read (a preview).
    void paintAll(QPainter &painter, const BlueprintLayout &layout, const Workspace &workspace,
                  bool simplified = false) const;

    static QString lineName(const QString &lineKind);
    // A kind's icon in `box` (also on the card being typed in quick capture).
    void paintKindIcon(QPainter &painter, const QRectF &box, const QString &kind) const;

private:
    const BlueprintStyle &mStyle;
};

} // namespace blauwdruk
