#include "svgexporter.h"

#include "blueprintlayout.h"
#include "posterpicture.h"
#include "titleblock.h"

#include "svgpaintdevice.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace blauwdruk {

ExportCapabilities SvgExporter::capabilities() const {
    return {
        .label =
            QT_TRANSLATE_NOOP("blauwdruk::ExportDialog", "SVG picture (for reports and editing)"),
        .content = ExportCapabilities::Content::Picture,
        .journeys = ExportCapabilities::Journeys::FileEach,
    };
}

bool SvgExporter::writeTo(QIODevice &out, const Workspace &workspace, const ExportOptions &options,
                          QString *error) const {
    const std::optional<PosterPicture> poster = PosterPicture::of(workspace, options, error);
    if (!poster)
        return false;
    const TitleBlock &titleBlock = poster->titleBlock;
    const QRectF picture = poster->rect;
    SvgPaintDevice device(
        &out, {.size = QSize(int(std::ceil(picture.width())), int(std::ceil(picture.height()))),
               .viewBox = picture.size(),
               .title = titleBlock.journeyTitle,
               .description =
                   QStringLiteral("%1, %2 \u2014 %3")
                       .arg(titleBlock.journeyKind, titleBlock.persona, titleBlock.workspaceTitle),
               .language = workspace.meta.language.isEmpty() ? QStringLiteral("nl")
                                                             : workspace.meta.language});
    QPainter painter;
    if (!painter.begin(&device)) {
        *error = QCoreApplication::translate("Export", "could not start drawing the SVG");
        return false;
    }
    painter.translate(-picture.topLeft());
    titleBlock.paintPoster(painter, poster->layout, workspace);
    if (!painter.end() || device.failed()) {
        *error = QCoreApplication::translate("Export", "could not be written");
        return false;
    }
    if (options.progress && !options.progress(1, 1)) {
        *error = QCoreApplication::translate("Export", "cancelled");
        return false;
    }
    return true;
}

} // namespace blauwdruk
