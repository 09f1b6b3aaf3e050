#include "elidedlabel.h"

#include <QPainter>

namespace blauwdruk {

namespace {

constexpr int kMinimumCharacters = 6; // "Stap: …" still says what it is

} // namespace

ElidedLabel::ElidedLabel(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidedLabel::setText(const QString &text) {
    // One line: line breaks in a title from the file become spaces.
    const QString line = QString(text).replace(u'\n', u' ').simplified();
    if (line == mText)
        return;
    mText = line;
    updateGeometry();
    updateToolTip();
    update();
}

bool ElidedLabel::isElided() const {
    return fontMetrics().horizontalAdvance(mText) > contentsRect().width();
}

QSize ElidedLabel::sizeHint() const {
    return wholeSize();
}

QSize ElidedLabel::minimumSizeHint() const {
    const QFontMetrics metrics = fontMetrics();
    const QMargins margins = contentsMargins();
    const int least = metrics.horizontalAdvance(mText.left(kMinimumCharacters) + QChar(0x2026));
    return {std::min(least + margins.left() + margins.right(), wholeSize().width()),
            metrics.height() + margins.top() + margins.bottom()};
}

// The room the whole text takes on one line.
QSize ElidedLabel::wholeSize() const {
    const QFontMetrics metrics = fontMetrics();
    const QMargins margins = contentsMargins();
    return {metrics.horizontalAdvance(mText) + margins.left() + margins.right() + 2,
            metrics.height() + margins.top() + margins.bottom()};
}

void ElidedLabel::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    const QRect area = contentsRect();
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(mText, Qt::ElideRight, area.width()));
}

void ElidedLabel::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    updateToolTip();
}

// The whole text where the label cannot show it.
void ElidedLabel::updateToolTip() {
    setToolTip(isElided() ? mText : QString());
}

} // namespace blauwdruk
