#pragma once

namespace blauwdruk {

// Undo commands with the same id and the same targets merge into one step,
// so a drag or a run of typing undoes as a whole. Every id lives here.
enum class MergeId : int {
    None = -1,
    SetField = 1,  // repeated edits of one field of the same objects
    MoveCards = 2, // a card drag: every intermediate drop position
};

} // namespace blauwdruk
