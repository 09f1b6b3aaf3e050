#include "pdfposterexporter.h"

#include "blueprintlayout.h"
#include "pdfpaintdevice.h"
#include "posterlayout.h"
#include "titleblock.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QXmlStreamWriter>

namespace blauwdruk {

ExportCapabilities PdfPosterExporter::capabilities() const {
    return {
        .label = QT_TRANSLATE_NOOP("blauwdruk::ExportDialog", "PDF poster"),
        .content = ExportCapabilities::Content::Picture,
        .journeys = ExportCapabilities::Journeys::PageEach,
        .paper = true,
        .personaSheets = true,
    };
}

namespace {

// One journey's share of the document.
struct Sheet {
    const Journey *journey = nullptr;
    BlueprintLayout blueprint;
    TitleBlock titleBlock;
    PosterLayout poster;
};

// XML 1.0 cannot carry control characters or U+FFFE/U+FFFF even escaped;
// a title may hold anything the user pasted.
QString xmlSafe(const QString &text) {
    QString safe = text;
    for (QChar &c : safe) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0xFFFE || u == 0xFFFF ||
            c.isSurrogate())
            c = QChar(QChar::ReplacementCharacter);
    }
    // Pairs were valid: put them back.
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            safe[i] = text[i];
            safe[i + 1] = text[i + 1];
            ++i;
        }
    return safe;
}

QPageLayout pageLayout(const QPageSize &size, bool landscape) {
    return QPageLayout(size, landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0));
}

// Draws the poster (title block and blueprint) with the painter in poster mm.
void paintPicture(QPainter &painter, const Sheet &sheet, const Workspace &workspace) {
    const QRectF picture = TitleBlock::posterRect(sheet.blueprint);
    painter.translate(sheet.poster.pictureMm.topLeft());
    painter.scale(sheet.poster.scale, sheet.poster.scale);
    painter.translate(-picture.topLeft());
    sheet.titleBlock.paintPoster(painter, sheet.blueprint, workspace);
}

// Crop marks at the corners of the printed area, ticks where the next tile's
// picture begins (the glue line), and the label, all in the tile's margin so
// none of it touches the artwork. The painter is in tile mm.
void paintTileMarks(QPainter &painter, const Sheet &sheet, const PosterLayout::Tile &tile) {
    const PosterLayout &poster = sheet.poster;
    const QRectF area = poster.tileArea;
    const qreal near = 2, far = PosterLayout::kTileMarginMm - 2;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, 0.2));
    for (const QPointF &corner :
         {area.topLeft(), area.topRight(), area.bottomLeft(), area.bottomRight()}) {
        const qreal dx = corner.x() == area.left() ? -1 : 1;
        const qreal dy = corner.y() == area.top() ? -1 : 1;
        painter.drawLine(corner + QPointF(dx * near, 0), corner + QPointF(dx * far, 0));
        painter.drawLine(corner + QPointF(0, dy * near), corner + QPointF(0, dy * far));
    }
    painter.setPen(QPen(QColor(0x4F, 0x56, 0x5E), 0.2, Qt::DashLine));
    if (tile.right && poster.overlapMm > 0) {
        const qreal x = area.right() - poster.overlapMm;
        painter.drawLine(QPointF(x, area.top() - far), QPointF(x, area.top() - near));
        painter.drawLine(QPointF(x, area.bottom() + near), QPointF(x, area.bottom() + far));
    }
    if (tile.below && poster.overlapMm > 0) {
        const qreal y = area.bottom() - poster.overlapMm;
        painter.drawLine(QPointF(area.left() - far, y), QPointF(area.left() - near, y));
        painter.drawLine(QPointF(area.right() + near, y), QPointF(area.right() + far, y));
    }

    // Text in tenths of a millimetre: fonts need whole pixel sizes, and 3 mm
    // type as a 3 px font would be measured far too coarsely.
    painter.scale(0.1, 0.1);
    const BlueprintStyle &style = BlueprintStyle::standard();
    // Clear of the crop marks at the corners and of the glue-line tick.
    const qreal end =
        tile.right && poster.overlapMm > 0 ? area.right() - poster.overlapMm - 3 : area.right() - 3;
    const QRectF line((area.left() + 3) * 10, (area.bottom() + 3) * 10,
                      (end - area.left() - 3) * 10, 40);
    painter.setPen(style.text);
    const QFont bold = style.font(30, true);
    painter.setFont(bold);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, tile.label);
    const qreal labelWidth = QFontMetricsF(bold).horizontalAdvance(tile.label) + 60;
    const QFont plain = style.font(30);
    painter.setFont(plain);
    painter.setPen(style.mutedText);
    const QString about =
        QStringLiteral("%1 \u00B7 %2 poster on %3")
            .arg(sheet.titleBlock.journeyTitle, poster.paper.name(), poster.tilePaper.name());
    const QRectF rest = line.adjusted(labelWidth, 0, 0, 0);
    painter.drawText(rest, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                     QFontMetricsF(plain).elidedText(about, Qt::ElideMiddle, rest.width()));
    painter.restore();
}

