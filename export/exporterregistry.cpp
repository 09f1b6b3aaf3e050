#include "exporterregistry.h"

#include "csvgridexporter.h"
#include "inventorycsvexporter.h"
#include "inventoryhtmlexporter.h"
#include "inventorymarkdownexporter.h"
#include "jsonexporter.h"
#include "pdfposterexporter.h"
#include "pngexporter.h"
#include "svgexporter.h"

#include <QFileInfo>

#include <algorithm>

namespace blauwdruk {

ExporterRegistry::ExporterRegistry() {
    mExporters.push_back(std::make_unique<JsonExporter>());
    mExporters.push_back(std::make_unique<CsvGridExporter>());
    mExporters.push_back(std::make_unique<PdfPosterExporter>());
    mExporters.push_back(std::make_unique<SvgExporter>());
    mExporters.push_back(std::make_unique<PngExporter>());
    // After the grid: forFile() takes the first match, and ".csv" means the
    // grid unless options.inventory says otherwise (resolve()); "inventory-csv"
    // names the inventory outright.
    mExporters.push_back(std::make_unique<InventoryCsvExporter>());
    mExporters.push_back(std::make_unique<InventoryMarkdownExporter>());
    mExporters.push_back(std::make_unique<InventoryHtmlExporter>());
}

const ExporterRegistry &ExporterRegistry::instance() {
    static const ExporterRegistry registry;
    return registry;
}

std::vector<const Exporter *> ExporterRegistry::exporters() const {
    std::vector<const Exporter *> offered;
    for (const auto &exporter : mExporters)
        offered.push_back(exporter.get());
    std::stable_sort(offered.begin(), offered.end(), [](const Exporter *a, const Exporter *b) {
        return a->capabilities().content < b->capabilities().content;
    });
    return offered;
}

QStringList ExporterRegistry::names() const {
    QStringList names;
    for (const Exporter *exporter : exporters())
        names << exporter->name();
    return names;
}

const Exporter *ExporterRegistry::byName(const QString &name) const {
    for (const auto &exporter : mExporters)
        if (exporter->name().compare(name, Qt::CaseInsensitive) == 0)
            return exporter.get();
    return nullptr;
}

const Exporter *ExporterRegistry::forFile(const QString &path) const {
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const auto &exporter : mExporters)
        if (exporter->extensions().contains(suffix))
            return exporter.get();
    return nullptr;
}

const Exporter *ExporterRegistry::resolve(const Exporter *exporter,
                                          const ExportOptions &options) const {
    if (!exporter || !options.inventory)
        return exporter;
    const QString inventory = exporter->capabilities().inventory;
    const Exporter *other = inventory.isEmpty() ? nullptr : byName(inventory);
    return other ? other : exporter;
}

const Exporter *ExporterRegistry::personaSheetFormat() const {
    for (const auto &exporter : mExporters)
        if (exporter->capabilities().personaSheets)
            return exporter.get();
    return nullptr;
}

} // namespace blauwdruk
