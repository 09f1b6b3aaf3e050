#include "posterpicture.h"

#include "posterlayout.h"

namespace blauwdruk {

std::optional<PosterPicture> PosterPicture::of(const Workspace &workspace,
                                               const ExportOptions &options, QString *error) {
    const std::vector<const Journey *> journeys =
        PosterLayout::journeys(workspace, options, true, error);
    if (journeys.empty())
        return std::nullopt;
    const Journey &journey = *journeys.front();
    BlueprintLayout layout = BlueprintLayout::compute(workspace, journey.id);
    const QRectF rect = TitleBlock::posterRect(layout);
    return PosterPicture{&journey, std::move(layout), TitleBlock(workspace, journey), rect};
}

} // namespace blauwdruk
