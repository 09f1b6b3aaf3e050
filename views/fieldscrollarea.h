#pragma once

#include <QScrollArea>

namespace blauwdruk {

// A scrolled column of fields (the Inspector, the persona form, the
// residents' verdicts) that keeps the field with the keyboard in view.
// QScrollArea scrolls to a field only when Tab moves within it; coming in
// from outside (from the canvas, the outline, a shortcut) the field could
// stay out of sight or half hidden. It is no Tab stop itself (it would
// take the keyboard and show nothing), and it is never narrower than its
// fields, so that no field is cut off or scrolled sideways.
class FieldScrollArea : public QScrollArea {
    Q_OBJECT
public:
    explicit FieldScrollArea(QWidget *parent = nullptr);
    // Stops following the keyboard before the fields go: deleting them
    // moves the keyboard, and QObject would only disconnect after this
    // object is no longer a FieldScrollArea.
    ~FieldScrollArea() override;

    QSize minimumSizeHint() const override;

private:
    void follow(QWidget *focus);

    QMetaObject::Connection mFollowing;
};

} // namespace blauwdruk
