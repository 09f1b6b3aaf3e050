#pragma once

#include "focusringstyle.h"

namespace blauwdruk {

// Fusion with borders that can be seen (high contrast, issue 20): Fusion
// draws the frames of fields, lists, buttons and tick boxes in a light grey
// made from the window colour, about 1.6:1 on white, and its focus ring is a
// thin line. Here every such frame is black (21:1) and the field, button or
// box that has the keyboard's focus gets a 2-pixel ring in the highlight
// colour, so WCAG 2.1's 1.4.11 (3:1 for the parts of a control) and 2.4.7
// (visible focus) hold in every dialog.
class HighContrastStyle : public FocusRingStyle {
public:
    HighContrastStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
};

} // namespace blauwdruk
