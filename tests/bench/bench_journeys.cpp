// Measures the persona and journey work on a large journey: making its ideal
// version, aligning current and ideal, laying out and painting the compare
// view, posters and the inventory, and a persona sheet on screen and as PDF. Run by hand;
// numbers go in docs/performance.md.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench_journeys [CARDS]   (default 5000)
#include "comparecanvas.h"
#include "comparelayout.h"
#include "compareview.h"
#include "document.h"
#include "edits.h"
#include "exporterregistry.h"
#include "generatedjourney.h"
#include "journeyalignment.h"
#include "personasheetexporter.h"
#include "personasheetpainter.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <cstdio>

using namespace blauwdruk;
using bench::timed;

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const int cards = argc > 1 ? atoi(argv[1]) : 5000;
    QTemporaryDir dir;
    QString error;
    Workspace ws = bench::generatedJourney(10, 10, cards);
    Persona persona;
    persona.id = QStringLiteral("p");
    persona.name = QStringLiteral("Samira");
    persona.story =
        QString(3000, QLatin1Char('x')).replace(QStringLiteral("xxxxx"), QStringLiteral("woord "));
    ws.personas.push_back(persona);
    ws.journeys.front().persona = persona.id;
    ws.journeys.front().kind = QStringLiteral("current");
    auto doc = Document::create(dir.filePath(QStringLiteral("j.blauwdruk")), ws, &error);
    if (!doc)
        return 1;
    const QString current = doc->workspace().journeys.front().id;
    std::printf("cards: %d per journey (100 steps x 7 lanes)\n", cards);
    QString ideal;
    std::printf("make ideal version:      %8.1f ms\n", timed([&] {
                    ideal = Edits(*doc).makeIdealVersion(current, QStringLiteral("Ideaal"));
                }));
    // Half the ideal steps renamed, so titles pair only partly.
    Edits edits(*doc);
    const auto steps = doc->workspace().orderedSteps(ideal);
    for (size_t i = 0; i < steps.size(); i += 2)
        edits.setCounterpart(steps[i]->id, QString());
    std::printf("align by hand and title: %8.1f ms\n",
                timed([&] { JourneyAlignment::compute(doc->workspace(), current, ideal); }));
    const JourneyAlignment alignment = JourneyAlignment::compute(doc->workspace(), current, ideal);
    std::printf("compare layout:          %8.1f ms\n",
                timed([&] { CompareLayout::compute(doc->workspace(), alignment, true); }));
    std::printf("compare layout, no cards:%8.1f ms\n",
                timed([&] { CompareLayout::compute(doc->workspace(), alignment, false); }));
    CompareView view(doc.get(), persona.id, current, ideal);
    view.resize(1920, 1080);
    view.show();
    QApplication::processEvents();
    QImage frame(view.size(), QImage::Format_ARGB32_Premultiplied);
    std::printf("paint compare view:      %8.1f ms\n", timed([&] {
                    QPainter painter(&frame);
                    view.render(&painter);
                }));
    std::printf("pair two steps (redraw): %8.1f ms\n", timed([&] {
                    edits.setCounterpart(steps[2]->id,
                                         doc->workspace().orderedSteps(current)[3]->id);
                    QApplication::processEvents();
                }));
    const ExporterRegistry &registry = ExporterRegistry::instance();
    ExportOptions poster;
    poster.journey = current;
    poster.paper = QStringLiteral("A0");
    std::printf("A0 poster PDF:           %8.1f ms\n", timed([&] {
                    registry.byName(QStringLiteral("pdf"))
                        ->write(doc->workspace(), poster, dir.filePath(QStringLiteral("a0.pdf")),
                                &error);
                }));
    poster.tilePaper = QStringLiteral("A4");
    std::printf("A0 on A4 tiles PDF:      %8.1f ms\n", timed([&] {
                    registry.byName(QStringLiteral("pdf"))
                        ->write(doc->workspace(), poster, dir.filePath(QStringLiteral("t.pdf")),
                                &error);
                }));
    std::printf("SVG:                     %8.1f ms\n", timed([&] {
                    registry.byName(QStringLiteral("svg"))
                        ->write(doc->workspace(), poster, dir.filePath(QStringLiteral("p.svg")),
                                &error);
                }));
    std::printf("inventory HTML:          %8.1f ms\n", timed([&] {
                    registry.byName(QStringLiteral("html"))
                        ->write(doc->workspace(), poster, dir.filePath(QStringLiteral("i.html")),
                                &error);
                }));
    QImage sheet(1240, 1754, QImage::Format_ARGB32_Premultiplied);
    std::printf("persona sheet on screen: %8.1f ms\n", timed([&] {
                    QPainter painter(&sheet);
                    PersonaSheetPainter().paint(painter, QRectF(0, 0, 1240, 1754),
                                                *doc->workspace().find<Persona>(persona.id),
                                                doc->workspace());
                }));
    std::printf("persona sheet PDF:       %8.1f ms\n", timed([&] {
                    PersonaSheetExporter::write(doc->workspace(), {persona.id},
                                                dir.filePath(QStringLiteral("p.pdf")), &error);
                }));
    return 0;
}
