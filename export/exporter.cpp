#include "exporter.h"

#include "workspacelanguage.h"

#include <QBuffer>
#include <QCoreApplication>
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

QByteArray Exporter::render(const Workspace &workspace, const ExportOptions &options,
                            QString *error) const {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!writeTo(buffer, workspace, options, error))
        return {};
    return bytes;
}

bool Exporter::writeTo(QIODevice &out, const Workspace &workspace, const ExportOptions &options,
                       QString *error) const {
    const QByteArray bytes = render(workspace, options, error);
    if (bytes.isEmpty())
        return false;
    if (out.write(bytes) != bytes.size()) {
        *error = QCoreApplication::translate("Export", "could not be written");
        return false;
    }
    return true;
}

bool Exporter::write(const Workspace &workspace, const ExportOptions &options, const QString &path,
                     QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = writeError(file);
        return false;
    }
    bool written = false;
    {
        const WorkspaceLanguage language(workspace);
        written = writeTo(file, workspace, options, error);
    }
    if (!written) {
        // What the device said is the better reason (a full disk).
        if (file.error() != QFileDevice::NoError)
            *error = writeError(file);
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = writeError(file);
        return false;
    }
    return true;
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
