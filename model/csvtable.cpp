#include "csvtable.h"

#include "limitcheck.h"
#include "sizelimits.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace blauwdruk {

namespace {

// The characters Windows-1252 puts where Latin-1 has C1 controls.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

// Files that are clearly not text tables get a message that says what they
// are, instead of being imported as junk.
QString notATable(const QByteArray &bytes) {
    if (bytes.startsWith("PK\x03\x04"))
        return QCoreApplication::translate(
            "Import", "is a zipped document (an .xlsx or .ods spreadsheet?), not CSV; "
                      "save it as \"CSV UTF-8\" first");
    if (bytes.startsWith(QByteArray("SQLite format 3\0", 16)))
        return QCoreApplication::translate("Import",
                                           "is a database (a Blauwdruk workspace?), not CSV");
    if (bytes.startsWith("%PDF"))
        return QCoreApplication::translate("Import", "is a PDF document, not CSV");
    return QString();
}

std::optional<QString> decode(const QByteArray &data, QString *error) {
    if (const QString what = notATable(data); !what.isEmpty()) {
        *error = what;
        return std::nullopt;
    }
    // Excel's "Unicode text" is UTF-16 with a byte-order mark.
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                         : QStringDecoder::Utf16BE);
        QString text = utf16(data.mid(2));
        // A NUL character says binary as a NUL byte does in UTF-8 (and a
        // cell holding one could not be exported and imported again).
        if (text.contains(QChar(u'\0'))) {
            *error = QCoreApplication::translate("Import", "is a binary file, not CSV text");
            return std::nullopt;
        }
        return text;
    }
    if (data.contains('\0')) {
        *error = QCoreApplication::translate("Import", "is a binary file, not CSV text");
        return std::nullopt;
    }
    const bool bom = data.startsWith("\xEF\xBB\xBF");
    const QByteArray bytes = bom ? data.mid(3) : data;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    // A BOM, or any correct multi-byte sequence, says UTF-8: a stray bad
    // byte then becomes U+FFFD instead of turning every "é" into mojibake.
    const bool hasMultiByte = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x80 && c != QChar::ReplacementCharacter;
    });
    if (!utf8.hasError() || bom || hasMultiByte)
        return text;
    // Otherwise: Excel's plain "CSV" on a Dutch Windows is Windows-1252.
    text.resize(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        text[i] = QChar(byte >= 0x80 && byte < 0xA0 ? kCp1252High[byte - 0x80] : char16_t(byte));
    }
    return text;
}

// The separator that splits the first line (outside quotes) most often.
QChar detectSeparator(const QString &text) {
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {u';', u',', u'\t'};
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                if (c == candidates[i])
                    ++counts[i];
    }
    int best = 1; // comma when nothing tells
    for (int i = 0; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

} // namespace

std::optional<CsvTable::Rows> CsvTable::parse(const QByteArray &data, QString *error) {
    std::optional<QString> decoded = decode(data, error);
    if (!decoded)
        return std::nullopt;
    QString text = *decoded;
    QChar separator;
    // Excel honours a first line "sep=;" and so do we.
    if (text.startsWith(QLatin1String("sep=")) && text.size() >= 5) {
        separator = text[4];
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        text.remove(0, end < 0 ? text.size() : end + 1);
    } else {
        separator = detectSeparator(text);
    }

    Rows rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    int quoteLine = 0;
    const qsizetype n = text.size();
    qint64 cells = 0;
    auto endCell = [&] {
        ++cells;
        row << cell;
        cell.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endCell();
        rows << row;
        row.clear();
    };
    for (qsizetype i = 0; i < n; ++i) {
        // Counted as they come: a file of millions of tiny cells would cost
        // far more memory than its bytes (limits::kMaxCsvCells).
        if (cells > limits::kMaxCsvCells) {
            if (error)
                *error = QCoreApplication::translate(
                             "Import", "line %1: the table has more than %2 cells; a grid holds "
                                       "at most that many")
                             .arg(line)
                             .arg(limitcheck::number(limits::kMaxCsvCells));
            return std::nullopt;
        }
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
        } else if (c == u'"' && cell.trimmed().isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteLine = line;
            cell.clear();
        } else if (c == separator) {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            ++line;
            endRow();
        } else {
            cell += c;
        }
    }
    if (quoted) {
        if (error)
            *error = QCoreApplication::translate("Import", "line %1: a quoted cell is never closed")
                         .arg(quoteLine);
        return std::nullopt;
    }
    if (!cell.isEmpty() || !row.isEmpty())
        endRow();
    // Spreadsheets pad with empty rows; they mean nothing.
    while (!rows.isEmpty() && std::all_of(rows.last().begin(), rows.last().end(),
                                          [](const QString &s) { return s.trimmed().isEmpty(); }))
        rows.removeLast();
    return rows;
}

QByteArray CsvTable::write(const Rows &rows) {
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row) {
            const bool needsQuotes = cell.contains(u';') || cell.contains(u'"') ||
                                     cell.contains(u'\n') || cell.contains(u'\r') ||
                                     cell.contains(u',') || cell != cell.trimmed();
            cells << (needsQuotes ? u'"' + QString(cell).replace(u'"', QLatin1String("\"\"")) + u'"'
                                  : cell);
        }
        out += cells.join(u';') + QLatin1String("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

namespace {

// A text a spreadsheet would take for a formula: one that starts with = + - @
// (or their full-width forms, which spreadsheets read alike), a tab or a
// carriage return, after any number of apostrophes. The apostrophes count
// so that a text that itself starts with "'=" survives the round trip.
bool looksLikeFormula(QStringView text) {
    static const QString risky = QStringLiteral("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20");
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return i < text.size() && risky.contains(text[i]);
}

} // namespace

QString CsvTable::defuse(const QString &text) {
    return looksLikeFormula(text) ? u'\'' + text : text;
}

QString CsvTable::undefuse(const QString &text) {
    if (!text.isEmpty() && text[0] == u'\'' && looksLikeFormula(QStringView(text).mid(1)))
        return text.mid(1);
    return text;
}

} // namespace blauwdruk
