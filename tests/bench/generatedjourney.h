#pragma once

#include "workspace.h"

namespace blauwdruk::bench {

// A workspace with one large journey for the benchmarks: `stages` stages of
// `stepsPerStage` steps, the 7 default lanes, and `cards` cards spread evenly
// over the cells, each with a title of ordinary length, an owner and tags.
Workspace generatedJourney(int stages, int stepsPerStage, int cards);

} // namespace blauwdruk::bench
