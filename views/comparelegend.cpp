#include "comparelegend.h"

#include "comparepainter.h"
#include "theme.h"

#include <QEvent>
#include <QPainter>

namespace blauwdruk {

namespace {

constexpr int kSampleWidth = 36;
constexpr int kSpacing = 8; // between a sample and its text
constexpr int kEntryGap = 24;

QFont legendFont() {
    return Theme::canvas().font(13);
}

} // namespace

CompareLegend::CompareLegend(QWidget *parent)
    : QWidget(parent) {
    setAccessibleName(tr("Legend"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QList<CompareLegend::Entry> CompareLegend::entries() const {
    using Origin = JourneyAlignment::Origin;
    return {{int(Origin::Manual), ComparePainter::originText(Origin::Manual)},
            {int(Origin::Title), ComparePainter::originText(Origin::Title)},
            {int(Origin::SimilarTitle), ComparePainter::originText(Origin::SimilarTitle)},
            {int(Origin::IdealVersion), ComparePainter::originText(Origin::IdealVersion)},
            {kOutline, tr("Only in one journey")}};
}

int CompareLegend::entryWidth(const Entry &entry) const {
    return kSampleWidth + kSpacing + QFontMetrics(legendFont()).horizontalAdvance(entry.text) + 2;
}

int CompareLegend::rowHeight() const {
    return std::max(24, QFontMetrics(legendFont()).height() + 8);
}

QList<QPoint> CompareLegend::flow(int width) const {
    QList<QPoint> places;
    int x = 0, y = 0;
    for (const Entry &entry : entries()) {
        if (x > 0 && x + entryWidth(entry) > width) {
            x = 0;
            y += rowHeight();
        }
        places << QPoint(x, y);
        x += entryWidth(entry) + kEntryGap;
    }
    return places;
}

QSize CompareLegend::sizeHint() const {
    int width = 0;
    for (const Entry &entry : entries())
        width += entryWidth(entry) + kEntryGap;
    return QSize(width - kEntryGap, rowHeight());
}

QSize CompareLegend::minimumSizeHint() const {
    int width = 0;
    for (const Entry &entry : entries())
        width = std::max(width, entryWidth(entry));
    return QSize(width, rowHeight());
}

int CompareLegend::heightForWidth(int width) const {
    return flow(width).back().y() + rowHeight();
}

void CompareLegend::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const BlueprintStyle &style = Theme::canvas();
    const QFont font = legendFont();
    const QFontMetrics metrics(font);
    painter.setFont(font);
    const QList<Entry> all = entries();
    const QList<QPoint> places = flow(width());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Entry &entry = all[i];
        const qreal middle = places[i].y() + rowHeight() / 2.0;
        int x = places[i].x();
        if (entry.sample != kOutline) {
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
        painter.drawText(
            QRect(x, places[i].y(), metrics.horizontalAdvance(entry.text) + 2, rowHeight()),
            Qt::AlignLeft | Qt::AlignVCenter, entry.text);
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
