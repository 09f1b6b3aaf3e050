#include "preferences.h"

#include <QSettings>

namespace blauwdruk {

namespace {
const char kAuthorName[] = "author/name";
const char kAuthorRole[] = "author/role";
const char kTimerSound[] = "session/timerSound";
const char kSessionZoom[] = "session/zoom";

// One map entry per file and journey: a path holds slashes, which a
// settings key would read as groups.
QString zoomKey(const QString &file, const QString &journey) {
    return file + QLatin1Char('\n') + journey;
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

qreal Preferences::sessionZoom(const QString &file, const QString &journey) {
    return QSettings()
        .value(QLatin1String(kSessionZoom))
        .toMap()
        .value(zoomKey(file, journey), 0.0)
        .toReal();
}

void Preferences::setSessionZoom(const QString &file, const QString &journey, qreal zoom) {
    QSettings settings;
    QVariantMap zooms = settings.value(QLatin1String(kSessionZoom)).toMap();
    zooms.insert(zoomKey(file, journey), zoom);
    settings.setValue(QLatin1String(kSessionZoom), zooms);
}

} // namespace blauwdruk
