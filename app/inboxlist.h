#pragma once

#include <QListWidget>

namespace blauwdruk {

// The live session's list of incoming cards. It tells whether a row is being
// edited, so the Enter that ends an edit is not taken for "accept".
class InboxList : public QListWidget {
    Q_OBJECT
public:
    using QListWidget::QListWidget;
    bool isEditing() const { return state() == QAbstractItemView::EditingState; }
};

} // namespace blauwdruk
