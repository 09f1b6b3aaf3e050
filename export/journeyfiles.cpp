#include "journeyfiles.h"

#include "partialfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace blauwdruk {

QString JourneyFiles::fileFor(const QString &path, int number, const QString &title) {
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

QStringList JourneyFiles::files(const Workspace &workspace, const QString &path) {
    QStringList files;
    for (const Journey *journey : workspace.orderedJourneys())
        files << fileFor(path, int(files.size()) + 1, journey->title);
    return files;
}

bool JourneyFiles::write(const Exporter &exporter, const Workspace &workspace,
                         ExportOptions options, const QString &path, const Check &check,
                         QStringList *written, QString *failedFile, QString *error) {
    const QStringList targets = files(workspace, path);
    const auto failed = [&](const QString &file, const QString &reason) {
        *failedFile = file;
        *error = reason;
        return false;
    };
    for (const QString &file : targets) {
        // A folder or a device where a file goes would fail only at the
        // rename, after other files were renamed into place.
        const QFileInfo info(file);
        if (info.exists() && !info.isFile())
            return failed(file, QStringLiteral("is not a regular file"));
        if (check && !check(file, error))
            return failed(file, *error);
    }
    QStringList partials;
    const auto discard = [&] {
        for (const QString &partial : partials)
            QFile::remove(partial);
    };
    const std::vector<const Journey *> journeys = workspace.orderedJourneys();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        options.journey = journeys[size_t(i)]->id;
        PartialFile::removeStale(targets[i]);
        partials << PartialFile::pathFor(targets[i]);
        if (!exporter.write(workspace, options, partials.last(), error)) {
            discard();
            return failed(targets[i], *error);
        }
    }
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (std::rename(QFile::encodeName(partials[i]).constData(),
                        QFile::encodeName(targets[i]).constData()) != 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            discard();
            return failed(targets[i], QStringLiteral("could not be written: %1").arg(reason));
        }
    }
    if (written)
        *written = targets;
    return true;
}

} // namespace blauwdruk
