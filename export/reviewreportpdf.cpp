#include "reviewreportpdf.h"

#include "blueprintstyle.h"
#include "pdffile.h"
#include "reporttext.h"
#include "textwrap.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace blauwdruk {

namespace {

using Kind = ReportText::Block::Kind;

// Laid out in hundredths of a millimetre on a page 210 mm wide, whatever
// the device, as the persona sheet is.
constexpr qreal kUnitsPerMm = 100;
constexpr qreal mm(qreal v) {
    return v * kUnitsPerMm;
}
constexpr qreal pt(qreal v) {
    return v * 25.4 / 72 * kUnitsPerMm;
}
constexpr qreal kPageWidth = mm(210);
constexpr qreal kMargin = mm(20);
constexpr qreal kContentWidth = kPageWidth - 2 * kMargin;
constexpr qreal kBullet = mm(4);       // an item's text right of its bullet
constexpr qreal kReplyIndent = mm(10); // a reply's text under its item's
constexpr qreal kLineFactor = 1.25;

// How one kind of block looks.
struct Look {
    qreal points;
    bool bold;
    bool italic;
    qreal spaceBefore; // mm
    qreal indent;
    bool muted;
};

Look lookOf(Kind kind) {
    switch (kind) {
    case Kind::Title:
        return {18, true, false, 0, 0, false};
    case Kind::Journey:
    case Kind::Heading:
        return {14, true, false, mm(8), 0, false};
    case Kind::Section:
        return {11.5, true, false, mm(5), 0, false};
    case Kind::Group:
        return {10, true, false, mm(3), 0, true};
    case Kind::Item:
        return {9.5, false, false, mm(1.5), kBullet, false};
    case Kind::Reply:
        return {9.5, false, false, mm(1), kReplyIndent, false};
    case Kind::Note:
        return {9.5, false, true, mm(1), 0, true};
    }
    return {9.5, false, false, 0, 0, false};
}

QFont font(qreal points, bool bold, bool italic = false) {
    QFont f = BlueprintStyle::standard().font(13, bold);
    f.setPixelSize(qMax(1, qRound(pt(points))));
    f.setItalic(italic);
    return f;
}

// One line to draw: its text, font, where it starts and its colour.
struct Line {
    QString text;
    QFont font;
    qreal x = 0;
    qreal height = 0;
    bool muted = false;
    bool bullet = false; // an item's first line
    QString lead;        // in bold before the text, when both fit on one line
    QFont leadFont;
};

// A block as lines: its lead (bold) on a line of its own, then its text,
// wrapped to the width left by the indent.
std::vector<Line> linesOf(const ReportText::Block &block) {
    const Look look = lookOf(block.kind);
    std::vector<Line> lines;
    auto addWrapped = [&](const QString &text, const QFont &f, bool bullet) {
        const qreal height = QFontMetricsF(f).height() * kLineFactor;
        for (const QString &row : TextWrap::lines(text, f, kContentWidth - look.indent)) {
            lines.push_back({row, f, kMargin + look.indent, height, look.muted, bullet, {}, {}});
            bullet = false;
        }
    };
    const bool item = block.kind == Kind::Item;
    const QFont leadFont = font(look.points, true);
    const QFont textFont = font(look.points, look.bold, look.italic);
    const qreal leadWidth = QFontMetricsF(leadFont).horizontalAdvance(block.lead + u' ');
    // A short item ("Status: Approved") is one line.
    if (!block.lead.isEmpty() &&
        leadWidth + QFontMetricsF(textFont).horizontalAdvance(block.text.simplified()) <=
            kContentWidth - look.indent) {
        lines.push_back({block.text.simplified(), textFont, kMargin + look.indent,
                         QFontMetricsF(textFont).height() * kLineFactor, look.muted, item,
                         block.lead, leadFont});
        return lines;
    }
    if (!block.lead.isEmpty())
        addWrapped(block.lead, leadFont, item);
    addWrapped(block.text, textFont, item && block.lead.isEmpty());
    return lines;
}

bool isHeading(Kind kind) {
    return kind == Kind::Title || kind == Kind::Journey || kind == Kind::Heading ||
           kind == Kind::Section || kind == Kind::Group;
}

class Pages {
public:
    Pages(QPagedPaintDevice &device, QPainter &painter, const ReportText &report)
        : mDevice(device)
        , mPainter(painter)
        , mReport(report) {
        mPageHeight = kPageWidth * device.height() / qMax(1, device.width());
        mPainter.scale(device.width() / kPageWidth, device.width() / kPageWidth);
    }

