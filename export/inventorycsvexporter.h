#pragma once

#include "exporter.h"

namespace blauwdruk {

// The consequence inventory as a spreadsheet: one row per card, semicolon
// separated with a UTF-8 BOM, as Dutch Excel and LibreOffice open it.
class InventoryCsvExporter : public Exporter {
public:
    QString name() const override { return QStringLiteral("inventory-csv"); }
    QStringList extensions() const override { return {QStringLiteral("csv")}; }
    ExportCapabilities capabilities() const override;
    QByteArray render(const Workspace &workspace, const ExportOptions &options,
                      QString *error) const override;
};

} // namespace blauwdruk
