#include "outlinestructure.h"

#include "document.h"
#include "edits.h"
#include "outlinemodel.h"
#include "plaintext.h"

#include <QInputDialog>
#include <QLineEdit>

#include <algorithm>

namespace blauwdruk {

namespace {

template <class T> int indexIn(const std::vector<const T *> &list, const QString &id) {
    const auto found =
        std::find_if(list.begin(), list.end(), [&](const T *each) { return each->id == id; });
    return found == list.end() ? -1 : int(found - list.begin());
}

} // namespace

OutlineStructure::OutlineStructure(Document &document, QWidget *dialogParent, int row,
                                   const QString &id, const QString &step)
    : mDocument(document)
    , mParent(dialogParent)
    , mRow(row)
    , mId(id)
    , mStep(step) {}

QString OutlineStructure::ask(const QString &title, const QString &label, const QString &text) {
    bool ok = false;
    const QString answer =
        QInputDialog::getText(mParent, title, label, QLineEdit::Normal, text, &ok).trimmed();
    return ok ? answer : QString();
}

QString OutlineStructure::done(const Edits &edits, const QString &key) {
    if (!edits.error().isEmpty()) {
        mMessage = edits.error();
        return QString();
    }
    return key;
}

QString OutlineStructure::rename() {
    const Workspace &ws = mDocument.workspace();
    EntityType type = EntityType::Stage;
    QString before;
    QString label;
    if (const Stage *stage = mRow == OutlineModel::StageRow ? ws.find<Stage>(mId) : nullptr) {
        before = stage->title;
        label = tr("Stage title:");
    } else if (const Step *step = mRow == OutlineModel::StepRow ? ws.find<Step>(mId) : nullptr) {
        type = EntityType::Step;
        before = step->title;
        label = tr("Step title:");
    } else if (const Lane *lane = mRow == OutlineModel::LaneRow ? ws.find<Lane>(mId) : nullptr) {
        type = EntityType::Lane;
        before = lane->title;
        label = tr("Lane title (in every step):");
    } else {
        mMessage = tr("An arrow has no title: Del removes it.");
        return QString();
    }
    // A copy of the id: the dialog's event loop may change the document.
    const QString id = mId;
    const QString title = ask(tr("Rename"), label, before);
    if (title.isEmpty() || title == before)
        return QString();
    Edits edits(mDocument);
    edits.setField(type, {id}, QStringLiteral("title"), title);
    return done(edits, mRow == OutlineModel::LaneRow ? mStep + u'/' + id : id);
}

QString OutlineStructure::remove() {
    const Workspace &ws = mDocument.workspace();
    if (mRow == OutlineModel::ConnectionRow) {
        Edits edits(mDocument);
        edits.removeConnection(mId);
        return done(edits, mId);
    }
    // What goes with it, said before it goes (Ctrl+Z brings it back).
    int cards = 0;
    QString what;
    for (const Card &card : ws.cards) {
        const bool inside = (mRow == OutlineModel::StepRow && card.step == mId) ||
                            (mRow == OutlineModel::LaneRow && card.lane == mId) ||
                            (mRow == OutlineModel::StageRow && ws.find<Step>(card.step) &&
                             ws.find<Step>(card.step)->stage == mId);
        cards += inside ? 1 : 0;
    }
    if (const Stage *stage = mRow == OutlineModel::StageRow ? ws.find<Stage>(mId) : nullptr)
        what = tr("the stage “%1” with its steps").arg(stage->title);
    else if (const Step *step = mRow == OutlineModel::StepRow ? ws.find<Step>(mId) : nullptr)
        what = tr("the step “%1”").arg(step->title);
    else if (const Lane *lane = mRow == OutlineModel::LaneRow ? ws.find<Lane>(mId) : nullptr)
        what = tr("the lane “%1” in every step").arg(lane->title);
    else
        return QString();
    const QString id = mId;
    if (cards > 0 &&
        PlainText::question(
            mParent, tr("Delete"),
            cards == 1 ? tr("Delete %1 and the card in it? Ctrl+Z brings it back.").arg(what)
                       : tr("Delete %1 and the %2 cards in it? Ctrl+Z brings "
                            "them back.")
                             .arg(what)
                             .arg(cards),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return QString();
    Edits removing(mDocument);
    if (mRow == OutlineModel::StageRow)
        removing.removeStage(id);
    else if (mRow == OutlineModel::StepRow)
        removing.removeStep(id);
    else
        removing.removeLane(id);
    return done(removing, id);
}

QString OutlineStructure::move(int delta) {
    const Workspace &ws = mDocument.workspace();
    Edits edits(mDocument);
    if (mRow == OutlineModel::StageRow) {
        const Stage *stage = ws.find<Stage>(mId);
        const auto stages = ws.orderedStages(stage ? stage->journey : QString());
        const int to = indexIn(stages, mId) + delta;
        if (!stage || to < 0 || to >= int(stages.size()))
            return QString();
        edits.moveStage(mId, to);
        return done(edits, mId);
    }
    if (mRow == OutlineModel::StepRow) {
        const Step *step = ws.find<Step>(mId);
        if (!step)
            return QString();
        const auto steps = ws.stepsOfStage(step->stage);
        const int to = indexIn(steps, mId) + delta;
        if (to < 0 || to >= int(steps.size())) {
            mMessage = tr("The step is at the edge of its stage; move the stage, or the step on "
                          "the canvas.");
            return QString();
        }
        edits.moveStep(mId, step->stage, to);
        return done(edits, mId);
    }
    const Lane *lane = ws.find<Lane>(mId);
    const auto lanes = ws.orderedLanes(lane ? lane->journey : QString());
    const int to = indexIn(lanes, mId) + delta;
    if (!lane || to < 0 || to >= int(lanes.size()))
        return QString();
    edits.moveLane(mId, to);
    return done(edits, mStep + u'/' + mId);
}

QString OutlineStructure::addStep() {
    const Workspace &ws = mDocument.workspace();
    QString stage;
    int index = -1;
    if (mRow == OutlineModel::StageRow) {
        stage = mId;
    } else if (const Step *step = ws.find<Step>(mRow == OutlineModel::StepRow ? mId : mStep)) {
        stage = step->stage;
        index = indexIn(ws.stepsOfStage(stage), step->id) + 1;
    }
    if (stage.isEmpty())
        return QString();
    const QString title = ask(tr("Add Step"), tr("Step title:"));
    if (title.isEmpty())
        return QString();
    Edits edits(mDocument);
    const QString id = edits.addStep(stage, title, index);
    return done(edits, id);
}

QString OutlineStructure::addStageOrLane() {
    const Workspace &ws = mDocument.workspace();
    if (mRow == OutlineModel::StageRow) {
        const Stage *stage = ws.find<Stage>(mId);
        if (!stage)
            return QString();
        const QString journey = stage->journey;
        const int index = indexIn(ws.orderedStages(journey), mId) + 1;
        const QString title = ask(tr("Add Stage"), tr("Stage title:"));
        if (title.isEmpty())
            return QString();
        // A stage without steps has no columns: it starts with one.
        Edits edits(mDocument);
        const QString id = edits.addStage(journey, title, index, tr("New step"));
        return done(edits, id);
    }
    if (mRow == OutlineModel::LaneRow) {
        const Lane *lane = ws.find<Lane>(mId);
        if (!lane)
            return QString();
        const QString journey = lane->journey;
        const QString kind = lane->kind; // of the same kind as the lane above it
        const int index = indexIn(ws.orderedLanes(journey), mId) + 1;
        const QString step = mStep;
        const QString title = ask(tr("Add Lane"), tr("Lane title:"));
        if (title.isEmpty())
            return QString();
        Edits edits(mDocument);
        const QString id = edits.addLane(journey, kind, title, index);
        return done(edits, step + u'/' + id);
    }
    mMessage = tr("Go to a stage (a new stage follows it) or a lane (a new lane goes below it).");
    return QString();
}

} // namespace blauwdruk
