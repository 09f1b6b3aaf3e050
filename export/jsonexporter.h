#pragma once

#include "exporter.h"

namespace blauwdruk {

// The JSON interchange format: the whole workspace, or one journey.
class JsonExporter : public Exporter {
public:
    QString name() const override { return QStringLiteral("json"); }
    QStringList extensions() const override { return {QStringLiteral("json")}; }
    ExportCapabilities capabilities() const override;
    QByteArray render(const Workspace &workspace, const ExportOptions &options,
                      QString *error) const override;
};

} // namespace blauwdruk
