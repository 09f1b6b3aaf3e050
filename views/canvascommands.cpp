#include "canvascommands.h"

#include "blueprintscene.h"
#include "canvasactions.h"
#include "cardfragment.h"
#include "carditem.h"
#include "document.h"
#include "editinplacetool.h"
#include "edits.h"
#include "removalnotice.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace blauwdruk {

CanvasCommands::CanvasCommands(BlueprintView &view)
    : mView(view) {}

namespace {

Document &documentOf(const BlueprintView &view) {
    return *view.blueprintScene()->document();
}

template <typename T> int indexOf(const std::vector<const T *> &list, const QString &id) {
    for (size_t i = 0; i < list.size(); ++i)
        if (list[i]->id == id)
            return int(i);
    return -1;
}

} // namespace

void CanvasCommands::removeSelectedCards() {
    const QStringList ids = mView.selectedCardIds();
    if (!ids.isEmpty())
        Edits(documentOf(mView)).removeCards(ids);
}

void CanvasCommands::moveSelectedCards(int dx, int dy) {
    const QStringList ids = mView.selectedCardIds();
    if (ids.isEmpty())
        return;
    mView.moveCurrentCell(dx, dy, true);
    const BlueprintView::Cell cell = mView.currentCell();
    Edits(documentOf(mView)).moveCards(ids, cell.step, cell.lane, -1);
    mView.selectCards(ids);
}

void CanvasCommands::setCardField(const QString &field, const QString &value) {
    const QStringList ids = mView.selectedCardIds();
    if (!ids.isEmpty())
        Edits(documentOf(mView)).setField(EntityType::Card, ids, field, value);
}

bool CanvasCommands::connectSelected() {
    const QStringList ids = mView.selectedCardIds();
    if (ids.size() != 2)
        return false;
    // From the card earlier in reading order (column, then height) to the later one.
    const BlueprintLayout &layout = mView.blueprintScene()->layout();
    const QRectF a = layout.card(ids[0])->rect, b = layout.card(ids[1])->rect;
    const bool inOrder = std::tuple(a.left(), a.top()) <= std::tuple(b.left(), b.top());
    return !Edits(documentOf(mView))
                .addConnection(inOrder ? ids[0] : ids[1], inOrder ? ids[1] : ids[0])
                .isEmpty();
}

void CanvasCommands::copySelection() {
    const QStringList ids = mView.selectedCardIds();
    if (ids.isEmpty())
        return;
    const CardFragment fragment = CardFragment::copy(documentOf(mView).workspace(), ids);
    auto *data = new QMimeData;
    data->setData(QLatin1String(CardFragment::kMimeType), fragment.toJson());
    data->setText(fragment.toPlainText());
    QGuiApplication::clipboard()->setMimeData(data);
}

void CanvasCommands::cutSelection() {
    copySelection();
    removeSelectedCards();
}

void CanvasCommands::paste() {
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    const BlueprintView::Cell cell = mView.currentCell();
    if (!data || !cell.isValid())
        return;
    Edits edits(documentOf(mView));
    QStringList ids;
    QString error;
    if (data->hasFormat(QLatin1String(CardFragment::kMimeType))) {
        if (auto fragment =
                CardFragment::fromJson(data->data(QLatin1String(CardFragment::kMimeType)), &error))
            ids = edits.pasteCards(*fragment, cell.step, cell.lane);
    } else if (data->hasText()) {
        ids = edits.pasteText(data->text(), cell.step, cell.lane);
    }
    mView.selectCards(ids);
}

// Copies land in the same cells, below the originals.
void CanvasCommands::duplicateSelection() {
    const QStringList ids = mView.selectedCardIds();
    if (ids.isEmpty())
        return;
    const Workspace &ws = documentOf(mView).workspace();
    const QString journey = mView.blueprintScene()->journeyId();
    const auto steps = ws.orderedSteps(journey);
    const auto lanes = ws.orderedLanes(journey);
    int left = INT_MAX, top = INT_MAX;
    for (const QString &id : ids) {
        const Card *card = ws.find<Card>(id);
        left = std::min(left, indexOf(steps, card->step));
        top = std::min(top, indexOf(lanes, card->lane));
    }
    if (left < 0 || top < 0)
        return;
    const QStringList copies = Edits(documentOf(mView))
                                   .pasteCards(CardFragment::copy(ws, ids), steps[size_t(left)]->id,
                                               lanes[size_t(top)]->id, tr("Duplicate"));
    mView.selectCards(copies);
}

void CanvasCommands::selectAll() {
    QStringList ids;
    for (const BlueprintLayout::CardBox &box : mView.blueprintScene()->layout().cards)
        ids << box.id;
    mView.selectCards(ids);
}

