#include "roomyrowdelegate.h"

#include <QFontMetrics>

namespace blauwdruk {

RoomyRowDelegate::RoomyRowDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QSize RoomyRowDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // A third of a line on each side: it grows with the font, as the text
    // does (the system's font size, WCAG 1.4.4).
    const int room = option.fontMetrics.height() / 3;
    size.rheight() += 2 * room;
    return size;
}

} // namespace blauwdruk
