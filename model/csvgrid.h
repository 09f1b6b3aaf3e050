#pragma once

#include "workspace.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace blauwdruk {

// The spreadsheet form of one blueprint, as workshop notes arrive: row 1 has
// the step titles ("Stage / Step" names the stage), column 1 the lane
// titles, and every non-empty line in a cell is one card. See
// docs/file-format.md, "CSV grid".
class CsvGrid {
public:
    // A new workspace with one journey holding exactly the file's lanes.
    // `warnings` get what was read but could not be kept (a line with no
    // lane under it, two lines above one lane).
    static std::optional<Workspace> read(const QByteArray &data, const QString &title,
                                         QString *error, QStringList *warnings = nullptr);

    static QByteArray write(const Workspace &workspace, const QString &journeyId);
};

} // namespace blauwdruk
