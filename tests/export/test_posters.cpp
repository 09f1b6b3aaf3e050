#include "blueprintlayout.h"
#include "exporterregistry.h"
#include "papersize.h"
#include "pdfposterexporter.h"
#include "pngexporter.h"
#include "posterlayout.h"
#include "svgexporter.h"
#include "testsupport.h"
#include "titleblock.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace blauwdruk;

namespace {

// Runs a third-party checker (qpdf, rsvg-convert); a missing one fails the
// test, because a skipped check looks like a passed one.
QString runTool(const QString &tool, const QStringList &arguments, int *exitCode = nullptr) {
    const QString program = QStandardPaths::findExecutable(tool);
    INFO(tool.toStdString() << " is missing: run scripts/install-deps --tests "
                               "(qpdf, librsvg2-bin, poppler-utils)");
    REQUIRE_FALSE(program.isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput()) +
                           QString::fromUtf8(process.readAllStandardError());
    if (exitCode)
        *exitCode = process.exitCode();
    else {
        INFO(output.toStdString());
        REQUIRE(process.exitCode() == 0);
    }
    return output;
}

QString solid(QString text) {
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

const Journey &ideal(const Workspace &ws) {
    for (const Journey *journey : ws.orderedJourneys())
        if (journey->kind == QLatin1String("ideal"))
            return *journey;
    FAIL("the example has no ideal journey");
    return ws.journeys.front();
}

ExportOptions forJourney(const Workspace &ws) {
    ExportOptions options;
    options.journey = ideal(ws).id;
    return options;
}

// Renders and writes one export into `dir`, returning its path.
QString exportTo(const QTemporaryDir &dir, const Exporter &exporter, const Workspace &ws,
                 const ExportOptions &options, const QString &name) {
    const QString path = dir.filePath(name);
    QString error;
    const bool written = exporter.write(ws, options, path, &error);
    INFO("export failed: " << error.toStdString());
    REQUIRE(written);
    return path;
}

// Every page's size in points, as pdfinfo reads it.
std::vector<QSizeF> pageSizes(const QString &pdf) {
    const int pages = test::pdfPageCount(pdf);
    const QString info = test::poppler("pdfinfo", {"-f", "1", "-l", QString::number(pages), pdf});
    std::vector<QSizeF> sizes;
    QRegularExpressionMatchIterator it =
        QRegularExpression("^Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts",
                           QRegularExpression::MultilineOption)
            .globalMatch(info);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        sizes.emplace_back(match.captured(1).toDouble(), match.captured(2).toDouble());
    }
    REQUIRE(int(sizes.size()) == pages);
    return sizes;
}

double points(double mm) {
    return mm / 25.4 * 72;
}

// The PDF's text in drawing order (so the wrapped lines of neighbouring cards
// do not interleave), with ligatures such as "fi" undone and no white space.
QString rawText(const QString &pdf) {
    return solid(test::poppler("pdftotext", {"-raw", "-enc", "UTF-8", pdf, "-"})
                     .normalized(QString::NormalizationForm_KC));
}

void qpdfCheck(const QString &pdf) {
    int exitCode = -1;
    const QString output = runTool("qpdf", {"--check", pdf}, &exitCode);
    INFO(output.toStdString());
    CHECK(exitCode == 0); // 3 would be warnings: also not clean
}

// The text of every <text> element, and whether the XML parsed.
QString svgText(const QByteArray &svg) {
    QXmlStreamReader xml(svg);
    QString text;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            ++depth;
        else if (xml.isEndElement() && xml.name() == QLatin1String("text"))
            --depth;
        else if (xml.isCharacters() && depth > 0)
            text += xml.text();
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    return text;
}

// rsvg-convert draws the SVG; returns the PNG it made.
QImage rsvgRender(const QTemporaryDir &dir, const QString &svg) {
    const QString png = dir.filePath(QFileInfo(svg).completeBaseName() + "-rsvg.png");
    runTool("rsvg-convert", {"-o", png, svg});
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    return image;
}

// The example with cards, the journey and the workspace titled with what
// breaks naive writers of XML, PDF, CSV and layout code.
Workspace hostileExample() {
    Workspace ws = test::exampleWorkspace();
    const QString journeyId = ideal(ws).id;
    const QStringList titles = {
        "<script>alert(1)</script>",
        "&amp; &lt; & ;",
        "]]> <![CDATA[ x ]]>",
        "\"quotes' and `ticks`",
        QString::fromUtf8(
            "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 "
            "(right to left)"),
        QString::fromUtf8("emoji \U0001F600\U0001F469\u200D\U0001F467 \u2764\uFE0F"),
        QString(5000, QChar('x')).replace(200, 1, ' '),
        "=HYPERLINK(\"http://x\")",
        QString("control") + QChar(0x01) + QChar(0x0B) + QChar(0xFFFE) + "chars",
    };
    int next = 0;
    for (Card &card : ws.cards)
        if (card.journey == journeyId && next < titles.size())
            card.title = titles[next++];
    for (Journey &journey : ws.journeys)
        if (journey.id == journeyId)
            journey.title = "<b>Samira</b> & \"co\" ]]> " + QString(3000, QChar('y'));
    ws.meta.title = "<?xml version?> & ]]>";
    ws.meta.authors = {"A <author> & co", QString::fromUtf8("\u0641\u0627\u0637\u0645\u0629")};
    return ws;
}

} // namespace

