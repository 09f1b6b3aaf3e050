#include "csvgridexporter.h"

#include "csvgrid.h"

namespace blauwdruk {

QByteArray CsvGridExporter::render(const Workspace &workspace, const ExportOptions &options,
                                   QString *error) const {
    if (!workspace.find<Journey>(options.journey)) {
        *error = QStringLiteral("no journey chosen to export");
        return {};
    }
    return CsvGrid::write(workspace, options.journey);
}

} // namespace blauwdruk
