#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace blauwdruk {

// Text from a file shown as exactly that. Qt guesses whether a label's,
// message box's or tooltip's text is markup (Qt::mightBeRichText); a persona
// named "<a href=…>Samira</a><img src=…>" would become a live link and load
// an image. Every place that shows file text goes through here.
class PlainText {
public:
    // A tooltip that shows `text` as it is, even when it looks like markup.
    static QString toolTip(const QString &text);

    // Makes every label in `widget` (a message box, a dialog) plain text.
    static void applyTo(QWidget *widget);

    // QMessageBox::warning and ::question with plain text.
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // Runs a message box made elsewhere, its labels made plain first.
    static int exec(QMessageBox &box);
};

} // namespace blauwdruk