void CanvasCommands::insertStep(int offset) {
    const Workspace &ws = documentOf(mView).workspace();
    Edits edits(documentOf(mView));
    const QString journey = mView.blueprintScene()->journeyId();
    QString id;
    if (const Step *current = ws.find<Step>(mView.currentCell().step)) {
        const int index = indexOf(ws.stepsOfStage(current->stage), current->id);
        id = edits.addStep(current->stage, tr("New step"), index + offset);
    } else {
        // An empty journey: its first stage and step at once.
        const QString stage = edits.addStage(journey, QString(), -1, tr("New step"));
        if (!stage.isEmpty())
            id = ws.stepsOfStage(stage).front()->id;
    }
    if (id.isEmpty())
        return;
    QString lane = mView.currentCell().lane;
    if (lane.isEmpty() && !ws.orderedLanes(journey).empty())
        lane = ws.orderedLanes(journey).front()->id;
    mView.setCurrentCell({id, lane});
    mView.editor()->renameHeader(mView.headerHit(BlueprintView::Header::Step, id));
}

void CanvasCommands::insertStage(int offset) {
    const Workspace &ws = documentOf(mView).workspace();
    const QString journey = mView.blueprintScene()->journeyId();
    int index = -1;
    if (const Step *current = ws.find<Step>(mView.currentCell().step))
        index = indexOf(ws.orderedStages(journey), current->stage) + offset;
    const QString stage =
        Edits(documentOf(mView)).addStage(journey, tr("New stage"), index, tr("New step"));
    if (stage.isEmpty())
        return;
    mView.setCurrentCell({ws.stepsOfStage(stage).front()->id, mView.currentCell().lane});
    mView.editor()->renameHeader(mView.headerHit(BlueprintView::Header::Stage, stage));
}

void CanvasCommands::insertLane(int offset) {
    const QString journey = mView.blueprintScene()->journeyId();
    const auto lanes = documentOf(mView).workspace().orderedLanes(journey);
    const int current = indexOf(lanes, mView.currentCell().lane);
    const QString id = Edits(documentOf(mView))
                           .addLane(journey, QStringLiteral("free"), tr("New lane"),
                                    current < 0 ? -1 : current + offset);
    if (id.isEmpty())
        return;
    mView.setCurrentCell({mView.currentCell().step, id});
    mView.editor()->renameHeader(mView.headerHit(BlueprintView::Header::Lane, id));
}

BlueprintView::HeaderHit CanvasCommands::current(BlueprintView::Header kind) const {
    const BlueprintView::Cell cell = mView.currentCell();
    if (kind == BlueprintView::Header::Lane)
        return mView.headerHit(kind, cell.lane);
    if (kind == BlueprintView::Header::Step)
        return mView.headerHit(kind, cell.step);
    const Step *step = documentOf(mView).workspace().find<Step>(cell.step);
    return step ? mView.headerHit(kind, step->stage) : BlueprintView::HeaderHit();
}

void CanvasCommands::moveHeader(const BlueprintView::HeaderHit &hit, int delta) {
    const Workspace &ws = documentOf(mView).workspace();
    const QString journey = mView.blueprintScene()->journeyId();
    Edits edits(documentOf(mView));
    if (hit.kind == BlueprintView::Header::Lane) {
        const auto lanes = ws.orderedLanes(journey);
        const int target = indexOf(lanes, hit.id) + delta;
        if (target >= 0 && target < int(lanes.size()))
            edits.moveLane(hit.id, target);
    } else if (hit.kind == BlueprintView::Header::Stage) {
        const auto stages = ws.orderedStages(journey);
        const int target = indexOf(stages, hit.id) + delta;
        if (target >= 0 && target < int(stages.size()))
            edits.moveStage(hit.id, target);
    } else if (const Step *step = ws.find<Step>(hit.id)) {
        // Within its stage, or over the edge into the neighbouring stage.
        const auto siblings = ws.stepsOfStage(step->stage);
        const int target = indexOf(siblings, step->id) + delta;
        const auto stages = ws.orderedStages(journey);
        const int stage = indexOf(stages, step->stage);
        if (target >= 0 && target < int(siblings.size()))
            edits.moveStep(hit.id, step->stage, target);
        else if (delta < 0 && stage > 0)
            edits.moveStep(hit.id, stages[size_t(stage - 1)]->id, -1);
        else if (delta > 0 && stage + 1 < int(stages.size()))
            edits.moveStep(hit.id, stages[size_t(stage + 1)]->id, 0);
    }
}

// No question first: the status bar says what went, and Undo brings it back.
void CanvasCommands::removeHeader(const BlueprintView::HeaderHit &hit) {
    Document &document = documentOf(mView);
    const QString notice = RemovalNotice::of(document.workspace(), hit.kind, hit.id);
    Edits edits(document);
    bool removed = false;
    if (hit.kind == BlueprintView::Header::Stage)
        removed = edits.removeStage(hit.id);
    else if (hit.kind == BlueprintView::Header::Step)
        removed = edits.removeStep(hit.id);
    else if (hit.kind == BlueprintView::Header::Lane)
        removed = edits.removeLane(hit.id);
    if (removed && !notice.isEmpty())
        if (CanvasActions *actions = mView.actions())
            emit actions->message(notice);
}

} // namespace blauwdruk
