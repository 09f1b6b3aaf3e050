#include "svgpaintengine.h"

#include "numbertext.h"
#include "pdfpaintengine.h"
#include "wordshapecache.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QIODevice>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTextItem>

#include <cmath>

namespace blauwdruk {

namespace {

// The blueprint's fonts (BlueprintStyle::font): named once, on the root group.
const char *const kRootFamily = "Inter, &apos;DejaVu Sans&apos;, sans-serif";
bool isRootFamily(const QString &family) {
    return family == QLatin1String("Inter") || family == QLatin1String("DejaVu Sans");
}

// Written in pieces of this size: the file grows as the picture is painted.
constexpr size_t kFlushAt = 1 << 16;

char hexDigit(int value) {
    return "0123456789abcdef"[value & 15];
}

} // namespace

SvgPaintEngine::SvgPaintEngine(QIODevice *out, Header header)
    : QPaintEngine(QPaintEngine::AllFeatures &
                   ~(QPaintEngine::PatternBrush | QPaintEngine::PerspectiveTransform |
                     QPaintEngine::ConicalGradientFill | QPaintEngine::PorterDuff))
    , mOut(out)
    , mHeader(std::move(header)) {
    mBuffer.reserve(kFlushAt + 4096);
}

SvgPaintEngine *SvgPaintEngine::of(QPainter &painter) {
    QPaintEngine *engine = painter.paintEngine();
    return engine && engine->type() == kType ? static_cast<SvgPaintEngine *>(engine) : nullptr;
}

bool SvgPaintEngine::begin(QPaintDevice *) {
    append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" "
           "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"");
    number(mHeader.size.width());
    append("\" height=\"");
    number(mHeader.size.height());
    append("\" viewBox=\"0 0 ");
    number(mHeader.viewBox.width());
    append(" ");
    number(mHeader.viewBox.height());
    if (!mHeader.language.isEmpty()) {
        // Both: SVG 2 readers look at lang, SVG 1.1 ones at xml:lang.
        append("\" lang=\"");
        escaped(mHeader.language, true);
        append("\" xml:lang=\"");
        escaped(mHeader.language, true);
    }
    append("\" role=\"img\">\n<title>");
    escaped(mHeader.title, false);
    append("</title>\n<desc>");
    escaped(mHeader.description, false);
    append("</desc>\n");
    // Qt's defaults where SVG's differ: square caps, bevel joins, odd-even.
    append("<g fill=\"none\" stroke-linecap=\"square\" stroke-linejoin=\"bevel\" "
           "fill-rule=\"evenodd\" font-family=\"");
    append(kRootFamily);
    append("\">\n");
    setActive(true);
    return true;
}

bool SvgPaintEngine::end() {
    for (; mOpenGroups > 0; --mOpenGroups)
        append("</g>\n");
    append("</g>\n</svg>\n");
    flush();
    setActive(false);
    return !mFailed;
}

void SvgPaintEngine::flush() {
    if (!mFailed && !mBuffer.empty() &&
        mOut->write(mBuffer.data(), qint64(mBuffer.size())) != qint64(mBuffer.size()))
        mFailed = true;
    mBuffer.clear();
}

void SvgPaintEngine::updateState(const QPaintEngineState &state) {
    // Pen, brush, font and transform are read from the painter as each shape
    // is written (the direct calls come between QPainter's state updates);
    // only a new clip needs a definition written once.
    if (state.state() & (QPaintEngine::DirtyClipPath | QPaintEngine::DirtyClipRegion |
                         QPaintEngine::DirtyClipEnabled))
        mClipChanged = true;
}

// A clip is a <clipPath> in device coordinates, written when it changes;
// clipped shapes sit in a group that uses it, so their own transform does not
// move it.
void SvgPaintEngine::clip() {
    const QPainter *p = painter();
    const bool clipped = p->hasClipping();
    if (mClipChanged && clipped) {
        const QPainterPath path = p->combinedTransform().map(p->clipPath());
        ++mClipCount;
        append("<clipPath id=\"clip");
        number(mClipCount);
        append("\"><path d=\"");
        for (int i = 0; i < path.elementCount(); ++i) {
            const QPainterPath::Element e = path.elementAt(i);
            append(e.isMoveTo() ? "M" : e.isLineTo() ? "L" : e.isCurveTo() ? "C" : " ");
            number(e.x);
            append(" ");
            number(e.y);
        }
        append("\"/></clipPath>\n");
    }
    mClipChanged = false;
    mClipped = clipped && mClipCount > 0;
}

void SvgPaintEngine::open(const char *name, bool withPen, bool withBrush) {
    start(name);
    style(withPen, withBrush);
}

void SvgPaintEngine::start(const char *name) {
    clip();
    if (mClipped) {
        append("<g clip-path=\"url(#clip");
        number(mClipCount);
        append(")\">");
    }
    append("<");
    append(name);
    const QTransform t = painter()->combinedTransform();
    if (t.type() <= QTransform::TxTranslate) {
        mOffset = QPointF(t.dx(), t.dy());
    } else {
        mOffset = QPointF();
        append(" transform=\"matrix(");
        const qreal m[] = {t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()};
        for (int i = 0; i < 6; ++i) {
            if (i > 0)
                append(",");
            number(m[i]);
        }
        append(")\"");
    }
}

void SvgPaintEngine::finish(const char *closing) {
    append(closing);
    if (mClipped)
        append("</g>\n");
    if (mBuffer.size() > kFlushAt)
        flush();
}

void SvgPaintEngine::colour(const char *paint, const char *opacity, const QColor &c) {
    append(" ");
    append(paint);
    append("=\"#");
    for (const int v : {c.red(), c.green(), c.blue()}) {
        mBuffer.push_back(hexDigit(v >> 4));
        mBuffer.push_back(hexDigit(v));
    }
    append("\"");
    if (c.alpha() < 255)
        attribute(opacity, c.alphaF());
}

void SvgPaintEngine::style(bool withPen, bool withBrush) {
    const QPainter *p = painter();
    if (withBrush && p->brush().style() != Qt::NoBrush) {
        // Gradients and patterns are not drawn on posters; their colour is.
        colour("fill", "fill-opacity", p->brush().color());
    }
    const QPen &pen = p->pen();
    if (withPen && pen.style() != Qt::NoPen) {
        colour("stroke", "stroke-opacity", pen.color());
        const qreal width = pen.widthF() > 0 ? pen.widthF() : 1; // 0: cosmetic, one pixel
        if (width != 1)
            attribute("stroke-width", width);
        if (pen.style() != Qt::SolidLine) {
            append(" stroke-dasharray=\"");
            const QList<qreal> pattern = pen.dashPattern();
            for (qsizetype i = 0; i < pattern.size(); ++i) {
                if (i > 0)
                    append(",");
                number(pattern[i] * width); // Qt counts dashes in pen widths
            }
            append("\"");
            if (pen.dashOffset() != 0)
                attribute("stroke-dashoffset", pen.dashOffset() * width);
        }
        if (pen.capStyle() != Qt::SquareCap)
            append(pen.capStyle() == Qt::RoundCap ? " stroke-linecap=\"round\""
                                                  : " stroke-linecap=\"butt\"");
        if (pen.joinStyle() != Qt::BevelJoin)
            append(pen.joinStyle() == Qt::RoundJoin ? " stroke-linejoin=\"round\""
                                                    : " stroke-linejoin=\"miter\"");
    }
    if (p->opacity() < 1)
        attribute("opacity", p->opacity());
}

void SvgPaintEngine::attribute(const char *name, qreal value) {
    append(" ");
    append(name);
    append("=\"");
    number(value);
    append("\"");
}

// Two decimals (a hundredth of a pixel) and no more: the file stays small
// and every renderer places shapes to the same pixel.
void SvgPaintEngine::number(qreal value) {
    appendNumber(mBuffer, value);
}

void SvgPaintEngine::point(const QPointF &p) {
    number(p.x() + mOffset.x());
    append(" ");
    number(p.y() + mOffset.y());
}

// Markup is escaped; what XML forbids outright (control characters,
// U+FFFE, U+FFFF, a lone surrogate) becomes U+FFFD, so every parser reads
// the file whatever a card says.
void SvgPaintEngine::escaped(QStringView text, bool inAttribute) {
    qsizetype plainFrom = 0;
    auto plainUpTo = [&](qsizetype i) {
        if (i > plainFrom)
            append(text.mid(plainFrom, i - plainFrom).toUtf8());
        plainFrom = i + 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"')
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i; // a valid pair: plain text
            continue;
        }
        const bool surrogate = QChar::isSurrogate(c);
        if (c >= 0xD800 && !surrogate && c != 0xFFFE && c != 0xFFFF)
            continue;
        plainUpTo(i);
        if (c == '&')
            append("&amp;");
        else if (c == '<')
            append("&lt;");
        else if (c == '>')
            append("&gt;");
        else if (c == '"')
            append(inAttribute ? "&quot;" : "\"");
        else if (c == '\t' || c == '\n' || c == '\r')
            append(inAttribute ? "&#32;" : " ");
        else
            append("\xEF\xBF\xBD");
    }
    plainUpTo(text.size());
}

