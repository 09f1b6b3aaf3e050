#include "readonlyfields.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>

namespace blauwdruk {

void ReadOnlyFields::apply(QWidget *container, bool readOnly) {
    for (QLineEdit *edit : container->findChildren<QLineEdit *>()) {
        // A combo box's or spin box's own line edit follows its owner.
        if (!qobject_cast<QComboBox *>(edit->parentWidget()) &&
            !qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            edit->setReadOnly(readOnly);
    }
    for (QPlainTextEdit *edit : container->findChildren<QPlainTextEdit *>())
        edit->setReadOnly(readOnly);
    for (QWidget *widget : container->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QSlider *>(widget))
            widget->setEnabled(!readOnly);
    }
}

} // namespace blauwdruk
