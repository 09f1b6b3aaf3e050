#include "exportpreview.h"

#include "blueprinttexts.h"
#include "document.h"
#include "workspacelanguage.h"

#include <QLocale>
#include <QPainter>

namespace blauwdruk {

namespace {

// The height of a card title's type on the poster, in scene pixels.
qreal cardTextPx() {
    return BlueprintTexts(BlueprintStyle::standard()).headerFont().pixelSize();
}

} // namespace

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
    mPaper.reset();
    const bool hadPicture = mLayout.has_value();
    auto forget = [&] {
        mLayout.reset();
        mLayoutJourney.clear();
        mTitleBlock.reset();
        mPoster = QImage();
    };
    if (!mDocument) {
        forget();
        return;
    }
    using Content = ExportCapabilities::Content;
    if (mFormat.content != Content::Picture) {
        forget();
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
        forget();
        mCaption = error;
        return;
    }
    // The picture depends on the journey only (the document does not change
    // while the dialog is open); format, paper and size only frame it.
    if (!hadPicture || mLayoutJourney != journeys.front()->id) {
        forget();
        const WorkspaceLanguage language(ws);
        mLayout = BlueprintLayout::compute(ws, journeys.front()->id);
        mLayoutJourney = journeys.front()->id;
        mTitleBlock.emplace(ws, *journeys.front());
    }
    const QRectF poster = TitleBlock::posterRect(*mLayout);
    if (!mFormat.paper) {
        if (mFormat.resolution) {
            const qreal factor = mOptions.pixelWidth > 0 ? mOptions.pixelWidth / poster.width()
                                                         : mOptions.dpi / 96.0;
            mCaption = tr("%1 × %2 pixels")
                           .arg(qRound(poster.width() * factor))
                           .arg(qRound(poster.height() * factor));
            // A long journey squeezed into a width: say so before the file.
            const qreal textPixels = cardTextPx() * factor;
            if (textPixels < 6)
                mCaption += QLatin1Char(' ') +
                            tr("Card text will be %1 pixels high, too small to read: choose a "
                               "larger width or resolution.")
                                .arg(QLocale().toString(textPixels, 'f', 1));
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
    // Below about 5 pt card text cannot be read on paper: a journey of
    // hundreds of steps on A0 prints it at half a point.
    const qreal textPoints = cardTextPx() * mPaper->scale * 72 / 25.4;
    if (textPoints < 5)
        mCaption += QLatin1Char(' ') +
                    tr("Card text will print %1 pt high, too small to read: choose a larger "
                       "paper, or a custom size in millimetres.")
                        .arg(QLocale().toString(textPoints, 'f', 1));
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
const QImage &ExportPreview::posterImage(const QSize &size) {
    if (mPoster.size() == size || size.isEmpty())
        return mPoster;
    mPoster = QImage(size, QImage::Format_ARGB32_Premultiplied);
    mPoster.fill(Qt::white);
    const QRectF poster = TitleBlock::posterRect(*mLayout);
    QPainter painter(&mPoster);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal scale = std::min(size.width() / poster.width(), size.height() / poster.height());
    painter.scale(scale, scale);
    painter.translate(-poster.topLeft());
    // In the workspace's language, as exported; too small to read, the cards
    // are blocks, as on the canvas far zoomed out.
    const WorkspaceLanguage language(mDocument->workspace());
    mTitleBlock->paintPoster(painter, *mLayout, mDocument->workspace(), BlueprintStyle::standard(),
                             scale < 0.4);
    return mPoster;
}

void ExportPreview::paintPoster(QPainter &painter, const QRectF &area) {
    const QRectF poster = TitleBlock::posterRect(*mLayout);
    if (!mPaper) {
        if (mFormat.paper)
            return; // the paper makes no sense: the caption says why
        const qreal scale =
            std::min(area.width() / poster.width(), area.height() / poster.height());
        const QRectF target(area.center() - QPointF(poster.width(), poster.height()) * scale / 2,
                            poster.size() * scale);
        painter.drawImage(target.topLeft(), posterImage(target.size().toSize()));
        return;
    }
    // Millimetres to preview pixels.
    const QSizeF sheet = mPaper->posterMm;
    const qreal k = std::min(area.width() / sheet.width(), area.height() / sheet.height());
    const QRectF page(area.center() - QPointF(sheet.width(), sheet.height()) * k / 2, sheet * k);
    painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 50));
    painter.fillRect(page, Qt::white);
    const QRectF target(page.topLeft() + mPaper->pictureMm.topLeft() * k,
                        poster.size() * mPaper->scale * k);
    painter.drawImage(target.topLeft(), posterImage(target.size().toSize()));
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
