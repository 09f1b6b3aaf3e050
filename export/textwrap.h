#pragma once

#include <QFont>
#include <QStringList>

#include <climits>

namespace blauwdruk {

// The one way Blauwdruk breaks text into lines, so a title breaks the same
// on the canvas, in the compare view, on the persona sheet and on paper.
// Lines break where Unicode allows (spaces, after hyphens and dashes, between
// ideographs), a word wider than the line is broken between graphemes, and
// runs of white space count as one space.
struct TextWrap {
    // `text` as lines no wider than `width` in `font`, at most `maxLines`;
    // when text remains, the last line shown ends in "…". Empty text (or
    // only white space) gives no lines.
    static QStringList lines(const QString &text, const QFont &font, qreal width,
                             int maxLines = INT_MAX);
    // The start of `text` that fits in `width` with "…" after it (or all of
    // it, when it fits): how the last line of cut text ends.
    static QString elide(const QString &text, const QFont &font, qreal width);
};

} // namespace blauwdruk
