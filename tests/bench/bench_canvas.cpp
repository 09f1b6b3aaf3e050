// Measures the canvas with a large journey: layout, building the scene, and
// painting the whole viewport at 100 % and zoomed out (where cards are drawn
// simplified). Run by hand; numbers go in docs/performance.md.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench_canvas [CARDS]   (default 5000)
#include "blueprintlayout.h"
#include "blueprintscene.h"
#include "blueprintview.h"
#include "document.h"
#include "edits.h"
#include "generatedjourney.h"
#include "vocabulary.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace blauwdruk;
using bench::timed;

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const int cards = argc > 1 ? atoi(argv[1]) : 5000;
    QTemporaryDir dir;
    QString error;
    const Workspace ws = bench::generatedJourney(10, 10, cards);
    auto doc = Document::create(dir.filePath(QStringLiteral("c.blauwdruk")), ws, &error);
    if (!doc)
        return 1;
    const QString journey = doc->workspace().journeys.front().id;
    std::printf("cards: %d (100 steps x 7 lanes)\n", cards);
    std::printf("layout:                  %8.1f ms\n",
                timed([&] { BlueprintLayout::compute(doc->workspace(), journey); }));
    BlueprintScene *scene = nullptr;
    std::printf("build scene:             %8.1f ms\n",
                timed([&] { scene = new BlueprintScene(doc.get(), journey); }));
    BlueprintView view(scene);
    view.resize(1920, 1080);
    view.show();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    auto paint = [&] {
        QPainter painter(&frame);
        view.viewport()->render(&painter);
    };
    std::printf("paint viewport at 100%%:  %8.1f ms\n", timed(paint));
    view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum() / 2);
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    std::printf("paint after a scroll:    %8.1f ms\n", timed(paint));
    view.setZoom(0.2);
    std::printf("paint viewport at 20%%:   %8.1f ms\n", timed(paint));
    view.setZoom(0.1);
    std::printf("paint viewport at 10%%:   %8.1f ms\n", timed(paint));
    std::printf("one edit + relayout:     %8.1f ms\n", timed([&] {
                    const Card &card = doc->workspace().cards.front();
                    Edits(*doc).setField(EntityType::Card, {card.id}, QStringLiteral("title"),
                                         QStringLiteral("x"));
                }));
    return 0;
}
