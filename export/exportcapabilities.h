#pragma once

#include <QString>

namespace blauwdruk {

// What an export format holds and which choices it takes. The command line
// and the export dialog ask this, never a format's name, so a format is
// offered everywhere, with its options, by what it declares here.
struct ExportCapabilities {
    // What the file shows; the dialog offers formats in this order.
    enum class Content { Picture, Inventory, Grid, Workspace };

    // How the format holds journeys.
    enum class Journeys {
        One,      // exactly one: with several, one has to be chosen
        FileEach, // one a file: "all journeys" is a file per journey (JourneyFiles)
        PageEach, // all in one file, a page (or a set of tiles) each
        All,      // one file with the chosen journey or all of them
    };

    // What people read in the dialog; translated in the context
    // "blauwdruk::ExportDialog" (QT_TRANSLATE_NOOP where it is declared), so
    // the translation stays with the dialog's other strings.
    const char *label = "";
    Content content = Content::Workspace;
    Journeys journeys = Journeys::All;
    // Takes ExportOptions' paper, orientation, margins, tiles and PDF/A.
    bool paper = false;
    // Takes ExportOptions' dpi or pixel width.
    bool resolution = false;
    // With ExportOptions::inventory, the format (by name) whose consequence
    // inventory this format's files hold instead; empty when there is none.
    QString inventory = QString();
    // Persona sheets (PersonaSheetExporter) are written in this format.
    bool personaSheets = false;
};

} // namespace blauwdruk
