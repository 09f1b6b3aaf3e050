#include "highcontraststyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace blauwdruk {

namespace {

// A black frame just inside `rect`, and around it a ring in the highlight
// colour when the control has the focus.
void frame(QPainter *painter, const QStyleOption *option, QRectF rect, bool round = false) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, round);
    painter->setBrush(Qt::NoBrush);
    const bool focused = option->state & QStyle::State_HasFocus;
    const bool enabled = option->state & QStyle::State_Enabled;
    // Greyed-out controls keep a frame of 7:1, as their text does.
    QPen pen(enabled ? option->palette.color(QPalette::WindowText)
                     : option->palette.color(QPalette::Disabled, QPalette::WindowText),
             1);
    if (focused) {
        pen.setColor(option->palette.color(QPalette::Highlight));
        pen.setWidthF(2);
    }
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    const qreal inset = pen.widthF() / 2;
    rect.adjust(inset, inset, -inset, -inset);
    if (round)
        painter->drawEllipse(rect);
    else
        painter->drawRect(rect);
    painter->restore();
}

} // namespace

HighContrastStyle::HighContrastStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

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
    case PE_FrameFocusRect:
        // Fusion's dotted hint is hard to see: a solid ring instead.
        {
            QStyleOption focused(*option);
            focused.state |= State_HasFocus;
            frame(painter, &focused, option->rect);
        }
        return;
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        frame(painter, option, option->rect);
        return;
    case PE_IndicatorRadioButton:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        frame(painter, option, option->rect, true);
        return;
    case PE_Frame:
    case PE_FrameGroupBox:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        {
            // A list shows the focus on its current item; a text box (a
            // description, the authors) on its frame, as a line edit does.
            QStyleOption plain(*option);
            if (!widget || (!widget->inherits("QPlainTextEdit") && !widget->inherits("QTextEdit")))
                plain.state &= ~State_HasFocus;
            frame(painter, &plain, option->rect);
        }
        return;
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void HighContrastStyle::drawComplexControl(ComplexControl control,
                                           const QStyleOptionComplex *option, QPainter *painter,
                                           const QWidget *widget) const {
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_ComboBox || control == CC_SpinBox)
        frame(painter, option, option->rect);
}

void HighContrastStyle::drawControl(ControlElement element, const QStyleOption *option,
                                    QPainter *painter, const QWidget *widget) const {
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_PushButtonBevel)
        frame(painter, option, option->rect);
}

} // namespace blauwdruk
