#include "plaintext.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLabel>
#include <QTextDocument>

namespace blauwdruk {

QString PlainText::toolTip(const QString &text) {
    // A long plain line would run across the screen: as rich text, Qt's
    // tooltip wraps it.
    constexpr qsizetype kLongLine = 80;
    if (!Qt::mightBeRichText(text) && text.size() <= kLongLine)
        return text;
    // Markup-looking or long text, escaped inside markup of ours: shown as
    // typed, line breaks kept, wrapped.
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

void PlainText::applyTo(QWidget *widget) {
    for (QLabel *label : widget->findChildren<QLabel *>()) {
        if (label->pixmap().isNull()) {
            label->setTextFormat(Qt::PlainText);
            label->setOpenExternalLinks(false);
        }
    }
}

int PlainText::exec(QMessageBox &box) {
    box.setTextFormat(Qt::PlainText);
    applyTo(&box);
    // Qt's Save and Discard have no access key on Linux; Yes and No do.
    // With them the question "Save changes?" is answered by Alt+letter too.
    if (QAbstractButton *save = box.button(QMessageBox::Save))
        save->setText(QCoreApplication::translate("PlainText", "&Save"));
    if (QAbstractButton *discard = box.button(QMessageBox::Discard))
        discard->setText(QCoreApplication::translate("PlainText", "Do&n't Save"));
    return box.exec();
}

void PlainText::warning(QWidget *parent, const QString &title, const QString &text) {
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    exec(box);
}

QMessageBox::StandardButton PlainText::question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton) {
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    exec(box);
    return box.standardButton(box.clickedButton());
}

} // namespace blauwdruk
