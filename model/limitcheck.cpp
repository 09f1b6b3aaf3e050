#include "limitcheck.h"

#include <QLocale>

namespace blauwdruk::limitcheck {

QString number(qint64 value) {
    return QLocale(QLocale::English).toString(value);
}

qsizetype utf16Length(QByteArrayView utf8) {
    qsizetype length = 0;
    for (const char c : utf8) {
        const auto byte = quint8(c);
        if ((byte & 0xC0) != 0x80)          // not a continuation byte: a character starts
            length += byte >= 0xF0 ? 2 : 1; // four-byte sequences need a surrogate pair
    }
    return length;
}

namespace {

// Unicode's control characters (category Cc) are exactly C0, DEL and C1;
// compared directly, as every character of every text passes here.
inline bool isControl(char16_t u) {
    if (u < 0x20)
        return u != u'\t' && u != u'\n' && u != u'\r';
    return u >= 0x7F && u <= 0x9F;
}

} // namespace

bool isControlCharacter(QChar c) {
    return isControl(c.unicode());
}

QString controlCharacterProblem(QLatin1StringView name, const QString &text) {
    for (const QChar c : text)
        if (isControl(c.unicode())) [[unlikely]]
            return QStringLiteral("%1 holds the control character U+%2, which no text may hold")
                .arg(name)
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return {};
}

QString withoutControlCharacters(QString text) {
    text.removeIf(isControlCharacter);
    return text;
}

QString textProblem(QLatin1StringView name, const QString &text) {
    if (QString problem = controlCharacterProblem(name, text); !problem.isEmpty())
        return problem;
    return textLengthProblem(name, text.size());
}

QString textLengthProblem(QLatin1StringView name, qsizetype length) {
    if (length <= limits::kMaxTextLength || name == QLatin1StringView("snapshot"))
        return {};
    return QStringLiteral("%1 is %2 characters long; a text holds at most %3")
        .arg(name, number(length), number(limits::kMaxTextLength));
}

QString listProblem(QLatin1StringView name, const QStringList &list) {
    for (const QString &item : list)
        if (QString problem = controlCharacterProblem(name, item); !problem.isEmpty())
            return problem;
    if (list.size() > limits::kMaxListItems)
        return QStringLiteral("%1 hold %2 items; a list holds at most %3")
            .arg(name, number(list.size()), number(limits::kMaxListItems));
    qint64 length = 0;
    for (const QString &item : list)
        length += item.size();
    if (length <= limits::kMaxTextLength)
        return {};
    return QStringLiteral("%1 hold %2 characters together; a list holds at most %3")
        .arg(name, number(length), number(limits::kMaxTextLength));
}

QString bytesProblem(QLatin1StringView name, const QByteArray &bytes) {
    if (bytes.size() <= limits::kMaxPhotoBytes)
        return {};
    return QStringLiteral("%1 is %2 bytes; a photo holds at most %3 MB")
        .arg(name, number(bytes.size()), number(limits::kMaxPhotoBytes >> 20));
}

QString valueProblem(const QString &name, const QVariant &value) {
    const QByteArray latin1 = name.toLatin1();
    const QLatin1StringView view(latin1);
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return textProblem(view, value.toString());
    case QMetaType::QStringList:
        return listProblem(view, value.toStringList());
    case QMetaType::QByteArray:
        return bytesProblem(view, value.toByteArray());
    default:
        return {};
    }
}

} // namespace blauwdruk::limitcheck
