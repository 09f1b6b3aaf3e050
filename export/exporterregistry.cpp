#include "exporterregistry.h"

#include "csvgridexporter.h"
#include "jsonexporter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace blauwdruk {

bool Exporter::write(const Workspace &workspace, const ExportOptions &options, const QString &path,
                     QString *error) const {
    const QByteArray bytes = render(workspace, options, error);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

ExporterRegistry::ExporterRegistry() {
    mExporters.push_back(std::make_unique<JsonExporter>());
    mExporters.push_back(std::make_unique<CsvGridExporter>());
}

const ExporterRegistry &ExporterRegistry::instance() {
    static const ExporterRegistry registry;
    return registry;
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

QStringList ExporterRegistry::names() const {
    QStringList names;
    for (const auto &exporter : mExporters)
        names << exporter->name();
    return names;
}

} // namespace blauwdruk
