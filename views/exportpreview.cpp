#include "exportpreview.h"

#include "document.h"
#include "workspacelanguage.h"

#include <QPainter>
#include <QPicture>

namespace blauwdruk {

ExportPreview::ExportPreview(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("ExportPreview"));
    setMinimumSize(320, 240);
}

void ExportPreview::show(Document *document, const Exporter *exporter,
                         const ExportOptions &options) {
    mDocument = document;
    mFormat = exporter ? exporter->capabilities() : ExportCapabilities();
    mOptions = options;
    prepare();
    update();
}

void ExportPreview::prepare() {
    mCaption.clear();
    mLayout.reset();
    mTitleBlock.reset();
    mPaper.reset();
    if (!mDocument)
        return;
    using Content = ExportCapabilities::Content;
    if (mFormat.content != Content::Picture) {
        mCaption = mFormat.content == Content::Workspace
                       ? tr("The whole workspace, for other programs and version control.")
                       : tr("A table of every card, grouped by lane and step: kind, owner, "
                            "status, evidence, tags and votes.");
        return;
    }
    const Workspace &ws = mDocument->workspace();
    QString error;
    const std::vector<const Journey *> journeys =
        PosterLayout::journeys(ws, mOptions, false, &error);
    if (journeys.empty()) {
        mCaption = error;
        return;
    }
    {
        // The poster's own words in the workspace's language, as exported:
        // drawn once here, replayed at every paint.
        const WorkspaceLanguage language(ws);
        mLayout = BlueprintLayout::compute(ws, journeys.front()->id);
        mTitleBlock.emplace(ws, *journeys.front());
        mPoster = QPicture();
        QPainter recorder(&mPoster);
        mTitleBlock->paintPoster(recorder, *mLayout, ws);
    }
    const QRectF poster = TitleBlock::posterRect(*mLayout);
    if (!mFormat.paper) {
        if (mFormat.resolution) {
            const qreal factor = mOptions.pixelWidth > 0 ? mOptions.pixelWidth / poster.width()
                                                         : mOptions.dpi / 96.0;
            mCaption = tr("%1 × %2 pixels")
                           .arg(qRound(poster.width() * factor))
                           .arg(qRound(poster.height() * factor));
        } else {
            mCaption = tr("A vector picture; text stays text.");
        }
        if (journeys.size() > 1 && mFormat.journeys == ExportCapabilities::Journeys::FileEach)
            mCaption +=
                QLatin1Char(' ') + tr("One file for each of the %1 journeys.").arg(journeys.size());
        return;
    }
    mPaper = PosterLayout::compute(poster.size(), mOptions, &error);
    if (!mPaper) {
        mCaption = error;
        return;
    }
    const QString orientation = mPaper->landscape ? tr("landscape") : tr("portrait");
    const QString paperName = mOptions.paper.startsWith(QLatin1Char('A'), Qt::CaseInsensitive)
                                  ? mOptions.paper.toUpper()
                                  : tr("%1 × %2 mm")
                                        .arg(qRound(mPaper->posterMm.width()))
                                        .arg(qRound(mPaper->posterMm.height()));
    if (!mPaper->tiled())
        mCaption = tr("%1 %2, one page").arg(paperName, orientation);
    else if (mPaper->pageCount() == 1)
        mCaption =
            tr("%1 %2, printed on one page of %3").arg(paperName, orientation, mOptions.tilePaper);
    else
        mCaption = tr("%1 %2, printed on %3 pages of %4")
                       .arg(paperName, orientation)
                       .arg(mPaper->pageCount())
                       .arg(mOptions.tilePaper);
    if (journeys.size() > 1)
        mCaption += QLatin1Char(' ') + tr("(the first of %1 journeys shown)").arg(journeys.size());
}

void ExportPreview::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), QColor(0xDD, 0xDD, 0xD8));
    if (mDocument && mLayout && mTitleBlock)
        paintPoster(painter, QRectF(rect()).adjusted(16, 16, -16, -40));
    painter.setPen(QColor(0x1F, 0x23, 0x28));
    painter.drawText(QRectF(rect()).adjusted(16, height() - 36, -16, -8),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, mCaption);
}

// The first journey's poster: for pictures the picture alone; for posters on
// their paper with the margins, and for tiles the cut lines and each tile's
// label, as the printer will get them.
void ExportPreview::paintPoster(QPainter &painter, const QRectF &area) const {
    const QRectF poster = TitleBlock::posterRect(*mLayout);
    if (!mPaper) {
        if (mFormat.paper)
            return; // the paper makes no sense: the caption says why
        const qreal scale =
            std::min(area.width() / poster.width(), area.height() / poster.height());
        painter.save();
        painter.translate(area.center() - QPointF(poster.width(), poster.height()) * scale / 2);
        painter.scale(scale, scale);
        painter.translate(-poster.topLeft());
        painter.drawPicture(QPointF(), mPoster);
        painter.restore();
        return;
    }
    // Millimetres to preview pixels.
    const QSizeF sheet = mPaper->posterMm;
    const qreal k = std::min(area.width() / sheet.width(), area.height() / sheet.height());
    const QRectF page(area.center() - QPointF(sheet.width(), sheet.height()) * k / 2, sheet * k);
    painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 50));
    painter.fillRect(page, Qt::white);
    painter.save();
    painter.translate(page.topLeft() + mPaper->pictureMm.topLeft() * k);
    painter.scale(mPaper->scale * k, mPaper->scale * k);
    painter.translate(-poster.topLeft());
    painter.drawPicture(QPointF(), mPoster);
    painter.restore();
    if (!mPaper->tiled())
        return;
    painter.setPen(QPen(QColor(0xC0, 0x30, 0x30), 1, Qt::DashLine));
    QFont font = painter.font();
    font.setPixelSize(std::clamp(int(mPaper->tileArea.height() * k / 6), 8, 14));
    painter.setFont(font);
    for (const PosterLayout::Tile &tile : mPaper->tiles) {
        // The last row and column reach past the poster: only paper shows.
        const QRectF r = QRectF(page.topLeft() + tile.source.topLeft() * k, tile.source.size() * k)
                             .intersected(page);
        painter.drawRect(r);
        painter.drawText(r.adjusted(3, 2, -3, -2), Qt::AlignLeft | Qt::AlignTop,
                         tile.label.section(QLatin1Char(','), 0, 0));
    }
}

} // namespace blauwdruk
