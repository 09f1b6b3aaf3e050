#include "comparepainter.h"

#include "textwrap.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace blauwdruk {

namespace {

constexpr qreal kBoxRadius = 8;
constexpr qreal kPadding = 12;

QString emotionText(int emotion) {
    if (emotion > 0)
        return QStringLiteral("+%1").arg(emotion);
    if (emotion < 0)
        return QStringLiteral("\u2212%1").arg(-emotion); // a real minus sign
    return QStringLiteral("0");
}

} // namespace

ComparePainter::ComparePainter(const BlueprintStyle &style)
    : mStyle(style)
    , mCards(style)
    , mColours(colours(style.highContrast)) {}

ComparePainter::Colours ComparePainter::colours(bool highContrast) {
    Colours c;
    c.currentTint = QColor(0xF4, 0xEF, 0xE4); // warm sand: how it is
    c.idealTint = QColor(0xE4, 0xEF, 0xEC);   // calm green-blue: how it should be
    // A step box's edge is what shows where it is on its band: >= 3:1.
    c.boxBorder = highContrast ? QColor(0, 0, 0) : QColor(0x7A, 0x81, 0x8A);
    c.onlyBorder = highContrast ? QColor(0, 0, 0) : QColor(0x4F, 0x56, 0x5E);
    c.gutter = highContrast ? QColor(0xFF, 0xFF, 0xFF) : QColor(0xEC, 0xEC, 0xE7);
    c.box = QColor(0xFF, 0xFF, 0xFF);
    c.onlyBox = highContrast ? QColor(0xFF, 0xFF, 0xFF) : QColor(0xFC, 0xFC, 0xFB);
    // From sad (-2) to glad (+2); the mouth says it without colour.
    c.emotionFills = {QColor(0xF6, 0xCE, 0xC8), QColor(0xF8, 0xE1, 0xCC), QColor(0xEC, 0xEC, 0xE7),
                      QColor(0xD9, 0xEE, 0xD6), QColor(0xC3, 0xE5, 0xC4)};
    return c;
}

QPen ComparePainter::linkPen(JourneyAlignment::Origin origin, const QColor &colour, qreal width) {
    QPen pen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (origin == JourneyAlignment::Origin::Title)
        pen.setDashPattern({0.01, 2.2}); // round dots
    else if (origin == JourneyAlignment::Origin::SimilarTitle)
        pen.setDashPattern({3, 2.2});
    else if (origin == JourneyAlignment::Origin::IdealVersion)
        pen.setDashPattern({6, 2.2, 0.01, 2.2}); // dash and dot
    return pen;
}

QString ComparePainter::originText(JourneyAlignment::Origin origin) {
    switch (origin) {
    case JourneyAlignment::Origin::Manual:
        return tr("Paired by hand");
    case JourneyAlignment::Origin::Title:
        return tr("Same title");
    case JourneyAlignment::Origin::SimilarTitle:
        return tr("Similar title");
    case JourneyAlignment::Origin::IdealVersion:
        return tr("Paired when the ideal version was made");
    }
    return QString();
}

QString ComparePainter::onlyInText(bool ideal) {
    return ideal ? tr("Only in ideal") : tr("Only in current");
}

void ComparePainter::paintBands(QPainter &painter, const CompareLayout &layout) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(mColours.currentTint);
    painter.drawRoundedRect(layout.currentBand.adjusted(8, 0, -8, 0), 10, 10);
    painter.setBrush(mColours.idealTint);
    painter.drawRoundedRect(layout.idealBand.adjusted(8, 0, -8, 0), 10, 10);
    painter.restore();
}

void ComparePainter::paintLinks(QPainter &painter, const CompareLayout &layout,
                                const QString &highlightStep) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const CompareLayout::Link &link : layout.links) {
        const bool highlighted = !highlightStep.isEmpty() &&
                                 (link.current == highlightStep || link.ideal == highlightStep);
        const QColor colour = highlighted ? mStyle.selection : mStyle.lineColour;
        QPainterPath path(link.from);
        if (link.crossing) {
            const qreal middle = (link.from.y() + link.to.y()) / 2;
            path.cubicTo(QPointF(link.from.x(), middle + 24), QPointF(link.to.x(), middle - 24),
                         link.to);
        } else {
            path.lineTo(link.to);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(linkPen(link.origin, colour, highlighted ? 3.5 : 2.5));
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(link.from, 4, 4);
        painter.drawEllipse(link.to, 4, 4);
    }
    painter.restore();
}