TEST_CASE("posters: paper names and custom sizes", "[posters]") {
    QString error;
    const std::pair<const char *, QSizeF> valid[] = {
        {"A0", {841, 1189}},          {"A1", {594, 841}},
        {"A2", {420, 594}},           {"a3", {297, 420}},
        {" A4 ", {210, 297}},         {"841x594mm", {594, 841}},
        {"600 x 400 mm", {400, 600}}, {"100X200MM", {100, 200}},
        {"50x5000mm", {50, 5000}},    {"297.5x420mm", {297.5, 420}},
    };
    for (const auto &[text, mm] : valid) {
        INFO(text); // stored portrait: the landscape option turns every paper alike
        const std::optional<QPageSize> size = PaperSize::parse(text, &error);
        REQUIRE(size);
        const QSizeF got = size->size(QPageSize::Millimeter);
        CHECK(got.width() == Approx(mm.width()).margin(0.5));
        CHECK(got.height() == Approx(mm.height()).margin(0.5));
    }
    for (const char *text : {"", "A5", "B4", "letter", "10x10mm", "6000x100mm", "841x594",
                             "841x594cm", "x594mm", "-841x594mm", "A4; rm -rf"}) {
        INFO(text);
        error.clear();
        CHECK_FALSE(PaperSize::parse(text, &error));
        CHECK_FALSE(error.isEmpty());
    }
    CHECK(PaperSize::millimetres(QPageSize(QPageSize::A4), true) == QSizeF(297, 210));
    CHECK(PaperSize::millimetres(QPageSize(QPageSize::A4), false) == QSizeF(210, 297));
}

