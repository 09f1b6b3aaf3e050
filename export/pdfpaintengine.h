#pragma once

#include <QByteArray>
#include <QFont>
#include <QGlyphRun>
#include <QPaintEngine>
#include <QRawFont>
#include <QSizeF>

#include <optional>
#include <set>
#include <vector>

class QPainter;

namespace blauwdruk {

class PdfDocument;
class PdfFont;

// A paint engine that writes PDF pages for PdfDocument, in place of Qt's
// QPdfEngine for posters: a line of text is one TJ of glyph ids (QPdfEngine
// moves to every glyph on its own), shapes are plain path operators with
// the colour, width and dash written only when they change, and each page is
// compressed at a fast level and written when it is finished. Device units
// are PdfPaintDevice's (1/1200 inch, y down); the page's first operator
// turns them into points.
class PdfPaintEngine : public QPaintEngine {
public:
    explicit PdfPaintEngine(PdfDocument &document);

    static constexpr Type kType = Type(QPaintEngine::User + 18);
    Type type() const override { return kType; }
    bool begin(QPaintDevice *device) override;
    bool end() override;
    void updateState(const QPaintEngineState &state) override;
    void drawPath(const QPainterPath &path) override;
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override;
    void drawTextItem(const QPointF &baseline, const QTextItem &item) override;
    void drawPixmap(const QRectF &target, const QPixmap &pixmap, const QRectF &source) override;
    void drawImage(const QRectF &target, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags flags) override;

    // The engine `painter` paints with when it paints this PDF, else nullptr.
    static PdfPaintEngine *of(QPainter &painter);
    // One line of text in the painter's font and pen, its baseline at `at`
    // (horizontally: its start, centre or end, by `align`).
    void text(const QPointF &at, const QString &text, const QFont &font, Qt::Alignment align);

    // Ends the page being drawn and starts one of `points` (device units
    // stay 1/1200 inch).
    void newPage(const QSizeF &points);

private:
    void finishPage();
    void op(const QByteArray &bytes) { mContent += bytes; }
    void number(qreal value);
    void pathOf(const QPainterPath &path);
    // Colour, width, dash, caps and joins of the painter, where they changed.
    void fillColour(const QColor &colour);
    void strokeStyle(const QPen &pen);
    void applyClip();
    // Before a shape: its clip, fill colour and pen; after it: the operator
    // that fills and/or strokes it.
    void startShape(bool fill, bool stroke);
    void endShape(bool fill, bool stroke, bool evenOdd);
    static QString charactersOf(const QGlyphRun &run, const QString &text);
    static QString alignedCharacters(const QGlyphRun &run, const QString &ink, qsizetype &next);
    void textRun(const QPointF &at, const QRawFont &raw, const QList<quint32> &glyphs,
                 const QList<QPointF> &positions, const QString &text, qreal pixelSize);

    PdfDocument &mDocument;
    QSizeF mPage;        // points
    QByteArray mContent; // the page's operators so far
    std::set<int> mFonts;
    std::set<int> mImages;
    bool mClipChanged = true;
    bool mClipOpen = false;
    // What the page's graphics state holds (reset when a clip ends).
    std::optional<QColor> mFill;
    std::optional<QColor> mStroke;
    std::optional<QByteArray> mLine; // width, dash, cap, join
    PdfFont *mLastFont = nullptr;
    QRawFont mLastRaw;
};

} // namespace blauwdruk
