#include "cellindex.h"

namespace blauwdruk {

CellIndex::CellIndex(const Workspace &workspace, const QString &journey) {
    // orderedCards keeps position order within each cell.
    for (const Card *card : workspace.orderedCards(journey))
        mCells[key(card->step, card->lane)].push_back(card);
}

const std::vector<const Card *> &CellIndex::cards(const QString &step, const QString &lane) const {
    const auto it = mCells.constFind(key(step, lane));
    return it == mCells.constEnd() ? mEmpty : *it;
}

} // namespace blauwdruk
