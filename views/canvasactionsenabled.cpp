// When the canvas's actions can run, and why not when they cannot.
#include "canvasactions.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "cardfragment.h"
#include "document.h"
#include "sessionrules.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>

namespace blauwdruk {

namespace {

// Where an id stands in a list, and how long the list is: what can move.
template <typename T>
std::pair<int, int> placeOf(const std::vector<const T *> &list, const QString &id) {
    for (size_t i = 0; i < list.size(); ++i)
        if (list[i]->id == id)
            return {int(i), int(list.size())};
    return {-1, int(list.size())};
}

bool canPaste() {
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data && (data->hasFormat(QLatin1String(CardFragment::kMimeType)) || data->hasText());
}

// What the actions depend on, read once.
struct CanvasState {
    explicit CanvasState(const BlueprintView *view) {
        const Document *document = view ? view->blueprintScene()->document() : nullptr;
        hasView = view != nullptr;
        writable = document && !document->isContentLocked();
        commentable = document && !document->isReadOnly();
        selected = view ? view->selectedCardIds().size() : 0;
        const BlueprintView::Cell cell = view ? view->currentCell() : BlueprintView::Cell();
        const Workspace *ws = document ? &document->workspace() : nullptr;
        const Step *current = ws ? ws->find<Step>(cell.step) : nullptr;
        step = current != nullptr;
        const Lane *currentLane = ws ? ws->find<Lane>(cell.lane) : nullptr;
        lane = currentLane != nullptr;
        cardLane = currentLane && !CanvasActions::isEmotionLane(*currentLane);
        if (!ws)
            return;
        const QString journey = view->blueprintScene()->journeyId();
        structureLocked = SessionRules::isStructureLocked(*ws, journey);
        if (current) {
            stage = placeOf(ws->orderedStages(journey), current->stage);
            column = placeOf(ws->orderedSteps(journey), current->id);
        }
        if (lane)
            row = placeOf(ws->orderedLanes(journey), cell.lane);
    }

    bool hasView = false;
    bool writable = false;
    bool structureLocked = false; // a work session keeps the grid as it is
    bool commentable = false;     // comments may be made in review mode too
    qsizetype selected = 0;
    bool step = false;
    bool lane = false;
    bool cardLane = false; // a lane that holds cards: not the emotion curve
    std::pair<int, int> stage{-1, 0}, column{-1, 0}, row{-1, 0};
};

bool canMoveBack(std::pair<int, int> place) {
    return place.first > 0;
}

bool canMoveOn(std::pair<int, int> place) {
    return place.first >= 0 && place.first + 1 < place.second;
}

} // namespace

void CanvasActions::updateEnabled() {
    const CanvasState s(mView);
    auto enable = [this](std::initializer_list<Id> ids, bool on) {
        for (Id id : ids)
            action(id)->setEnabled(on);
    };
    const bool writable = s.writable;
    enable({AddCard}, writable && s.step && s.cardLane);
    enable({Paste}, writable && s.step && s.cardLane && canPaste());
    enable({EditCard, DeleteCards, Cut, Duplicate, MoveCardsLeft, MoveCardsRight, MoveCardsUp,
            MoveCardsDown},
           writable && s.selected > 0);
    for (QMenu *menu : {mKind.get(), mStatus.get(), mEvidence.get()})
        menu->menuAction()->setEnabled(writable && s.selected > 0);
    enable({Copy}, s.selected > 0);
    enable({AddComment}, s.commentable);
    enable({Connect}, writable && s.selected == 2);
    const bool grid = writable && !s.structureLocked;
    enable({InsertStageBefore, InsertStageAfter, InsertStepBefore, InsertStepAfter, InsertLaneAbove,
            InsertLaneBelow},
           grid);
    enable({RenameStage, DeleteStage, RenameStep, DeleteStep}, grid && s.step);
    enable({RenameLane, DeleteLane}, grid && s.lane);
    // Moving needs somewhere to go: the first stage cannot move left.
    action(MoveStageLeft)->setEnabled(grid && canMoveBack(s.stage));
    action(MoveStageRight)->setEnabled(grid && canMoveOn(s.stage));
    action(MoveStepLeft)->setEnabled(grid && canMoveBack(s.column));
    action(MoveStepRight)->setEnabled(grid && canMoveOn(s.column));
    action(MoveLaneUp)->setEnabled(grid && canMoveBack(s.row));
    action(MoveLaneDown)->setEnabled(grid && canMoveOn(s.row));
    enable({SelectAll, QuickCapture}, s.hasView);
    enable({ZoomIn, ZoomOut, FitToWindow, ActualSize}, s.hasView || mZoomView);
}

QString CanvasActions::readOnlyMessage(const Document *document) {
    if (document && document->isReviewMode() && !document->isReadOnly())
        return tr("Review mode: the blueprint cannot be changed here, only commented on and "
                  "decided. View › Review Mode (or the bar's Leave button) goes back to editing.");
    return tr("This file is open read-only, so nothing can be changed here (the notice above says "
              "why). Save As makes a copy you can change.");
}

bool CanvasActions::isEmotionLane(const Lane &lane) {
    return lane.kind == QLatin1String("emotion");
}

QString CanvasActions::emotionLaneMessage() {
    return tr("The emotion lane holds the curve, not cards: drag a step's point, or set its "
              "emotion in the Inspector. Cards go in the other lanes.");
}

QString CanvasActions::structureLockedMessage() {
    return tr("The structure is locked for the session: stages, steps and lanes keep their place "
              "and name. Session › Lock Structure (Ctrl+Alt+L) opens it again.");
}

bool CanvasActions::isStructural(Id id) {
    return id >= InsertStageBefore && id <= DeleteLane;
}

QString CanvasActions::whyDisabled(Id id) const {
    const CanvasState s(mView);
    const QString command = action(id)->text().remove(QLatin1Char('&'));
    if (!s.hasView)
        return tr("%1 works on a blueprint: open a journey first.").arg(command);
    if (!s.writable && id != Copy && id != SelectAll && id != AddComment)
        return readOnlyMessage(mView->blueprintScene()->document());
    if (s.structureLocked && isStructural(id))
        return structureLockedMessage();
    switch (id) {
    case AddComment:
        return readOnlyMessage(mView->blueprintScene()->document());
    case AddCard:
    case Paste:
        if (!s.step || !s.lane)
            return tr("%1: first pick a cell, with a click or the arrow keys.").arg(command);
        if (!s.cardLane)
            return emotionLaneMessage();
        return tr("There is nothing to paste.");
    case Connect:
        return tr("To connect cards, select exactly two of them.");
    case MoveStageLeft:
    case MoveStageRight:
    case MoveStepLeft:
    case MoveStepRight:
    case MoveLaneUp:
    case MoveLaneDown:
        return tr("%1: it cannot go further that way.").arg(command);
    case RenameStage:
    case DeleteStage:
    case RenameStep:
    case DeleteStep:
        return tr("%1: first pick a step, with a click or the arrow keys.").arg(command);
    case RenameLane:
    case DeleteLane:
        return tr("%1: first pick a lane, with a click or the arrow keys.").arg(command);
    default:
        return tr("%1: first select a card, with a click or the arrow keys.").arg(command);
    }
}

std::optional<CanvasActions::Id> CanvasActions::actionFor(const QKeySequence &keys) const {
    for (size_t i = 0; i < mActions.size(); ++i)
        for (const QKeySequence &shortcut : mActions[i]->shortcuts())
            if (shortcut.matches(keys) == QKeySequence::ExactMatch)
                return Id(i);
    return std::nullopt;
}

} // namespace blauwdruk
