// Edit › Preferences (issue 20): the window's language, the paper posters
// start on, and the zoom a journey keeps between its tabs.
#include "blueprintview.h"
#include "examplewindow.h"
#include "exportdialog.h"
#include "modaldialog.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "testsupport.h"
#include "translations.h"

#include <catch2/catch.hpp>

#include <functional>

#include <QComboBox>
#include <QCoreApplication>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QRadioButton>
#include <QTabWidget>
#include <QTranslator>

using namespace blauwdruk;

namespace {

// Puts back the language and locale a test changed, also when it fails.
struct RestoreLanguage {
    QString saved = Preferences::language();
    QLocale locale;
    ~RestoreLanguage() {
        for (QTranslator *translator :
             qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly))
            if (QCoreApplication::removeTranslator(translator))
                delete translator;
        QLocale::setDefault(locale);
        Preferences::setLanguage(saved);
    }
};

} // namespace

TEST_CASE("Preferences: the language is chosen by name and said to apply at the next start") {
    RestoreLanguage restore;
    Preferences::setLanguage(QString());
    PreferencesDialog dialog;
    dialog.show();
    auto *language = test::namedChild<QComboBox>(&dialog, "Language");
    auto *note = test::namedChild<QLabel>(&dialog, "LanguageNote");
    CHECK(language->currentData().toString().isEmpty());
    CHECK(language->findText(QStringLiteral("Nederlands")) >= 0);
    CHECK(note->isHidden());
    test::chooseData(language, QStringLiteral("en"));
    CHECK(note->isVisible());
    CHECK(note->text().contains(QStringLiteral("next start")));
    dialog.accept();
    CHECK(Preferences::language() == QStringLiteral("en"));
}

TEST_CASE("Preferences: a Dutch choice makes the window and its dates Dutch") {
    RestoreLanguage restore;
    Preferences::setLanguage(QStringLiteral("nl"));
    Translations::install(*qApp);
    CHECK(Translations::uiLanguage() == QStringLiteral("nl"));
    CHECK(QLocale().language() == QLocale::Dutch);
    CHECK(QCoreApplication::translate("blauwdruk::PreferencesDialog", "&Language") ==
          QStringLiteral("&Taal"));
    CHECK(QLocale().monthName(3) == QStringLiteral("maart"));
}

TEST_CASE("Preferences: the paper chosen is the one the Export dialog starts with") {
    test::ExampleWindow w;
    const QString journey = w.journeyOfKind("ideal");
    {
        PreferencesDialog dialog;
        dialog.show();
        test::chooseData(test::namedChild<QComboBox>(&dialog, "PosterPaper"), QStringLiteral("A2"));
        test::namedChild<QRadioButton>(&dialog, "PosterPortrait")->click();
        dialog.accept();
    }
    CHECK(Preferences::posterPaper() == QStringLiteral("A2"));
    CHECK_FALSE(Preferences::posterLandscape());
    ExportDialog dialog(&w.doc(), journey);
    dialog.setFormat(QStringLiteral("pdf"));
    const ExportOptions options = dialog.options();
    CHECK(options.paper == QStringLiteral("A2"));
    CHECK_FALSE(options.landscape);
    Preferences::setPosterPaper(QStringLiteral("A1"), true);
    CHECK(ExportDialog(&w.doc(), journey).options().paper == QStringLiteral("A1"));
}

TEST_CASE("Preferences: a journey opens again at the zoom it was closed at") {
    test::ExampleWindow w;
    const QString journey = w.journeyOfKind("ideal");
    w.window.openJourney(journey);
    auto *view = w.currentTab<BlueprintView>();
    REQUIRE(view);
    const qreal before = view->zoom();
    view->setZoom(before * 1.5);
    const qreal chosen = view->zoom();
    REQUIRE(chosen != Approx(before));
    emit w.window.tabs()->tabCloseRequested(w.window.tabs()->currentIndex());
    CHECK_FALSE(w.currentTab<BlueprintView>());
    w.window.openJourney(journey);
    view = w.currentTab<BlueprintView>();
    REQUIRE(view);
    CHECK(view->zoom() == Approx(chosen));
}

namespace {

// The letter Alt reaches each of the menu bar's menus by, in order.
QString menuLetters(QMenuBar *bar) {
    QString letters;
    for (const QAction *menu : bar->actions()) {
        const QString text = menu->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        letters += amp >= 0 && amp + 1 < text.size() ? text.at(amp + 1).toLower() : QChar(u'?');
    }
    return letters;
}

// Within every menu and submenu, the entries that share an Alt letter or
// have none, as "Menu: entry, entry". (Open Recent lists files.)
QStringList letterClashes(QMenuBar *bar) {
    QStringList clashes;
    std::function<void(QMenu *)> check = [&](QMenu *menu) {
        if (menu->objectName() == QLatin1String("RecentMenu"))
            return;
        QHash<QChar, QStringList> byLetter;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            const QString text = action->text();
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            const QChar letter =
                amp >= 0 && amp + 1 < text.size() ? text.at(amp + 1).toLower() : QChar(u'?');
            byLetter[letter] << text;
            if (action->menu())
                check(action->menu());
        }
        for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
            if (it.key() == u'?' || it.value().size() > 1)
                clashes << menu->title() + QStringLiteral(": ") + it.value().join(u", ");
    };
    for (QAction *menu : bar->actions()) {
        emit menu->menu()->aboutToShow(); // as it opens, with the texts of now
        check(menu->menu());
    }
    return clashes;
}

bool allDifferent(const QString &letters) {
    for (qsizetype i = 0; i < letters.size(); ++i)
        if (letters.indexOf(letters.at(i), i + 1) >= 0)
            return false;
    return true;
}

} // namespace

TEST_CASE("Preferences: every menu and every entry in a menu has its own Alt letter, in English "
          "and in Dutch") {
    RestoreLanguage restore;
    {
        test::ExampleWindow english;
        const QString letters = menuLetters(english.window.menuBar());
        INFO(letters.toStdString());
        CHECK_FALSE(letters.contains(QLatin1Char('?')));
        CHECK(allDifferent(letters));
        const QStringList clashes = letterClashes(english.window.menuBar());
        INFO(clashes.join(u'\n').toStdString());
        CHECK(clashes.isEmpty());
    }
    Preferences::setLanguage(QStringLiteral("nl"));
    Translations::install(*qApp);
    test::ExampleWindow dutch;
    const QString letters = menuLetters(dutch.window.menuBar());
    INFO(letters.toStdString());
    CHECK(dutch.window.menuBar()->actions().front()->text() == QStringLiteral("&Bestand"));
    CHECK_FALSE(letters.contains(QLatin1Char('?')));
    CHECK(allDifferent(letters));
    const QStringList clashes = letterClashes(dutch.window.menuBar());
    INFO(clashes.join(u'\n').toStdString());
    CHECK(clashes.isEmpty());
}
