// How connection routing grows with the number of connections: lays out the
// poster workloads (docs/performance.md, "Posters against Graphviz and Dia")
// with and without their connections and prints the difference, per
// connection and against n log n. Run by hand:
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench_routing
#include "blueprintlayout.h"
#include "generatedjourney.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace blauwdruk;
using bench::timed;

int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv);
    struct Size {
        const char *name;
        int steps;
        int perCell;
    };
    const Size sizes[] = {{"S", 20, 2}, {"M", 60, 3}, {"L", 200, 4}, {"XL", 500, 4}};
    std::printf("%-3s %7s %7s %10s %10s %12s %14s\n", "", "cards", "arrows", "layout ms", "bare ms",
                "routing ms", "us/(n log2 n)");
    for (const Size &size : sizes) {
        const int lanes = 6;
        const int cards = size.steps * lanes * size.perCell;
        const int connections = cards - cards / lanes - 1; // about one per card
        const Workspace with =
            bench::generatedJourney(size.steps / 5, 5, cards, lanes, connections);
        const Workspace bare = bench::generatedJourney(size.steps / 5, 5, cards, lanes, 0);
        const QString journey = with.orderedJourneys().front()->id;
        const QString bareJourney = bare.orderedJourneys().front()->id;
        auto median = [](auto f) {
            double runs[5];
            for (double &run : runs)
                run = timed(f);
            std::sort(std::begin(runs), std::end(runs));
            return runs[2];
        };
        const double full = median([&] { BlueprintLayout::compute(with, journey); });
        const double none = median([&] { BlueprintLayout::compute(bare, bareJourney); });
        const double routing = std::max(0.0, full - none);
        const double n = connections;
        std::printf("%-3s %7d %7d %10.1f %10.1f %12.1f %14.3f\n", size.name, cards, connections,
                    full, none, routing, routing * 1000 / (n * std::log2(n)));
    }
    return 0;
}
