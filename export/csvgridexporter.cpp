#include "csvgridexporter.h"

#include "csvgrid.h"
#include "inventorycsvexporter.h"

namespace blauwdruk {

QByteArray CsvGridExporter::render(const Workspace &workspace, const ExportOptions &options,
                                   QString *error) const {
    // The registry picks this exporter for every ".csv"; the inventory is
    // the other thing a CSV can hold, and it takes all journeys when none
    // is chosen.
    if (options.inventory)
        return InventoryCsvExporter().render(workspace, options, error);
    if (!workspace.find<Journey>(options.journey)) {
        *error = QStringLiteral("no journey chosen to export");
        return {};
    }
    return CsvGrid::write(workspace, options.journey);
}

} // namespace blauwdruk
