#pragma once

#include <QStyledItemDelegate>

namespace blauwdruk {

// Rows with room above and below their text. Qt's rows are as low as their
// text, so the selection and the keyboard's ring (FocusRingStyle) touch the
// letters, and a row with a portrait is higher than its neighbours by the
// portrait alone. A list that is read row by row (the journey overview)
// gets a few pixels more on each side.
class RoomyRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit RoomyRowDelegate(QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace blauwdruk
