#include "jsonexporter.h"

#include "jsoncodec.h"

namespace blauwdruk {

QByteArray JsonExporter::render(const Workspace &workspace, const ExportOptions &options,
                                QString *) const {
    return JsonCodec::write(workspace, options.journey);
}

} // namespace blauwdruk
