#include "commandline.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QStandardPaths>

#include <cstdio>

namespace {

void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Blauwdruk"));
    QCoreApplication::setApplicationName(QStringLiteral("blauwdruk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BLAUWDRUK_VERSION));
}

} // namespace

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    setIdentity();

    if (blauwdruk::CommandLine::isHeadless(arguments)) {
        // Exports draw text, and fonts need a QGuiApplication; no window is
        // ever shown, so the offscreen platform serves without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Choosing a platform, Qt may warn about the session (XDG_RUNTIME_DIR
        // not set...), which matters nowhere offscreen and would break the
        // commands' promise of one line on stderr per problem.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "%s\n", qPrintable(text));
        });
        QGuiApplication app(argc, argv);
        qInstallMessageHandler(nullptr);
        blauwdruk::Translations::installCatalogues(app);
        return blauwdruk::CommandLine::run(arguments);
    }
    std::optional<blauwdruk::CommandLine::GuiRequest> request;
    {
        // The arguments are checked before there is a window to show, but
        // their mistakes are said in the user's language: a QCoreApplication
        // carries the catalogues for as long as that takes.
        QCoreApplication checking(argc, argv);
        blauwdruk::Translations::installCatalogues(checking);
        request = blauwdruk::CommandLine::parseGui(arguments);
        if (!request)
            return blauwdruk::CommandLine::Usage;
#ifdef Q_OS_LINUX
        const bool noDisplay = qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
                               qEnvironmentVariableIsEmpty("DISPLAY") &&
                               qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
        // A screenshot needs no screen: render offscreen.
        if (noDisplay && !request->screenshot.isEmpty())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a display Qt would abort with a long message; say it plainly.
        if (noDisplay && request->screenshot.isEmpty()) {
            std::fputs(qPrintable(QCoreApplication::translate(
                           "CommandLine",
                           "blauwdruk: no display to show the editor on (DISPLAY is not set); the "
                           "commands work without one, see 'blauwdruk --help'\n")),
                       stderr);
            return blauwdruk::CommandLine::Failure;
        }
#endif
    }
    QApplication app(argc, argv);
    blauwdruk::Translations::install(app);
    // Outside a desktop (a bare X server, a kiosk) the platform names no icon
    // theme: the actions take their icons from Adwaita, which we depend on.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor")) {
        QStringList paths = QIcon::themeSearchPaths();
        for (const QString &path :
             QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("icons"),
                                       QStandardPaths::LocateDirectory))
            if (!paths.contains(path))
                paths << path;
        QIcon::setThemeSearchPaths(paths);
        QIcon::setThemeName(QStringLiteral("Adwaita"));
    }
    // Installed, the icon is in hicolor (cmake/Install.cmake), found once the
    // theme is chosen; window switchers use it when they match no .desktop file.
    app.setWindowIcon(QIcon::fromTheme(QStringLiteral("nl.blauwdruk.Blauwdruk")));
    // The high-contrast preference and the system's font size, before the
    // first window (and a screenshot) paints.
    blauwdruk::Theme::apply();
    if (!request->screenshot.isEmpty())
        return blauwdruk::Screenshot::run(*request);
    blauwdruk::MainWindow window;
    window.rememberSession();
    window.show();
    // Work a crash left behind comes first; otherwise the file asked for,
    // or the example.
    if (!window.documents()->offerRecovery()) {
        const bool opened = request->file.isEmpty() ? window.documents()->openUntitledExample()
                                                    : window.documents()->openFile(request->file);
        if (!opened && !request->file.isEmpty())
            window.documents()->openUntitledExample();
        else if (opened && (request->review || request->session)) {
            const QString journey = window.journeyNamed(request->journey);
            if (!journey.isEmpty())
                window.openJourney(journey);
            if (request->review)
                window.setReviewMode(true);
            if (request->session)
                window.setSessionMode(true);
        }
    }
    return app.exec();
}
