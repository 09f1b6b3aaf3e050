// BlueprintView, second part: structure edits (stages, steps, lanes), the
// clipboard and the context menus. The first part, blueprintview.cpp, has
// the mouse and keyboard handling.
#include "blueprintview.h"

#include "blueprintpainter.h"
#include "blueprintscene.h"
#include "cardfragment.h"
#include "carditem.h"
#include "document.h"
#include "edits.h"
#include "inlineeditor.h"
#include "labels.h"
#include "vocabulary.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

namespace blauwdruk {

// Where a dragged header lands: the lane, step or stage under the drop point.
// Each edit lays the scene out anew, which replaces `layout`'s vectors: the
// loops end at the first edit.
void BlueprintView::dropHeader(const HeaderHit &dragged, const QPointF &at) {
    const BlueprintLayout &layout = mScene->layout();
    const Workspace &ws = mScene->document()->workspace();
    Edits edits(*mScene->document());
    if (dragged.kind == Header::Lane) {
        for (size_t i = 0; i < layout.lanes.size(); ++i)
            if (at.y() >= layout.lanes[i].band.top() && at.y() < layout.lanes[i].band.bottom() &&
                layout.lanes[i].id != dragged.id) {
                edits.moveLane(dragged.id, int(i));
                return;
            }
    } else if (dragged.kind == Header::Stage) {
        for (size_t i = 0; i < layout.stages.size(); ++i)
            if (at.x() >= layout.stages[i].rect.left() && at.x() < layout.stages[i].rect.right() &&
                layout.stages[i].id != dragged.id) {
                edits.moveStage(dragged.id, int(i));
                return;
            }
    } else if (dragged.kind == Header::Step) {
        for (const auto &step : layout.steps) {
            if (at.x() < step.header.left() || at.x() >= step.header.right() ||
                step.id == dragged.id)
                continue;
            const Step *target = ws.find<Step>(step.id);
            const auto siblings = ws.stepsOfStage(target->stage);
            const int index =
                int(std::find(siblings.begin(), siblings.end(), target) - siblings.begin());
            edits.moveStep(dragged.id, target->stage, index);
            return;
        }
    }
}

BlueprintView::HeaderHit BlueprintView::headerAt(const QPointF &p) const {
    const BlueprintLayout &layout = mScene->layout();
    for (const auto &stage : layout.stages)
        if (stage.rect.contains(p))
            return {Header::Stage, stage.id, stage.rect};
    for (const auto &step : layout.steps)
        if (step.header.contains(p))
            return {Header::Step, step.id, step.header};
    for (const auto &lane : layout.lanes)
        if (lane.header.contains(p))
            return {Header::Lane, lane.id, lane.header};
    return {};
}

BlueprintView::HeaderHit BlueprintView::headerHit(Header kind, const QString &id) const {
    const BlueprintLayout &layout = mScene->layout();
    if (kind == Header::Stage)
        for (const auto &stage : layout.stages)
            if (stage.id == id)
                return {kind, id, stage.rect};
    if (kind == Header::Step)
        for (const auto &step : layout.steps)
            if (step.id == id)
                return {kind, id, step.header};
    if (kind == Header::Lane)
        for (const auto &lane : layout.lanes)
            if (lane.id == id)
                return {kind, id, lane.header};
    return {};
}

namespace {

EntityType entityOf(BlueprintView::Header kind) {
    return kind == BlueprintView::Header::Stage  ? EntityType::Stage
           : kind == BlueprintView::Header::Step ? EntityType::Step
                                                 : EntityType::Lane;
}

} // namespace

void BlueprintView::renameHeader(const HeaderHit &hit) {
    if (hit.kind == Header::None)
        return;
    const QVariant title =
        mScene->document()->workspace().field(entityOf(hit.kind), hit.id, QStringLiteral("title"));
    ensureVisible(hit.rect);
    openEditor(hit.rect.adjusted(4, 4, -4, -4), title.toString());
    connect(mEditor, &InlineEditor::committed, this, [this, hit](const QString &text) {
        Edits(*mScene->document())
            .setField(entityOf(hit.kind), {hit.id}, QStringLiteral("title"), text);
        setFocus();
    });
    connect(mEditor, &InlineEditor::cancelled, this, [this] { setFocus(); });
}

void BlueprintView::insertStep(int offset) {
    const Workspace &ws = mScene->document()->workspace();
    Edits edits(*mScene->document());
    QString id;
    if (const Step *current = ws.find<Step>(mCurrentCell.step)) {
        const auto siblings = ws.stepsOfStage(current->stage);
        const int index =
            int(std::find(siblings.begin(), siblings.end(), current) - siblings.begin());
        id = edits.addStep(current->stage, tr("New step"), index + offset);
    } else {
        // An empty journey: its first stage and step at once.
        const QString stage = edits.addStage(mScene->journeyId(), QString(), -1, tr("New step"));
        if (!stage.isEmpty())
            id = ws.stepsOfStage(stage).front()->id;
    }
    if (id.isEmpty())
        return;
    setCurrentCell({id, mCurrentCell.lane.isEmpty() && !mScene->layout().lanes.empty()
                            ? mScene->layout().lanes.front().id
                            : mCurrentCell.lane});
    renameHeader(headerHit(Header::Step, id));
}

void BlueprintView::insertStage(int offset) {
    const Workspace &ws = mScene->document()->workspace();
    const Step *current = ws.find<Step>(mCurrentCell.step);
    int index = -1;
    if (current) {
        const auto stages = ws.orderedStages(mScene->journeyId());
        for (size_t i = 0; i < stages.size(); ++i)
            if (stages[i]->id == current->stage)
                index = int(i) + offset;
    }
    const QString stage =
        Edits(*mScene->document())
            .addStage(mScene->journeyId(), tr("New stage"), index, tr("New step"));
    if (stage.isEmpty())
        return;
    setCurrentCell({ws.stepsOfStage(stage).front()->id, mCurrentCell.lane});
    renameHeader(headerHit(Header::Stage, stage));
}

void BlueprintView::insertLane(int offset) {
    const auto lanes = mScene->document()->workspace().orderedLanes(mScene->journeyId());
    int index = -1;
    for (size_t i = 0; i < lanes.size(); ++i)
        if (lanes[i]->id == mCurrentCell.lane)
            index = int(i) + offset;
    const QString id =
        Edits(*mScene->document())
            .addLane(mScene->journeyId(), QStringLiteral("free"), tr("New lane"), index);
    if (id.isEmpty())
        return;
    setCurrentCell({mCurrentCell.step, id});
    renameHeader(headerHit(Header::Lane, id));
}

void BlueprintView::moveHeader(const HeaderHit &hit, int delta) {
    const Workspace &ws = mScene->document()->workspace();
    Edits edits(*mScene->document());
    if (hit.kind == Header::Lane) {
        const auto lanes = ws.orderedLanes(mScene->journeyId());
        for (size_t i = 0; i < lanes.size(); ++i)
            if (lanes[i]->id == hit.id && int(i) + delta >= 0 && int(i) + delta < int(lanes.size()))
                edits.moveLane(hit.id, int(i) + delta);
    } else if (hit.kind == Header::Stage) {
        const auto stages = ws.orderedStages(mScene->journeyId());
        for (size_t i = 0; i < stages.size(); ++i)
            if (stages[i]->id == hit.id && int(i) + delta >= 0 &&
                int(i) + delta < int(stages.size()))
                edits.moveStage(hit.id, int(i) + delta);
    } else if (hit.kind == Header::Step) {
        // Within its stage, or over the edge into the neighbouring stage.
        const Step *step = ws.find<Step>(hit.id);
        const auto siblings = ws.stepsOfStage(step->stage);
        const int index = int(std::find(siblings.begin(), siblings.end(), step) - siblings.begin());
        const int target = index + delta;
        if (target >= 0 && target < int(siblings.size())) {
            edits.moveStep(hit.id, step->stage, target);
        } else {
            const auto stages = ws.orderedStages(mScene->journeyId());
            auto it = std::find_if(stages.begin(), stages.end(),
                                   [&](const Stage *s) { return s->id == step->stage; });
            if (delta < 0 && it != stages.begin())
                edits.moveStep(hit.id, (*(it - 1))->id, -1);
            else if (delta > 0 && it != stages.end() && it + 1 != stages.end())
                edits.moveStep(hit.id, (*(it + 1))->id, 0);
        }
    }
}

void BlueprintView::removeHeader(const HeaderHit &hit) {
    Edits edits(*mScene->document());
    if (hit.kind == Header::Stage)
        edits.removeStage(hit.id);
    else if (hit.kind == Header::Step)
        edits.removeStep(hit.id);
    else if (hit.kind == Header::Lane)
        edits.removeLane(hit.id);
}

bool BlueprintView::connectSelected() {
    const QStringList ids = selectedCardIds();
    if (ids.size() != 2)
        return false;
    // From the card earlier in reading order to the later one.
    QStringList ordered;
    for (const BlueprintLayout::CardBox &box : mScene->layout().cards)
        if (ids.contains(box.id))
            ordered << box.id;
    std::sort(ordered.begin(), ordered.end(), [this](const QString &a, const QString &b) {
        const QRectF ra = mScene->layout().card(a)->rect, rb = mScene->layout().card(b)->rect;
        return std::tuple(ra.left(), ra.top()) < std::tuple(rb.left(), rb.top());
    });
    return !Edits(*mScene->document()).addConnection(ordered[0], ordered[1]).isEmpty();
}

void BlueprintView::copySelection() {
    const QStringList ids = selectedCardIds();
    if (ids.isEmpty())
        return;
    const CardFragment fragment = CardFragment::copy(mScene->document()->workspace(), ids);
    auto *data = new QMimeData;
    data->setData(QLatin1String(CardFragment::kMimeType), fragment.toJson());
    data->setText(fragment.toPlainText());
    QGuiApplication::clipboard()->setMimeData(data);
}

void BlueprintView::cutSelection() {
    copySelection();
    removeSelectedCards();
}

void BlueprintView::paste() {
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data || !mCurrentCell.isValid())
        return;
    Edits edits(*mScene->document());
    QStringList ids;
    QString error;
    if (data->hasFormat(QLatin1String(CardFragment::kMimeType))) {
        if (auto fragment =
                CardFragment::fromJson(data->data(QLatin1String(CardFragment::kMimeType)), &error))
            ids = edits.pasteCards(*fragment, mCurrentCell.step, mCurrentCell.lane);
    } else if (data->hasText()) {
        ids = edits.pasteText(data->text(), mCurrentCell.step, mCurrentCell.lane);
    }
    mScene->clearSelection();
    for (const QString &id : ids)
        if (CardItem *item = mScene->cardItem(id))
            item->setSelected(true);
}

