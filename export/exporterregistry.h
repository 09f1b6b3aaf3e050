#pragma once

#include "exporter.h"

#include <memory>
#include <vector>

namespace blauwdruk {

// Every export format the app knows; the GUI and `blauwdruk export` both
// choose from here and ask each format's capabilities() what it takes.
class ExporterRegistry {
public:
    static const ExporterRegistry &instance();

    // In the order offered to people: pictures, inventories, the grid, the
    // workspace (ExportCapabilities::Content), each group as registered.
    std::vector<const Exporter *> exporters() const;
    QStringList names() const; // the same order

    const Exporter *byName(const QString &name) const;
    // By extension; where formats share one, the first registered.
    const Exporter *forFile(const QString &path) const;
    // The format that writes `options` for `exporter`: another one when
    // `options.inventory` asks for the inventory its files can hold.
    const Exporter *resolve(const Exporter *exporter, const ExportOptions &options) const;
    // The format persona sheets are written in.
    const Exporter *personaSheetFormat() const;

private:
    ExporterRegistry();
    std::vector<std::unique_ptr<Exporter>> mExporters;
};

} // namespace blauwdruk
