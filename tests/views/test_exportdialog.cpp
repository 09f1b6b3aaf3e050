#include "examplewindow.h"
#include "exportdialog.h"
#include "exporterregistry.h"
#include "exportpreview.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

using namespace blauwdruk;

namespace {

QComboBox *combo(ExportDialog &dialog, const char *name) {
    auto *box = dialog.findChild<QComboBox *>(QLatin1String(name));
    REQUIRE(box);
    return box;
}

} // namespace

TEST_CASE("Export dialog: the preview follows the paper and tiles, and the poster is written") {
    test::ExampleWindow w;
    QTemporaryDir dir;
    const QString ideal = w.journeyOfKind("ideal");
    ExportDialog dialog(&w.doc(), ideal);
    dialog.show();
    dialog.setFormat(QStringLiteral("pdf"));
    test::chooseData(combo(dialog, "ExportJourney"), ideal);
    test::chooseData(combo(dialog, "ExportPaper"), QStringLiteral("A0"));
    test::chooseData(combo(dialog, "ExportTiles"), QString());
    dialog.preview()->grab(); // paints, and so computes the caption
    CHECK(dialog.preview()->caption().startsWith(QStringLiteral("A0 landscape, one page")));

    test::chooseData(combo(dialog, "ExportTiles"), QStringLiteral("A4"));
    dialog.preview()->grab();
    const ExportOptions options = dialog.options();
    CHECK(options.paper == QStringLiteral("A0"));
    CHECK(options.tilePaper == QStringLiteral("A4"));
    CHECK(options.journey == ideal);
    CHECK(dialog.preview()->caption().contains(QStringLiteral("pages of A4")));

    dialog.setPath(dir.filePath(QStringLiteral("poster.pdf")));
    REQUIRE(dialog.exportNow());
    const int pages = test::pdfPageCount(dir.filePath(QStringLiteral("poster.pdf")));
    CHECK(pages > 1);
    CHECK(dialog.preview()->caption().contains(QStringLiteral("on %1 pages").arg(pages)));
    // Drawing the poster in the workspace's language does not tell the
    // windows that the language changed: the button still says Export.
    QApplication::processEvents();
    const QList<QDialogButtonBox *> boxes = dialog.findChildren<QDialogButtonBox *>();
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.front()->button(QDialogButtonBox::Ok)->text() == QStringLiteral("&Export"));

    // The choices are remembered for the next time.
    ExportDialog again(&w.doc(), ideal);
    CHECK(again.format() == QStringLiteral("pdf"));
    CHECK(again.options().paper == QStringLiteral("A0"));
    CHECK(again.options().tilePaper == QStringLiteral("A4"));
}

TEST_CASE(
    "Export dialog: pictures of all journeys are a file each, a failure stays in the dialog") {
    test::ExampleWindow w;
    QTemporaryDir dir;
    ExportDialog dialog(&w.doc(), w.journeyOfKind("ideal"));
    dialog.setFormat(QStringLiteral("png"));
    test::chooseData(combo(dialog, "ExportJourney"), QString()); // all journeys
    dialog.setPath(dir.filePath(QStringLiteral("blueprint.png")));
    QStringList written;
    REQUIRE(dialog.exportNow(&written));
    CHECK(written.size() == int(w.ws().journeys.size()));
    for (const QString &file : written)
        CHECK(QFile::exists(file));

    dialog.setFormat(QStringLiteral("html"));
    dialog.setPath(dir.filePath(QStringLiteral("missing/folder/inventory.html")));
    CHECK_FALSE(dialog.exportNow());
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("ExportError"));
    REQUIRE(message);
    CHECK_FALSE(message->isHidden());
    CHECK(message->text().contains(QStringLiteral("inventory.html")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing/folder/inventory.html"))));
}

TEST_CASE("Export dialog: the preview says when card text would be too small to read") {
    test::ExampleWindow w;
    ExportPreview preview;
    ExportOptions options;
    options.journey = w.journeyOfKind("ideal");
    const Exporter *pdf = ExporterRegistry::instance().byName(QStringLiteral("pdf"));
    const Exporter *png = ExporterRegistry::instance().byName(QStringLiteral("png"));
    REQUIRE(pdf);
    REQUIRE(png);
    options.paper = QStringLiteral("A3");
    preview.show(&w.doc(), pdf, options);
    CHECK_FALSE(preview.caption().contains(QStringLiteral("too small")));
    // The example's 13 columns on A4 print card text at under 4 pt.
    options.paper = QStringLiteral("A4");
    preview.show(&w.doc(), pdf, options);
    INFO(preview.caption().toStdString());
    CHECK(preview.caption().contains(QStringLiteral("pt high, too small to read")));

    options.dpi = 96;
    preview.show(&w.doc(), png, options);
    CHECK_FALSE(preview.caption().contains(QStringLiteral("too small")));
    options.pixelWidth = 500;
    preview.show(&w.doc(), png, options);
    CHECK(preview.caption().contains(QStringLiteral("pixels high, too small to read")));
    // The preview paints at any size of the widget, the picture drawn once.
    preview.resize(800, 500);
    CHECK_FALSE(preview.grab().isNull());
}

// Not run by default: the dialog for the user guide (BLAUWDRUK_SHOTS=folder).
TEST_CASE("Export dialog: screenshot", "[.][screenshot]") {
    test::ExampleWindow w;
    ExportDialog dialog(&w.doc(), w.journeyOfKind("ideal"));
    dialog.setFormat(QStringLiteral("pdf"));
    test::chooseData(combo(dialog, "ExportJourney"), w.journeyOfKind("ideal"));
    test::chooseData(combo(dialog, "ExportPaper"), QStringLiteral("A0"));
    test::chooseData(combo(dialog, "ExportTiles"), QStringLiteral("A4"));
    dialog.setPath(QStringLiteral("/home/facilitator/Samira ideaal A0.pdf"));
    dialog.resize(1100, 640);
    dialog.show();
    QApplication::processEvents();
    const QString folder = qEnvironmentVariable("BLAUWDRUK_SHOTS", QStringLiteral("/tmp"));
    REQUIRE(dialog.grab().save(folder + QStringLiteral("/export-dialog.png")));
}
