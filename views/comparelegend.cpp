#include "comparelegend.h"

#include "comparepainter.h"

#include <QEvent>
#include <QPainter>

namespace blauwdruk {

namespace {

constexpr int kSampleWidth = 36;
constexpr int kSpacing = 8; // between a sample and its text
constexpr int kEntryGap = 24;

QFont legendFont() {
    return BlueprintStyle::standard().font(13);
}

} // namespace

CompareLegend::CompareLegend(QWidget *parent)
    : QWidget(parent) {
    setAccessibleName(tr("Legend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QList<CompareLegend::Entry> CompareLegend::entries() const {
    using Origin = JourneyAlignment::Origin;
    return {{int(Origin::Manual), ComparePainter::originText(Origin::Manual)},
            {int(Origin::Title), ComparePainter::originText(Origin::Title)},
            {int(Origin::SimilarTitle), ComparePainter::originText(Origin::SimilarTitle)},
            {3, tr("Only in one journey")}};
}

QSize CompareLegend::sizeHint() const {
    const QFontMetrics metrics(legendFont());
    int width = 0;
    for (const Entry &entry : entries())
        width += kSampleWidth + kSpacing + metrics.horizontalAdvance(entry.text) + kEntryGap;
    return QSize(width - kEntryGap, std::max(24, metrics.height() + 8));
}

void CompareLegend::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const BlueprintStyle &style = BlueprintStyle::standard();
    const QFont font = legendFont();
    const QFontMetrics metrics(font);
    painter.setFont(font);
    const qreal middle = height() / 2.0;
    int x = 0;
    for (const Entry &entry : entries()) {
        if (entry.sample < 3) {
            painter.setPen(
                ComparePainter::linkPen(JourneyAlignment::Origin(entry.sample), style.lineColour));
            painter.drawLine(QPointF(x + 4, middle), QPointF(x + kSampleWidth - 4, middle));
        } else {
            painter.setPen(QPen(QColor(0x4F, 0x56, 0x5E), 1.5, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(x + 2, middle - 8, kSampleWidth - 4, 16), 4, 4);
        }
        x += kSampleWidth + kSpacing;
        painter.setPen(style.text);
        painter.drawText(QRect(x, 0, metrics.horizontalAdvance(entry.text) + 2, height()),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        x += metrics.horizontalAdvance(entry.text) + kEntryGap;
    }
}

void CompareLegend::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace blauwdruk
