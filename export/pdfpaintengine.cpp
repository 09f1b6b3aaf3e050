#include "pdfpaintengine.h"

#include "numbertext.h"
#include "pdfdocument.h"
#include "wordshapecache.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTextItem>
#include <QTextLayout>

#include <cmath>

namespace blauwdruk {

namespace {

// Device units (1/1200 inch) to points.
constexpr qreal kPointsPerUnit = 72.0 / 1200.0;

} // namespace

PdfPaintEngine::PdfPaintEngine(PdfDocument &document)
    : QPaintEngine(QPaintEngine::AllFeatures &
                   ~(QPaintEngine::PatternBrush | QPaintEngine::PerspectiveTransform |
                     QPaintEngine::ConicalGradientFill | QPaintEngine::PorterDuff))
    , mDocument(document) {}

PdfPaintEngine *PdfPaintEngine::of(QPainter &painter) {
    QPaintEngine *engine = painter.paintEngine();
    return engine && engine->type() == kType ? static_cast<PdfPaintEngine *>(engine) : nullptr;
}

bool PdfPaintEngine::begin(QPaintDevice *) {
    // The first page was started by the device, in exact points.
    setActive(true);
    return mDocument.begin();
}

bool PdfPaintEngine::end() {
    finishPage();
    setActive(false);
    return mDocument.end();
}

void PdfPaintEngine::newPage(const QSizeF &points) {
    if (!mContent.isEmpty())
        finishPage();
    mPage = points;
    mContent.clear();
    mFonts.clear();
    mImages.clear();
    mFill.reset();
    mStroke.reset();
    mLine.reset();
    mClipOpen = false;
    mClipChanged = true;
    // Device units, y down, from the top left: everything after uses them.
    op(QByteArray::number(kPointsPerUnit, 'f', 4) + " 0 0 -" +
       QByteArray::number(kPointsPerUnit, 'f', 4) + " 0 " + QByteArray::number(points.height()) +
       " cm\n");
}

void PdfPaintEngine::finishPage() {
    if (mContent.isEmpty())
        return;
    if (mClipOpen)
        op("Q\n");
    PdfDocument::Resources resources;
    resources.fonts.assign(mFonts.begin(), mFonts.end());
    resources.images.assign(mImages.begin(), mImages.end());
    mDocument.addPage(mPage, mContent, resources);
    mContent.clear();
}

void PdfPaintEngine::updateState(const QPaintEngineState &state) {
    // Pen, brush, font and transform are read from the painter as each shape
    // is written; a new clip is applied before the next shape.
    if (state.state() & (QPaintEngine::DirtyClipPath | QPaintEngine::DirtyClipRegion |
                         QPaintEngine::DirtyClipEnabled))
        mClipChanged = true;
}

void PdfPaintEngine::number(qreal value) {
    appendNumber(mContent, value);
}

void PdfPaintEngine::pathOf(const QPainterPath &path) {
    const QTransform t = painter()->combinedTransform();
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        const QPointF d = t.map(QPointF(e.x, e.y));
        number(d.x());
        mContent += ' ';
        number(d.y());
        if (e.isMoveTo())
            op(" m\n");
        else if (e.isLineTo())
            op(" l\n");
        else if (e.isCurveTo())
            mContent += ' ';
        else // the curve's second control point, or its end
            op(i + 1 < path.elementCount() &&
                       path.elementAt(i + 1).type == QPainterPath::CurveToDataElement
                   ? " "
                   : " c\n");
    }
}

void PdfPaintEngine::applyClip() {
    if (!mClipChanged)
        return;
    mClipChanged = false;
    if (mClipOpen) {
        op("Q\n");
        mClipOpen = false;
        mFill.reset();
        mStroke.reset();
        mLine.reset();
    }
    if (!painter()->hasClipping())
        return;
    op("q\n");
    mClipOpen = true;
    const QPainterPath clip = painter()->clipPath();
    pathOf(clip);
    op(clip.fillRule() == Qt::WindingFill ? "W n\n" : "W* n\n");
}