void SvgPaintEngine::drawPath(const QPainterPath &path) {
    open("path", true, true);
    if (path.fillRule() == Qt::WindingFill)
        append(" fill-rule=\"nonzero\"");
    append(" d=\"");
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo())
            append("M");
        else if (e.isLineTo())
            append("L");
        else if (e.isCurveTo())
            append("C");
        else
            append(" ");
        point(QPointF(e.x, e.y));
    }
    append("\"");
    finish("/>\n");
}

void SvgPaintEngine::drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) {
    const bool line = mode == PolylineMode;
    open(line ? "polyline" : "polygon", true, !line);
    if (mode == WindingMode)
        append(" fill-rule=\"nonzero\"");
    append(" points=\"");
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            append(" ");
        point(points[i]);
    }
    append("\"");
    finish("/>\n");
}

void SvgPaintEngine::drawRects(const QRectF *rects, int count) {
    for (int i = 0; i < count; ++i) {
        open("rect", true, true);
        attribute("x", rects[i].x() + mOffset.x());
        attribute("y", rects[i].y() + mOffset.y());
        attribute("width", rects[i].width());
        attribute("height", rects[i].height());
        finish("/>\n");
    }
}

void SvgPaintEngine::drawLines(const QLineF *lines, int count) {
    for (int i = 0; i < count; ++i) {
        open("path", true, false);
        append(" d=\"M");
        point(lines[i].p1());
        append("L");
        point(lines[i].p2());
        append("\"");
        finish("/>\n");
    }
}

