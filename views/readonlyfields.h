#pragma once

class QWidget;

namespace blauwdruk {

// Makes the editing fields inside a form read-only (text stays selectable
// for copying; buttons, choices and spin boxes are disabled) or editable
// again. A read-only document must not let anyone type text that is never
// saved.
class ReadOnlyFields {
public:
    static void apply(QWidget *container, bool readOnly);
};

} // namespace blauwdruk