void BlueprintView::duplicateSelection() {
    const QStringList ids = selectedCardIds();
    if (ids.isEmpty())
        return;
    // Copies land in the same cells, below the originals.
    const Workspace &ws = mScene->document()->workspace();
    const CardFragment fragment = CardFragment::copy(ws, ids);
    int left = INT_MAX, top = INT_MAX;
    const auto &layout = mScene->layout();
    for (const QString &id : ids) {
        const Card *card = ws.find<Card>(id);
        for (size_t i = 0; i < layout.steps.size(); ++i)
            if (layout.steps[i].id == card->step)
                left = std::min(left, int(i));
        for (size_t i = 0; i < layout.lanes.size(); ++i)
            if (layout.lanes[i].id == card->lane)
                top = std::min(top, int(i));
    }
    const QStringList copies = Edits(*mScene->document())
                                   .pasteCards(fragment, layout.steps[size_t(left)].id,
                                               layout.lanes[size_t(top)].id, tr("Duplicate"));
    mScene->clearSelection();
    for (const QString &id : copies)
        if (CardItem *item = mScene->cardItem(id))
            item->setSelected(true);
}

void BlueprintView::contextMenuEvent(QContextMenuEvent *event) {
    if (event->reason() == QContextMenuEvent::Keyboard) {
        keyboardMenu();
        return;
    }
    const QPointF scenePos = mapToScene(event->pos());
    QMenu menu(this);
    const HeaderHit header = headerAt(scenePos);
    if (header.kind != Header::None) {
        const bool lane = header.kind == Header::Lane;
        menu.addAction(tr("Rename"), this, [this, header] { renameHeader(header); });
        menu.addSeparator();
        menu.addAction(lane ? tr("Move Up") : tr("Move Left"), this,
                       [this, header] { moveHeader(header, -1); });
        menu.addAction(lane ? tr("Move Down") : tr("Move Right"), this,
                       [this, header] { moveHeader(header, 1); });
        menu.addSeparator();
        if (header.kind == Header::Step) {
            setCurrentCell({header.id, mCurrentCell.lane});
            menu.addAction(tr("Insert Step Before"), this, [this] { insertStep(0); });
            menu.addAction(tr("Insert Step After"), this, [this] { insertStep(1); });
        } else if (lane) {
            setCurrentCell({mCurrentCell.step, header.id});
            menu.addAction(tr("Insert Lane Above"), this, [this] { insertLane(0); });
            menu.addAction(tr("Insert Lane Below"), this, [this] { insertLane(1); });
        } else {
            const auto steps = mScene->document()->workspace().stepsOfStage(header.id);
            if (!steps.empty())
                setCurrentCell({steps.front()->id, mCurrentCell.lane});
            menu.addAction(tr("Insert Stage Before"), this, [this] { insertStage(0); });
            menu.addAction(tr("Insert Stage After"), this, [this] { insertStage(1); });
        }
        menu.addSeparator();
        menu.addAction(tr("Delete"), this, [this, header] { removeHeader(header); });
    } else {
        const QString card = cardAt(event->pos());
        const Cell cell = cellAt(scenePos);
        if (!card.isEmpty()) {
            if (!selectedCardIds().contains(card)) {
                mScene->clearSelection();
                mScene->cardItem(card)->setSelected(true);
            }
            addCardActions(menu, selectedCardIds());
        } else if (cell.isValid()) {
            menu.addAction(tr("Add Card Here"), this, [this, cell] { addCardIn(cell); });
        }
    }
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

// What can be done to selected cards, for the mouse and the keyboard menus.
void BlueprintView::addCardActions(QMenu &menu, const QStringList &cards) {
    if (cards.isEmpty())
        return;
    menu.addAction(tr("Edit Title"), this, [this, cards] { editCard(cards.first()); });
    auto addChoices = [&](const QString &title, const QString &field, const QStringList &values,
                          QString (*name)(const QString &)) {
        QMenu *sub = menu.addMenu(title);
        for (const QString &value : values)
            sub->addAction(name(value), this, [this, cards, field, value] {
                Edits(*mScene->document()).setField(EntityType::Card, cards, field, value);
            });
    };
    addChoices(tr("Kind"), QStringLiteral("kind"), vocabulary::cardKinds(), &Labels::cardKind);
    addChoices(tr("Status"), QStringLiteral("status"), vocabulary::cardStatuses(),
               &Labels::cardStatus);
    addChoices(tr("Evidence"), QStringLiteral("evidence"), vocabulary::evidenceLevels(),
               &Labels::evidence);
    if (cards.size() == 2)
        menu.addAction(tr("Connect"), this, [this] { connectSelected(); });
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, [this] { removeSelectedCards(); });
}

