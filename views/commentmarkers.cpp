#include "commentmarkers.h"

#include "blueprintlayout.h"
#include "blueprintstyle.h"
#include "commentthreads.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace blauwdruk {

namespace {

constexpr qreal kHeight = 16;
constexpr qreal kMinWidth = 22;

QFont markerFont() {
    return Theme::canvas().font(11, true); // DESIGN.md: never below 11 px
}

// A bubble of the marker's size with its top-right corner at `corner`.
QRectF bubble(const QPointF &corner, int count) {
    const qreal width = std::max(
        kMinWidth, QFontMetricsF(markerFont()).horizontalAdvance(QString::number(count)) + 12);
    return QRectF(corner.x() - width, corner.y(), width, kHeight);
}

} // namespace

CommentMarkers::CommentMarkers(const Workspace &workspace, const BlueprintLayout &layout,
                               const QString &journey, const QRectF &visible)
    : mVisible(visible)
    , mHeaderHeight(layout.headerHeight) {
    const auto open = CommentThreads::openByTarget(workspace, journey);
    if (open.isEmpty())
        return;
    const qreal pinned = std::max<qreal>(0, visible.top());
    for (const BlueprintLayout::StepBox &step : layout.steps)
        if (const QStringList threads = open.value(step.id); !threads.isEmpty())
            mMarkers.push_back(
                {step.id, threads.first(), int(threads.size()),
                 bubble(step.header.topRight() + QPointF(-6, 6 + pinned), int(threads.size())),
                 true});
    for (const BlueprintLayout::CardBox &card : layout.cards)
        if (const QStringList threads = open.value(card.id); !threads.isEmpty())
            // Astride the corner, clear of the kind icon below it.
            mMarkers.push_back(
                {card.id, threads.first(), int(threads.size()),
                 bubble(card.rect.topRight() + QPointF(6, -kHeight / 2), int(threads.size())),
                 false});
}

void CommentMarkers::paintOnCards(QPainter &painter) const {
    paint(painter, false);
}

void CommentMarkers::paintOnHeaders(QPainter &painter) const {
    paint(painter, true);
}

void CommentMarkers::paint(QPainter &painter, bool onHeaders) const {
    const BlueprintStyle &style = Theme::canvas();
    painter.save();
    painter.setFont(markerFont());
    for (const Marker &marker : mMarkers) {
        if (marker.onHeader != onHeaders || !marker.rect.intersects(mVisible))
            continue;
        // A speech bubble: a rounded box with a small tail at its lower left.
        QPainterPath path;
        path.addRoundedRect(marker.rect, 4, 4);
        const QPointF tail = marker.rect.bottomLeft() + QPointF(5, 0);
        path.moveTo(tail);
        path.lineTo(tail + QPointF(0, 5));
        path.lineTo(tail + QPointF(6, 0));
        path.closeSubpath();
        painter.setPen(QPen(style.background, 1.5));
        painter.setBrush(style.lineColour);
        painter.drawPath(path.simplified());
        painter.setPen(Qt::white);
        painter.drawText(marker.rect, Qt::AlignCenter, QString::number(marker.count));
    }
    painter.restore();
}

bool CommentMarkers::underPinnedHeaders(const QPointF &p) const {
    return (mVisible.top() > 0 && p.y() < mVisible.top() + mHeaderHeight) ||
           (mVisible.left() > 0 && p.x() < mVisible.left() + Theme::canvas().laneHeaderWidth);
}

const CommentMarkers::Marker *CommentMarkers::at(const QPointF &scenePos) const {
    // Headers first: they are drawn on top.
    for (bool headers : {true, false})
        for (const Marker &marker : mMarkers)
            if (marker.onHeader == headers &&
                marker.rect.adjusted(-2, -2, 2, 2).contains(scenePos) &&
                (headers || !underPinnedHeaders(scenePos)))
                return &marker;
    return nullptr;
}

bool CommentMarkers::affects(const Changes &changes) {
    for (const Change &change : changes)
        if (change.type == EntityType::Comment)
            return true;
    return false;
}

} // namespace blauwdruk