void SvgPaintEngine::drawEllipse(const QRectF &rect) {
    const bool circle = qFuzzyCompare(rect.width(), rect.height());
    open(circle ? "circle" : "ellipse", true, true);
    attribute("cx", rect.center().x() + mOffset.x());
    attribute("cy", rect.center().y() + mOffset.y());
    if (circle) {
        attribute("r", rect.width() / 2);
    } else {
        attribute("rx", rect.width() / 2);
        attribute("ry", rect.height() / 2);
    }
    finish("/>\n");
}

void SvgPaintEngine::fontAttributes(const QFont &font) {
    const qreal size =
        font.pixelSize() > 0 ? qreal(font.pixelSize()) : font.pointSizeF() * 96.0 / 72.0;
    attribute("font-size", size);
    if (font.weight() != QFont::Normal) {
        append(" font-weight=\"");
        number(int(font.weight()));
        append("\"");
    }
    if (font.italic())
        append(" font-style=\"italic\"");
    if (font.underline())
        append(" text-decoration=\"underline\"");
    if (!isRootFamily(font.family())) {
        append(" font-family=\"");
        escaped(font.family(), true);
        append("\"");
    }
}

void SvgPaintEngine::text(const QPointF &at, const QString &text, const QFont &font,
                          Qt::Alignment align) {
    // The attributes after the position, written once to compare them with
    // the previous text's.
    const size_t mark = mBuffer.size();
    if (align & Qt::AlignHCenter)
        append(" text-anchor=\"middle\"");
    else if (align & Qt::AlignRight)
        append(" text-anchor=\"end\"");
    fontAttributes(font);
    // Its colour is the pen's, as QPainter draws text.
    colour("fill", "fill-opacity", painter()->pen().color());
    if (painter()->opacity() < 1)
        attribute("opacity", painter()->opacity());
    // Runs of spaces stay as typed.
    const bool preserve =
        text.startsWith(u' ') || text.endsWith(u' ') || text.contains(QLatin1String("  "));
    if (preserve)
        append(" xml:space=\"preserve\"");
    const std::string attributes = mBuffer.substr(mark);
    mBuffer.resize(mark);

    // A line in the same font and colour as the one just written (the next
    // line of a card's title) becomes a <tspan> of it: a card's lines share
    // their attributes once.
    static constexpr char kEnd[] = "</text>\n";
    clip();
    const QTransform t = painter()->combinedTransform();
    if (!preserve && !mClipped && t.type() <= QTransform::TxTranslate &&
        mBuffer.size() == mTextEnd && mBuffer.ends_with(kEnd) && attributes == mTextAttributes) {
        mBuffer.resize(mBuffer.size() - (sizeof kEnd - 1));
        append("<tspan");
        attribute("x", at.x() + t.dx());
        attribute("y", at.y() + t.dy());
        append(">");
        escaped(text, false);
        append("</tspan>");
        append(kEnd);
        mTextEnd = mBuffer.size();
        return;
    }
    start("text");
    attribute("x", at.x() + mOffset.x());
    attribute("y", at.y() + mOffset.y());
    mBuffer += attributes;
    append(">");
    escaped(text, false);
    finish(kEnd);
    mTextEnd = mClipped || preserve ? std::string::npos : mBuffer.size();
    mTextAttributes = attributes;
}

