#pragma once

#include "blueprintview.h"

#include <QCoreApplication>

namespace blauwdruk {

// What the canvas's actions do, at the view's current cell and selection:
// card edits, the clipboard, and the structure (stages, steps, lanes).
// New steps, lanes and stages open for renaming. Made on the spot for one
// call: it holds nothing but the view.
class CanvasCommands {
    Q_DECLARE_TR_FUNCTIONS(CanvasCommands)
public:
    explicit CanvasCommands(BlueprintView &view);

    void removeSelectedCards();
    // Carries the selected cards to the neighbouring cell (Ctrl+arrows).
    void moveSelectedCards(int dx, int dy);
    bool connectSelected();
    void setCardField(const QString &field, const QString &value);

    // The clipboard carries cards as JSON (CardFragment) and their titles as
    // text, so cards move between journeys, files and other programs.
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void selectAll();

    void insertStep(int offset = 1); // 0: before the current step, 1: after
    void insertStage(int offset = 1);
    void insertLane(int offset = 1);
    // The header of the current cell's stage, step or lane.
    BlueprintView::HeaderHit current(BlueprintView::Header kind) const;
    void moveHeader(const BlueprintView::HeaderHit &hit, int delta);
    void removeHeader(const BlueprintView::HeaderHit &hit);

private:
    BlueprintView &mView;
};

} // namespace blauwdruk