TEST_CASE("posters: fitting and tiling are computed without painting", "[posters]") {
    QString error;
    ExportOptions options;
    options.paper = "A0";
    options.landscape = true;
    options.marginMm = 10;
    const QSizeF picture(2800, 1400);
    std::optional<PosterLayout> fit = PosterLayout::compute(picture, options, &error);
    REQUIRE(fit);
    CHECK_FALSE(fit->tiled());
    CHECK(fit->pageCount() == 1);
    CHECK(fit->posterMm == QSizeF(1189, 841));
    // Aspect kept, inside the margins, filling one direction.
    CHECK(fit->pictureMm.width() / fit->pictureMm.height() == Approx(2.0));
    CHECK(fit->pictureMm.left() >= 10 - 1e-9);
    CHECK(fit->pictureMm.top() >= 10 - 1e-9);
    CHECK(fit->pictureMm.right() <= 1189 - 10 + 1e-9);
    CHECK(fit->pictureMm.bottom() <= 841 - 10 + 1e-9);
    CHECK(fit->pictureMm.width() == Approx(1169));

    SECTION("tiles of A4 cover the poster with overlap, the fewest pages") {
        options.tilePaper = "A4";
        options.overlapMm = 10;
        std::optional<PosterLayout> tiled = PosterLayout::compute(picture, options, &error);
        REQUIRE(tiled);
        REQUIRE(tiled->tiled());
        // Landscape A4 prints 277 x 190 mm: 5 x 5 tiles; portrait would need 7 x 4.
        CHECK(tiled->tileLandscape);
        CHECK(tiled->columns == 5);
        CHECK(tiled->rows == 5);
        CHECK(tiled->pageCount() == 25);
        CHECK(tiled->tileMm == QSizeF(297, 210));
        CHECK(tiled->tileArea == QRectF(10, 10, 277, 190));
        CHECK(tiled->tiles[6].label == "B2, page 7 of 25");
        CHECK(tiled->tiles.back().label == "E5, page 25 of 25");
        for (const PosterLayout::Tile &tile : tiled->tiles) {
            CHECK(tile.source.size() == tiled->tileArea.size());
            if (tile.right) { // the next tile starts `overlap` before this one ends
                const PosterLayout::Tile &next =
                    tiled->tiles[size_t(tile.row * tiled->columns + tile.column + 1)];
                CHECK(next.source.left() == Approx(tile.source.right() - 10));
            }
        }
        // Together they cover the whole poster.
        QRectF covered;
        for (const PosterLayout::Tile &tile : tiled->tiles)
            covered |= tile.source;
        CHECK(covered.contains(QRectF(QPointF(0, 0), tiled->posterMm)));
    }
    SECTION("a poster that fits one tile exactly gets one tile") {
        options.paper = "277x190mm";
        options.tilePaper = "A4";
        std::optional<PosterLayout> one = PosterLayout::compute(picture, options, &error);
        REQUIRE(one);
        CHECK(one->pageCount() == 1);
        CHECK(one->tiles.front().label == "A1, page 1 of 1");
    }
    SECTION("nonsense is refused with a reason") {
        for (auto change : std::vector<std::function<void(ExportOptions &)>>{
                 [](ExportOptions &o) { o.marginMm = -1; },
                 [](ExportOptions &o) { o.marginMm = 500; },
                 [](ExportOptions &o) { o.paper = "A9"; },
                 [](ExportOptions &o) { o.tilePaper = "huge"; },
                 [](ExportOptions &o) {
                     o.tilePaper = "A4";
                     o.overlapMm = 150;
                 }}) {
            ExportOptions bad = options;
            change(bad);
            error.clear();
            CHECK_FALSE(PosterLayout::compute(picture, bad, &error));
            CHECK_FALSE(error.isEmpty());
        }
        CHECK_FALSE(PosterLayout::compute(QSizeF(0, 0), options, &error));
    }
    CHECK(PosterLayout::columnName(0) == "A");
    CHECK(PosterLayout::columnName(25) == "Z");
    CHECK(PosterLayout::columnName(26) == "AA");
    CHECK(PosterLayout::columnName(27) == "AB");
}

TEST_CASE("posters: the registry knows PDF, SVG and PNG", "[posters]") {
    const ExporterRegistry &registry = ExporterRegistry::instance();
    REQUIRE(registry.byName("pdf"));
    CHECK_FALSE(registry.byName("pdf")->singleJourney());
    CHECK(registry.forFile("poster.PDF") == registry.byName("pdf"));
    REQUIRE(registry.byName("svg"));
    CHECK(registry.byName("svg")->singleJourney());
    CHECK(registry.forFile("a.svg") == registry.byName("svg"));
    REQUIRE(registry.byName("png"));
    CHECK(registry.byName("png")->singleJourney());
    CHECK(registry.forFile("a.png") == registry.byName("png"));
}

