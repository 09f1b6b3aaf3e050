#pragma once

#include <QObject>

class QWidget;

namespace blauwdruk {

// The mouse wheel changes a value only in the field that has focus: over a
// combo box, spin box or slider without focus it scrolls what surrounds the
// field (the Inspector, a form, a dialog), as if the field were not there,
// so scrolling a panel never edits. One filter on the application covers
// every window, dialog and field, also those made later.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    // Installs the guard on the application; once is enough, later calls do nothing.
    static void install();
    // A field whose value the wheel would change (scroll bars only scroll).
    static bool guards(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace blauwdruk
