#include "blueprintlayout.h"
#include "generatedjourney.h"
#include "jsonexporter.h"
#include "pdfposterexporter.h"
#include "pngexporter.h"
#include "svgexporter.h"
#include "svgpaintdevice.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <map>
#include <memory>

using namespace blauwdruk;

namespace {

struct Group {
    QString classes;
    QString title;
};

// Every <g> with an id: its class and the text of its first child, which
// must be a <title>.
std::map<QString, Group> groups(const QByteArray &svg) {
    std::map<QString, Group> result;
    QXmlStreamReader xml(svg);
    QString pending; // a group whose <title> comes next
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (!pending.isEmpty()) {
            if (xml.name() == QLatin1String("title"))
                result[pending].title = xml.readElementText();
            pending.clear();
        }
        if (xml.name() == QLatin1String("g") && xml.attributes().hasAttribute("id")) {
            pending = xml.attributes().value("id").toString();
            result[pending].classes = xml.attributes().value("class").toString();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return result;
}

// A device that takes `room` bytes and then fails, as a full disk does,
// counting the writes it was given.
class FillingDevice : public QIODevice {
public:
    explicit FillingDevice(qint64 room)
        : mRoom(room) {
        open(QIODevice::WriteOnly);
    }
    int writes = 0;
    qint64 taken = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override {
        ++writes;
        if (taken + size > mRoom)
            return -1;
        taken += size;
        return size;
    }

private:
    qint64 mRoom;
};

ExportOptions journeyOf(const Workspace &ws) {
    ExportOptions options;
    options.journey = ws.orderedJourneys().front()->id;
    return options;
}

} // namespace

TEST_CASE("svg: every card, step, lane and connection is a group with an id, a class and a title",
          "[svg]") {
    const Workspace ws = bench::generatedJourney(4, 5, 300, 7, 200);
    const ExportOptions options = journeyOf(ws);
    QString error;
    const QByteArray svg = SvgExporter().render(ws, options, &error);
    REQUIRE(error.isEmpty());
    const std::map<QString, Group> found = groups(svg);
    auto check = [&](const QString &id, const QString &kindClass, const QString &title) {
        INFO(id.toStdString());
        const auto it = found.find(id);
        REQUIRE(it != found.end());
        CHECK(it->second.classes.split(' ').contains(kindClass));
        CHECK(it->second.title.contains(title.left(39)));
    };
    const QString journey = options.journey;
    for (const Card *card : ws.orderedCards(journey))
        check("card-" + card->id, card->kind, card->title.simplified());
    for (const Step *step : ws.orderedSteps(journey))
        check("step-" + step->id, "step", step->title.simplified());
    for (const Lane *lane : ws.orderedLanes(journey))
        check("lane-" + lane->id, lane->kind, lane->title.simplified());
    const std::vector<const Connection *> connections = ws.orderedConnections(journey);
    REQUIRE(connections.size() == 200);
    for (const Connection *connection : connections)
        check("connection-" + connection->id, "connection", connection->label.simplified());
    // The same ids on a second export: a style sheet or a search keeps working.
    CHECK(SvgExporter().render(ws, options, &error) == svg);
}

TEST_CASE("svg: a card is named with its kind, an arrow by its label and the cards it joins",
          "[svg]") {
    const Workspace ws = test::exampleWorkspace();
    const Journey *journey = ws.orderedJourneys().front();
    ExportOptions options;
    options.journey = journey->id;
    QString error;
    const std::map<QString, Group> found = groups(SvgExporter().render(ws, options, &error));
    int unlabelled = 0;
    int labelled = 0;
    for (const Connection *connection : ws.orderedConnections(journey->id)) {
        const QString title = found.at("connection-" + connection->id).title;
        INFO(title.toStdString());
        CHECK(title.contains(QChar(0x2192)));
        const QString from = ws.find<Card>(connection->from)->title.simplified().left(20);
        const QString to = ws.find<Card>(connection->to)->title.simplified().left(20);
        CHECK(title.contains(from));
        CHECK(title.contains(to));
        if (connection->label.isEmpty()) {
            ++unlabelled;
            CHECK(title.startsWith(from));
        } else {
            ++labelled;
            CHECK(title.startsWith(connection->label.simplified() + ": "));
        }
    }
    CHECK(unlabelled > 0);
    CHECK(labelled > 0);
    // A card says its title, lane, step and kind (in the workspace's
    // language when the program has it: test_cli_formats checks the Dutch).
    for (const Card *card : ws.orderedCards(journey->id))
        if (card->kind == "pain_point") {
            const QString title = found.at("card-" + card->id).title;
            INFO(title.toStdString());
            CHECK(title.startsWith(
                QStringLiteral("Card '") + card->title.simplified() + QStringLiteral("', lane ") +
                ws.find<Lane>(card->lane)->title.simplified() + QStringLiteral(", step ")));
            CHECK(title.contains(
                QStringLiteral(" of %1, ").arg(ws.orderedSteps(journey->id).size())));
            CHECK(title.endsWith(QStringLiteral(", pain point")));
            break;
        }
    // Steps and stages say where they are, the document its language.
    for (const auto &[id, group] : found) {
        if (id.startsWith("step-"))
            CHECK(group.title.startsWith("Step "));
        if (id.startsWith("stage-"))
            CHECK(group.title.startsWith("Stage "));
    }
}

TEST_CASE("svg: the root element carries the workspace's language", "[svg]") {
    Workspace ws = test::exampleWorkspace();
    ExportOptions options;
    options.journey = ws.orderedJourneys().front()->id;
    QString error;
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        ws.meta.language = language;
        const QByteArray svg = SvgExporter().render(ws, options, &error);
        REQUIRE(error.isEmpty());
        QXmlStreamReader xml(svg);
        while (!xml.atEnd() && !xml.isStartElement())
            xml.readNext();
        REQUIRE(xml.name() == QLatin1String("svg"));
        CHECK(xml.attributes().value("lang") == language);
        CHECK(xml.attributes().value("http://www.w3.org/XML/1998/namespace", "lang") == language);
    }
}