TEST_CASE("posters: PDF pages are exactly the paper asked for", "[posters][pdf]") {
    const Workspace ws = test::exampleWorkspace();
    QTemporaryDir dir;
    const PdfPosterExporter pdf;
    const std::pair<const char *, QSizeF> papers[] = {
        {"A4", {210, 297}}, {"A3", {297, 420}},  {"A2", {420, 594}},
        {"A1", {594, 841}}, {"A0", {841, 1189}}, {"600x400mm", {600, 400}},
    };
    for (const auto &[paper, mm] : papers) {
        for (const bool landscape : {false, true}) {
            INFO(paper << (landscape ? " landscape" : " portrait"));
            ExportOptions options = forJourney(ws);
            options.paper = paper;
            options.landscape = landscape;
            const QString path =
                exportTo(dir, pdf, ws, options,
                         QStringLiteral("%1-%2.pdf").arg(paper).arg(landscape ? "l" : "p"));
            const std::vector<QSizeF> sizes = pageSizes(path);
            REQUIRE(sizes.size() == 1);
            const QSizeF want = (mm.width() > mm.height()) == landscape ? mm : mm.transposed();
            CHECK(sizes.front().width() == Approx(points(want.width())).margin(0.5));
            CHECK(sizes.front().height() == Approx(points(want.height())).margin(0.5));
            qpdfCheck(path);
        }
    }
}

TEST_CASE("posters: the A0 PDF holds every card title as text", "[posters][pdf]") {
    Workspace ws = test::exampleWorkspace();
    ws.meta.language = QStringLiteral("en"); // the title block speaks the workspace's language
    QTemporaryDir dir;
    ExportOptions options = forJourney(ws);
    options.paper = "A0";
    const QString path = exportTo(dir, PdfPosterExporter(), ws, options, "a0.pdf");
    qpdfCheck(path);
    CHECK(test::pdfPageCount(path) == 1);
    const QString text = rawText(path);
    int cards = 0;
    for (const Card *card : ws.orderedCards(options.journey)) {
        INFO(card->title.toStdString());
        CHECK(text.contains(solid(card->title)));
        ++cards;
    }
    CHECK(cards > 20);
    // The title block: journey, persona, workspace.
    CHECK(text.contains(solid(ideal(ws).title)));
    CHECK(text.contains(solid(ws.meta.title)));
    CHECK(text.contains("Idealjourney"));
    CHECK(text.contains("Persona:"));
    const QString info = test::poppler("pdfinfo", {path});
    CHECK(info.contains(QRegularExpression("Title:\\s+Samira")));
    CHECK(info.contains(QRegularExpression("Creator:\\s+Blauwdruk")));
    // Author and subject in the information dictionary and the XMP packet.
    CHECK(info.contains(
        QRegularExpression("Author:\\s+" + QRegularExpression::escape(ws.meta.authors.front()))));
    CHECK(info.contains(QRegularExpression(
        "Subject:\\s+" + QRegularExpression::escape(ws.meta.theme.simplified()))));
    const QString meta = test::poppler("pdfinfo", {"-meta", path});
    for (const QString &author : ws.meta.authors)
        CHECK(meta.contains(author.toHtmlEscaped()));
    CHECK(meta.contains(ws.meta.theme.toHtmlEscaped()));
    CHECK(meta.contains("dc:description"));
    CHECK_FALSE(meta.contains("pdfaid"));
}

