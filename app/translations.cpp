#include "translations.h"

#include "preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace blauwdruk {

QLocale Translations::chosenLocale() {
    const QString setting = Preferences::language();
    if (setting == QLatin1String("nl"))
        return QLocale(QLocale::Dutch, QLocale::Netherlands);
    if (setting == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale::system();
}

QString Translations::uiLanguage() {
    return chosenLocale().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                       : QStringLiteral("en");
}

void Translations::install(QCoreApplication &app) {
    // QLocale() is what the views format dates and numbers with.
    QLocale::setDefault(chosenLocale());
    installCatalogues(app);
}

void Translations::installCatalogues(QCoreApplication &app) {
    const QLocale locale = chosenLocale();
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("blauwdruk"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace blauwdruk
