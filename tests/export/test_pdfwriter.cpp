// Our PDF page writer (PdfPaintEngine, PdfDocument, PdfFont), checked with
// independent tools: qpdf, pdffonts, pdftotext, pdfimages, pdftoppm.
#include "pdfpaintdevice.h"
#include "pdfposterexporter.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace blauwdruk;

namespace {

QString written(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

int qpdfCheck(const QString &path) {
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    REQUIRE(qpdf.waitForFinished(60000));
    INFO(qpdf.readAllStandardOutput().toStdString());
    return qpdf.exitCode();
}

// Each font line of pdffonts: embedded, subset, with a ToUnicode map.
void checkFonts(const QString &path) {
    const QStringList fonts =
        test::poppler("pdffonts", {path}).split('\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &font : fonts) {
        INFO(font.toStdString());
        const QStringList columns = font.simplified().split(' ');
        REQUIRE(columns.size() >= 7);
        CHECK(columns[columns.size() - 5] == "yes"); // embedded
        CHECK(columns[columns.size() - 4] == "yes"); // subset
        CHECK(columns[columns.size() - 3] == "yes"); // ToUnicode
    }
}

QString solid(QString text) {
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

TEST_CASE("pdf writer: text is searchable as typed, ligatures, accents and other scripts too",
          "[pdf]") {
    const QStringList lines = {
        QStringLiteral("Uitlegfilmpje fijn afflux"),     // fi, fl ligatures
        QStringLiteral("Coördinatie één keer — €12,50"), // accents, dash, euro
        QStringLiteral("Ωμέγα Привет"),                  // Greek, Cyrillic
        QStringLiteral("x (y) [z] \\ back"),             // what PDF strings escape
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        PdfPaintDevice device(&buffer,
                              {.title = QStringLiteral("Één (test)"),
                               .creator = QStringLiteral("Blauwdruk"),
                               .created = QDateTime::currentDateTimeUtc()},
                              QSizeF(595, 842));
        QPainter painter(&device);
        QFont font;
        font.setFamilies({QStringLiteral("DejaVu Sans")});
        font.setPixelSize(120);
        painter.setFont(font);
        qreal y = 400;
        for (const QString &line : lines) {
            painter.drawText(QPointF(300, y), line);
            y += 300;
        }
        // A second page of another size, as tiles and journeys make.
        device.newPage(QSizeF(842, 595));
        painter.drawText(QPointF(300, 400), QStringLiteral("Tweede pagina"));
    }
    QTemporaryDir dir;
    const QString path = written(dir, QStringLiteral("text.pdf"), bytes);
    CHECK(qpdfCheck(path) == 0);
    checkFonts(path);
    const QString text = test::poppler("pdftotext", {"-enc", "UTF-8", path, "-"});
    INFO(text.toStdString());
    for (const QString &line : lines)
        CHECK(solid(text).contains(solid(line)));
    CHECK(text.contains(QStringLiteral("Tweede pagina")));
    const QString info = test::poppler("pdfinfo", {"-f", "1", "-l", "2", path});
    CHECK(info.contains(QStringLiteral("Title:           Één (test)")));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page\\s+1 size:\\s+595 x 842 pts"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page\\s+2 size:\\s+842 x 595 pts"))));
}

TEST_CASE("pdf writer: shapes, clips and images land where QPainter put them", "[pdf]") {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        // 100 x 100 points; the device counts 1200 units an inch.
        PdfPaintDevice device(&buffer, {.title = QStringLiteral("shapes")}, QSizeF(100, 100));
        QPainter painter(&device);
        painter.scale(1200.0 / 72, 1200.0 / 72); // points from here
        painter.fillRect(QRectF(0, 0, 100, 100), Qt::white);
        painter.fillRect(QRectF(10, 10, 30, 30), Qt::red); // top left
        painter.setClipRect(QRectF(50, 0, 50, 50));
        painter.fillRect(QRectF(40, 10, 50, 30), Qt::blue); // clipped at x = 50
        painter.setClipping(false);
        QImage image(2, 2, QImage::Format_RGB32);
        image.fill(Qt::green);
        painter.drawImage(QRectF(10, 60, 30, 30), image); // bottom left
        painter.setPen(QPen(Qt::black, 2, Qt::DashLine));
        painter.drawLine(QPointF(60, 70), QPointF(95, 70));
    }
    QTemporaryDir dir;
    const QString path = written(dir, QStringLiteral("shapes.pdf"), bytes);
    CHECK(qpdfCheck(path) == 0);
    CHECK(test::poppler("pdfimages", {"-list", path}).split('\n', Qt::SkipEmptyParts).size() ==
          3); // two header lines and the image
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
                 {"-r", "72", "-png", "-singlefile", path, dir.filePath(QStringLiteral("shapes"))});
    REQUIRE(render.waitForFinished(60000));
    const QImage png(dir.filePath(QStringLiteral("shapes.png")));
    REQUIRE(png.size() == QSize(100, 100));
    CHECK(png.pixelColor(25, 25) == QColor(Qt::red));
    CHECK(png.pixelColor(45, 25) == QColor(Qt::white)); // outside the clip
    CHECK(png.pixelColor(70, 25) == QColor(Qt::blue));
    CHECK(png.pixelColor(25, 75) == QColor(Qt::green));
    CHECK(png.pixelColor(70, 45).lightness() > 200); // nothing stray below the blue
}

TEST_CASE("pdf writer: the A0 poster of the example is small and complete", "[pdf][posters]") {
    const Workspace ws = test::exampleWorkspace();
    ExportOptions options;
    options.journey = ws.orderedJourneys().front()->id;
    options.paper = QStringLiteral("A0");
    for (const bool pdfA : {false, true}) {
        options.pdfA = pdfA;
        QString error;
        const QByteArray pdf = PdfPosterExporter().render(ws, options, &error);
        REQUIRE(error.isEmpty());
        QTemporaryDir dir;
        const QString path = written(dir, QStringLiteral("a0.pdf"), pdf);
        CHECK(qpdfCheck(path) == 0);
        checkFonts(path);
        // Subsets, not whole fonts: DejaVu Sans alone is 700 KB.
        CHECK(pdf.size() < 400'000);
        CHECK(pdf.contains("/GTS_PDFA1") == pdfA);
        CHECK(pdf.contains("/CIDSet") == pdfA);
        CHECK(pdf.contains("/ID ["));
    }
}