void ComparePainter::paintEmotion(QPainter &painter, const QRectF &face, int emotion) const {
    const int e = std::clamp(emotion, -2, 2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = mStyle.text;
    painter.setPen(QPen(ink, 1.3));
    painter.setBrush(mColours.emotionFills[size_t(e + 2)]);
    painter.drawEllipse(face);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    const qreal eyeY = face.top() + face.height() * 0.38;
    painter.drawEllipse(QPointF(face.left() + face.width() * 0.34, eyeY), 1.3, 1.3);
    painter.drawEllipse(QPointF(face.left() + face.width() * 0.66, eyeY), 1.3, 1.3);
    // The mouth bends with the emotion: up for +2, flat for 0, down for -2.
    const qreal mouthY = face.top() + face.height() * 0.66;
    const qreal left = face.left() + face.width() * 0.28,
                right = face.right() - face.width() * 0.28;
    QPainterPath mouth(QPointF(left, mouthY - e * 0.8));
    mouth.quadTo(QPointF(face.center().x(), mouthY + e * 2.2), QPointF(right, mouthY - e * 0.8));
    painter.setPen(QPen(ink, 1.4, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(mouth);
    painter.setFont(mStyle.font(12, true));
    painter.setPen(ink);
    painter.drawText(QRectF(face.left() - 8, face.bottom() + 1, face.width() + 16, 16),
                     Qt::AlignHCenter | Qt::AlignTop, emotionText(emotion));
    painter.restore();
}

void ComparePainter::paintChip(QPainter &painter, const CompareLayout::Chip &chip) const {
    // The card's own look (kind colour, shape icon) without its text.
    BlueprintLayout::CardBox box;
    box.id = chip.card.id;
    box.rect = chip.rect;
    mCards.paintCard(painter, box, chip.card, {});
    painter.save();
    const QRectF r = chip.rect;
    if (chip.onlyHere) {
        // A dashed border instead of the solid one: readable without colour.
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(mColours.onlyBorder, 1.5, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(r, mStyle.cardRadius, mStyle.cardRadius);
    }
    painter.setPen(mStyle.text);
    const QFont titleFont = mStyle.font(13, true);
    const QFontMetricsF titleMetrics(titleFont);
    painter.setFont(titleFont);
    qreal y = r.top() + 7 + titleMetrics.ascent();
    for (const QString &line : chip.titleLines) {
        painter.drawText(QPointF(r.left() + 10, y), line);
        y += titleMetrics.lineSpacing();
    }
    const QFont small = mStyle.font(11);
    const QFontMetricsF smallMetrics(small);
    const qreal baseline = r.bottom() - 7;
    qreal laneWidth = r.width() - 20;
    if (chip.onlyHere) {
        const QString mark = tr("only here");
        const qreal markWidth = smallMetrics.horizontalAdvance(mark);
        painter.setFont(small);
        painter.setPen(mStyle.text);
        painter.drawText(QPointF(r.right() - 10 - markWidth, baseline), mark);
        laneWidth -= markWidth + 8;
    }
    painter.setFont(small);
    painter.setPen(mStyle.mutedText);
    painter.drawText(QPointF(r.left() + 10, baseline),
                     smallMetrics.elidedText(chip.lane, Qt::ElideRight, laneWidth));
    painter.restore();
}

void ComparePainter::paintStatusRow(QPainter &painter, const CompareLayout::StepBox &box,
                                    const QRectF &row) const {
    painter.save();
    if (box.onlyInOne) {
        // A worded badge with a dashed border: readable without colour.
        const QFont font = mStyle.font(12, true);
        const QString text = onlyInText(box.ideal);
        const qreal height = 24;
        const QRectF badge(row.left(), row.center().y() - height / 2,
                           QFontMetricsF(font).horizontalAdvance(text) + 20, height);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(mColours.onlyBorder, 1.5, Qt::DashLine));
        painter.setBrush(mColours.box);
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        painter.setFont(font);
        painter.setPen(mStyle.text);
        painter.drawText(badge, Qt::AlignCenter, text);
    } else if (box.pair) {
        QString text =
            (box.pair->crossing ? QStringLiteral("\u2197 ") : QStringLiteral("\u2195 ")) +
            originText(box.pair->origin);
        if (box.pair->crossing)
            text += QLatin1Char(' ') + tr("(across)");
        // Two lines at most: "Paired when the ideal version was made" is
        // wider than a box.
        const QFont font = mStyle.font(12);
        const QFontMetricsF metrics(font);
        const QStringList lines = TextWrap::lines(text, font, row.width(), 2);
        painter.setFont(font);
        painter.setPen(mStyle.mutedText);
        qreal y = row.center().y() - lines.size() * metrics.lineSpacing() / 2 + metrics.ascent();
        for (const QString &line : lines) {
            painter.drawText(QPointF(row.left(), y), line);
            y += metrics.lineSpacing();
        }
    }
    painter.restore();
}

void ComparePainter::paintStep(QPainter &painter, const CompareLayout::StepBox &box,
                               const StepState &state) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = box.rect;
    if (box.onlyInOne) {
        painter.setPen(QPen(mColours.onlyBorder, 2, Qt::DashLine));
        painter.setBrush(mColours.onlyBox);
    } else {
        painter.setPen(QPen(mColours.boxBorder, mStyle.cardBorderWidth));
        painter.setBrush(mColours.box);
    }
    painter.drawRoundedRect(r, kBoxRadius, kBoxRadius);

    const QFont titleFont = mStyle.font(14, true);
    const QFontMetricsF titleMetrics(titleFont);
    painter.setFont(titleFont);
    painter.setPen(mStyle.text);
    qreal y = r.top() + kPadding + titleMetrics.ascent();
    for (const QString &line : box.titleLines) {
        painter.drawText(QPointF(r.left() + kPadding, y), line);
        y += titleMetrics.lineSpacing();
    }
    const qreal channelTop = r.top() + kPadding + 2 * titleMetrics.lineSpacing() + 4;
    const QFont channelFont = mStyle.font(12);
    painter.setFont(channelFont);
    painter.setPen(mStyle.mutedText);
    painter.drawText(QPointF(r.left() + kPadding, channelTop + QFontMetricsF(channelFont).ascent()),
                     box.channel);
    paintEmotion(painter, QRectF(r.right() - kPadding - 22, r.top() + kPadding, 22, 22),
                 box.emotion);
    paintStatusRow(painter, box,
                   QRectF(r.left() + kPadding, r.top() + CompareLayout::kHeaderHeight - 40,
                          r.width() - 2 * kPadding, 32));
    for (const CompareLayout::Chip &chip : box.chips)
        paintChip(painter, chip);

    // Selected: a ring in the selection colour, grey while the view has no
    // keyboard focus; a drop target: a dashed ring.
    if (state.selected || state.dropTarget) {
        const QColor ring = state.focused || state.dropTarget ? mStyle.selection : mStyle.mutedText;
        painter.setPen(QPen(ring, 3, state.selected ? Qt::SolidLine : Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(r.adjusted(-4, -4, 4, 4), kBoxRadius + 3, kBoxRadius + 3);
    }
    painter.restore();
}

void ComparePainter::paintGutter(QPainter &painter, const CompareLayout &layout, qreal y,
                                 qreal scale, qreal height, const QString &currentTitle,
                                 const QString &idealTitle) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(0, 0, kGutterWidth, height), mColours.gutter);
    painter.setPen(QPen(mStyle.gridLine, 1));
    painter.drawLine(QPointF(kGutterWidth - 0.5, 0), QPointF(kGutterWidth - 0.5, height));
    auto label = [&](const QRectF &band, const QColor &tint, const QString &name,
                     const QString &title) {
        const QRectF r(12, band.top() * scale + y, kGutterWidth - 24, band.height() * scale);
        painter.setPen(Qt::NoPen);
        painter.setBrush(tint);
        painter.drawRoundedRect(QRectF(r.left(), r.top(), 6, r.height()), 3, 3);
        const QRectF text = r.adjusted(16, 12, 0, -12);
        painter.setPen(mStyle.text);
        painter.setFont(mStyle.font(16, true));
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, name);
        painter.setFont(mStyle.font(12));
        painter.setPen(mStyle.mutedText);
        painter.drawText(text.adjusted(0, 26, 0, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
    };
    label(layout.currentBand, mColours.currentTint.darker(125), tr("Current"), currentTitle);
    label(layout.idealBand, mColours.idealTint.darker(125), tr("Ideal"), idealTitle);
    painter.restore();
}

} // namespace blauwdruk
