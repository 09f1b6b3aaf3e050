#pragma once

#include "exportcapabilities.h"
#include "workspace.h"

#include <QFileDevice>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>

namespace blauwdruk {

// What to export and how. One struct for every format: each exporter reads
// the choices that apply to it and ignores the rest, so the GUI's dialog and
// the command line fill in the same thing.
struct ExportOptions {
    // The journey (an id); empty means all of them, where the format holds
    // several (PDF: a page or tile set each; inventory: one table each).
    QString journey;

    // Posters (PDF; SVG and PNG use the title block and ignore the paper).
    QString paper = QStringLiteral("A3"); // A0..A4, or a custom "WxHmm" such as "841x594mm"
    bool landscape = true;
    qreal marginMm = 10;
    // Empty: the blueprint fitted on one page of `paper`. "A4" or "A3": the
    // poster at `paper` size cut into tiles of this paper, with overlap,
    // crop marks and page labels, for an office printer.
    QString tilePaper;
    qreal overlapMm = 10;
    bool pdfA = false; // PDF/A-1b for archiving

    // PNG: dots per inch of the poster at 100 % (96 dpi = the canvas), or,
    // when above 0, the image's width in pixels.
    int dpi = 150;
    int pixelWidth = 0;

    // CSV: the consequence inventory instead of the grid.
    bool inventory = false;
    // The consequence inventory: only what this team owns (a work list),
    // and only cards of this status (a card status token); empty: all.
    QString team;
    QString status;

    // Called during long exports; may be empty. Returning false cancels.
    std::function<bool(int done, int total)> progress;
};

// One export format. Errors are returned, never shown; files are written
// through QSaveFile, so a failed export never leaves half a file.
class Exporter {
public:
    virtual ~Exporter() = default;

    virtual QString name() const = 0;           // "json", "csv": the --format value
    virtual QStringList extensions() const = 0; // without dot, first is the default
    // What the format holds and which options it takes; callers decide by
    // this, never by name().
    virtual ExportCapabilities capabilities() const = 0;
    // True when a file holds exactly one journey.
    bool singleJourney() const;
    // The whole file in memory. A format overrides render() or writeTo(),
    // at least one: each is by default made of the other.
    virtual QByteArray render(const Workspace &workspace, const ExportOptions &options,
                              QString *error) const;

    // Writes the file to `out` as it is made. By default the whole file is
    // rendered first; formats that can (SVG, JSON) write while they draw, so
    // a large poster never sits in memory twice.
    virtual bool writeTo(QIODevice &out, const Workspace &workspace, const ExportOptions &options,
                         QString *error) const;
    bool write(const Workspace &workspace, const ExportOptions &options, const QString &path,
               QString *error) const;

    // Writes `bytes` to `path` through QSaveFile: whole or not at all.
    static bool save(const QString &path, const QByteArray &bytes, QString *error);
    // Why writing `file` failed, in words for after the file name.
    static QString writeError(const QFileDevice &file);
    // A title as a file name: what file systems refuse becomes "_".
    static QString safeFileName(QString name);
};

} // namespace blauwdruk