    bool run(QString *error) {
        const std::vector<ReportText::Block> &blocks = mReport.blocks();
        int journeys = 0;
        for (size_t i = 0; i < blocks.size(); ++i) {
            const ReportText::Block &block = blocks[i];
            // Each journey after the first starts a page of its own.
            if (block.kind == Kind::Journey && journeys++ > 0 && mY > kMargin && !newPage(error))
                return false;
            const std::vector<Line> lines = linesOf(block);
            if (mY > kMargin)
                mY += lookOf(block.kind).spaceBefore;
            // A heading stays with the first lines of what follows it.
            qreal keep = 0;
            for (const Line &line : lines)
                keep += line.height;
            if (isHeading(block.kind) && i + 1 < blocks.size()) {
                const std::vector<Line> next = linesOf(blocks[i + 1]);
                for (size_t k = 0; k < std::min<size_t>(2, next.size()); ++k)
                    keep += next[k].height;
            }
            if (isHeading(block.kind) && mY + keep > bottom() && mY > kMargin && !newPage(error))
                return false;
            for (const Line &line : lines) {
                if (mY + line.height > bottom() && !newPage(error))
                    return false;
                draw(line);
            }
        }
        footer();
        return true;
    }

private:
    qreal bottom() const { return mPageHeight - kMargin; }

    bool newPage(QString *error) {
        footer();
        if (!mDevice.newPage()) {
            *error = QCoreApplication::translate("Export", "could not start a new page");
            return false;
        }
        ++mPage;
        mY = kMargin;
        return true;
    }

    void draw(const Line &line) {
        const BlueprintStyle &style = BlueprintStyle::standard();
        const QFontMetricsF metrics(line.font);
        const qreal baseline = mY + (line.height - metrics.height()) / 2 + metrics.ascent();
        mPainter.setFont(line.font);
        mPainter.setPen(line.muted ? style.mutedText : style.text);
        if (line.bullet)
            mPainter.drawText(QPointF(line.x - kBullet, baseline), QStringLiteral("\u2022"));
        qreal x = line.x;
        if (!line.lead.isEmpty()) {
            mPainter.setFont(line.leadFont);
            mPainter.drawText(QPointF(x, baseline), line.lead);
            x += QFontMetricsF(line.leadFont).horizontalAdvance(line.lead + u' ');
            mPainter.setFont(line.font);
        }
        mPainter.drawText(QPointF(x, baseline), line.text);
        mY += line.height;
    }

    // The report's title and the page number, under the text.
    void footer() {
        const BlueprintStyle &style = BlueprintStyle::standard();
        const QFont f = font(7.5, false);
        const QFontMetricsF metrics(f);
        const qreal baseline = mPageHeight - kMargin / 2;
        const QString page = mReport.pageLabel(mPage);
        mPainter.setFont(f);
        mPainter.setPen(style.mutedText);
        mPainter.drawText(
            QPointF(kMargin, baseline),
            metrics.elidedText(mReport.title(), Qt::ElideRight,
                               kContentWidth - metrics.horizontalAdvance(page) - mm(5)));
        mPainter.drawText(QPointF(kPageWidth - kMargin - metrics.horizontalAdvance(page), baseline),
                          page);
    }

    QPagedPaintDevice &mDevice;
    QPainter &mPainter;
    const ReportText &mReport;
    qreal mPageHeight = 0;
    qreal mY = kMargin;
    int mPage = 1;
};

} // namespace

bool ReviewReportPdf::paint(QPagedPaintDevice &device, const ReportText &report, QString *error) {
    QPainter painter;
    if (!painter.begin(&device)) {
        *error = QCoreApplication::translate("Export", "could not start drawing the PDF");
        return false;
    }
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (!Pages(device, painter, report).run(error))
        return false;
    if (!painter.end()) {
        *error = QCoreApplication::translate("Export", "could not finish the PDF");
        return false;
    }
    return true;
}

bool ReviewReportPdf::write(const ReportText &report, const QString &path, QString *error) {
    return PdfFile::writeA4(
        path, report.title(), kResolution,
        [&](QPagedPaintDevice &device, QString *why) { return paint(device, report, why); }, error);
}

} // namespace blauwdruk
