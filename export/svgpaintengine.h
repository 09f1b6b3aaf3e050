#pragma once

#include <QByteArray>
#include <QFont>
#include <QPaintEngine>
#include <QSize>
#include <QString>

#include <optional>
#include <string>

class QIODevice;
class QPainter;

namespace blauwdruk {

// A paint engine that writes SVG to a device while it is painted, instead of
// holding the picture and writing it at the end (QSvgGenerator). Each shape is
// one element with only the attributes that differ from the defaults, text
// stays text, and the painter can mark groups (a card, a step, a lane, a
// connection) with an id, a class and a <title>, so a poster can be styled,
// searched and read aloud by a screen reader.
//
// The blueprint's most frequent shapes and texts have direct calls (the
// static draw* functions): they write an SVG element where QPainter would
// turn a rounded rect into curves or shape a text into glyphs first; on a
// PDF poster they give PdfPaintEngine the text itself (one TJ a line, and
// searchable); on every other device they are QPainter's. That is what makes
// a poster of 12,000 cards quick (docs/performance.md).
class SvgPaintEngine : public QPaintEngine {
public:
    struct Header {
        QSize size;          // width and height, whole pixels
        QSizeF viewBox;      // the picture in scene units, from 0,0
        QString title;       // <title> of the document
        QString description; // <desc>
        QString language;    // lang and xml:lang of the root, e.g. "nl"; none if empty
    };
    SvgPaintEngine(QIODevice *out, Header header);

    static constexpr Type kType = Type(QPaintEngine::User + 17);
    Type type() const override { return kType; }
    bool begin(QPaintDevice *device) override;
    bool end() override;
    void updateState(const QPaintEngineState &state) override;
    void drawPath(const QPainterPath &path) override;
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override;
    void drawRects(const QRectF *rects, int count) override;
    void drawLines(const QLineF *lines, int count) override;
    void drawEllipse(const QRectF &rect) override;
    void drawTextItem(const QPointF &baseline, const QTextItem &item) override;
    void drawPixmap(const QRectF &target, const QPixmap &pixmap, const QRectF &source) override;
    void drawImage(const QRectF &target, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags flags) override;

    // True once writing to the device failed (a full disk): the picture is
    // then incomplete and must not be kept.
    bool failed() const { return mFailed; }

    // The engine `painter` paints with when it paints SVG, else nullptr.
    static SvgPaintEngine *of(QPainter &painter);

    // Direct calls: the same as QPainter's, in the painter's current pen,
    // brush, font and transform; on other devices they are QPainter's.
    static void drawRoundedRect(QPainter &painter, const QRectF &rect, qreal radius);
    // One line of text, its baseline starting at `baseline` (elsewhere drawn
    // from cached word shapes: WordShapeCache).
    static void drawText(QPainter &painter, const QPointF &baseline, const QString &text);
    // One line of text aligned in `rect` (horizontal and vertical flags).
    static void drawText(QPainter &painter, const QRectF &rect, int flags, const QString &text);
    // A group around what is painted until endGroup(): <g id class><title>.
    static void beginGroup(QPainter &painter, const QString &id, const QString &classes,
                           const QString &title);
    static void endGroup(QPainter &painter);

private:
    void text(const QPointF &at, const QString &text, const QFont &font, Qt::Alignment align);
    // "<name" with the clip, the transform and the pen and brush (or, for
    // text, its colour and font) that apply.
    void open(const char *name, bool withPen, bool withBrush);
    // "<name" with the clip and the transform only.
    void start(const char *name);
    // Ends the element with `closing`, and its clip group.
    void finish(const char *closing);
    void colour(const char *paint, const char *opacity, const QColor &colour);
    void style(bool withPen, bool withBrush);
    void fontAttributes(const QFont &font);
    void point(const QPointF &p);
    void attribute(const char *name, qreal value);
    void number(qreal value);
    void escaped(QStringView text, bool inAttribute);
    void append(const char *text) { mBuffer.append(text); }
    void append(const QByteArray &text) { mBuffer.append(text.constData(), size_t(text.size())); }
    void flush();
    void clip();

    QIODevice *mOut;
    Header mHeader;
    std::string mBuffer;
    bool mFailed = false;
    int mOpenGroups = 0;
    // The painter's transform when it only moves (else 0,0 and a transform
    // attribute): added to every point, so most elements need no transform.
    QPointF mOffset;
    // Where the last <text> ended in the buffer, and its attributes.
    size_t mTextEnd = std::string::npos;
    std::string mTextAttributes;
    // The last font measured by the direct text calls (a card's icon
    // letter is the same font 12,000 times).
    struct FontMetrics {
        QFont font;
        qreal ascent = 0;
        qreal height = 0;
    };
    const FontMetrics &metricsOf(const QFont &font);
    std::optional<FontMetrics> mMetrics;
    bool mClipChanged = false;
    int mClipCount = 0;
    bool mClipped = false;
};

} // namespace blauwdruk
