// Posters speak the workspace's language, whatever the window's: the export
// dialog and the command line give the same poster for the same file
// (issue 13, item 6).
#include "../app/clirun.h"
#include "edits.h"
#include "examplewindow.h"
#include "exportdialog.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>

using namespace blauwdruk;

namespace {

QByteArray contents(const QString &path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Poster language: the export dialog in a Dutch window writes the CLI's poster") {
    test::ExampleWindow w;
    QTemporaryDir dir;
    QTranslator dutch; // the window speaks Dutch
    REQUIRE(dutch.load(QStringLiteral(":/i18n/blauwdruk_nl.qm")));
    REQUIRE(QCoreApplication::installTranslator(&dutch));
    for (const char *language : {"en", "nl"}) {
        INFO(language);
        REQUIRE(Edits(w.doc()).setField(EntityType::Workspace, {}, QStringLiteral("language"),
                                        QString::fromLatin1(language)));
        const QString journey = w.journeyOfKind("ideal");
        ExportDialog dialog(&w.doc(), journey);
        dialog.setFormat(QStringLiteral("svg"));
        const QString fromWindow = dir.filePath(QStringLiteral("window-%1.svg").arg(language));
        dialog.setPath(fromWindow);
        REQUIRE(dialog.exportNow());

        const QString fromCli = dir.filePath(QStringLiteral("cli-%1.svg").arg(language));
        const test::CliResult cli =
            test::runCli({QStringLiteral("export"), w.path, QStringLiteral("-o"), fromCli,
                          QStringLiteral("--journey"), journey});
        REQUIRE(cli.exitCode == 0);
        const QByteArray window = contents(fromWindow);
        CHECK(window == contents(fromCli));
        // The line names say which language the poster is in.
        const bool english = language == std::string_view("en");
        CHECK(window.contains("Line of interaction") == english);
        CHECK(window.contains("Interactielijn") == !english);
    }
    QCoreApplication::removeTranslator(&dutch);
}
