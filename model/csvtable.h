#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace blauwdruk {

// RFC 4180 text tables as spreadsheets write them: UTF-8 with or without BOM
// (Windows-1252 from older Excel is recognised too), comma, semicolon or tab
// separated (detected, or named by an Excel "sep=" first line), quoted cells
// with doubled quotes and line breaks, CRLF/LF/CR line ends.
class CsvTable {
public:
    using Rows = QList<QStringList>;

    static std::optional<Rows> parse(const QByteArray &data, QString *error);

    // Semicolon-separated with a UTF-8 BOM and CRLF, as Dutch Excel opens it.
    static QByteArray write(const Rows &rows);

    // Text as it should go into a cell: a leading = + - @ gets an apostrophe
    // so spreadsheets show it instead of running it as a formula.
    static QString defuse(const QString &text);
    // Reverses defuse() on import.
    static QString undefuse(const QString &text);
};

} // namespace blauwdruk