// The menu key (or Shift+F10): everything the mouse menus offer, for the
// selected cards or else the current cell's step and lane.
void BlueprintView::keyboardMenu() {
    QMenu menu(this);
    const QStringList cards = selectedCardIds();
    QPoint at = viewport()->rect().center();
    if (!cards.isEmpty()) {
        if (const BlueprintLayout::CardBox *box = mScene->layout().card(cards.first()))
            at = mapFromScene(box->rect.center());
        addCardActions(menu, cards);
    } else if (mCurrentCell.isValid()) {
        const HeaderHit step = headerHit(Header::Step, mCurrentCell.step);
        const HeaderHit lane = headerHit(Header::Lane, mCurrentCell.lane);
        const QRectF cell(step.rect.left(), lane.rect.top(), step.rect.width(), lane.rect.height());
        at = mapFromScene(cell.center());
        menu.addAction(tr("Add Card Here"), this, [this] { addCardIn(mCurrentCell); });
        menu.addSeparator();
        menu.addAction(tr("Rename Step"), this, [this, step] { renameHeader(step); });
        menu.addAction(tr("Move Step Left"), this, [this, step] { moveHeader(step, -1); });
        menu.addAction(tr("Move Step Right"), this, [this, step] { moveHeader(step, 1); });
        menu.addAction(tr("Insert Step Before"), this, [this] { insertStep(0); });
        menu.addAction(tr("Insert Step After"), this, [this] { insertStep(1); });
        menu.addAction(tr("Delete Step"), this, [this, step] { removeHeader(step); });
        menu.addSeparator();
        menu.addAction(tr("Rename Lane"), this, [this, lane] { renameHeader(lane); });
        menu.addAction(tr("Move Lane Up"), this, [this, lane] { moveHeader(lane, -1); });
        menu.addAction(tr("Move Lane Down"), this, [this, lane] { moveHeader(lane, 1); });
        menu.addAction(tr("Insert Lane Above"), this, [this] { insertLane(0); });
        menu.addAction(tr("Insert Lane Below"), this, [this] { insertLane(1); });
        menu.addAction(tr("Delete Lane"), this, [this, lane] { removeHeader(lane); });
        menu.addSeparator();
        const Step *current = mScene->document()->workspace().find<Step>(mCurrentCell.step);
        if (current) {
            const HeaderHit stage = headerHit(Header::Stage, current->stage);
            menu.addAction(tr("Rename Stage"), this, [this, stage] { renameHeader(stage); });
        }
        menu.addAction(tr("Insert Stage After"), this, [this] { insertStage(1); });
    }
    if (!menu.isEmpty())
        menu.exec(viewport()->mapToGlobal(at));
}

} // namespace blauwdruk
