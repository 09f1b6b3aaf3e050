#include "personaportrait.h"

#include "blueprintstyle.h"
#include "persona.h"
#include "personaphoto.h"

#include <QPainter>
#include <QPainterPath>

namespace blauwdruk {

namespace {

// Calm tints with white text at WCAG AA contrast.
QColor avatarColour(const QString &key) {
    static const QColor colours[] = {{0x2E, 0x6B, 0x8F}, {0x8A, 0x4B, 0x2A}, {0x3F, 0x6E, 0x3A},
                                     {0x6A, 0x4C, 0x93}, {0x9C, 0x3D, 0x54}, {0x2F, 0x6F, 0x6A},
                                     {0x5B, 0x5F, 0x24}, {0x4A, 0x55, 0x8C}};
    return colours[qHash(key) % (sizeof colours / sizeof colours[0])];
}

} // namespace

QString PersonaPortrait::initials(const QString &name) {
    QString result;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QChar first = word.at(0);
        if (first.isLetterOrNumber())
            result += first.toUpper();
        if (result.size() == 2)
            break;
    }
    return result.isEmpty() ? QStringLiteral("?") : result;
}

QImage PersonaPortrait::render(const Persona &persona, int size) {
    size = qBound(8, size, 2048);
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, size, size));
    // Within the limits of model/sizelimits.h: a file may carry any bytes here.
    const QImage photo = PersonaPhoto::decode(persona.photo, 2 * size);
    if (!photo.isNull()) {
        // Fill the circle, cropping the longer side around its centre.
        const QImage scaled =
            photo.scaled(size, size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        painter.setClipPath(circle);
        painter.drawImage(QPointF((size - scaled.width()) / 2.0, (size - scaled.height()) / 2.0),
                          scaled);
        return image;
    }
    painter.fillPath(circle, avatarColour(persona.id.isEmpty() ? persona.name : persona.id));
    QFont font = BlueprintStyle::standard().font(size * 0.38, true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials(persona.name));
    return image;
}

} // namespace blauwdruk
