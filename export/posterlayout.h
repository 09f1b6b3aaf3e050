#pragma once

#include "exporter.h"

#include <QPageSize>
#include <QRectF>

#include <optional>
#include <vector>

namespace blauwdruk {

// Where a picture goes on paper, computed without painting so it can be
// tested: fitted on one poster page, or that poster cut into tiles of a
// smaller paper (with overlap, room for crop marks and a label on each tile)
// for an office printer. All lengths are millimetres; the picture's size is
// in scene units.
class PosterLayout {
public:
    // The unprinted border of every tile: office printers cannot print to
    // the edge, and the crop marks and the label live there.
    static constexpr qreal kTileMarginMm = 10;

    struct Tile {
        int column = 0;     // 0-based; "A" in the label
        int row = 0;        // 0-based; "1" in the label
        QRectF source;      // the part of the poster on this tile, poster mm
        QString label;      // "B2, page 5 of 12"
        bool right = false; // a neighbour overlaps on the right
        bool below = false; // a neighbour overlaps below
    };

    // Nothing, with `error` set, when the paper, margins or overlap make no sense.
    static std::optional<PosterLayout> compute(const QSizeF &picture, const ExportOptions &options,
                                               QString *error);
    // "A", "B", ... "Z", "AA": spreadsheet style, so any width has names.
    static QString columnName(int column);
    // The journeys a poster export draws, in order: the chosen one, or every
    // journey when none is chosen and `single` is false. Empty with `error` set.
    static std::vector<const Journey *>
    journeys(const Workspace &workspace, const ExportOptions &options, bool single, QString *error);

    QPageSize paper;
    bool landscape = true;
    QSizeF posterMm;  // the poster page, orientation applied
    qreal scale = 1;  // mm per scene unit
    QRectF pictureMm; // where the picture lies on the poster (inside the margins)

    bool tiled() const { return !tiles.empty(); }
    int pageCount() const { return tiled() ? int(tiles.size()) : 1; }
    // Tile mode only.
    QPageSize tilePaper;
    bool tileLandscape = false; // whichever way needs fewer pages
    QSizeF tileMm;              // the tile page, orientation applied
    QRectF tileArea;            // the printed part of each tile page, tile mm
    qreal overlapMm = 0;
    int columns = 0;
    int rows = 0;
    std::vector<Tile> tiles; // row by row, left to right: the page order
};

} // namespace blauwdruk
