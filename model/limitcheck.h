#pragma once

#include "field.h"
#include "sizelimits.h"

#include <QString>
#include <QVariant>

namespace blauwdruk::limitcheck {

// The checks of the sizes in sizelimits.h, shared by the validator (files,
// imports) and Edits (typing, pasting). Messages are English, for the command
// line and `check`; Edits words its own for the editor.

// 100000 -> "100,000": limits read better with separators.
QString number(qint64 value);

// The length a text in UTF-8 has as a QString (UTF-16 code units), counted
// without converting it: a 50 MB text is refused without making a 100 MB copy.
qsizetype utf16Length(QByteArrayView utf8);

// Control characters other than tab and line breaks (NUL, ESC, DEL, C1):
// no text may hold them. Our own CSV import refuses them, terminals act on
// them, and exports would carry them raw. Files and imports that hold one are
// refused; typed or pasted text loses them (withoutControlCharacters).
bool isControlCharacter(QChar c);
QString controlCharacterProblem(QLatin1StringView name, const QString &text);
QString withoutControlCharacters(QString text);

// Why one value of the field `name` is over its limit (or holds a control
// character), or empty when it is not.
// The version snapshot is exempt: it is a workspace and is validated as one.
QString textProblem(QLatin1StringView name, const QString &text);
QString textLengthProblem(QLatin1StringView name, qsizetype length);
QString listProblem(QLatin1StringView name, const QStringList &list);
QString bytesProblem(QLatin1StringView name, const QByteArray &bytes);
// Any field value, as an edit carries it.
QString valueProblem(const QString &name, const QVariant &value);

// Every field of `object` that is over a limit, as messages.
template <class T> QStringList problems(const T &object) {
    QStringList found;
    for (const Field<T> &field : T::fields()) {
        const QLatin1StringView name(field.name);
        std::visit(
            [&](auto ptr) {
                using V = std::decay_t<decltype(object.*ptr)>;
                QString problem;
                if constexpr (std::is_same_v<V, QString>)
                    problem = textProblem(name, object.*ptr);
                else if constexpr (std::is_same_v<V, QStringList>)
                    problem = listProblem(name, object.*ptr);
                else if constexpr (std::is_same_v<V, QByteArray>)
                    problem = bytesProblem(name, object.*ptr);
                else if constexpr (std::is_same_v<V, int>)
                    if (name == QLatin1StringView("position") &&
                        (object.*ptr < 0 || object.*ptr > limits::kMaxPosition))
                        problem = QStringLiteral("position %1 is outside 0..%2")
                                      .arg(object.*ptr)
                                      .arg(number(limits::kMaxPosition));
                if (!problem.isEmpty())
                    found << problem;
            },
            field.member);
    }
    return found;
}

} // namespace blauwdruk::limitcheck
