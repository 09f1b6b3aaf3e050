#include "exporter.h"

#include "workspacelanguage.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace blauwdruk {

bool Exporter::singleJourney() const {
    const ExportCapabilities::Journeys journeys = capabilities().journeys;
    return journeys == ExportCapabilities::Journeys::One ||
           journeys == ExportCapabilities::Journeys::FileEach;
}

// QSaveFile reports a full disk as "Unknown error"; say what it likely is.
QString Exporter::writeError(const QFileDevice &file) {
    return file.error() == QFileDevice::ResourceError ||
                   file.errorString() == QLatin1String("Unknown error")
               ? QStringLiteral("could not be written: the disk may be full")
               : QStringLiteral("could not be written: %1").arg(file.errorString());
}

QString Exporter::safeFileName(QString name) {
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")),
                 QStringLiteral("_"));
    return name.trimmed().left(120);
}

bool Exporter::write(const Workspace &workspace, const ExportOptions &options, const QString &path,
                     QString *error) const {
    QByteArray bytes;
    {
        const WorkspaceLanguage language(workspace);
        bytes = render(workspace, options, error);
    }
    if (bytes.isEmpty())
        return false;
    return save(path, bytes, error);
}

bool Exporter::save(const QString &path, const QByteArray &bytes, QString *error) {
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

} // namespace blauwdruk
