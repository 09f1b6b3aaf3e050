#include "changemarks.h"

#include "blueprintlayout.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace blauwdruk {

namespace {

constexpr qreal kBadge = 18; // the badge's diameter, in scene units

bool isHeader(EntityType type) {
    return type == EntityType::Stage || type == EntityType::Step || type == EntityType::Lane;
}

QRectF rectOf(const BlueprintLayout &layout, EntityType type, const QString &id) {
    switch (type) {
    case EntityType::Card:
        if (const BlueprintLayout::CardBox *box = layout.card(id))
            return box->rect;
        break;
    case EntityType::Step:
        for (const BlueprintLayout::StepBox &step : layout.steps)
            if (step.id == id)
                return step.header;
        break;
    case EntityType::Stage:
        for (const BlueprintLayout::StageBox &stage : layout.stages)
            if (stage.id == id)
                return stage.rect;
        break;
    case EntityType::Lane:
        for (const BlueprintLayout::LaneBox &lane : layout.lanes)
            if (lane.id == id)
                return lane.header;
        break;
    default:
        break;
    }
    return QRectF();
}

} // namespace

std::vector<ChangeMarks::Mark> ChangeMarks::marks(const BlueprintLayout &layout) const {
    std::vector<Mark> result;
    for (const DiffEntry &entry : mEntries) {
        if (entry.kind == DiffEntry::Kind::Removed)
            continue;
        const QRectF rect = rectOf(layout, entry.type, entry.id);
        if (!rect.isNull())
            result.push_back({entry.kind, entry.type, entry.id, rect});
    }
    return result;
}

QColor ChangeMarks::colour(DiffEntry::Kind kind) {
    switch (kind) {
    case DiffEntry::Kind::Added:
        return QColor(0x2E, 0x8B, 0x3E);
    case DiffEntry::Kind::Changed:
        return QColor(0xB0, 0x6A, 0x00); // amber, dark enough for its white sign
    case DiffEntry::Kind::Moved:
        return QColor(0x1E, 0x6F, 0xD9);
    case DiffEntry::Kind::Removed:
        return QColor(0xC6, 0x28, 0x28);
    }
    return {};
}

QString ChangeMarks::symbol(DiffEntry::Kind kind) {
    switch (kind) {
    case DiffEntry::Kind::Added:
        return QStringLiteral("+");
    case DiffEntry::Kind::Changed:
        return QStringLiteral("~");
    case DiffEntry::Kind::Moved:
        return QStringLiteral("→");
    case DiffEntry::Kind::Removed:
        return QStringLiteral("−");
    }
    return {};
}

void ChangeMarks::paintCards(QPainter &painter, const BlueprintLayout &layout) const {
    QHash<QString, int> badges; // a card changed and moved shows two badges
    for (const Mark &mark : marks(layout))
        if (!isHeader(mark.type))
            paintMark(painter, mark, badges[mark.id]++);
}

void ChangeMarks::paintHeaders(QPainter &painter, const BlueprintLayout &layout,
                               const QRectF &visible) const {
    QHash<QString, int> badges;
    for (const Mark &mark : marks(layout)) {
        if (!isHeader(mark.type))
            continue;
        // Where PinnedHeaders draws the header while the canvas is scrolled.
        Mark shown = mark;
        if (mark.type == EntityType::Lane && visible.left() > 0)
            shown.rect.translate(visible.left(), 0);
        else if (mark.type != EntityType::Lane && visible.top() > 0)
            shown.rect.translate(0, visible.top());
        paintMark(painter, shown, badges[mark.id]++);
    }
}

void ChangeMarks::paintMark(QPainter &painter, const Mark &mark, int badgeIndex) const {
    const QColor colour = ChangeMarks::colour(mark.kind);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen outline(colour, 3);
    outline.setCosmetic(true);
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(mark.rect.adjusted(-3, -3, 3, 3), 5, 5);
    // The badge sits on the top right corner, a second one left of it.
    const QPointF centre(mark.rect.right() - badgeIndex * (kBadge + 3), mark.rect.top());
    const QRectF badge(centre.x() - kBadge / 2, centre.y() - kBadge / 2, kBadge, kBadge);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(colour);
    painter.drawEllipse(badge);
    QPen sign(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(sign);
    painter.setBrush(Qt::NoBrush);
    // Drawn as lines, not glyphs, so no font can lack them.
    const qreal r = kBadge * 0.27;
    QPainterPath path;
    switch (mark.kind) {
    case DiffEntry::Kind::Added:
        path.moveTo(centre + QPointF(-r, 0));
        path.lineTo(centre + QPointF(r, 0));
        path.moveTo(centre + QPointF(0, -r));
        path.lineTo(centre + QPointF(0, r));
        break;
    case DiffEntry::Kind::Changed:
        path.moveTo(centre + QPointF(-r, r * 0.3));
        path.cubicTo(centre + QPointF(-r * 0.5, -r * 0.7), centre + QPointF(0, -r * 0.3),
                     centre + QPointF(0, 0));
        path.cubicTo(centre + QPointF(0, r * 0.3), centre + QPointF(r * 0.5, r * 0.7),
                     centre + QPointF(r, -r * 0.3));
        break;
    case DiffEntry::Kind::Moved:
    case DiffEntry::Kind::Removed:
        path.moveTo(centre + QPointF(-r, 0));
        path.lineTo(centre + QPointF(r, 0));
        path.moveTo(centre + QPointF(r * 0.3, -r * 0.6));
        path.lineTo(centre + QPointF(r, 0));
        path.lineTo(centre + QPointF(r * 0.3, r * 0.6));
        break;
    }
    painter.drawPath(path);
    painter.restore();
}

} // namespace blauwdruk
