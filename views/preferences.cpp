#include "preferences.h"

#include <QSettings>

namespace blauwdruk {

namespace {
const char kAuthorName[] = "author/name";
const char kAuthorRole[] = "author/role";
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

} // namespace blauwdruk
