#pragma once

#include "workspacediff.h"

#include <QColor>
#include <QRectF>

#include <vector>

class QPainter;

namespace blauwdruk {

class BlueprintLayout;

// What changed, marked on one journey's canvas: cards, step, stage and lane
// headers that were added (green "+"), changed (amber "~") or moved (blue
// arrow) get an outline and a badge. Removed objects are no longer on the
// canvas; the Changes list shows them. The marks are drawn over the scene
// by the view (never in an export) and found in the layout each time, so
// they follow the canvas as it changes.
class ChangeMarks {
public:
    struct Mark {
        DiffEntry::Kind kind;
        EntityType type;
        QString id;
        QRectF rect; // in scene coordinates
    };

    void setEntries(std::vector<DiffEntry> entries) { mEntries = std::move(entries); }
    const std::vector<DiffEntry> &entries() const { return mEntries; }
    void clear() { mEntries.clear(); }
    bool isEmpty() const { return mEntries.empty(); }

    // One mark per entry whose object is on `layout` (removed ones are not).
    std::vector<Mark> marks(const BlueprintLayout &layout) const;

    // Cards first, under the pinned headers; headers after them, where the
    // pinned headers show them while the canvas scrolls.
    void paintCards(QPainter &painter, const BlueprintLayout &layout) const;
    void paintHeaders(QPainter &painter, const BlueprintLayout &layout,
                      const QRectF &visible) const;

    static QColor colour(DiffEntry::Kind kind);
    // "+", "~", "→"; "−" for a removal (the list shows it).
    static QString symbol(DiffEntry::Kind kind);

private:
    void paintMark(QPainter &painter, const Mark &mark, int badgeIndex) const;

    std::vector<DiffEntry> mEntries;
};

} // namespace blauwdruk
