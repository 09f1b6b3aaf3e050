#pragma once

#include <QAccessible>
#include <QAccessibleInterface>
#include <QWidget>

namespace blauwdruk::test {

// What a screen reader says a control is called: its accessible name as
// Qt's accessibility interface gives it (its own, its label's through the
// buddy, or its text), blank when it has none.
inline QString spokenName(QWidget *widget) {
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

} // namespace blauwdruk::test
