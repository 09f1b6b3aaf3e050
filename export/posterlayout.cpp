#include "posterlayout.h"

#include "papersize.h"

#include <cmath>

#include <QCoreApplication>

namespace blauwdruk {

namespace {

// How many tiles of `area` mm, each sharing `overlap` mm with the next, cover `length` mm.
int tileCount(qreal length, qreal area, qreal overlap) {
    // A hair of tolerance: a poster that fits exactly must not get an extra
    // column for a rounding error.
    return std::max(1, int(std::ceil((length - overlap) / (area - overlap) - 1e-9)));
}

} // namespace

QString PosterLayout::columnName(int column) {
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar('A' + (n - 1) % 26));
    return name;
}

std::vector<const Journey *> PosterLayout::journeys(const Workspace &workspace,
                                                    const ExportOptions &options, bool single,
                                                    QString *error) {
    if (!options.journey.isEmpty()) {
        if (const Journey *journey = workspace.find<Journey>(options.journey))
            return {journey};
        *error = QCoreApplication::translate("Export", "has no journey with id %1")
                     .arg(options.journey.left(80));
        return {};
    }
    std::vector<const Journey *> all = workspace.orderedJourneys();
    if (all.empty())
        *error = QCoreApplication::translate("Export", "has no journey to export");
    else if (single && all.size() > 1) {
        *error = QCoreApplication::translate(
                     "Export", "has %1 journeys; this format holds one: choose a journey")
                     .arg(all.size());
        all.clear();
    } else if (single)
        all.resize(1);
    return all;
}

std::optional<PosterLayout> PosterLayout::compute(const QSizeF &picture,
                                                  const ExportOptions &options, QString *error) {
    if (picture.width() <= 0 || picture.height() <= 0) {
        *error = QCoreApplication::translate("Export", "there is nothing to draw");
        return std::nullopt;
    }
    const std::optional<QPageSize> paper = PaperSize::parse(options.paper, error);
    if (!paper)
        return std::nullopt;
    PosterLayout layout;
    layout.paper = *paper;
    layout.landscape = options.landscape;
    layout.posterMm = PaperSize::millimetres(*paper, options.landscape);

    const qreal margin = options.marginMm;
    const qreal shorter = std::min(layout.posterMm.width(), layout.posterMm.height());
    if (!(margin >= 0 && margin <= shorter / 4)) {
        *error = QCoreApplication::translate(
                     "Export", "a margin of %1 mm does not fit the paper (0 to %2 mm)")
                     .arg(margin)
                     .arg(shorter / 4);
        return std::nullopt;
    }
    // Fitted, keeping the aspect, centred: the same picture whatever the paper.
    const QSizeF room = layout.posterMm - QSizeF(2 * margin, 2 * margin);
    layout.scale = std::min(room.width() / picture.width(), room.height() / picture.height());
    const QSizeF size = picture * layout.scale;
    layout.pictureMm = QRectF(QPointF(margin + (room.width() - size.width()) / 2,
                                      margin + (room.height() - size.height()) / 2),
                              size);
    if (options.tilePaper.isEmpty())
        return layout;

    const std::optional<QPageSize> tilePaper = PaperSize::parse(options.tilePaper, error);
    if (!tilePaper)
        return std::nullopt;
    layout.tilePaper = *tilePaper;
    layout.overlapMm = options.overlapMm;
    const QSizeF portrait = PaperSize::millimetres(*tilePaper, false);
    const QSizeF portraitArea = portrait - QSizeF(2 * kTileMarginMm, 2 * kTileMarginMm);
    const qreal areaShorter = std::min(portraitArea.width(), portraitArea.height());
    if (!(layout.overlapMm >= 0 && layout.overlapMm <= areaShorter / 2)) {
        *error = QCoreApplication::translate(
                     "Export", "an overlap of %1 mm does not fit the tile paper (0 to %2 mm)")
                     .arg(layout.overlapMm)
                     .arg(areaShorter / 2);
        return std::nullopt;
    }
    // Portrait or landscape tiles, whichever prints fewer pages (portrait on a tie).
    auto grid = [&](const QSizeF &area) {
        return std::pair(tileCount(layout.posterMm.width(), area.width(), layout.overlapMm),
                         tileCount(layout.posterMm.height(), area.height(), layout.overlapMm));
    };
    const auto [portraitColumns, portraitRows] = grid(portraitArea);
    const auto [landscapeColumns, landscapeRows] = grid(portraitArea.transposed());
    layout.tileLandscape = landscapeColumns * landscapeRows < portraitColumns * portraitRows;
    layout.tileMm = layout.tileLandscape ? portrait.transposed() : portrait;
    const QSizeF area = layout.tileLandscape ? portraitArea.transposed() : portraitArea;
    layout.tileArea = QRectF(QPointF(kTileMarginMm, kTileMarginMm), area);
    layout.columns = layout.tileLandscape ? landscapeColumns : portraitColumns;
    layout.rows = layout.tileLandscape ? landscapeRows : portraitRows;

    const int total = layout.columns * layout.rows;
    const QSizeF step = area - QSizeF(layout.overlapMm, layout.overlapMm);
    for (int row = 0; row < layout.rows; ++row) {
        for (int column = 0; column < layout.columns; ++column) {
            Tile tile;
            tile.column = column;
            tile.row = row;
            tile.source = QRectF(QPointF(column * step.width(), row * step.height()), area);
            tile.right = column + 1 < layout.columns;
            tile.below = row + 1 < layout.rows;
            tile.label = QStringLiteral("%1%2, page %3 of %4")
                             .arg(columnName(column))
                             .arg(row + 1)
                             .arg(layout.tiles.size() + 1)
                             .arg(total);
            layout.tiles.push_back(tile);
        }
    }
    return layout;
}

} // namespace blauwdruk
