#include "exporterregistry.h"

#include "csvgridexporter.h"
#include "inventorycsvexporter.h"
#include "inventoryhtmlexporter.h"
#include "inventorymarkdownexporter.h"
#include "jsonexporter.h"
#include "pdfposterexporter.h"
#include "pngexporter.h"
#include "svgexporter.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace blauwdruk {

// QSaveFile reports a full disk as "Unknown error"; say what it likely is.
QString Exporter::writeError(const QFileDevice &file) {
    return file.error() == QFileDevice::ResourceError ||
                   file.errorString() == QLatin1String("Unknown error")
               ? QStringLiteral("could not be written: the disk may be full")
               : QStringLiteral("could not be written: %1").arg(file.errorString());
}

QString Exporter::fileForJourney(const QString &path, int number, const QString &title) {
    // Letters without their accents, digits and dashes: a name every file
    // system and e-mail program takes.
    QString slug = title.toLower().normalized(QString::NormalizationForm_KD);
    slug.remove(QRegularExpression(QStringLiteral("[^a-z0-9 -]")));
    slug = slug.simplified().replace(QLatin1Char(' '), QLatin1Char('-')).left(40);
    const QFileInfo info(path);
    const QString name =
        QStringLiteral("%1-%2%3%4.%5")
            .arg(info.completeBaseName())
            .arg(number)
            .arg(slug.isEmpty() ? QString() : QStringLiteral("-"), slug, info.suffix());
    return info.dir().filePath(name);
}

QString Exporter::safeFileName(QString name) {
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")),
                 QStringLiteral("_"));
    return name.trimmed().left(120);
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
    mExporters.push_back(std::make_unique<PdfPosterExporter>());
    mExporters.push_back(std::make_unique<SvgExporter>());
    mExporters.push_back(std::make_unique<PngExporter>());
    // After the grid: forFile() takes the first match, and ".csv" means the
    // grid unless options.inventory says otherwise (CsvGridExporter hands
    // over then); "inventory-csv" names the inventory outright.
    mExporters.push_back(std::make_unique<InventoryCsvExporter>());
    mExporters.push_back(std::make_unique<InventoryMarkdownExporter>());
    mExporters.push_back(std::make_unique<InventoryHtmlExporter>());
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
