#include "csvgridexporter.h"

#include "csvgrid.h"
#include "inventorycsvexporter.h"

#include <QCoreApplication>

namespace blauwdruk {

ExportCapabilities CsvGridExporter::capabilities() const {
    // A ".csv" with ExportOptions::inventory is the inventory: the registry
    // resolves to it, and render() hands over to it for callers that do not.
    return {
        .label = QT_TRANSLATE_NOOP("blauwdruk::ExportDialog", "Blueprint grid, spreadsheet (CSV)"),
        .content = ExportCapabilities::Content::Grid,
        .journeys = ExportCapabilities::Journeys::One,
        .inventory = InventoryCsvExporter().name(),
    };
}

QByteArray CsvGridExporter::render(const Workspace &workspace, const ExportOptions &options,
                                   QString *error) const {
    // The registry picks this exporter for every ".csv"; the inventory is
    // the other thing a CSV can hold, and it takes all journeys when none
    // is chosen.
    if (options.inventory)
        return InventoryCsvExporter().render(workspace, options, error);
    if (!workspace.find<Journey>(options.journey)) {
        *error = QCoreApplication::translate("Export", "no journey chosen to export");
        return {};
    }
    return CsvGrid::write(workspace, options.journey);
}

} // namespace blauwdruk