// Colours as they are: posters draw no transparency (PDF/A-1 allows none;
// the cards' shadows are opaque for that reason).
void PdfPaintEngine::fillColour(const QColor &colour) {
    if (mFill == colour)
        return;
    mFill = colour;
    op(QByteArray::number(colour.redF(), 'f', 3) + ' ' +
       QByteArray::number(colour.greenF(), 'f', 3) + ' ' +
       QByteArray::number(colour.blueF(), 'f', 3) + " rg\n");
}

void PdfPaintEngine::strokeStyle(const QPen &pen) {
    const QColor colour = pen.color();
    if (mStroke != colour) {
        mStroke = colour;
        op(QByteArray::number(colour.redF(), 'f', 3) + ' ' +
           QByteArray::number(colour.greenF(), 'f', 3) + ' ' +
           QByteArray::number(colour.blueF(), 'f', 3) + " RG\n");
    }
    // The width in device units: a cosmetic pen's is already; a zero width
    // is the thinnest line the printer can draw.
    const QTransform t = painter()->combinedTransform();
    const qreal scale = pen.isCosmetic() ? 1 : std::sqrt(std::abs(t.determinant()));
    const qreal width = pen.widthF() * scale;
    QByteArray line;
    appendNumber(line, width);
    line += " w ";
    line += pen.capStyle() == Qt::FlatCap    ? "0 J "
            : pen.capStyle() == Qt::RoundCap ? "1 J "
                                             : "2 J ";
    line += pen.joinStyle() == Qt::RoundJoin   ? "1 j "
            : pen.joinStyle() == Qt::BevelJoin ? "2 j "
                                               : "0 j ";
    line += '[';
    if (pen.style() != Qt::SolidLine) {
        const qreal unit = width > 0 ? width : scale;
        for (const qreal dash : pen.dashPattern()) {
            appendNumber(line, dash * unit);
            line += ' ';
        }
        line += "] ";
        appendNumber(line, pen.dashOffset() * unit);
    } else {
        line += "] 0";
    }
    line += " d\n";
    if (mLine != line) {
        mLine = line;
        op(line);
    }
}

void PdfPaintEngine::startShape(bool fill, bool stroke) {
    applyClip();
    if (fill)
        fillColour(painter()->brush().color());
    if (stroke)
        strokeStyle(painter()->pen());
}

void PdfPaintEngine::endShape(bool fill, bool stroke, bool evenOdd) {
    op(fill && stroke ? (evenOdd ? "B*\n" : "B\n") : fill ? (evenOdd ? "f*\n" : "f\n") : "S\n");
}

void PdfPaintEngine::drawPath(const QPainterPath &path) {
    const bool fill = painter()->brush().style() != Qt::NoBrush;
    const bool stroke = painter()->pen().style() != Qt::NoPen;
    if ((!fill && !stroke) || path.isEmpty())
        return;
    startShape(fill, stroke);
    pathOf(path);
    const bool evenOdd = path.fillRule() == Qt::OddEvenFill;
    endShape(fill, stroke, evenOdd);
}

void PdfPaintEngine::drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) {
    if (count < 2)
        return;
    const bool line = mode == PolylineMode;
    const bool fill = !line && painter()->brush().style() != Qt::NoBrush;
    const bool stroke = painter()->pen().style() != Qt::NoPen;
    if (!fill && !stroke)
        return;
    startShape(fill, stroke);
    const QTransform t = painter()->combinedTransform();
    for (int i = 0; i < count; ++i) {
        const QPointF d = t.map(points[i]);
        number(d.x());
        mContent += ' ';
        number(d.y());
        op(i == 0 ? " m\n" : " l\n");
    }
    if (!line)
        op("h\n");
    const bool evenOdd = mode == OddEvenMode;
    endShape(fill, stroke, evenOdd);
}

