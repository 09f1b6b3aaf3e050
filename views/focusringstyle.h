#pragma once

#include <QProxyStyle>

namespace blauwdruk {

// A style whose keyboard focus can be seen (issue 20, WCAG 2.1's 2.4.7):
// the platform style wrapped, with its focus mark drawn as a solid 2-pixel
// ring. Fusion's own mark is a faint rectangle at about 1.3:1, drawn only
// right after a Tab, so a list with the keyboard but nothing chosen in it
// (the journey overview, the persona gallery) looked exactly like one
// without. The ring is the highlight colour where that stands out at 3:1
// (1.4.11), the text colour where it does not; on a chosen row it is the
// chosen text's colour, inside the row. A list with the keyboard and no
// current row (an empty one) and a text box of several lines with the
// keyboard show the ring on their frame (one pixel: the inside covers the
// rest); rows of several columns show it around the whole row.
class FocusRingStyle : public QProxyStyle {
public:
    // Takes `base` (the platform style, or Fusion) into its care.
    explicit FocusRingStyle(QStyle *base);

    void polish(QWidget *widget) override;
    void unpolish(QWidget *widget) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    // A focused button gets the ring too (Fusion draws the default one and
    // the focused one alike).
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    // The ring goes round the whole item (a portrait with its name), not
    // round its text alone.
    QRect subElementRect(SubElement element, const QStyleOption *option,
                         const QWidget *widget = nullptr) const override;

    // The ring's colour on `background` in `palette`; `onHighlight` for a
    // chosen row, whose highlight is `background`.
    static QColor ringColour(const QPalette &palette, const QColor &background,
                             bool onHighlight = false);
    // A ring of `width` pixels in `colour` just inside `rect`.
    static void drawRing(QPainter *painter, QRectF rect, const QColor &colour, qreal width = 2,
                         bool round = false);

protected:
    // A list the keyboard enters by Tab or a shortcut with no current row
    // gets its first row as current (not chosen), so the ring shows where
    // the arrow keys start. Qt does this only the first time.
    bool eventFilter(QObject *watched, QEvent *event) override;

    // A list with the keyboard and no current row to show it on.
    static bool isUnmarkedFocusedList(const QWidget *widget);
    // A text box of several lines with the keyboard: its caret alone marks
    // it, and a read-only one (review mode) has none.
    static bool isFocusedTextBox(const QWidget *widget);
};

} // namespace blauwdruk
