// `blauwdruk export` offers exactly what each format of the registry
// declares: its options, its journeys, its extension in the help.
#include "clirun.h"
#include "exporterregistry.h"
#include "journeyfiles.h"
#include "store.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace blauwdruk;

namespace {

using Result = test::CliResult;
using Journeys = ExportCapabilities::Journeys;

QString example(const QTemporaryDir &dir) {
    const QString path = dir.filePath(QStringLiteral("w.blauwdruk"));
    QString error;
    REQUIRE(Store::writeNew(path, test::exampleWorkspace(), &error));
    return path;
}

QString outputFor(const QTemporaryDir &dir, const Exporter &exporter, const QString &tag) {
    return dir.filePath(exporter.name() + QLatin1Char('-') + tag + QLatin1Char('.') +
                        exporter.extensions().first());
}

} // namespace

TEST_CASE("CLI formats: export takes exactly the options each format declares") {
    QTemporaryDir dir;
    const QString path = example(dir);
    const QString journey = test::exampleWorkspace().orderedJourneys().front()->id;
    struct Option {
        QStringList arguments;
        bool ExportCapabilities::*takes;
    };
    const Option options[] = {
        {{"--paper", "A4"}, &ExportCapabilities::paper},
        {{"--portrait"}, &ExportCapabilities::paper},
        {{"--tile-paper", "A4"}, &ExportCapabilities::paper},
        {{"--margin", "5"}, &ExportCapabilities::paper},
        {{"--pdfa"}, &ExportCapabilities::paper},
        {{"--dpi", "20"}, &ExportCapabilities::resolution},
        {{"--width", "200"}, &ExportCapabilities::resolution},
    };
    for (const Exporter *exporter : ExporterRegistry::instance().exporters()) {
        const ExportCapabilities capabilities = exporter->capabilities();
        for (const Option &option : options) {
            const QString out = outputFor(dir, *exporter, option.arguments.first().mid(2));
            const QStringList arguments =
                QStringList{"export",         path,        "-o",   out, "--format",
                            exporter->name(), "--journey", journey} +
                option.arguments;
            INFO(arguments.join(' ').toStdString());
            const Result r = test::runCli(arguments);
            INFO(r.err.toStdString());
            if (capabilities.*option.takes) {
                CHECK(r.exitCode == 0);
                CHECK(QFileInfo(out).size() > 0);
            } else {
                CHECK(r.exitCode == 2);
                CHECK(r.err.contains(QStringLiteral("applies to")));
                CHECK_FALSE(QFile::exists(out));
            }
        }
    }
}

TEST_CASE("CLI formats: all journeys as each format holds them, and the help lists them all") {
    QTemporaryDir dir;
    const QString path = example(dir);
    const Workspace ws = test::exampleWorkspace();
    for (const Exporter *exporter : ExporterRegistry::instance().exporters()) {
        const QString out = outputFor(dir, *exporter, QStringLiteral("plain"));
        const Result r = test::runCli({"export", path, "-o", out, "--format", exporter->name()});
        INFO(exporter->name().toStdString() + ": " + r.err.toStdString());
        const Journeys journeys = exporter->capabilities().journeys;
        CHECK(r.exitCode == (journeys == Journeys::One ? 2 : 0));
        CHECK(QFile::exists(out) == (journeys == Journeys::PageEach || journeys == Journeys::All));
        CHECK(r.out.contains(QStringLiteral("a page each")) == (journeys == Journeys::PageEach));
        if (journeys == Journeys::One)
            CHECK(r.err.contains(QStringLiteral("choose one with --journey")));
        CHECK(r.out.contains(QStringLiteral("one file each")) == (journeys == Journeys::FileEach));
        if (journeys == Journeys::FileEach)
            for (const QString &file : JourneyFiles::files(ws, out))
                CHECK(QFileInfo(file).size() > 0);
    }
    const Result help = test::runCli({"--help"});
    const Result exportHelp = test::runCli({"export", "--help"});
    for (const Exporter *exporter : ExporterRegistry::instance().exporters()) {
        const QString extension = exporter->extensions().first();
        const QRegularExpression listed(QStringLiteral("OUT\\.\\{[a-z,]*\\b%1\\b").arg(extension));
        CHECK(help.out.contains(listed));
        CHECK(exportHelp.out.contains(listed));
    }
}

TEST_CASE("CLI formats: persona sheets only in the format that declares them") {
    QTemporaryDir dir;
    const QString path = example(dir);
    for (const Exporter *exporter : ExporterRegistry::instance().exporters()) {
        const QString out = outputFor(dir, *exporter, QStringLiteral("personas"));
        const Result r = test::runCli({"export", path, "-o", out, "--personas"});
        INFO(exporter->name().toStdString() + ": " + r.err.toStdString());
        if (exporter->capabilities().personaSheets) {
            CHECK(r.exitCode == 0);
            CHECK(test::pdfPageCount(out) == int(test::exampleWorkspace().personas.size()));
        } else {
            CHECK(r.exitCode == 2);
            CHECK(r.err.contains(QStringLiteral("persona sheets are")));
        }
    }
}

TEST_CASE("CLI formats: an SVG names its cards with their kind in the workspace's language") {
    QTemporaryDir dir;
    const QString path = example(dir);
    const Workspace ws = test::exampleWorkspace();
    const Journey *journey = ws.orderedJourneys().front();
    const QString out = dir.filePath(QStringLiteral("poster.svg"));
    const Result r = test::runCli({"export", path, "-o", out, "--journey", journey->id});
    REQUIRE(r.exitCode == 0);
    const QString svg = QString::fromUtf8(test::readFile(out));
    int painPoints = 0;
    for (const Card *card : ws.orderedCards(journey->id)) {
        if (card->kind != QLatin1String("pain_point"))
            continue;
        ++painPoints;
        // "Kaart 'Titel', baan Frontstage, stap 3 van 10, knelpunt"
        const QString group =
            QStringLiteral("<g id=\"card-%1\" class=\"card pain_point\"><title>Kaart '%2', baan ")
                .arg(card->id, card->title.simplified().toHtmlEscaped());
        INFO(group.toStdString());
        CHECK(svg.contains(group));
        const qsizetype end = svg.indexOf(QStringLiteral("</title>"), svg.indexOf(group));
        CHECK(svg.mid(end - 10, 10) == QStringLiteral(", knelpunt"));
    }
    CHECK(painPoints > 0);
    CHECK(svg.contains(QStringLiteral(" lang=\"nl\" xml:lang=\"nl\"")));
}
