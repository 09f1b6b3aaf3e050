#pragma once

#include <QPainter>

namespace blauwdruk {

// Keeps a painter's pen, brush, font and render hints, and puts them back
// when it goes out of scope. For what is drawn thousands of times (cards,
// their icons, arrows): QPainter::save() and restore() also mark the
// transform and clip as changed, and a PDF then restates both, with every
// pen and brush, for each card (a fifth of an A0 poster's page content).
class PenAndBrush {
public:
    explicit PenAndBrush(QPainter &painter)
        : mPainter(painter)
        , mPen(painter.pen())
        , mBrush(painter.brush())
        , mFont(painter.font())
        , mHints(painter.renderHints()) {}
    ~PenAndBrush() {
        mPainter.setPen(mPen);
        mPainter.setBrush(mBrush);
        mPainter.setFont(mFont);
        mPainter.setRenderHints(QPainter::RenderHints::fromInt(~0), false);
        mPainter.setRenderHints(mHints, true);
    }
    PenAndBrush(const PenAndBrush &) = delete;
    PenAndBrush &operator=(const PenAndBrush &) = delete;

private:
    QPainter &mPainter;
    QPen mPen;
    QBrush mBrush;
    QFont mFont;
    QPainter::RenderHints mHints;
};

} // namespace blauwdruk
