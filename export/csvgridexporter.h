#pragma once

#include "exporter.h"

namespace blauwdruk {

// One journey's grid as a spreadsheet (see CsvGrid); with options.inventory,
// the consequence inventory instead (see InventoryCsvExporter), so a ".csv"
// file name can mean either.
class CsvGridExporter : public Exporter {
public:
    QString name() const override { return QStringLiteral("csv"); }
    QStringList extensions() const override { return {QStringLiteral("csv")}; }
    ExportCapabilities capabilities() const override;
    QByteArray render(const Workspace &workspace, const ExportOptions &options,
                      QString *error) const override;
};

} // namespace blauwdruk
