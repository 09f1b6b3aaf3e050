#include "textlimit.h"

#include "limitcheck.h"
#include "sizelimits.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

namespace blauwdruk {

void TextLimit::apply(QLineEdit *edit) {
    edit->setMaxLength(limits::kMaxTextLength);
}

void TextLimit::apply(QPlainTextEdit *edit) {
    QObject::connect(edit, &QPlainTextEdit::textChanged, edit, [edit] {
        QTextDocument *document = edit->document();
        // characterCount() counts one more: the end of the last paragraph.
        if (document->characterCount() - 1 <= limits::kMaxTextLength)
            return;
        int keep = limits::kMaxTextLength;
        if (document->characterAt(keep - 1).isHighSurrogate())
            --keep; // never half a character
        QTextCursor cursor(document);
        cursor.setPosition(keep);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText(); // emits textChanged again, now within the limit
        QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), cutMessage(), edit);
    });
}

QString TextLimit::cutMessage() {
    return tr("A text can hold at most %1 characters; the rest was left out.")
        .arg(limitcheck::number(limits::kMaxTextLength));
}

} // namespace blauwdruk
