#include "bundledexample.h"

#include "jsoncodec.h"

#include <QCoreApplication>
#include <QFile>

namespace blauwdruk {

QStringList BundledExample::languages() {
    return {QStringLiteral("nl"), QStringLiteral("en")};
}

QByteArray BundledExample::json(const QString &language) {
    if (!languages().contains(language))
        return QByteArray();
    // The Dutch one is the original; a translation carries its language.
    QFile file(language == QLatin1String("nl")
                   ? QStringLiteral(":/example/minimaregelingen.json")
                   : QStringLiteral(":/example/minimaregelingen-%1.json").arg(language));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<Workspace> BundledExample::load(QString *error, const QString &language) {
    const QByteArray data = json(language);
    if (data.isEmpty()) {
        *error =
            QCoreApplication::translate("Files", "the bundled example is missing from this build");
        return std::nullopt;
    }
    return JsonCodec::read(data, error);
}

} // namespace blauwdruk
