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
    // The zoom a facilitator chose for a journey in session mode; 0 when none.
    static qreal sessionZoom(const QString &file, const QString &journey);
    static void setSessionZoom(const QString &file, const QString &journey, qreal zoom);
};

} // namespace blauwdruk