// The creation date as XMP writes it; PDF/A wants it equal to the
// information dictionary's, which Qt writes in UTC to the second.
QString xmpDate(const QDateTime &date) {
    return date.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

} // namespace

QByteArray PdfPosterExporter::xmpMetadata(const QString &title, const QStringList &authors,
                                          const QString &subject, const QDateTime &created,
                                          bool pdfA) {
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    QByteArray xmp;
    QXmlStreamWriter w(&xmp);
    w.setAutoFormatting(true);
    w.writeProcessingInstruction(
        QStringLiteral("xpacket"),
        QStringLiteral("begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    w.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    w.writeNamespace(rdf, QStringLiteral("rdf"));
    w.writeNamespace(dc, QStringLiteral("dc"));
    w.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    w.writeStartElement(rdf, QStringLiteral("RDF"));

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeTextElement(dc, QStringLiteral("format"), QStringLiteral("application/pdf"));
    auto alternatives = [&](const QString &element, const QString &text) {
        w.writeStartElement(dc, element);
        w.writeStartElement(rdf, QStringLiteral("Alt"));
        w.writeStartElement(rdf, QStringLiteral("li"));
        w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
        w.writeCharacters(xmlSafe(text));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    };
    alternatives(QStringLiteral("title"), title);
    if (!authors.isEmpty()) {
        w.writeStartElement(dc, QStringLiteral("creator"));
        w.writeStartElement(rdf, QStringLiteral("Seq"));
        for (const QString &author : authors)
            w.writeTextElement(rdf, QStringLiteral("li"), xmlSafe(author));
        w.writeEndElement();
        w.writeEndElement();
    }
    if (!subject.isEmpty())
        alternatives(QStringLiteral("description"), subject);
    w.writeEndElement();

    // The same producer and creator as the information dictionary: PDF/A
    // wants the two to agree.
    const QString pdfNs = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
    const QString xmpNs = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeNamespace(pdfNs, QStringLiteral("pdf"));
    w.writeNamespace(xmpNs, QStringLiteral("xmp"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeAttribute(pdfNs, QStringLiteral("Producer"), QStringLiteral("Blauwdruk"));
    w.writeAttribute(xmpNs, QStringLiteral("CreatorTool"), QStringLiteral("Blauwdruk"));
    w.writeAttribute(xmpNs, QStringLiteral("CreateDate"), xmpDate(created));
    w.writeEndElement();

    if (pdfA) {
        const QString aid = QStringLiteral("http://www.aiim.org/pdfa/ns/id/");
        w.writeStartElement(rdf, QStringLiteral("Description"));
        w.writeNamespace(aid, QStringLiteral("pdfaid"));
        w.writeAttribute(rdf, QStringLiteral("about"), QString());
        w.writeAttribute(aid, QStringLiteral("part"), QStringLiteral("1"));
        w.writeAttribute(aid, QStringLiteral("conformance"), QStringLiteral("B"));
        w.writeEndElement();
    }
    w.writeEndElement(); // RDF
    w.writeEndElement(); // xmpmeta
    w.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    return xmp;
}

bool PdfPosterExporter::writeTo(QIODevice &out, const Workspace &workspace,
                                const ExportOptions &options, QString *error) const {
    const std::vector<const Journey *> journeys =
        PosterLayout::journeys(workspace, options, false, error);
    if (journeys.empty())
        return false;
    std::vector<Sheet> sheets;
    int total = 0;
    for (const Journey *journey : journeys) {
        BlueprintLayout blueprint = BlueprintLayout::compute(workspace, journey->id);
        std::optional<PosterLayout> poster =
            PosterLayout::compute(TitleBlock::posterRect(blueprint).size(), options, error);
        if (!poster)
            return false;
        total += poster->pageCount();
        sheets.push_back(
            {journey, std::move(blueprint), TitleBlock(workspace, *journey), std::move(*poster)});
    }

    const QString workspaceTitle = workspace.meta.title.simplified();
    const QString title = journeys.size() == 1
                              ? QStringLiteral("%1 \u2014 %2")
                                    .arg(journeys.front()->title.simplified(), workspaceTitle)
                              : workspaceTitle;
    const QString subject = !workspace.meta.theme.simplified().isEmpty()
                                ? workspace.meta.theme.simplified()
                                : journeys.front()->title.simplified();

    const QDateTime created = QDateTime::currentDateTimeUtc();
    auto pointsOf = [](const PosterLayout &poster) {
        const QPageLayout page = poster.tiled() ? pageLayout(poster.tilePaper, poster.tileLandscape)
                                                : pageLayout(poster.paper, poster.landscape);
        return QSizeF(page.fullRectPoints().size());
    };
    // Our own page writer (PdfPaintEngine), each page written to the file
    // when it is finished.
    PdfPaintDevice device(
        &out,
        {.title = title,
         // PDF/A wants the information dictionary's author to equal the
         // XMP's one creator: with several authors only the XMP lists them.
         .author = options.pdfA && workspace.meta.authors.size() > 1
                       ? QString()
                       : workspace.meta.authors.join(QStringLiteral(", ")),
         .subject = subject,
         .creator = QStringLiteral("Blauwdruk"),
         .language = workspace.meta.language == QLatin1String("en") ? QStringLiteral("en-GB")
                                                                    : QStringLiteral("nl-NL"),
         .xmp = xmpMetadata(title, workspace.meta.authors, subject, created, options.pdfA),
         .created = created,
         .pdfA = options.pdfA},
        pointsOf(sheets.front().poster));
    {
        QPainter painter;
        if (!painter.begin(&device)) {
            *error = QCoreApplication::translate("Export", "could not start drawing the PDF");
            return false;
        }
        const qreal unitsPerMm = kResolution / 25.4;
        int done = 0;
        for (const Sheet &sheet : sheets) {
            for (int page = 0; page < sheet.poster.pageCount(); ++page) {
                if (done > 0) // journeys may differ in size; each page carries its own
                    device.newPage(pointsOf(sheet.poster));
                painter.save();
                painter.scale(unitsPerMm, unitsPerMm);
                if (sheet.poster.tiled()) {
                    const PosterLayout::Tile &tile = sheet.poster.tiles[size_t(page)];
                    painter.save();
                    painter.setClipRect(sheet.poster.tileArea);
                    painter.translate(sheet.poster.tileArea.topLeft() - tile.source.topLeft());
                    paintPicture(painter, sheet, workspace);
                    painter.restore();
                    paintTileMarks(painter, sheet, tile);
                } else {
                    paintPicture(painter, sheet, workspace);
                }
                painter.restore();
                ++done;
                if (options.progress && !options.progress(done, total)) {
                    painter.end();
                    *error = QCoreApplication::translate("Export", "cancelled");
                    return false;
                }
            }
        }
        if (!painter.end()) {
            *error = QCoreApplication::translate("Export", "could not finish the PDF");
            return false;
        }
        if (device.failed()) {
            *error = QCoreApplication::translate("Export", "could not be written");
            return false;
        }
    }
    return true;
}

} // namespace blauwdruk