void SvgPaintEngine::drawTextItem(const QPointF &baseline, const QTextItem &item) {
    text(baseline, item.text(), item.font(), Qt::AlignLeft);
}

void SvgPaintEngine::drawPixmap(const QRectF &target, const QPixmap &pixmap, const QRectF &source) {
    drawImage(target, pixmap.toImage(), source, Qt::AutoColor);
}

void SvgPaintEngine::drawImage(const QRectF &target, const QImage &image, const QRectF &source,
                               Qt::ImageConversionFlags) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.copy(source.toAlignedRect()).save(&buffer, "PNG");
    open("image", false, false);
    attribute("x", target.x() + mOffset.x());
    attribute("y", target.y() + mOffset.y());
    attribute("width", target.width());
    attribute("height", target.height());
    append(" preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,");
    append(png.toBase64());
    append("\"");
    finish("/>\n");
}

void SvgPaintEngine::drawRoundedRect(QPainter &painter, const QRectF &rect, qreal radius) {
    SvgPaintEngine *svg = of(painter);
    if (!svg) {
        painter.drawRoundedRect(rect, radius, radius);
        return;
    }
    svg->open("rect", true, true);
    svg->attribute("x", rect.x() + svg->mOffset.x());
    svg->attribute("y", rect.y() + svg->mOffset.y());
    svg->attribute("width", rect.width());
    svg->attribute("height", rect.height());
    // As QPainter: a radius never more than half a side.
    svg->attribute("rx", std::min({radius, rect.width() / 2, rect.height() / 2}));
    svg->finish("/>\n");
}

void SvgPaintEngine::drawText(QPainter &painter, const QPointF &baseline, const QString &text) {
    if (SvgPaintEngine *svg = of(painter))
        svg->text(baseline, text, painter.font(), Qt::AlignLeft);
    else if (PdfPaintEngine *pdf = PdfPaintEngine::of(painter))
        pdf->text(baseline, text, painter.font(), Qt::AlignLeft);
    else
        WordShapeCache::drawLine(painter, baseline, text);
}

void SvgPaintEngine::drawText(QPainter &painter, const QRectF &rect, int flags,
                              const QString &text) {
    SvgPaintEngine *svg = of(painter);
    PdfPaintEngine *pdf = PdfPaintEngine::of(painter);
    if ((!svg && !pdf) || text.contains(u'\n')) {
        painter.drawText(rect, flags, text);
        return;
    }
    // Where QPainter puts one line: its height centred, or at the top or
    // bottom; the text is then anchored at its start, centre or end.
    const FontMetrics metrics =
        svg ? svg->metricsOf(painter.font())
            : FontMetrics{painter.font(), QFontMetricsF(painter.font()).ascent(),
                          QFontMetricsF(painter.font()).height()};
    qreal top = rect.top();
    if (flags & Qt::AlignVCenter)
        top = rect.center().y() - metrics.height / 2;
    else if (flags & Qt::AlignBottom)
        top = rect.bottom() - metrics.height;
    qreal x = rect.left();
    if (flags & Qt::AlignHCenter)
        x = rect.center().x();
    else if (flags & Qt::AlignRight)
        x = rect.right();
    const QPointF baseline(x, top + metrics.ascent);
    const Qt::Alignment align = Qt::Alignment(flags) & Qt::AlignHorizontal_Mask;
    if (svg)
        svg->text(baseline, text, painter.font(), align);
    else
        pdf->text(baseline, text, painter.font(), align);
}

const SvgPaintEngine::FontMetrics &SvgPaintEngine::metricsOf(const QFont &font) {
    if (!mMetrics || mMetrics->font != font) {
        const QFontMetricsF metrics(font);
        mMetrics = FontMetrics{font, metrics.ascent(), metrics.height()};
    }
    return *mMetrics;
}

void SvgPaintEngine::beginGroup(QPainter &painter, const QString &id, const QString &classes,
                                const QString &title) {
    SvgPaintEngine *svg = of(painter);
    if (!svg)
        return;
    svg->append("<g id=\"");
    svg->escaped(id, true);
    svg->append("\" class=\"");
    svg->escaped(classes, true);
    svg->append("\"><title>");
    svg->escaped(title, false);
    svg->append("</title>\n");
    ++svg->mOpenGroups;
}

void SvgPaintEngine::endGroup(QPainter &painter) {
    SvgPaintEngine *svg = of(painter);
    if (!svg || svg->mOpenGroups == 0)
        return;
    svg->append("</g>\n");
    --svg->mOpenGroups;
}

} // namespace blauwdruk