void PdfPaintEngine::drawTextItem(const QPointF &baseline, const QTextItem &item) {
    if (item.text().isEmpty()) { // a glyph run: no characters to search for, draw its outline
        QPaintEngine::drawTextItem(baseline, item);
        return;
    }
    text(baseline, item.text(), item.font(), Qt::AlignLeft);
}

// Which characters each glyph of `run` stands for, found through the run's
// own font: each glyph's characters followed by U+0000 (see textRun).
QString PdfPaintEngine::charactersOf(const QGlyphRun &run, const QString &text) {
    QString chars;
    for (const quint32 glyph : run.glyphIndexes()) {
        QString found;
        for (qsizetype i = 0; i < text.size() && found.isEmpty(); ++i) {
            const qsizetype length = text[i].isHighSurrogate() ? 2 : 1;
            const QList<quint32> mapped = run.rawFont().glyphIndexesForString(text.mid(i, length));
            if (!mapped.isEmpty() && mapped.front() == glyph)
                found = text.mid(i, length);
        }
        chars += found.isEmpty() ? QString(QChar(QChar::ReplacementCharacter)) : found;
        chars += QChar(0);
    }
    return chars;
}

// The characters of left-to-right `ink` that the glyphs of `run` stand for,
// from `next` on: a glyph is its character when the font maps that character
// to it; otherwise it is a ligature ("fi") and takes the characters up to
// the one the next glyph maps from. One character a glyph as plain text,
// anything else in charactersOf's form.
QString PdfPaintEngine::alignedCharacters(const QGlyphRun &run, const QString &ink,
                                          qsizetype &next) {
    const QList<quint32> glyphs = run.glyphIndexes();
    const QList<quint32> mapped = run.rawFont().glyphIndexesForString(ink);
    auto glyphOf = [&](qsizetype i) { return i < mapped.size() ? mapped[i] : 0u; };
    // Mostly a glyph per character: the characters as they are.
    bool oneToOne = next + glyphs.size() <= ink.size();
    for (qsizetype g = 0; oneToOne && g < glyphs.size(); ++g)
        oneToOne = glyphOf(next + g) == glyphs[g];
    if (oneToOne) {
        next += glyphs.size();
        return ink.mid(next - glyphs.size(), glyphs.size());
    }
    QString chars;
    for (qsizetype g = 0; g < glyphs.size(); ++g) {
        const qsizetype from = next;
        if (next < ink.size() && glyphOf(next) == glyphs[g]) {
            ++next;
        } else {
            const quint32 following = g + 1 < glyphs.size() ? glyphs[g + 1] : 0;
            ++next;
            while (next < ink.size() && (following == 0 || glyphOf(next) != following) &&
                   next - from < 4)
                ++next;
        }
        chars += ink.mid(from, next - from);
        chars += QChar(0);
    }
    return chars;
}

void PdfPaintEngine::text(const QPointF &at, const QString &text, const QFont &font,
                          Qt::Alignment align) {
    if (text.isEmpty())
        return;
    auto startFor = [&](qreal width) {
        return align & Qt::AlignHCenter ? -width / 2 : align & Qt::AlignRight ? -width : 0.0;
    };
    auto draw = [&](const QGlyphRun &run, const QPointF &origin, const QString &chars) {
        QList<QPointF> positions = run.positions();
        if (positions.isEmpty())
            return;
        const QPointF first = positions.front();
        for (QPointF &p : positions)
            p -= first;
        textRun(origin + first, run.rawFont(), run.glyphIndexes(), positions, chars,
                run.rawFont().pixelSize());
    };
    // Most lines: words shaped once and reused (WordShapeCache), a glyph for
    // each character but the spaces.
    if (const std::optional<WordShapeCache::Line> shaped = WordShapeCache::shape(font, text)) {
        QString ink = text;
        ink.remove(u' ');
        const QPointF origin = at + QPointF(startFor(shaped->width), 0);
        qsizetype next = 0; // the first character of `ink` not yet drawn
        for (const QGlyphRun &run : shaped->runs)
            draw(run, origin, alignedCharacters(run, ink, next));
        return;
    }
    // The rest (right to left, joined scripts, controls): shaped whole.
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    const QPointF origin = at + QPointF(startFor(line.naturalTextWidth()), -line.ascent());
    for (const QGlyphRun &run : line.glyphRuns())
        draw(run, origin, charactersOf(run, text));
}

