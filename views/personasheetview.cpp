#include "personasheetview.h"

#include "document.h"
#include "personasheetpainter.h"

#include <QPainter>

namespace blauwdruk {

PersonaSheetView::PersonaSheetView(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("PersonaSheetView"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void PersonaSheetView::setPersona(Document *document, const QString &personaId) {
    if (mDocument != document) {
        if (mDocument)
            disconnect(mDocument, nullptr, this, nullptr);
        mDocument = document;
        if (mDocument) // every edit may show on the sheet: the name, a journey's title
            connect(mDocument, &Document::changed, this, qOverload<>(&QWidget::update));
    }
    mPersona = personaId;
    update();
}

int PersonaSheetView::heightForWidth(int width) const {
    return int(PersonaSheetPainter::heightForWidth(width)) + 16;
}

QSize PersonaSheetView::sizeHint() const {
    return {480, heightForWidth(480)};
}

void PersonaSheetView::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Mid).lighter(130));
    const Persona *persona = mDocument ? mDocument->workspace().find<Persona>(mPersona) : nullptr;
    if (!persona)
        return;
    // The largest A4 page that fits, centred, with a hint of a shadow.
    const qreal margin = 8;
    qreal pageWidth = width() - 2 * margin;
    qreal pageHeight = PersonaSheetPainter::heightForWidth(pageWidth);
    if (pageHeight > height() - 2 * margin) {
        pageHeight = height() - 2 * margin;
        pageWidth =
            pageHeight * PersonaSheetPainter::kPageWidthMm / PersonaSheetPainter::kPageHeightMm;
    }
    const QRectF page((width() - pageWidth) / 2, margin, pageWidth, pageHeight);
    painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 40));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    PersonaSheetPainter().paint(painter, page, *persona, mDocument->workspace());
}

} // namespace blauwdruk
