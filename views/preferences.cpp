#include "preferences.h"

#include <QSettings>

namespace blauwdruk {

namespace {
const char kAuthorName[] = "author/name";
const char kAuthorRole[] = "author/role";
const char kTimerSound[] = "session/timerSound";
const char kSessionZoom[] = "session/zoom";
const char kJourneyZoom[] = "canvas/zoom";
const char kLanguage[] = "language";
// Shared with the Export dialog, which remembers the last poster there.
const char kPosterPaper[] = "export/paper";
const char kPosterLandscape[] = "export/landscape";
const char kHighContrast[] = "appearance/highContrast";

// One map entry per file and journey: a path holds slashes, which a
// settings key would read as groups.
QString zoomKey(const QString &file, const QString &journey) {
    return file + QLatin1Char('\n') + journey;
}

qreal zoomIn(const char *key, const QString &file, const QString &journey) {
    return QSettings()
        .value(QLatin1String(key))
        .toMap()
        .value(zoomKey(file, journey), 0.0)
        .toReal();
}

void setZoomIn(const char *key, const QString &file, const QString &journey, qreal zoom) {
    QSettings settings;
    QVariantMap zooms = settings.value(QLatin1String(key)).toMap();
    zooms.insert(zoomKey(file, journey), zoom);
    settings.setValue(QLatin1String(key), zooms);
}

} // namespace

QString Preferences::authorName() {
    return QSettings().value(QLatin1String(kAuthorName)).toString().trimmed();
}

void Preferences::setAuthorName(const QString &name) {
    QSettings().setValue(QLatin1String(kAuthorName), name.trimmed());
}

QString Preferences::authorRole() {
    return QSettings().value(QLatin1String(kAuthorRole)).toString().trimmed();
}

void Preferences::setAuthorRole(const QString &role) {
    QSettings().setValue(QLatin1String(kAuthorRole), role.trimmed());
}

bool Preferences::timerSound() {
    return QSettings().value(QLatin1String(kTimerSound), true).toBool();
}

void Preferences::setTimerSound(bool on) {
    QSettings().setValue(QLatin1String(kTimerSound), on);
}

QString Preferences::language() {
    return QSettings().value(QLatin1String(kLanguage)).toString();
}

void Preferences::setLanguage(const QString &code) {
    QSettings().setValue(QLatin1String(kLanguage), code);
}

QString Preferences::posterPaper() {
    return QSettings().value(QLatin1String(kPosterPaper), QStringLiteral("A3")).toString();
}

bool Preferences::posterLandscape() {
    return QSettings().value(QLatin1String(kPosterLandscape), true).toBool();
}

void Preferences::setPosterPaper(const QString &paper, bool landscape) {
    QSettings settings;
    settings.setValue(QLatin1String(kPosterPaper), paper);
    settings.setValue(QLatin1String(kPosterLandscape), landscape);
}

bool Preferences::highContrast() {
    return QSettings().value(QLatin1String(kHighContrast), false).toBool();
}

void Preferences::setHighContrast(bool on) {
    QSettings().setValue(QLatin1String(kHighContrast), on);
}

qreal Preferences::sessionZoom(const QString &file, const QString &journey) {
    return zoomIn(kSessionZoom, file, journey);
}

void Preferences::setSessionZoom(const QString &file, const QString &journey, qreal zoom) {
    setZoomIn(kSessionZoom, file, journey, zoom);
}

qreal Preferences::journeyZoom(const QString &file, const QString &journey) {
    return zoomIn(kJourneyZoom, file, journey);
}

void Preferences::setJourneyZoom(const QString &file, const QString &journey, qreal zoom) {
    setZoomIn(kJourneyZoom, file, journey, zoom);
}

} // namespace blauwdruk
