// The export dialog offers exactly what each format of the registry
// declares: every format with its label, its options, its journeys, its
// extension.
#include "examplewindow.h"
#include "exportdialog.h"
#include "exporterregistry.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

using namespace blauwdruk;

namespace {

template <class W> W *child(ExportDialog &dialog, const char *name) {
    auto *widget = dialog.findChild<W *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("Export dialog: offers every format of the registry with what it declares") {
    using Journeys = ExportCapabilities::Journeys;
    test::ExampleWindow w;
    QTemporaryDir dir;
    ExportDialog dialog(&w.doc(), w.journeyOfKind("ideal"));
    dialog.show();
    auto *formats = child<QComboBox>(dialog, "ExportFormat");
    auto *journeys = child<QComboBox>(dialog, "ExportJourney");
    auto *paper = child<QGroupBox>(dialog, "ExportPaperOptions");
    auto *picture = child<QGroupBox>(dialog, "ExportPictureOptions");
    const std::vector<const Exporter *> exporters = ExporterRegistry::instance().exporters();
    REQUIRE(formats->count() == int(exporters.size()));
    const int journeyCount = int(w.ws().journeys.size());
    for (int i = 0; i < formats->count(); ++i) {
        const Exporter *exporter = exporters[size_t(i)];
        const ExportCapabilities capabilities = exporter->capabilities();
        INFO(exporter->name().toStdString());
        CHECK(formats->itemData(i).toString() == exporter->name());
        CHECK(formats->itemText(i) == ExportDialog::tr(capabilities.label));
        // A file of another format first: the dialog gives it this one's extension.
        dialog.setPath(dir.filePath(QStringLiteral("blueprint.unknown")));
        formats->setCurrentIndex(-1);
        dialog.setFormat(exporter->name());
        REQUIRE(dialog.format() == exporter->name());
        CHECK(paper->isVisibleTo(&dialog) == capabilities.paper);
        CHECK(picture->isVisibleTo(&dialog) == capabilities.resolution);
        const bool all = capabilities.journeys != Journeys::One;
        CHECK(journeys->count() == journeyCount + (all ? 1 : 0));
        CHECK((journeys->findData(QString()) >= 0) == all);
        CHECK(QFileInfo(dialog.path()).suffix() == exporter->extensions().first());
    }
}

TEST_CASE("Export dialog: every format's label has its Dutch") {
    QTranslator dutch;
    REQUIRE(dutch.load(QLocale(QLocale::Dutch), QStringLiteral("blauwdruk"), QStringLiteral("_"),
                       QStringLiteral(":/i18n")));
    for (const Exporter *exporter : ExporterRegistry::instance().exporters()) {
        INFO(exporter->name().toStdString());
        CHECK_FALSE(dutch
                        .translate(ExportDialog::staticMetaObject.className(),
                                   exporter->capabilities().label)
                        .isEmpty());
    }
}

TEST_CASE("Export dialog: offers the file next to the workspace file, not the last folder") {
    test::ExampleWindow w;
    QTemporaryDir elsewhere;
    QSettings().setValue(QStringLiteral("export/folder"), elsewhere.path());
    ExportDialog dialog(&w.doc(), w.journeyOfKind("ideal"));
    CHECK(QFileInfo(dialog.path()).absolutePath() == QFileInfo(w.path).absolutePath());
    QSettings().remove(QStringLiteral("export/folder"));
}

TEST_CASE("Export dialog: every label with a letter to press names the field it goes to") {
    test::ExampleWindow w;
    ExportDialog dialog(&w.doc(), w.journeyOfKind("ideal"));
    dialog.show();
    int lettered = 0;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text().contains(QLatin1Char('&'))) {
            INFO(label->text().toStdString());
            CHECK(label->buddy()); // else the "&" shows as it is
            ++lettered;
        }
    CHECK(lettered >= 5);
}
