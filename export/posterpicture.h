#pragma once

#include "blueprintlayout.h"
#include "exporter.h"
#include "titleblock.h"

#include <optional>

namespace blauwdruk {

// What SVG and PNG draw: one journey's blueprint under its title block, and
// the rectangle of the whole, in scene units.
struct PosterPicture {
    const Journey *journey;
    BlueprintLayout layout;
    TitleBlock titleBlock;
    QRectF rect;

    // The chosen journey (or the only one); nothing, with `error`, otherwise.
    static std::optional<PosterPicture> of(const Workspace &workspace, const ExportOptions &options,
                                           QString *error);
};

} // namespace blauwdruk
