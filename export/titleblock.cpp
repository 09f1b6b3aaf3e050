#include "titleblock.h"

#include "blueprintpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace blauwdruk {

namespace {

// User text on one line: line breaks and tabs would break the band's rhythm.
QString oneLine(const QString &text) {
    return text.simplified();
}

// Draws `text` on one line in `box`, elided so a 5,000-character title stays
// inside the band; right-to-left text keeps its own direction.
void drawLine(QPainter &painter, const QRectF &box, const QString &text, const QFont &font,
              const QColor &colour, Qt::Alignment alignment) {
    if (text.isEmpty() || box.width() <= 0)
        return;
    painter.setFont(font);
    painter.setPen(colour);
    const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, box.width());
    painter.drawText(box, int(alignment | Qt::AlignVCenter | Qt::TextSingleLine), shown);
}

} // namespace

namespace {

// The band's words are translated like the sheet's: the editor's language in
// the GUI, the workspace's from the command line (which installs it).
} // namespace

TitleBlock::TitleBlock(const Workspace &workspace, const Journey &journey, const QDate &date)
    : journeyTitle(oneLine(journey.title))
    , journeyKind(journey.kind == QLatin1String("current")
                      ? QCoreApplication::translate("blauwdruk::TitleBlock", "Current journey")
                      : QCoreApplication::translate("blauwdruk::TitleBlock", "Ideal journey"))
    , workspaceTitle(oneLine(workspace.meta.title))
    , organisation(oneLine(workspace.meta.organisation))
    , date(QLocale(workspace.meta.language == QLatin1String("en") ? QLocale::English
                                                                  : QLocale::Dutch)
               .toString(date, QStringLiteral("d MMMM yyyy"))) {
    if (const Persona *p = workspace.find<Persona>(journey.persona))
        persona = oneLine(p->name);
}

QRectF TitleBlock::posterRect(const BlueprintLayout &layout) {
    return layout.bounds.adjusted(0, -kHeight, 0, 0);
}

void TitleBlock::paint(QPainter &painter, const QRectF &band, const BlueprintStyle &style) const {
    painter.save();
    const qreal inset = 16;
    const QRectF inner = band.adjusted(inset, 12, -inset, -16);
    // The workspace column takes at most a third, so the journey title, the
    // thing people look for on a wall, gets the room.
    const qreal rightWidth = std::min(inner.width() / 3, qreal(360));
    const QRectF left(inner.left(), inner.top(), inner.width() - rightWidth - inset,
                      inner.height());
    const QRectF right(inner.right() - rightWidth, inner.top(), rightWidth, inner.height());

    drawLine(painter, QRectF(left.left(), left.top(), left.width(), 36), journeyTitle,
             style.font(26, true), style.text, Qt::AlignLeft);
    QString subtitle = journeyKind;
    if (!persona.isEmpty())
        subtitle +=
            QStringLiteral("  \u00B7  ") +
            QCoreApplication::translate("blauwdruk::TitleBlock", "Persona: %1").arg(persona);
    drawLine(painter, QRectF(left.left(), left.top() + 40, left.width(), 24), subtitle,
             style.font(15), style.mutedText, Qt::AlignLeft);

    const Qt::Alignment alignRight = Qt::AlignRight;
    drawLine(painter, QRectF(right.left(), right.top() + 2, right.width(), 22), workspaceTitle,
             style.font(15, true), style.text, alignRight);
    drawLine(painter, QRectF(right.left(), right.top() + 24, right.width(), 20), organisation,
             style.font(13), style.mutedText, alignRight);
    drawLine(painter, QRectF(right.left(), right.top() + 44, right.width(), 20), date,
             style.font(13), style.mutedText, alignRight);

    // One quiet rule separates the label from the picture.
    painter.setPen(QPen(style.lineColour, 2));
    painter.drawLine(QPointF(band.left(), band.bottom() - 5),
                     QPointF(band.right(), band.bottom() - 5));
    painter.restore();
}

void TitleBlock::paintPoster(QPainter &painter, const BlueprintLayout &layout,
                             const Workspace &workspace, const BlueprintStyle &style,
                             bool simplified) const {
    const QRectF poster = posterRect(layout);
    painter.fillRect(poster, Qt::white);
    paint(painter, QRectF(poster.left(), poster.top(), poster.width(), kHeight), style);
    BlueprintPainter(style).paintAll(painter, layout, workspace, simplified);
}

} // namespace blauwdruk
