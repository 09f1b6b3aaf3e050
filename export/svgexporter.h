#pragma once

#include "exporter.h"

namespace blauwdruk {

// One journey's blueprint as SVG: vectors with text as <text>, the title
// block on top, 1 unit = 1 px at 100 %, well-formed whatever the cards say.
// Each card, step, lane and connection is a group with a stable id, a class
// for its kind and a <title>. Written to the file while it is drawn.
class SvgExporter : public Exporter {
public:
    QString name() const override { return QStringLiteral("svg"); }
    QStringList extensions() const override { return {QStringLiteral("svg")}; }
    ExportCapabilities capabilities() const override;
    bool writeTo(QIODevice &out, const Workspace &workspace, const ExportOptions &options,
                 QString *error) const override;
};

} // namespace blauwdruk
