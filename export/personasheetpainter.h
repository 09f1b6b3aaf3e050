#pragma once

#include "blueprintstyle.h"

#include <QRectF>

class QPainter;

namespace blauwdruk {

class Workspace;
struct Persona;

// Draws one persona's printable sheet (an A4 portrait poster) with QPainter:
// the same code paints the in-app view and every page of the PDF.
class PersonaSheetPainter {
public:
    static constexpr qreal kPageWidthMm = 210; // A4 portrait, the shape the sheet is made for
    static constexpr qreal kPageHeightMm = 297;
    static constexpr qreal kBodyMaxPt = 10;  // body text starts at this size...
    static constexpr qreal kBodyMinPt = 7.5; // ...and shrinks to this before texts are shortened

    // How the persona fitted on the page.
    struct Fit {
        qreal bodyPointSize = kBodyMaxPt;
        bool shortened = false; // some text ends in "…"
    };

    explicit PersonaSheetPainter(const BlueprintStyle &style = BlueprintStyle::standard());

    // Paints the whole sheet, white background included, into `page` (any
    // units and any device). Everything scales with the page's width, so the
    // screen and paper show the same lines; a page of another shape than A4
    // only gains or loses room at the bottom. The painter's state is restored.
    Fit paint(QPainter &painter, const QRectF &page, const Persona &persona,
              const Workspace &workspace) const;

    // The height of an A4 portrait page `width` wide, for views that size one.
    static qreal heightForWidth(qreal width) { return width * kPageHeightMm / kPageWidthMm; }

private:
    const BlueprintStyle &mStyle;
};

} // namespace blauwdruk
