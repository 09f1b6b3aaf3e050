#pragma once

#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace blauwdruk {

class Workspace;

// Persona sheets as a PDF: one A4 portrait page per persona, text kept as text.
//
// Not an Exporter in the registry: that interface exports a journey (or all
// of them) and picks a format by the file's extension, while this exports
// personas chosen by the user, and ".pdf" will belong to the blueprint's own
// PDF export. So it has a small static API, used by the GUI and by
// `blauwdruk export --persona/--personas` alike.
class PersonaSheetExporter {
public:
    static constexpr int kResolution = 1200; // dots per inch of the PDF's coordinates

    // Writes the personas with these ids, in this order, through QSaveFile:
    // on failure returns false with `error` set (in English, for the caller
    // to put after the file name) and leaves no file behind.
    static bool write(const Workspace &workspace, const QStringList &personaIds,
                      const QString &path, QString *error);

    // Paints one sheet per page on any paged device (a QPdfWriter, or a
    // QPrinter for printing from the GUI), filling each whole page: the sheet
    // has its own margins, so give a QPrinter setFullPage(true).
    static bool paint(QPagedPaintDevice &device, const Workspace &workspace,
                      const QStringList &personaIds, QString *error);

    // "Persona: NAME" for one persona, "Personas — TITLE" for several.
    static QString documentTitle(const Workspace &workspace, const QStringList &personaIds);
};

} // namespace blauwdruk
