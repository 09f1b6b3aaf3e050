#pragma once

#include <QByteArray>
#include <QString>

namespace blauwdruk {

// Which reader takes a file to import: JSON (JsonCodec) or the CSV grid
// (CsvGrid). Decided here, below the command line, so no caller compares
// format names.
class ImportFormat {
public:
    // By the extension; an unknown one is JSON when the data starts with
    // '{' after any white space.
    static bool isJson(const QString &path, const QByteArray &data);
};

} // namespace blauwdruk
