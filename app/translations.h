#pragma once

#include <QLocale>

class QCoreApplication;

namespace blauwdruk {

// The language the window speaks: Dutch on a Dutch system, English
// elsewhere, unless Preferences › Language chose one. Read once at start
// (a change applies after a restart), and also sets the default locale so
// dates and numbers are written the way that language writes them.
class Translations {
public:
    // The locale chosen by the "language" preference, or the system's.
    static QLocale chosenLocale();
    // "nl" when the window speaks Dutch, else "en".
    static QString uiLanguage();
    // Installs our catalogue and Qt's own for chosenLocale() into app, and
    // makes chosenLocale() the default locale.
    static void install(QCoreApplication &app);
    // The catalogues only, for the command line: its messages for people
    // follow the language, but the default locale stays C, so nothing
    // written for scripts or into files changes with it.
    static void installCatalogues(QCoreApplication &app);
};

} // namespace blauwdruk
