#pragma once

#include "canvashits.h"

#include <QCoreApplication>

namespace blauwdruk {

class Workspace;

// What the status bar says when a stage, step or lane goes: its name, how
// many steps and cards went with it, and that Undo brings them back. Read
// before the removal, while they are still there.
class RemovalNotice {
    Q_DECLARE_TR_FUNCTIONS(RemovalNotice)
public:
    static QString of(const Workspace &workspace, CanvasHits::Header kind, const QString &id);
};

} // namespace blauwdruk
