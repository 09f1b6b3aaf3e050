#include "inventorycsvexporter.h"

#include "csvtable.h"
#include "inventory.h"

#include <QCoreApplication>

namespace blauwdruk {

ExportCapabilities InventoryCsvExporter::capabilities() const {
    return {
        .label = QT_TRANSLATE_NOOP("blauwdruk::ExportDialog",
                                   "Consequence inventory, spreadsheet (CSV)"),
        .content = ExportCapabilities::Content::Inventory,
        .journeys = ExportCapabilities::Journeys::All,
    };
}

QByteArray InventoryCsvExporter::render(const Workspace &workspace, const ExportOptions &options,
                                        QString *error) const {
    const std::optional<Inventory> inventory =
        Inventory::build(workspace, options.journey, error, options.team, options.status);
    if (!inventory)
        return {};
    using Column = Inventory::Column;
    CsvTable::Rows rows;
    QStringList header;
    for (int c = 0; c < Inventory::kColumnCount; ++c)
        header << inventory->header(Column(c));
    rows << header;
    // The Journey column is always there, so a file of one journey and a
    // file of all of them have the same shape and can be pasted together.
    for (const Inventory::Section &section : inventory->sections())
        for (const Inventory::LaneGroup &lane : section.lanes)
            for (const Inventory::StepGroup &step : lane.steps)
                for (const Inventory::Row &row : step.rows) {
                    QStringList cells;
                    // Every cell is defused, not only the free texts: a lane
                    // or a tag can be named "=1+1" too.
                    for (int c = 0; c < Inventory::kColumnCount; ++c)
                        cells << CsvTable::defuse(
                            Inventory::cell(section, lane, step, row, Column(c)));
                    rows << cells;
                }
    // CsvTable::write: semicolons, BOM, CRLF and RFC 4180 quoting, the same
    // conventions as the grid export.
    return CsvTable::write(rows);
}

} // namespace blauwdruk
