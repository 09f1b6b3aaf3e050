#pragma once

#include "workspace.h"

#include <QElapsedTimer>

namespace blauwdruk::bench {

// A workspace with one large journey for the benchmarks: `stages` stages of
// `stepsPerStage` steps, the first `lanes` of the 7 default lanes for cards
// (all but the emotion curve), and `cards` cards spread evenly over the
// cells, each with a title of ordinary length, an owner and tags; and
// `connections` arrows between them of every shape (to the next step, across
// lanes, several steps on, back, within a cell), most with a label, some long.
Workspace generatedJourney(int stages, int stepsPerStage, int cards, int lanes = 7,
                           int connections = 0);

// Milliseconds that f() took.
template <class F> double timed(F &&f) {
    QElapsedTimer timer;
    timer.start();
    f();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace blauwdruk::bench
