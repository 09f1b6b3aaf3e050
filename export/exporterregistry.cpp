#include "exporterregistry.h"

#include "csvgridexporter.h"
#include "jsonexporter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace blauwdruk {

// QSaveFile reports a full disk as "Unknown error"; say what it likely is.
QString Exporter::writeError(const QFileDevice &file) {
    return file.error() == QFileDevice::ResourceError ||
                   file.errorString() == QLatin1String("Unknown error")
               ? QStringLiteral("could not be written: the disk may be full")
               : QStringLiteral("could not be written: %1").arg(file.errorString());
}

bool Exporter::write(const Workspace &workspace, const ExportOptions &options, const QString &path,
                     QString *error) const {
    const QByteArray bytes = render(workspace, options, error);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    auto reason = [&] { return Exporter::writeError(file); };
    if (!file.open(QIODevice::WriteOnly)) {
        *error = reason();
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = reason();
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