TEST_CASE("posters: an A0 poster tiled on A4 fits together", "[posters][pdf]") {
    const Workspace ws = test::exampleWorkspace();
    QTemporaryDir dir;
    ExportOptions options = forJourney(ws);
    options.paper = "A0";
    options.tilePaper = "A4";
    std::vector<std::pair<int, int>> progress;
    options.progress = [&](int done, int total) {
        progress.emplace_back(done, total);
        return true;
    };
    const QString path = exportTo(dir, PdfPosterExporter(), ws, options, "tiles.pdf");
    qpdfCheck(path);
    QString error;
    const BlueprintLayout layout = BlueprintLayout::compute(ws, options.journey);
    const std::optional<PosterLayout> poster =
        PosterLayout::compute(TitleBlock::posterRect(layout).size(), options, &error);
    REQUIRE(poster);
    const int pages = test::pdfPageCount(path);
    CHECK(pages == poster->pageCount());
    CHECK(pages == poster->columns * poster->rows);
    CHECK(pages >= 16); // A0 is 16 sheets of A4 before margins and overlap
    REQUIRE(int(progress.size()) == pages);
    CHECK(progress.back() == std::pair(pages, pages));
    for (const QSizeF &size : pageSizes(path)) {
        const QSizeF a4 = poster->tileLandscape ? QSizeF(297, 210) : QSizeF(210, 297);
        CHECK(size.width() == Approx(points(a4.width())).margin(0.5));
        CHECK(size.height() == Approx(points(a4.height())).margin(0.5));
    }
    // Each page says where it goes.
    const QString first = test::poppler("pdftotext", {"-f", "1", "-l", "1", path, "-"});
    CHECK(first.contains(QStringLiteral("A1, page 1 of %1").arg(pages)));
    const QString last = test::poppler(
        "pdftotext", {"-f", QString::number(pages), "-l", QString::number(pages), path, "-"});
    CHECK(last.contains(QStringLiteral("%1%2, page %3 of %3")
                            .arg(PosterLayout::columnName(poster->columns - 1))
                            .arg(poster->rows)
                            .arg(pages)));
}

TEST_CASE("posters: PDF/A-1b embeds its fonts and identifies itself", "[posters][pdf]") {
    const Workspace ws = test::exampleWorkspace();
    QTemporaryDir dir;
    ExportOptions options = forJourney(ws);
    options.paper = "A2";
    options.pdfA = true;
    const QString path = exportTo(dir, PdfPosterExporter(), ws, options, "archive.pdf");
    qpdfCheck(path);
    const QString meta = test::poppler("pdfinfo", {"-meta", path});
    INFO(meta.toStdString());
    CHECK(meta.contains(QRegularExpression("pdfaid:part(=\"|>)1")));
    CHECK(meta.contains(QRegularExpression("pdfaid:conformance(=\"|>)B")));
    CHECK(meta.contains(ws.meta.authors.front()));
    CHECK(meta.contains(ws.meta.theme));
    CHECK(meta.contains(ideal(ws).title));
    CHECK(meta.contains("<x:xmpmeta"));
    // PDF/A: the XMP creation date agrees with the information dictionary's.
    const QRegularExpressionMatch created =
        QRegularExpression("CreationDate:\\s+(\\S+)")
            .match(test::poppler("pdfinfo", {"-isodates", path}));
    REQUIRE(created.hasMatch());
    CHECK(meta.contains(QStringLiteral("xmp:CreateDate=\"%1\"").arg(created.captured(1))));
    // PDF/A: an author in the information dictionary must be the XMP's only
    // creator; the example has several, so only the XMP names them.
    REQUIRE(ws.meta.authors.size() > 1);
    CHECK_FALSE(test::poppler("pdfinfo", {path}).contains(QStringLiteral("Author:")));
    const QStringList fonts =
        test::poppler("pdffonts", {path}).split('\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &font : fonts) {
        INFO(font.toStdString());
        // Columns: name type encoding emb sub uni object ID
        const QStringList columns = font.simplified().split(' ');
        REQUIRE(columns.size() >= 7);
        CHECK(columns[columns.size() - 5] == "yes");
    }
    CHECK(rawText(path).contains(solid(ideal(ws).title)));
}

TEST_CASE("posters: without a journey every journey gets its page", "[posters][pdf]") {
    const Workspace ws = test::exampleWorkspace();
    REQUIRE(ws.journeys.size() >= 2);
    QTemporaryDir dir;
    ExportOptions options;
    options.paper = "A3";
    const QString path = exportTo(dir, PdfPosterExporter(), ws, options, "all.pdf");
    qpdfCheck(path);
    CHECK(test::pdfPageCount(path) == int(ws.journeys.size()));
    // In order: the first journey's title on page 1.
    const std::vector<const Journey *> journeys = ws.orderedJourneys();
    for (int page = 1; page <= int(journeys.size()); ++page) {
        const QString text = test::poppler(
            "pdftotext", {"-f", QString::number(page), "-l", QString::number(page), path, "-"});
        CHECK(solid(text).contains(solid(journeys[size_t(page - 1)]->title)));
    }
}

