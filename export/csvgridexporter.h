#pragma once

#include "exporter.h"

namespace blauwdruk {

// One journey's grid as a spreadsheet (see CsvGrid).
class CsvGridExporter : public Exporter {
public:
    QString name() const override { return QStringLiteral("csv"); }
    QStringList extensions() const override { return {QStringLiteral("csv")}; }
    bool singleJourney() const override { return true; }
    QByteArray render(const Workspace &workspace, const ExportOptions &options,
                      QString *error) const override;
};

} // namespace blauwdruk
