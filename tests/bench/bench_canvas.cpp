// Measures the canvas with a large journey (500 steps x 6 lanes, a 1920x1080
// window): laying it out, building the scene, painting the viewport, and the
// two edits people make all the time, each timed from pushing the edit (the
// SQLite commit included) until the viewport's next paint returns. A
// benchmark run by hand, never a timed test; figures go in
// docs/performance.md.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench_canvas [CARDS] [--connections N] [--json]
//
// Every figure is the median of several runs; with --json they are printed
// as one JSON object, so runs can be compared.
#include "blueprintlayout.h"
#include "blueprintscene.h"
#include "blueprintview.h"
#include "carditem.h"
#include "document.h"
#include "edits.h"
#include "generatedjourney.h"

#include <QApplication>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>

using namespace blauwdruk;
using bench::timed;

namespace {

constexpr int kStages = 50;
constexpr int kStepsPerStage = 10; // 500 steps
constexpr int kLanes = 6;
constexpr int kEdits = 24; // at least 20, as the figures promise

// Counts the viewport's paints, to know when the next one has been done.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// `runs` timings of f(), with `between()` (untimed) before each.
std::vector<double> repeated(int runs, const std::function<void()> &f,
                             const std::function<void()> &between = {}) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        if (between)
            between();
        times.push_back(timed(f));
    }
    return times;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    int cards = 5000;
    int connections = 0;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--json") == 0)
            json = true;
        else if (std::strcmp(argv[i], "--connections") == 0 && i + 1 < argc)
            connections = std::atoi(argv[++i]);
        else
            cards = std::atoi(argv[i]);
    }
    QTemporaryDir dir;
    QString error;
    const Workspace ws =
        bench::generatedJourney(kStages, kStepsPerStage, cards, kLanes, connections);
    auto doc = Document::create(dir.filePath(QStringLiteral("c.blauwdruk")), ws, &error);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString journey = doc->workspace().journeys.front().id;

    const double layoutMs =
        median(repeated(3, [&] { BlueprintLayout::compute(doc->workspace(), journey); }));
    BlueprintScene *scene = nullptr;
    const double sceneMs = median(repeated(3, [&] {
        delete scene;
        scene = new BlueprintScene(doc.get(), journey);
    }));

    BlueprintView view(scene);
    view.resize(1920, 1080);
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    // The first paint: from showing the window until the viewport has been
    // painted once.
    const double firstPaintMs = timed([&] {
        view.show();
        while (counter.paints == 0)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    });
    // Until the viewport's next paint has returned: the scene's queued work
    // runs as the event loop would run it, and asks the viewport to paint
    // (QGraphicsView paints at once from there); if nothing asked, the
    // viewport is painted here.
    auto paint = [&] {
        const int before = counter.paints;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
        if (counter.paints == before)
            view.viewport()->repaint();
    };
    QScrollBar *h = view.horizontalScrollBar();
    QScrollBar *v = view.verticalScrollBar();
    int scroll = 0;
    const double scrollPaintMs = median(repeated(10, paint, [&] {
        ++scroll;
        h->setValue(h->maximum() * (scroll % 5) / 4);
        v->setValue(v->maximum() * (scroll % 3) / 2);
    }));

    // One card of the top lane in the middle of the journey: whatever its
    // new height pushes, every lane below it moves. Its title goes from
    // one that wraps to five lines to a short one and back, so each edit
    // changes its height.
    const BlueprintLayout::CardBox target = [&] {
        const BlueprintLayout &layout = scene->layout();
        const QString step = layout.steps[layout.steps.size() / 2].id;
        const QString lane = layout.lanes.front().id;
        for (const BlueprintLayout::CardBox &box : layout.cards)
            if (box.stepId == step && box.laneId == lane)
                return box;
        return layout.cards.front();
    }();
    view.ensureVisible(target.rect, 48, 48);
    QCoreApplication::processEvents();
    const QString longTitle = QStringLiteral(
        "Een kaart waarvan de titel zo lang is dat hij over vijf regels breekt en daarna nog "
        "doorgaat, zoals een groep die tijdens een sessie alles opschrijft wat er gezegd wordt");
    int edit = 0;
    const double editMs = median(repeated(
        kEdits,
        [&] {
            const QString title = edit % 2 ? QStringLiteral("Kort %1").arg(edit) : longTitle;
            Edits(*doc).setField(EntityType::Card, {target.id}, QStringLiteral("title"), title);
            paint();
        },
        [&] {
            ++edit;
            QCoreApplication::processEvents();
        }));

    // Moving the card to the next column's cell and back.
    const QString home = target.stepId;
    const QString away = scene->layout().steps[scene->layout().steps.size() / 2 + 1].id;
    int move = 0;
    const double moveMs = median(repeated(
        kEdits,
        [&] {
            Edits(*doc).moveCards({target.id}, move % 2 ? home : away, target.laneId, 0);
            paint();
        },
        [&] {
            ++move;
            QCoreApplication::processEvents();
        }));

    if (json) {
        std::printf("{\"cards\": %d, \"connections\": %d, \"layout_ms\": %.1f, \"scene_ms\": %.1f, "
                    "\"first_paint_ms\": %.1f, \"scroll_paint_ms\": %.1f, \"edit_ms\": %.2f, "
                    "\"move_ms\": %.2f}\n",
                    cards, connections, layoutMs, sceneMs, firstPaintMs, scrollPaintMs, editMs,
                    moveMs);
        return 0;
    }
    std::printf("cards: %d, connections: %d (%d steps x %d lanes, 1920x1080; medians)\n", cards,
                connections, kStages * kStepsPerStage, kLanes);
    std::printf("layout:                           %8.1f ms\n", layoutMs);
    std::printf("build the scene:                  %8.1f ms\n", sceneMs);
    std::printf("first paint of the viewport:      %8.1f ms\n", firstPaintMs);
    std::printf("paint after a scroll:             %8.1f ms\n", scrollPaintMs);
    std::printf("edit a title, saved and painted:  %8.2f ms  (%d edits)\n", editMs, kEdits);
    std::printf("move a card, saved and painted:   %8.2f ms  (%d moves)\n", moveMs, kEdits);
    return 0;
}