TEST_CASE("posters: cancelling stops the export", "[posters][pdf]") {
    const Workspace ws = test::exampleWorkspace();
    ExportOptions options = forJourney(ws);
    options.paper = "A0";
    options.tilePaper = "A4";
    int calls = 0;
    options.progress = [&](int, int) { return ++calls < 2; };
    QString error;
    CHECK(PdfPosterExporter().render(ws, options, &error).isEmpty());
    CHECK(error == "cancelled");
    CHECK(calls == 2);
}

TEST_CASE("posters: SVG is well-formed, renders, and keeps text as text", "[posters][svg]") {
    const Workspace ws = test::exampleWorkspace();
    QTemporaryDir dir;
    const ExportOptions options = forJourney(ws);
    const QString path = exportTo(dir, SvgExporter(), ws, options, "blueprint.svg");
    const QByteArray svg = test::readFile(path);
    const QString text = solid(svgText(svg));
    for (const Card *card : ws.orderedCards(options.journey)) {
        INFO(card->title.toStdString());
        CHECK(text.contains(solid(card->title)));
    }
    CHECK(text.contains(solid(ideal(ws).title)));
    CHECK(svg.contains("<title>"));
    const QImage image = rsvgRender(dir, path);
    const BlueprintLayout layout = BlueprintLayout::compute(ws, options.journey);
    const QRectF picture = TitleBlock::posterRect(layout);
    CHECK(image.width() == qCeil(picture.width()));
    CHECK(image.height() == qCeil(picture.height()));

    QString error;
    ExportOptions none;
    CHECK(SvgExporter().render(ws, none, &error).isEmpty()); // two journeys: which one?
    CHECK(error.contains("choose a journey"));
}

TEST_CASE("posters: PNG size follows the resolution or the width", "[posters][png]") {
    const Workspace ws = test::exampleWorkspace();
    QTemporaryDir dir;
    ExportOptions options = forJourney(ws);
    const BlueprintLayout layout = BlueprintLayout::compute(ws, options.journey);
    const QRectF picture = TitleBlock::posterRect(layout);
    const QSize at96(qCeil(picture.width()), qCeil(picture.height()));
    CHECK(at96.height() == qCeil(layout.bounds.height() + TitleBlock::kHeight));

    options.dpi = 96;
    QImage image(exportTo(dir, PngExporter(), ws, options, "96.png"));
    CHECK(image.size() == at96);
    CHECK(image.dotsPerMeterX() == Approx(96 / 0.0254).margin(1));
    // The canvas's background, not a transparent or black image.
    CHECK(image.pixelColor(image.width() / 2, image.height() / 2) != QColor(Qt::black));

    options.dpi = 192;
    image = QImage(exportTo(dir, PngExporter(), ws, options, "192.png"));
    CHECK(image.size() == QSize(qCeil(picture.width() * 2), qCeil(picture.height() * 2)));

    options.pixelWidth = 1000;
    image = QImage(exportTo(dir, PngExporter(), ws, options, "w1000.png"));
    CHECK(image.width() == 1000);
    CHECK(image.height() == qCeil(picture.height() * 1000 / picture.width() - 1e-6));

    QString error;
    options.pixelWidth = 0;
    options.dpi = 5000;
    CHECK(PngExporter().render(ws, options, &error).isEmpty());
    CHECK(error.contains("too large"));
    options.dpi = 0;
    CHECK(PngExporter().render(ws, options, &error).isEmpty());
}