// One text object: the run's glyphs in one TJ, with a correction wherever
// the layout's advance differs from the font's own width (kerning).
void PdfPaintEngine::textRun(const QPointF &at, const QRawFont &raw, const QList<quint32> &glyphs,
                             const QList<QPointF> &positions, const QString &text,
                             qreal pixelSize) {
    if (glyphs.isEmpty() || pixelSize <= 0)
        return;
    applyClip();
    // The font of the previous run, most of the time.
    if (!mLastFont || mLastRaw != raw) {
        mLastFont = &mDocument.font(raw);
        mLastRaw = raw;
    }
    PdfFont &font = *mLastFont;
    mFonts.insert(font.number());
    // `text` is either one character per glyph, or each glyph's characters
    // followed by a U+0000 (charactersOf).
    const bool separated = text.contains(QChar(0));
    const QStringList parts = separated ? text.split(QChar(0)) : QStringList();
    for (qsizetype i = 0; i < glyphs.size(); ++i)
        if (!font.uses(glyphs[i]))
            font.use(glyphs[i], separated ? parts.value(i) : QString(text.at(i)));
    fillColour(painter()->pen().color());
    const QTransform t = painter()->combinedTransform();
    const QPointF origin = t.map(at);
    op("BT /F" + QByteArray::number(font.number()) + ' ');
    number(pixelSize);
    op(" Tf ");
    for (const qreal v : {t.m11(), t.m12(), -t.m21(), -t.m22()}) {
        mContent += QByteArray::number(v, 'g', 6);
        mContent += ' ';
    }
    number(origin.x());
    mContent += ' ';
    number(origin.y());
    op(" Tm [<");
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        for (const int shift : {12, 8, 4, 0})
            mContent += "0123456789abcdef"[(glyphs[i] >> shift) & 0xF];
        if (i + 1 == glyphs.size())
            break;
        const qreal wanted = positions[i + 1].x() - positions[i].x();
        const qreal own = font.width(glyphs[i]) * pixelSize / 1000.0;
        const qreal shift = std::round((own - wanted) * 1000.0 / pixelSize);
        if (std::abs(shift) >= 1)
            mContent += "> " + QByteArray::number(qint64(shift)) + " <";
    }
    op(">] TJ ET\n");
}

void PdfPaintEngine::drawPixmap(const QRectF &target, const QPixmap &pixmap, const QRectF &source) {
    drawImage(target, pixmap.toImage(), source, Qt::AutoColor);
}

void PdfPaintEngine::drawImage(const QRectF &target, const QImage &image, const QRectF &source,
                               Qt::ImageConversionFlags) {
    if (image.isNull() || target.isEmpty())
        return;
    applyClip();
    const int number = mDocument.image(image.copy(source.toAlignedRect()));
    mImages.insert(number);
    const QTransform t = painter()->combinedTransform();
    const QPointF topLeft = t.map(target.topLeft());
    const QPointF right = t.map(target.topRight()) - topLeft;
    const QPointF down = t.map(target.bottomLeft()) - topLeft;
    // The image's unit square, its first row at the top.
    op("q ");
    for (const qreal v : {right.x(), right.y(), -down.x(), -down.y()}) {
        this->number(v);
        mContent += ' ';
    }
    this->number(topLeft.x() + down.x());
    mContent += ' ';
    this->number(topLeft.y() + down.y());
    op(" cm /Im" + QByteArray::number(number) + " Do Q\n");
}

} // namespace blauwdruk
