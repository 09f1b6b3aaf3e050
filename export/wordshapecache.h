#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace blauwdruk {

// Draws lines of text from words shaped once: a poster of 12,000 cards
// repeats the same few thousand words, and shaping each line anew (HarfBuzz,
// through QPainter::drawText) was a third of a PDF export. A line is split at
// its spaces; each word is shaped on its own the first time it is seen in a
// font and its glyphs are reused after that, the way browsers cache word
// shapes. Kerning across a space is lost, which moves nothing by more than a
// fraction of a pixel. Per thread, bounded.
class WordShapeCache {
public:
    // Draws `line` in the painter's font and pen with its baseline starting
    // at `baseline`, as QPainter::drawText(baseline, line) would.
    static void drawLine(QPainter &painter, const QPointF &baseline, const QString &line);

    // The glyphs of `line`, positioned from the start of its baseline, one
    // run per font it needs, and the width of its ink; nothing for lines
    // that must be shaped whole (see drawLine). Spaces have no glyphs.
    struct Line {
        std::vector<QGlyphRun> runs;
        qreal width = 0;
    };
    static std::optional<Line> shape(const QFont &font, const QString &line);

private:
    struct Word {
        std::vector<QGlyphRun> runs; // one per font the word needs (fallbacks)
        qreal advance = 0;
    };
    // The words of one font. A poster uses a handful of fonts, found by
    // comparing fonts (QFont::key() was a tenth of the export's time).
    struct FontWords {
        QFont font;
        qreal space = 0;
        QHash<QString, Word> words;
    };
    FontWords &wordsOf(const QFont &font);
    static const Word &word(FontWords &words, const QString &text);

    std::vector<FontWords> mFonts;
};

} // namespace blauwdruk
