#include "wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace blauwdruk {

namespace {

// The guarded field `widget` belongs to (a spin box's own line edit belongs
// to the spin box), or null. A popup (a combo box's open list) is a window
// of its own and not part of the field.
QWidget *fieldOf(QWidget *widget) {
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (WheelGuard::guards(w))
            return w;
        if (w->isWindow())
            break;
    }
    return nullptr;
}

bool hasFocus(const QWidget *field) {
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == field || field->isAncestorOf(focus));
}

// Qt gives the wheel to a field's parents when the field ignores it, but
// only for the wheel of a real mouse; doing it here serves both, and the
// first parent that takes it (the scroll area around the field) scrolls.
void passToParents(QWidget *receiver, QWidget *field, const QWheelEvent &wheel) {
    QPointF position = receiver->mapTo(field, wheel.position());
    for (QWidget *child = field;
         !child->isWindow() && !child->testAttribute(Qt::WA_NoMousePropagation) &&
         child->parentWidget();
         child = child->parentWidget()) {
        position += child->pos();
        QWheelEvent copy(position, wheel.globalPosition(), wheel.pixelDelta(), wheel.angleDelta(),
                         wheel.buttons(), wheel.modifiers(), wheel.phase(), wheel.inverted(),
                         wheel.source(), wheel.pointingDevice());
        if (QCoreApplication::sendEvent(child->parentWidget(), &copy) && copy.isAccepted())
            return;
    }
}

} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent) {
    setObjectName(QStringLiteral("WheelGuard"));
}

void WheelGuard::install() {
    if (!qApp || qApp->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new WheelGuard(qApp));
    // Fields made before the guard: later ones are set as they are polished.
    for (QWidget *widget : QApplication::allWidgets())
        if (guards(widget) && widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
}

bool WheelGuard::guards(const QWidget *widget) {
    return qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           (qobject_cast<const QAbstractSlider *>(widget) &&
            !qobject_cast<const QScrollBar *>(widget));
}

// Sees every event of the application: two comparisons for all but these two.
bool WheelGuard::eventFilter(QObject *watched, QEvent *event) {
    const QEvent::Type type = event->type();
    if ((type != QEvent::Wheel && type != QEvent::Polish) || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    // Qt gives a WheelFocus field focus on the first turn of the wheel,
    // before any filter sees it: such a field would then take the value.
    if (type == QEvent::Polish) {
        if (guards(widget) && widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    QWidget *field = fieldOf(widget);
    if (!field || hasFocus(field))
        return false;
    passToParents(widget, field, *static_cast<QWheelEvent *>(event));
    event->accept(); // Qt must not pass it on a second time
    return true;
}

} // namespace blauwdruk
