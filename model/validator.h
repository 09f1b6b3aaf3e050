#pragma once

#include "problem.h"
#include "workspace.h"

#include <vector>

namespace blauwdruk {

// Checks everything a file, an import or a random edit sequence must keep
// true: known values, ranges, and that every reference points at an object of
// the right kind in the same journey. Empty result: the workspace is sound.
std::vector<Problem> validateWorkspace(const Workspace &workspace);

// Version snapshots that are not sound workspaces. Not part of
// validateWorkspace: a snapshot is decoded only when it is used (exported,
// checked, restored), so opening a file does not parse every version. JSON
// import and `blauwdruk check` ask for it. Decodes one snapshot at a time.
std::vector<Problem> snapshotProblems(const Workspace &workspace);

// The first problem and how many more there are, for a message refusing a file.
QString summarizeProblems(const std::vector<Problem> &problems);

// Persona photos that cannot be shown: not readable as PNG or JPEG, or too
// large to decode (see model/sizelimits.h). Not a reason to refuse a file: it
// stays usable, the photo is kept unchanged and the drawn avatar is shown,
// but `blauwdruk check` lists them. Decodes every photo, within the limits.
std::vector<Problem> photoProblems(const Workspace &workspace);

} // namespace blauwdruk
