#include "svgexporter.h"

#include "blueprintlayout.h"
#include "posterpicture.h"
#include "titleblock.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

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

namespace {

// QSvgGenerator escapes markup but passes control characters and U+FFFE/FFFF
// through, which no XML parser accepts. In UTF-8 their bytes never occur
// inside another character, so they can be replaced byte-wise with U+FFFD.
QByteArray withoutXmlForbidden(const QByteArray &svg) {
    QByteArray out;
    out.reserve(svg.size());
    for (qsizetype i = 0; i < svg.size(); ++i) {
        const auto byte = uchar(svg[i]);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
            out += "\xEF\xBF\xBD";
        } else if (byte == 0xEF && i + 2 < svg.size() && uchar(svg[i + 1]) == 0xBF &&
                   (uchar(svg[i + 2]) == 0xBE || uchar(svg[i + 2]) == 0xBF)) {
            out += "\xEF\xBF\xBD";
            i += 2;
        } else {
            out += char(byte);
        }
    }
    return out;
}

// Qt names only the first family and gives the size in millimetres, which
// renderers round differently; name the fallbacks too (the SVG should look
// like the canvas without Inter installed) and give the size in pixels.
QByteArray tidied(QByteArray svg, const QSize &size) {
    static const QRegularExpression header(
        QStringLiteral("<svg width=\"[^\"]*\" height=\"[^\"]*\""));
    const QString head = QString::fromUtf8(svg.left(400));
    const QRegularExpressionMatch match = header.match(head);
    if (match.hasMatch())
        svg.replace(match.capturedStart(), match.capturedLength(),
                    QStringLiteral("<svg width=\"%1\" height=\"%2\"")
                        .arg(size.width())
                        .arg(size.height())
                        .toUtf8());
    svg.replace("font-family=\"Inter\"",
                "font-family=\"Inter, &apos;DejaVu Sans&apos;, sans-serif\"");
    return svg;
}

// QSvgGenerator writes the title and description without escaping them.
QString escaped(const QString &text) {
    return text.toHtmlEscaped();
}

} // namespace

QByteArray SvgExporter::render(const Workspace &workspace, const ExportOptions &options,
                               QString *error) const {
    const std::optional<PosterPicture> poster = PosterPicture::of(workspace, options, error);
    if (!poster)
        return {};
    const BlueprintLayout &layout = poster->layout;
    const TitleBlock &titleBlock = poster->titleBlock;
    const QRectF picture = poster->rect;

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(96); // scene units are CSS pixels
    const QSize size(int(std::ceil(picture.width())), int(std::ceil(picture.height())));
    generator.setSize(size);
    generator.setViewBox(QRectF(QPointF(0, 0), picture.size()));
    generator.setTitle(escaped(titleBlock.journeyTitle));
    generator.setDescription(
        escaped(QStringLiteral("%1, %2 \u2014 %3")
                    .arg(titleBlock.journeyKind, titleBlock.persona, titleBlock.workspaceTitle)));
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = QStringLiteral("could not start drawing the SVG");
        return {};
    }
    painter.translate(-picture.topLeft());
    titleBlock.paintPoster(painter, layout, workspace);
    if (!painter.end()) {
        *error = QStringLiteral("could not finish the SVG");
        return {};
    }
    if (options.progress && !options.progress(1, 1)) {
        *error = QStringLiteral("cancelled");
        return {};
    }
    return tidied(withoutXmlForbidden(bytes), size);
}

} // namespace blauwdruk
