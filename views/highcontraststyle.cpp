#include "highcontraststyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace blauwdruk {

namespace {

// A black frame just inside `rect`, or the focus ring in its place when the
// control has the focus.
void frame(QPainter *painter, const QStyleOption *option, const QRectF &rect, bool round = false) {
    if (option->state & QStyle::State_HasFocus) {
        FocusRingStyle::drawRing(painter, rect, option->palette.color(QPalette::Highlight), 2,
                                 round);
        return;
    }
    // Greyed-out controls keep a frame of 7:1, as their text does.
    const bool enabled = option->state & QStyle::State_Enabled;
    FocusRingStyle::drawRing(painter, rect,
                             enabled
                                 ? option->palette.color(QPalette::WindowText)
                                 : option->palette.color(QPalette::Disabled, QPalette::WindowText),
                             1, round);
}

} // namespace

HighContrastStyle::HighContrastStyle()
    : FocusRingStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void HighContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                      QPainter *painter, const QWidget *widget) const {
    switch (element) {
    case PE_FrameLineEdit:
        // A line edit inside a combo or spin box has the box's frame.
        if (widget && widget->parentWidget() &&
            (widget->parentWidget()->inherits("QComboBox") ||
             widget->parentWidget()->inherits("QAbstractSpinBox")))
            break;
        frame(painter, option, option->rect);
        return;
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
        FocusRingStyle::drawPrimitive(element, option, painter, widget);
        frame(painter, option, option->rect);
        return;
    case PE_IndicatorRadioButton:
        FocusRingStyle::drawPrimitive(element, option, painter, widget);
        frame(painter, option, option->rect, true);
        return;
    case PE_Frame:
    case PE_FrameGroupBox:
        FocusRingStyle::drawPrimitive(element, option, painter, widget);
        {
            // A list shows the focus on its current item; a text box (a
            // description, the authors) on its frame, as a line edit does.
            QStyleOption plain(*option);
            if (!widget || (!widget->inherits("QPlainTextEdit") && !widget->inherits("QTextEdit")))
                plain.state &= ~State_HasFocus;
            frame(painter, &plain, option->rect);
        }
        if (isUnmarkedFocusedList(widget))
            drawRing(painter, option->rect, option->palette.color(QPalette::Highlight));
        return;
    default:
        break;
    }
    FocusRingStyle::drawPrimitive(element, option, painter, widget);
}

void HighContrastStyle::drawComplexControl(ComplexControl control,
                                           const QStyleOptionComplex *option, QPainter *painter,
                                           const QWidget *widget) const {
    FocusRingStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_ComboBox || control == CC_SpinBox)
        frame(painter, option, option->rect);
}

void HighContrastStyle::drawControl(ControlElement element, const QStyleOption *option,
                                    QPainter *painter, const QWidget *widget) const {
    FocusRingStyle::drawControl(element, option, painter, widget);
    if (element == CE_PushButtonBevel)
        frame(painter, option, option->rect);
}

} // namespace blauwdruk