TEST_CASE("posters: hostile texts keep every output valid and inside its card",
          "[posters][hostile]") {
    const Workspace ws = hostileExample();
    QTemporaryDir dir;
    ExportOptions options = forJourney(ws);

    // The layout wraps and cuts every title inside its card.
    const BlueprintLayout layout = BlueprintLayout::compute(ws, options.journey);
    const QFontMetricsF metrics(BlueprintStyle::standard().font());
    for (const BlueprintLayout::CardBox &box : layout.cards) {
        CHECK(box.titleLines.size() <= BlueprintStyle::standard().cardTitleMaxLines);
        for (const QString &line : box.titleLines)
            CHECK(metrics.horizontalAdvance(line) <= box.rect.width());
    }

    const QString svgPath = exportTo(dir, SvgExporter(), ws, options, "hostile.svg");
    const QByteArray svg = test::readFile(svgPath);
    const QString text = svgText(svg); // parses, or fails here
    CHECK(text.contains("<script>alert(1)</script>"));
    CHECK(text.contains("&amp;"));
    CHECK(text.contains("]]>"));
    CHECK_FALSE(svg.contains("<script"));
    rsvgRender(dir, svgPath);
    // Python's parser agrees with Qt's.
    runTool("python3",
            {"-c", "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])", svgPath});

    options.paper = "A3";
    for (const bool pdfA : {false, true}) {
        options.pdfA = pdfA;
        const QString pdfPath =
            exportTo(dir, PdfPosterExporter(), ws, options, pdfA ? "hostile-a.pdf" : "hostile.pdf");
        qpdfCheck(pdfPath);
        CHECK(test::pdfPageCount(pdfPath) == 1);
        CHECK(rawText(pdfPath).contains("=HYPERLINK(\"http://x\")"));
        // The XMP stays XML.
        const QString meta = test::poppler("pdfinfo", {"-meta", pdfPath});
        QXmlStreamReader xml(meta);
        while (!xml.atEnd())
            xml.readNext();
        INFO(meta.toStdString());
        CHECK_FALSE(xml.hasError());
    }

    options.dpi = 48;
    const QImage image(exportTo(dir, PngExporter(), ws, options, "hostile.png"));
    CHECK_FALSE(image.isNull());
}

// Not part of the suite: writes the sample outputs to $BLAUWDRUK_POSTER_DIR
// for a person to look at (see docs/architecture.md, Posters).
TEST_CASE("posters: samples for review", "[.review]") {
    const QString out = qEnvironmentVariable("BLAUWDRUK_POSTER_DIR", QDir::tempPath());
    QDir().mkpath(out);
    const Workspace ws = test::exampleWorkspace();
    ExportOptions options = forJourney(ws);
    QString error;
    options.paper = "A0";
    QElapsedTimer timer;
    timer.start();
    REQUIRE(PdfPosterExporter().write(ws, options, out + "/a0.pdf", &error));
    WARN("A0 PDF: " << timer.restart() << " ms");
    options.pdfA = true;
    REQUIRE(PdfPosterExporter().write(ws, options, out + "/a0-pdfa.pdf", &error));
    options.pdfA = false;
    timer.restart();
    options.tilePaper = "A4";
    REQUIRE(PdfPosterExporter().write(ws, options, out + "/a0-on-a4.pdf", &error));
    WARN("A0 on A4 tiles: " << timer.restart() << " ms");
    REQUIRE(SvgExporter().write(ws, options, out + "/blueprint.svg", &error));
    options.dpi = 300;
    REQUIRE(PngExporter().write(ws, options, out + "/blueprint-300.png", &error));
    WARN("300 dpi PNG: " << timer.restart() << " ms");
    options.dpi = 96;
    REQUIRE(PngExporter().write(ws, options, out + "/blueprint-96.png", &error));
    const Workspace hostile = hostileExample();
    options.tilePaper.clear();
    options.paper = "A3";
    REQUIRE(PdfPosterExporter().write(hostile, options, out + "/hostile.pdf", &error));
    REQUIRE(SvgExporter().write(hostile, options, out + "/hostile.svg", &error));
}
