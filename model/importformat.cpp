#include "importformat.h"

#include <QFileInfo>

namespace blauwdruk {

bool ImportFormat::isJson(const QString &path, const QByteArray &data) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("json") ||
           (suffix != QLatin1String("csv") && data.trimmed().startsWith('{'));
}

} // namespace blauwdruk
