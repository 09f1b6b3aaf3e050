#include "jsonexporter.h"

#include "jsoncodec.h"

#include <QCoreApplication>

namespace blauwdruk {

ExportCapabilities JsonExporter::capabilities() const {
    return {
        .label = QT_TRANSLATE_NOOP("blauwdruk::ExportDialog", "Whole workspace (JSON)"),
        .content = ExportCapabilities::Content::Workspace,
        .journeys = ExportCapabilities::Journeys::All,
    };
}

QByteArray JsonExporter::render(const Workspace &workspace, const ExportOptions &options,
                                QString *) const {
    return JsonCodec::write(workspace, options.journey);
}

bool JsonExporter::writeTo(QIODevice &out, const Workspace &workspace, const ExportOptions &options,
                           QString *error) const {
    if (!JsonCodec::write(out, workspace, options.journey)) {
        *error = QCoreApplication::translate("Export", "could not be written");
        return false;
    }
    return true;
}

} // namespace blauwdruk
