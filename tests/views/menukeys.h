#pragma once

#include <catch2/catch.hpp>

#include <QAction>
#include <QMenu>

namespace blauwdruk::test {

// The entry of `menu` whose submenu holds `action`, for a test that walks
// menus by keyboard (Right opens it); the test stops when there is none.
inline QAction *submenuEntry(QMenu *menu, QAction *action) {
    QAction *entry = nullptr;
    for (QAction *candidate : menu->actions())
        if (candidate->menu() && candidate->menu()->actions().contains(action))
            entry = candidate;
    REQUIRE(entry);
    return entry;
}

} // namespace blauwdruk::test
