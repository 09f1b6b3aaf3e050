// Test runner shared by every suite: a QApplication on the offscreen
// platform (so widget tests run headless) with QStandardPaths in test mode,
// so tests never touch a user's settings or untitled files.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BlauwdrukTests"));
    QCoreApplication::setApplicationName(QStringLiteral("blauwdruk-tests"));
    return Catch::Session().run(argc, argv);
}
