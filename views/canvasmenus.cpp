#include "canvasmenus.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "document.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>

namespace blauwdruk {

CanvasMenus::CanvasMenus(CanvasActions &actions, BlueprintView &view)
    : mActions(actions)
    , mView(view) {}

void CanvasMenus::addCardActions(QMenu &menu) const {
    add(menu, {CanvasActions::EditCard});
    menu.addMenu(mActions.kindMenu());
    menu.addMenu(mActions.statusMenu());
    menu.addMenu(mActions.evidenceMenu());
    if (mView.selectedCardIds().size() == 2)
        menu.addAction(mActions.action(CanvasActions::Connect));
    menu.addSeparator();
    add(menu, {CanvasActions::AddComment});
    menu.addSeparator();
    add(menu, {CanvasActions::Cut, CanvasActions::Copy, CanvasActions::Duplicate});
    menu.addSeparator();
    add(menu, {CanvasActions::DeleteCards});
}

void CanvasMenus::add(QMenu &menu, std::initializer_list<CanvasActions::Id> ids) const {
    for (CanvasActions::Id id : ids)
        menu.addAction(mActions.action(id));
}

void CanvasMenus::addStageActions(QMenu &menu) const {
    add(menu, {CanvasActions::RenameStage, CanvasActions::MoveStageLeft,
               CanvasActions::MoveStageRight, CanvasActions::InsertStageBefore,
               CanvasActions::InsertStageAfter, CanvasActions::DeleteStage});
}

void CanvasMenus::addStepActions(QMenu &menu) const {
    add(menu, {CanvasActions::RenameStep, CanvasActions::MoveStepLeft, CanvasActions::MoveStepRight,
               CanvasActions::InsertStepBefore, CanvasActions::InsertStepAfter,
               CanvasActions::DeleteStep});
    menu.addSeparator();
    add(menu, {CanvasActions::AddComment});
}

void CanvasMenus::addLaneActions(QMenu &menu) const {
    add(menu, {CanvasActions::RenameLane, CanvasActions::MoveLaneUp, CanvasActions::MoveLaneDown,
               CanvasActions::InsertLaneAbove, CanvasActions::InsertLaneBelow,
               CanvasActions::DeleteLane});
}

void CanvasMenus::addCellActions(QMenu &menu) const {
    add(menu, {CanvasActions::AddCard, CanvasActions::Paste});
}
void CanvasMenus::exec(QContextMenuEvent *event) {
    QMenu menu(&mView);
    QPoint at = event->globalPos();
    const BlueprintView::Cell current = mView.currentCell();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        // Opens over what it is about: the first selected card, or the cell.
        const QStringList cards = mView.selectedCardIds();
        QRectF area = mView.cellRect(current);
        if (!cards.isEmpty()) {
            area = mView.blueprintScene()->layout().card(cards.first())->rect;
            addCardActions(menu);
        } else if (current.isValid()) {
            addCellActions(menu);
            menu.addSeparator();
            addStepActions(menu);
            menu.addSeparator();
            addLaneActions(menu);
            menu.addSeparator();
            addStageActions(menu);
        }
        at = mView.viewport()->mapToGlobal(area.isNull() ? mView.viewport()->rect().center()
                                                         : mView.mapFromScene(area.center()));
    } else {
        const QPointF scenePos = mView.mapToScene(event->pos());
        const BlueprintView::HeaderHit header = mView.headerAt(scenePos);
        const QString card = mView.cardAt(event->pos());
        const BlueprintView::Cell cell = mView.cellAt(scenePos);
        mView.setCurrentHeader(header);
        if (header.kind == BlueprintView::Header::Step) {
            mView.selectCards({}); // Add Comment is about the step, not a card
            addStepActions(menu);
        } else if (header.kind == BlueprintView::Header::Lane) {
            addLaneActions(menu);
        } else if (header.kind == BlueprintView::Header::Stage) {
            addStageActions(menu);
        } else if (!card.isEmpty()) {
            if (!mView.selectedCardIds().contains(card))
                mView.selectCards({card});
            if (cell.isValid())
                mView.setCurrentCell(cell);
            addCardActions(menu);
        } else if (cell.isValid()) {
            mView.setCurrentCell(cell);
            mView.selectCards({});
            addCellActions(menu);
        }
    }
    if (!menu.isEmpty())
        menu.exec(at);
}

} // namespace blauwdruk
