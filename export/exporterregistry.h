#pragma once

#include "exporter.h"

#include <memory>
#include <vector>

namespace blauwdruk {

// Every export format the app knows; the GUI and `blauwdruk export` both
// choose from here.
class ExporterRegistry {
public:
    static const ExporterRegistry &instance();

    const Exporter *byName(const QString &name) const;
    const Exporter *forFile(const QString &path) const; // by extension
    QStringList names() const;

private:
    ExporterRegistry();
    std::vector<std::unique_ptr<Exporter>> mExporters;
};

} // namespace blauwdruk
