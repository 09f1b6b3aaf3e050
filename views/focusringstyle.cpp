#include "focusringstyle.h"

#include "blueprintstyle.h"

#include <QAbstractItemView>
#include <QFocusEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyleOption>
#include <QTextEdit>
#include <QTreeView>

namespace blauwdruk {

namespace {

// WCAG 2.1's least contrast for the parts of a control (1.4.11).
constexpr qreal kLeastContrast = 3;

} // namespace

FocusRingStyle::FocusRingStyle(QStyle *base)
    : QProxyStyle(base) {}

void FocusRingStyle::polish(QWidget *widget) {
    QProxyStyle::polish(widget);
    if (qobject_cast<QAbstractItemView *>(widget))
        widget->installEventFilter(this);
    // Lists that choose whole rows show the keyboard's place around the
    // row, not only around its first cell.
    if (auto *tree = qobject_cast<QTreeView *>(widget);
        tree && tree->selectionBehavior() == QAbstractItemView::SelectRows)
        tree->setAllColumnsShowFocus(true);
}

void FocusRingStyle::unpolish(QWidget *widget) {
    if (qobject_cast<QAbstractItemView *>(widget))
        widget->removeEventFilter(this);
    QProxyStyle::unpolish(widget);
}

bool FocusRingStyle::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FocusIn &&
        static_cast<QFocusEvent *>(event)->reason() != Qt::MouseFocusReason)
        if (auto *view = qobject_cast<QAbstractItemView *>(watched);
            view && view->model() && view->selectionModel() && !view->currentIndex().isValid()) {
            const QModelIndex first = view->model()->index(0, 0, view->rootIndex());
            if (first.isValid() && (first.flags() & Qt::ItemIsEnabled))
                view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        }
    return QProxyStyle::eventFilter(watched, event);
}

QColor FocusRingStyle::ringColour(const QPalette &palette, const QColor &background,
                                  bool onHighlight) {
    if (onHighlight) {
        const QColor text = palette.color(QPalette::Text);
        return BlueprintStyle::contrast(text, background) >= kLeastContrast
                   ? text
                   : palette.color(QPalette::HighlightedText);
    }
    const QColor highlight = palette.color(QPalette::Highlight);
    if (BlueprintStyle::contrast(highlight, background) >= kLeastContrast)
        return highlight;
    // A platform whose highlight is pale on its page: a text colour.
    const QColor text = palette.color(QPalette::HighlightedText);
    return BlueprintStyle::contrast(text, background) >= kLeastContrast
               ? text
               : palette.color(QPalette::Text);
}

void FocusRingStyle::drawRing(QPainter *painter, QRectF rect, const QColor &colour, qreal width,
                              bool round) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, round);
    painter->setBrush(Qt::NoBrush);
    QPen pen(colour, width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    const qreal inset = width / 2;
    rect.adjust(inset, inset, -inset, -inset);
    if (round)
        painter->drawEllipse(rect);
    else
        painter->drawRect(rect);
    painter->restore();
}

bool FocusRingStyle::isUnmarkedFocusedList(const QWidget *widget) {
    const auto *view = qobject_cast<const QAbstractItemView *>(widget);
    return view && view->hasFocus() && !view->currentIndex().isValid();
}

bool FocusRingStyle::isFocusedTextBox(const QWidget *widget) {
    return widget && widget->hasFocus() &&
           (qobject_cast<const QPlainTextEdit *>(widget) ||
            qobject_cast<const QTextEdit *>(widget));
}

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption *option,
                                 QPainter *painter, const QWidget *widget) const {
    QProxyStyle::drawControl(element, option, painter, widget);
    // Fusion marks a focused button only as it marks the default one: the
    // ring says which has the keyboard.
    if (element == CE_PushButtonBevel && (option->state & State_HasFocus))
        drawRing(painter, option->rect,
                 ringColour(option->palette, option->palette.color(QPalette::Button)));
}

QRect FocusRingStyle::subElementRect(SubElement element, const QStyleOption *option,
                                     const QWidget *widget) const {
    if (element == SE_ItemViewItemFocusRect)
        return option->rect;
    return QProxyStyle::subElementRect(element, option, widget);
}

void FocusRingStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                   QPainter *painter, const QWidget *widget) const {
    switch (element) {
    case PE_FrameFocusRect: {
        // On a chosen row the ring is the text's colour, which stands out
        // from the highlight and from the page both: a portrait's highlight
        // covers its name only, and the ring goes round the portrait too.
        // A tree that rings its whole row says the row is chosen only by
        // the background it gives, not by the state.
        const QColor highlight = option->palette.color(QPalette::Highlight);
        bool chosen = option->state & State_Selected;
        if (const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option);
            focus && focus->backgroundColor.isValid())
            chosen = chosen || focus->backgroundColor == highlight;
        const QColor ring =
            chosen ? ringColour(option->palette, highlight, true)
                   : ringColour(option->palette, option->palette.color(QPalette::Base));
        drawRing(painter, option->rect, ring);
        return;
    }
    case PE_Frame:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (isUnmarkedFocusedList(widget) || isFocusedTextBox(widget))
            drawRing(painter, option->rect,
                     ringColour(option->palette, option->palette.color(QPalette::Base)));
        return;
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace blauwdruk
