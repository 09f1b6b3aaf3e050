#include "textwrap.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace blauwdruk {

QStringList TextWrap::lines(const QString &text, const QFont &font, qreal width, int maxLines) {
    QStringList lines;
    // Line breaks and tabs in a title are typing accidents, not layout.
    const QString simple = text.simplified();
    if (simple.isEmpty() || maxLines <= 0)
        return lines;
    // QTextLayout breaks by the Unicode line breaking rules and, with
    // WrapAtWordBoundaryOrAnywhere, inside a word only when the word alone
    // is wider than the line (a long Dutch compound, a URL).
    QTextLayout layout(simple, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (int(lines.size()) == maxLines - 1) {
            const QString rest = simple.mid(line.textStart());
            // The rest may still fit on this last line: then it is whole.
            lines << elide(rest, font, width);
            break;
        }
        lines << simple.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QString TextWrap::elide(const QString &text, const QFont &font, qreal width) {
    return QFontMetricsF(font).elidedText(text.trimmed(), Qt::ElideRight, width);
}

} // namespace blauwdruk
