#pragma once

#include "exporter.h"

namespace blauwdruk {

// The JSON interchange format: the whole workspace, or one journey; written
// to the file in pieces as it is made.
class JsonExporter : public Exporter {
public:
    QString name() const override { return QStringLiteral("json"); }
    QStringList extensions() const override { return {QStringLiteral("json")}; }
    ExportCapabilities capabilities() const override;
    QByteArray render(const Workspace &workspace, const ExportOptions &options,
                      QString *error) const override;
    bool writeTo(QIODevice &out, const Workspace &workspace, const ExportOptions &options,
                 QString *error) const override;
};

} // namespace blauwdruk
