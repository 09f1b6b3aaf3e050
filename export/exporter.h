#pragma once

#include "workspace.h"

#include <QFileDevice>
#include <QString>
#include <QStringList>

namespace blauwdruk {

// What to export: the journey (an id; empty means all, where the format can
// hold several) and format-specific choices added by later exporters.
struct ExportOptions {
    QString journey;
};

// One export format. Errors are returned, never shown; files are written
// through QSaveFile, so a failed export never leaves half a file.
class Exporter {
public:
    virtual ~Exporter() = default;

    virtual QString name() const = 0;           // "json", "csv": the --format value
    virtual QStringList extensions() const = 0; // without dot, first is the default
    // True when the format holds exactly one journey.
    virtual bool singleJourney() const = 0;
    virtual QByteArray render(const Workspace &workspace, const ExportOptions &options,
                              QString *error) const = 0;

    bool write(const Workspace &workspace, const ExportOptions &options, const QString &path,
               QString *error) const;

    // Why writing `file` failed, in words for after the file name.
    static QString writeError(const QFileDevice &file);
};

} // namespace blauwdruk