TEST_CASE("svg: the poster is written while it is drawn, and a full disk is an error",
          "[svg][streaming]") {
    const Workspace ws = bench::generatedJourney(10, 10, 2000, 7, 1000);
    const ExportOptions options = journeyOf(ws);
    QString error;
    const QByteArray whole = SvgExporter().render(ws, options, &error);
    REQUIRE(whole.size() > 1'000'000);

    FillingDevice roomy(1LL << 40);
    REQUIRE(SvgExporter().writeTo(roomy, ws, options, &error));
    CHECK(roomy.taken == whole.size());
    CHECK(roomy.writes > 10); // in pieces, not one buffer at the end

    FillingDevice full(whole.size() / 2);
    CHECK_FALSE(SvgExporter().writeTo(full, ws, options, &error));
    CHECK(error.contains("could not be written"));
}

TEST_CASE("svg: the paint engine writes what QPainter draws, and rsvg-convert reads it", "[svg]") {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    SvgPaintDevice device(&buffer, {.size = QSize(200, 100),
                                    .viewBox = QSizeF(200, 100),
                                    .title = "A <title> & more",
                                    .description = "desc",
                                    .language = QString()});
    {
        QPainter painter(&device);
        painter.fillRect(QRectF(0, 0, 200, 100), Qt::white);
        painter.translate(10, 5);
        painter.setPen(QPen(Qt::red, 2, Qt::DashLine));
        painter.drawLine(QPointF(0, 0), QPointF(50, 0));
        painter.setBrush(QColor(0, 0, 255, 128));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRectF(0, 10, 20, 20));
        painter.rotate(90);
        painter.setPen(Qt::black);
        painter.drawText(QPointF(20, -30), "turned \x01 text");
        painter.resetTransform();
        painter.setClipRect(QRectF(100, 0, 50, 50));
        painter.setBrush(Qt::green);
        painter.drawRect(QRectF(90, 0, 100, 100));
        QImage image(4, 4, QImage::Format_ARGB32);
        image.fill(Qt::magenta);
        painter.setClipping(false);
        painter.drawImage(QRectF(0, 80, 8, 8), image);
    }
    const QString svg = QString::fromUtf8(bytes);
    CHECK(svg.contains("<title>A &lt;title&gt; &amp; more</title>"));
    CHECK(svg.contains("stroke-dasharray=\"8,4\"")); // Qt's 4,2 in widths of 2
    CHECK(svg.contains("fill-opacity=\"0.5\""));
    CHECK(svg.contains("transform=\"matrix(0,1,-1,0,10,5)\""));
    CHECK(svg.contains("turned \uFFFD text"));
    CHECK(svg.contains("clip-path=\"url(#clip1)\""));
    CHECK(svg.contains("data:image/png;base64,"));

    QTemporaryDir dir;
    const QString path = dir.filePath("engine.svg");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QProcess rsvg;
    rsvg.start("rsvg-convert", {path, "-o", dir.filePath("engine.png")});
    REQUIRE(rsvg.waitForFinished(60000));
    INFO(rsvg.readAllStandardError().toStdString());
    REQUIRE(rsvg.exitCode() == 0);
    const QImage png(dir.filePath("engine.png"));
    REQUIRE(png.size() == QSize(200, 100));
    CHECK(png.pixelColor(120, 20) == QColor(Qt::green)); // inside the clip
    CHECK(png.pixelColor(95, 20) == QColor(Qt::white));  // clipped away
}

TEST_CASE("pdf and png: a poster goes to the file, a full disk is an error",
          "[pdf][png][streaming]") {
    const Workspace ws = bench::generatedJourney(10, 10, 2000, 7, 1000);
    ExportOptions options = journeyOf(ws);
    options.paper = QStringLiteral("A0");
    options.pixelWidth = 4000;
    for (const Exporter *exporter :
         std::initializer_list<const Exporter *>{new PdfPosterExporter, new PngExporter}) {
        const std::unique_ptr<const Exporter> owned(exporter);
        INFO(exporter->name().toStdString());
        QString error;
        const QByteArray whole = exporter->render(ws, options, &error);
        REQUIRE(whole.size() > 100'000);
        FillingDevice roomy(1LL << 40);
        REQUIRE(exporter->writeTo(roomy, ws, options, &error));
        if (exporter->name() == QLatin1String("pdf"))
            CHECK(roomy.writes > 3); // page by page
        else
            CHECK(roomy.taken == whole.size()); // PNG: encoded whole, then written
        FillingDevice full(whole.size() / 2);
        CHECK_FALSE(exporter->writeTo(full, ws, options, &error));
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("json: the export is written in pieces as it is made", "[json][streaming]") {
    const Workspace ws = bench::generatedJourney(10, 10, 5000, 7, 1000);
    QString error;
    const QByteArray whole = JsonExporter().render(ws, {}, &error);
    FillingDevice device(1LL << 40);
    REQUIRE(JsonExporter().writeTo(device, ws, {}, &error));
    CHECK(device.taken == whole.size());
    CHECK(device.writes > 5);
}
