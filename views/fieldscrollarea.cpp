#include "fieldscrollarea.h"

#include <QApplication>
#include <QScrollBar>

namespace blauwdruk {

namespace {

// Room kept around the field, so its frame and focus ring show whole.
constexpr int kMargin = 8;

} // namespace

FieldScrollArea::FieldScrollArea(QWidget *parent)
    : QScrollArea(parent) {
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Fields narrow with the column rather than scroll sideways.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus);
    mFollowing = connect(qApp, &QApplication::focusChanged, this,
                         [this](QWidget *, QWidget *now) { follow(now); });
}

FieldScrollArea::~FieldScrollArea() {
    disconnect(mFollowing);
}

// Not ensureWidgetVisible(): it shows a text field's caret only, and left
// a field half hidden with its caret line in view. The whole field shows,
// or a tall text box's top.
void FieldScrollArea::follow(QWidget *focus) {
    if (!focus || !widget() || !widget()->isAncestorOf(focus))
        return;
    QRect field(focus->mapTo(widget(), QPoint()), focus->size());
    field.adjust(0, -kMargin, 0, kMargin);
    const int height = viewport()->height();
    if (field.height() > height)
        field.setHeight(height);
    QScrollBar *bar = verticalScrollBar();
    if (field.top() < bar->value())
        bar->setValue(field.top());
    else if (field.bottom() >= bar->value() + height)
        bar->setValue(field.bottom() - height + 1);
}

QSize FieldScrollArea::minimumSizeHint() const {
    QSize size = QScrollArea::minimumSizeHint();
    if (widget())
        size.setWidth(std::max(size.width(), widget()->minimumSizeHint().width() +
                                                 verticalScrollBar()->sizeHint().width() +
                                                 2 * frameWidth()));
    return size;
}

} // namespace blauwdruk
