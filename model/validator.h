#pragma once

#include "problem.h"
#include "workspace.h"

#include <vector>

namespace blauwdruk {

// Checks everything a file, an import or a random edit sequence must keep
// true: known values, ranges, and that every reference points at an object of
// the right kind in the same journey. Empty result: the workspace is sound.
std::vector<Problem> validateWorkspace(const Workspace &workspace);

// Persona photos that cannot be shown: not readable as PNG or JPEG, or too
// large to decode (see model/sizelimits.h). Not a reason to refuse a file: it
// stays usable, the photo is kept unchanged and the drawn avatar is shown,
// but `blauwdruk check` lists them. Decodes every photo, within the limits.
std::vector<Problem> photoProblems(const Workspace &workspace);

} // namespace blauwdruk
