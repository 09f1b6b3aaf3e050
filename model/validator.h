#pragma once

#include "problem.h"
#include "workspace.h"

#include <vector>

namespace blauwdruk {

// Checks everything a file, an import or a random edit sequence must keep
// true: known values, ranges, and that every reference points at an object of
// the right kind in the same journey. Empty result: the workspace is sound.
std::vector<Problem> validateWorkspace(const Workspace &workspace);

} // namespace blauwdruk
