#pragma once

#include "workspace.h"

#include <QHash>
#include <QString>

#include <vector>

namespace blauwdruk {

// The cards of every cell of one journey, each cell in position order, found
// in one pass over the cards. For code that visits every cell (the health
// check, the inventory, the work list): Workspace::cardsInCell scans all cards
// for each cell, which made them grow with the square of a journey's size.
// Holds pointers into the workspace: use it before the workspace changes.
class CellIndex {
public:
    CellIndex(const Workspace &workspace, const QString &journey);

    const std::vector<const Card *> &cards(const QString &step, const QString &lane) const;

private:
    static QString key(const QString &step, const QString &lane) { return step + u'\n' + lane; }

    QHash<QString, std::vector<const Card *>> mCells;
    std::vector<const Card *> mEmpty;
};

} // namespace blauwdruk
