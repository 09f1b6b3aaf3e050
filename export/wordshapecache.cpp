#include "wordshapecache.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace blauwdruk {

namespace {

// Words kept per thread before the cache starts over: a few MB at most.
constexpr qsizetype kMaxWords = 50000;

// Text that shaping per word would get wrong: right-to-left and joined
// scripts shape across the whole line; controls and tabs lay out specially.
bool simple(const QString &line) {
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x0590 && u < 0x1E00) || (u >= 0xD800 && u < 0xE000) ||
            (u >= 0xFB1D && u < 0xFE00) || (u >= 0xFE70 && u < 0xFF00))
            return false;
    }
    return true;
}

} // namespace

WordShapeCache::FontWords &WordShapeCache::wordsOf(const QFont &font) {
    for (FontWords &known : mFonts)
        if (known.font == font)
            return known;
    if (mFonts.size() >= 16)
        mFonts.clear();
    mFonts.push_back({font, QFontMetricsF(font).horizontalAdvance(u' '), {}});
    return mFonts.back();
}

const WordShapeCache::Word &WordShapeCache::word(FontWords &words, const QString &text) {
    auto it = words.words.constFind(text);
    if (it != words.words.constEnd())
        return *it;
    if (words.words.size() >= kMaxWords)
        words.words.clear();
    Word word;
    QTextLayout layout(text, words.font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (line.isValid()) {
        // Positions from the baseline, whatever ascent a fallback font gave
        // the line.
        for (QGlyphRun run : line.glyphRuns()) {
            QList<QPointF> positions = run.positions();
            for (QPointF &p : positions)
                p.ry() -= line.ascent();
            run.setPositions(positions);
            word.runs.push_back(run);
        }
        word.advance = line.horizontalAdvance();
    }
    return *words.words.insert(text, std::move(word));
}

std::optional<WordShapeCache::Line> WordShapeCache::shape(const QFont &font, const QString &line) {
    if (!simple(line))
        return std::nullopt;
    thread_local WordShapeCache cache;
    FontWords &words = cache.wordsOf(font);
    // The line's glyphs gathered into as few runs as fonts it uses, so a PDF
    // gets one text object per line, not one per word.
    Line shaped;
    std::vector<QGlyphRun> &out = shaped.runs;
    QList<quint32> indexes;
    QList<QPointF> positions;
    auto flush = [&] {
        if (!indexes.isEmpty()) {
            out.back().setGlyphIndexes(indexes);
            out.back().setPositions(positions);
        }
        indexes.clear();
        positions.clear();
    };
    qreal x = 0;
    qsizetype start = 0;
    while (start <= line.size()) {
        qsizetype end = line.indexOf(u' ', start);
        if (end < 0)
            end = line.size();
        if (end > start) {
            const Word &word = WordShapeCache::word(words, line.mid(start, end - start));
            for (const QGlyphRun &run : word.runs) {
                if (out.empty() || run.rawFont() != out.back().rawFont()) {
                    flush();
                    out.push_back(run);
                }
                indexes += run.glyphIndexes();
                for (const QPointF &p : run.positions())
                    positions.push_back(p + QPointF(x, 0));
            }
            shaped.width = x + word.advance;
            x += word.advance;
        }
        x += words.space;
        start = end + 1;
    }
    flush();
    return shaped;
}

void WordShapeCache::drawLine(QPainter &painter, const QPointF &baseline, const QString &line) {
    if (line.isEmpty())
        return;
    const std::optional<Line> shaped = shape(painter.font(), line);
    if (!shaped) {
        painter.drawText(baseline, line);
        return;
    }
    for (const QGlyphRun &run : shaped->runs)
        painter.drawGlyphRun(baseline, run);
}

} // namespace blauwdruk
