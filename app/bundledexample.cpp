#include "bundledexample.h"

#include "jsoncodec.h"

#include <QFile>

namespace blauwdruk {

QByteArray BundledExample::json() {
    QFile file(QStringLiteral(":/example/minimaregelingen.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<Workspace> BundledExample::load(QString *error) {
    const QByteArray data = json();
    if (data.isEmpty()) {
        *error = QStringLiteral("the bundled example is missing from this build");
        return std::nullopt;
    }
    return JsonCodec::read(data, error);
}

} // namespace blauwdruk
