#pragma once

#include "blueprintview.h"
#include "canvastool.h"
#include "inlineeditor.h"

#include <QPointer>

#include <functional>

namespace blauwdruk {

// Titles typed where they stand: a double-click on a header renames it, on
// a card retitles it, on an empty cell adds a card there. The actions (F2,
// Enter, Insert, Rename…) open the same editor. Enter commits, Esc cancels.
class EditInPlaceTool : public CanvasTool {
public:
    using CanvasTool::CanvasTool;

    bool press(QMouseEvent *) override { return false; }
    bool doubleClick(QMouseEvent *event) override;

    void editCard(const QString &cardId);
    void addCardIn(const BlueprintView::Cell &cell);
    void renameHeader(const BlueprintView::HeaderHit &hit);
    InlineEditor *activeEditor() const { return mEditor; }

private:
    // Opens the editor over `sceneRect`; `commit` gets the typed text.
    void open(const QRectF &sceneRect, const QString &text,
              std::function<void(const QString &)> commit);

    QPointer<InlineEditor> mEditor;
    bool mReveal = true;
};

} // namespace blauwdruk
