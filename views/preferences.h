#pragma once

#include <QString>

namespace blauwdruk {

// The user's own settings (QSettings), read where they are used: who signs
// comments and decisions, the session timer's sound, the session zoom per
// journey. The Preferences dialog edits the first ones.
class Preferences {
public:
    static QString authorName();
    static void setAuthorName(const QString &name);
    static QString authorRole(); // optional: "beleidsadviseur", "wethouder"
    static void setAuthorRole(const QString &role);
    // A short sound when the session timer reaches zero (on unless turned off).
    static bool timerSound();
    static void setTimerSound(bool on);
    // The language of the window: "nl", "en", or empty to follow the system.
    // Read once at start, so a change applies after a restart.
    static QString language();
    static void setLanguage(const QString &code);
    // The paper the Export dialog starts with ("A0" … "A4") and whether it is
    // landscape; the dialog also keeps the last ones used in the same place.
    static QString posterPaper();
    static bool posterLandscape();
    static void setPosterPaper(const QString &paper, bool landscape);
    // The high-contrast theme for the canvas and the window (off unless chosen).
    static bool highContrast();
    static void setHighContrast(bool on);
    // The zoom a facilitator chose for a journey in session mode; 0 when none.
    static qreal sessionZoom(const QString &file, const QString &journey);
    static void setSessionZoom(const QString &file, const QString &journey, qreal zoom);
    // The zoom a journey's canvas had when its tab (or its file) was last
    // closed outside session mode; 0 when none.
    static qreal journeyZoom(const QString &file, const QString &journey);
    static void setJourneyZoom(const QString &file, const QString &journey, qreal zoom);
};

} // namespace blauwdruk
