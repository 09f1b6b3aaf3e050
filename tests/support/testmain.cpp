// Test runner shared by every suite: a QApplication on the offscreen
// platform (so widget tests run headless) with QStandardPaths in test mode,
// so tests never touch a user's settings or untitled files.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BlauwdrukTests"));
    QCoreApplication::setApplicationName(QStringLiteral("blauwdruk-tests"));
    // Settings of their own per process: ctest runs test cases side by side,
    // and one's author name or window layout must not leak into another's.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
