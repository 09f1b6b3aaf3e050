#include "canvasactions.h"
#include "actionicon.h"
#include "votetool.h"

#include "blueprintscene.h"
#include "blueprintview.h"
#include "canvascommands.h"
#include "canvasmenus.h"
#include "commentcommands.h"
#include "document.h"
#include "editinplacetool.h"
#include "labels.h"
#include "vocabulary.h"
#include "zoomableview.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QMenu>

namespace blauwdruk {

namespace {

using Header = BlueprintView::Header;

CanvasCommands commands(BlueprintView &view) {
    return CanvasCommands(view);
}

void renameCurrent(BlueprintView &view, Header kind) {
    view.editor()->renameHeader(commands(view).current(kind));
}

void moveCurrent(BlueprintView &view, Header kind, int delta) {
    commands(view).moveHeader(commands(view).current(kind), delta);
}

void removeCurrent(BlueprintView &view, Header kind) {
    commands(view).removeHeader(commands(view).current(kind));
}

} // namespace

CanvasActions::CanvasActions(QObject *parent)
    : QObject(parent) {
    makeCardActions();
    makeQuickCapture();
    makeCommentAction();
    makeStructureActions();
    makeViewActions();
    mKind = makeChoices(tr("&Kind"), QStringLiteral("kind"), vocabulary::cardKinds(),
                        &Labels::cardKind);
    mStatus = makeChoices(tr("&Status"), QStringLiteral("status"), vocabulary::cardStatuses(),
                          &Labels::cardStatus);
    // Paste is offered when there is something to paste.
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &CanvasActions::updateEnabled);
    mEvidence = makeChoices(tr("&Evidence"), QStringLiteral("evidence"),
                            vocabulary::evidenceLevels(), &Labels::evidence);
    updateEnabled();
}

CanvasActions::~CanvasActions() = default;

QAction *CanvasActions::create(Id id, const QString &text, const QString &statusTip,
                               const QList<QKeySequence> &keys, const char *icon) {
    auto *action = new QAction(text, this);
    action->setStatusTip(statusTip);
    action->setToolTip(actionToolTip(text, keys));
    action->setShortcuts(keys);
    if (icon)
        action->setIcon(actionIcon(icon));
    mActions[size_t(id)] = action;
    return action;
}

QAction *CanvasActions::make(Id id, const QString &text, const QString &statusTip,
                             const QList<QKeySequence> &keys, void (*run)(BlueprintView &),
                             const char *icon) {
    QAction *action = create(id, text, statusTip, keys, icon);
    connect(action, &QAction::triggered, this, [this, run] {
        if (mView)
            run(*mView);
    });
    return action;
}

QAction *CanvasActions::makeZoom(Id id, const QString &text, const QString &statusTip,
                                 const QList<QKeySequence> &keys, void (*run)(ZoomableView &),
                                 const char *icon) {
    QAction *action = create(id, text, statusTip, keys, icon);
    connect(action, &QAction::triggered, this, [this, run] {
        if (ZoomableView *view = zoomView())
            run(*view);
    });
    return action;
}

// One switch for the window: the canvas shown takes it over, and a canvas
// switched otherwise (session mode) shows here.
void CanvasActions::makeQuickCapture() {
    QAction *action = create(QuickCapture, tr("&Quick Capture"),
                             tr("Type on the canvas to add cards to the current cell: Enter adds "
                                "the next, Tab goes to the next cell, ! + ? set the kind"),
                             {}, nullptr);
    action->setCheckable(true);
    connect(action, &QAction::toggled, this, [this](bool on) {
        if (mView)
            mView->setQuickCapture(on);
    });
}

void CanvasActions::makeCardActions() {
    make(
        AddCard, tr("Add &Card"), tr("Add a card in the current cell and type its title"),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_Insert)},
        [](BlueprintView &v) { v.editor()->addCardIn(v.currentCell()); }, "list-add");
    make(
        EditCard, tr("&Edit Title"), tr("Type a new title for the selected card"),
        {QKeySequence(Qt::Key_F2)},
        [](BlueprintView &v) { v.editor()->editCard(v.selectedCardIds().value(0)); },
        "document-edit");
    make(
        DeleteCards, tr("&Delete"), tr("Delete the selected cards and their connections"),
        {QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)},
        [](BlueprintView &v) { commands(v).removeSelectedCards(); }, "edit-delete");
    make(
        Cut, tr("Cu&t"), tr("Move the selected cards to the clipboard"), {QKeySequence::Cut},
        [](BlueprintView &v) { commands(v).cutSelection(); }, "edit-cut");
    make(
        Copy, tr("&Copy"), tr("Copy the selected cards, to paste them here or elsewhere"),
        {QKeySequence::Copy}, [](BlueprintView &v) { commands(v).copySelection(); }, "edit-copy");
    make(
        Paste, tr("&Paste"), tr("Paste cards or lines of text into the current cell"),
        {QKeySequence::Paste}, [](BlueprintView &v) { commands(v).paste(); }, "edit-paste");
    make(Duplicate, tr("Dup&licate"), tr("Copy the selected cards into their own cells"),
         {QKeySequence(Qt::CTRL | Qt::Key_D)},
         [](BlueprintView &v) { commands(v).duplicateSelection(); });
    make(
        SelectAll, tr("Select &All"), tr("Select every card of the journey"),
        {QKeySequence::SelectAll}, [](BlueprintView &v) { commands(v).selectAll(); },
        "edit-select-all");
    make(
        Connect, tr("C&onnect Selected Cards"), tr("Draw an arrow between the two selected cards"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
        [](BlueprintView &v) { commands(v).connectSelected(); }, "insert-link");
    make(
        MoveCardsLeft, tr("Move to the &Left"), tr("Move the selected cards one step back"),
        {QKeySequence(Qt::CTRL | Qt::Key_Left)},
        [](BlueprintView &v) { commands(v).moveSelectedCards(-1, 0); }, "go-previous");
    make(
        MoveCardsRight, tr("Move to the &Right"), tr("Move the selected cards one step on"),
        {QKeySequence(Qt::CTRL | Qt::Key_Right)},
        [](BlueprintView &v) { commands(v).moveSelectedCards(1, 0); }, "go-next");
    make(
        MoveCardsUp, tr("Move &Up"), tr("Move the selected cards to the lane above"),
        {QKeySequence(Qt::CTRL | Qt::Key_Up)},
        [](BlueprintView &v) { commands(v).moveSelectedCards(0, -1); }, "go-up");
    make(
        MoveCardsDown, tr("Move Do&wn"), tr("Move the selected cards to the lane below"),
        {QKeySequence(Qt::CTRL | Qt::Key_Down)},
        [](BlueprintView &v) { commands(v).moveSelectedCards(0, 1); }, "go-down");
}

void CanvasActions::makeCommentAction() {
    QAction *comment = create(AddComment, tr("Add Co&mment…"),
                              tr("Comment on the selected card, else on the current step"),
                              {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M)}, "mail-message-new");
    connect(comment, &QAction::triggered, this, [this] {
        if (mView)
            addComment(*mView);
    });
}

// On the selected card, else the current cell's step, else the journey.
void CanvasActions::addComment(BlueprintView &view) {
    const BlueprintScene *scene = view.blueprintScene();
    const Workspace &ws = scene->document()->workspace();
    QString target = view.selectedCardIds().value(0);
    if (target.isEmpty() && ws.find<Step>(view.currentCell().step))
        target = view.currentCell().step;
    if (target.isEmpty())
        target = scene->journeyId();
    CommentCommands commands(*scene->document(), &view);
    const QString id = commands.add(target);
    if (!commands.message().isEmpty())
        emit message(commands.message());
    if (!id.isEmpty())
        emit commentAdded(id);
}

void CanvasActions::makeStructureActions() {
    make(InsertStageBefore, tr("Insert Stage &Before"), tr("Insert a stage before the current one"),
         {}, [](BlueprintView &v) { commands(v).insertStage(0); });
    make(InsertStageAfter, tr("Insert &Stage After"), tr("Insert a stage after the current one"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
         [](BlueprintView &v) { commands(v).insertStage(1); });
    make(RenameStage, tr("Rename Stage"), tr("Type a new name for the current stage"), {},
         [](BlueprintView &v) { renameCurrent(v, Header::Stage); });
    make(MoveStageLeft, tr("Move Stage Left"), tr("Move the current stage one place back"), {},
         [](BlueprintView &v) { moveCurrent(v, Header::Stage, -1); });
    make(MoveStageRight, tr("Move Stage Right"), tr("Move the current stage one place on"), {},
         [](BlueprintView &v) { moveCurrent(v, Header::Stage, 1); });
    make(DeleteStage, tr("Delete Stage"), tr("Delete the current stage with its steps and cards"),
         {}, [](BlueprintView &v) { removeCurrent(v, Header::Stage); });
    make(InsertStepBefore, tr("Insert Step B&efore"), tr("Insert a step before the current one"),
         {}, [](BlueprintView &v) { commands(v).insertStep(0); });
    make(InsertStepAfter, tr("Insert S&tep After"), tr("Insert a step after the current one"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
         [](BlueprintView &v) { commands(v).insertStep(1); });
    make(RenameStep, tr("Rename Step"), tr("Type a new name for the current step"), {},
         [](BlueprintView &v) { renameCurrent(v, Header::Step); });
    make(MoveStepLeft, tr("Move Step Left"), tr("Move the current step one place back"), {},
         [](BlueprintView &v) { moveCurrent(v, Header::Step, -1); });
    make(MoveStepRight, tr("Move Step Right"), tr("Move the current step one place on"), {},
         [](BlueprintView &v) { moveCurrent(v, Header::Step, 1); });
    make(DeleteStep, tr("Delete Step"), tr("Delete the current step with its cards"), {},
         [](BlueprintView &v) { removeCurrent(v, Header::Step); });
    make(InsertLaneAbove, tr("Insert Lane Abo&ve"), tr("Insert a lane above the current one"), {},
         [](BlueprintView &v) { commands(v).insertLane(0); });
    make(InsertLaneBelow, tr("Insert &Lane Below"), tr("Insert a lane below the current one"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
         [](BlueprintView &v) { commands(v).insertLane(1); });
    make(RenameLane, tr("Rename Lane"), tr("Type a new name for the current lane"), {},
         [](BlueprintView &v) { renameCurrent(v, Header::Lane); });
    make(MoveLaneUp, tr("Move Lane Up"), tr("Move the current lane one place up"), {},
         [](BlueprintView &v) { moveCurrent(v, Header::Lane, -1); });
    make(MoveLaneDown, tr("Move Lane Down"), tr("Move the current lane one place down"), {},
         [](BlueprintView &v) { moveCurrent(v, Header::Lane, 1); });
    make(DeleteLane, tr("Delete Lane"), tr("Delete the current lane with its cards"), {},
         [](BlueprintView &v) { removeCurrent(v, Header::Lane); });
}

void CanvasActions::makeViewActions() {
    makeZoom(
        ZoomIn, tr("Zoom &In"), tr("Show the blueprint larger"),
        {standardKey(QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Plus))},
        [](ZoomableView &v) { v.zoomIn(); }, "zoom-in");
    makeZoom(
        ZoomOut, tr("Zoom &Out"), tr("Show more of the blueprint"),
        {standardKey(QKeySequence::ZoomOut, QKeySequence(Qt::CTRL | Qt::Key_Minus))},
        [](ZoomableView &v) { v.zoomOut(); }, "zoom-out");
    makeZoom(
        FitToWindow, tr("&Fit to Window"), tr("Show the whole blueprint"),
        {QKeySequence(Qt::CTRL | Qt::Key_9)}, [](ZoomableView &v) { v.fitToView(); },
        "zoom-fit-best");
    makeZoom(
        ActualSize, tr("&Actual Size"), tr("Show the blueprint at 100 %"),
        {QKeySequence(Qt::CTRL | Qt::Key_0)}, [](ZoomableView &v) { v.showActualSize(); },
        "zoom-original");
}

std::unique_ptr<QMenu> CanvasActions::makeChoices(const QString &title, const QString &field,
                                                  const QStringList &values,
                                                  QString (*label)(const QString &)) {
    auto menu = std::make_unique<QMenu>(title);
    auto *group = new QActionGroup(this);
    for (const QString &value : values) {
        QAction *choice = menu->addAction(label(value));
        choice->setCheckable(true);
        choice->setData(value);
        choice->setStatusTip(
            tr("Set the selected cards' %1 to “%2”")
                .arg(QString(title).remove(QLatin1Char('&')).toLower(), label(value)));
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, field, value] {
            if (mView)
                CanvasCommands(*mView).setCardField(field, value);
        });
    }
    // The check marks show the first selected card's value as the menu opens.
    connect(menu.get(), &QMenu::aboutToShow, this, [this, field, menu = menu.get()] {
        const QStringList ids = mView ? mView->selectedCardIds() : QStringList();
        const QString current = ids.isEmpty() ? QString()
                                              : mView->blueprintScene()
                                                    ->document()
                                                    ->workspace()
                                                    .field(EntityType::Card, ids.first(), field)
                                                    .toString();
        for (QAction *choice : menu->actions())
            choice->setChecked(choice->data().toString() == current);
    });
    return menu;
}

QList<QAction *> CanvasActions::all() const {
    QList<QAction *> list(mActions.begin(), mActions.end());
    for (QMenu *menu : {mKind.get(), mStatus.get(), mEvidence.get()})
        list << menu->actions();
    return list;
}

BlueprintView *CanvasActions::view() const {
    return mView;
}

void CanvasActions::setView(BlueprintView *view) {
    if (view == mView)
        return;
    dropView();
    mView = view;
    if (view) {
        auto update = [this] { updateEnabled(); };
        mViewConnections << connect(view->blueprintScene(), &QGraphicsScene::selectionChanged, this,
                                    update)
                         << connect(view, &BlueprintView::currentCellChanged, this,
                                    [this] {
                                        updateEnabled();
                                        QMetaObject::invokeMethod(this, &CanvasActions::hintForCell,
                                                                  Qt::QueuedConnection);
                                    })
                         << connect(view->blueprintScene()->document(), &Document::changed, this,
                                    update)
                         << connect(view->blueprintScene()->document(),
                                    &Document::reviewModeChanged, this, update)
                         << connect(view, &BlueprintView::quickCaptureChanged, action(QuickCapture),
                                    &QAction::setChecked)
                         // A view destroyed is no BlueprintView any more: not compared.
                         << connect(view, &QObject::destroyed, this, [this] { dropView(); });
        view->setQuickCapture(action(QuickCapture)->isChecked());
    }
    updateEnabled();
}

void CanvasActions::setZoomView(QWidget *view) {
    Q_ASSERT(!view || dynamic_cast<ZoomableView *>(view));
    disconnect(mZoomViewGone);
    mZoomView = view;
    if (view)
        mZoomViewGone = connect(view, &QObject::destroyed, this, [this] { updateEnabled(); });
    updateEnabled();
}

// The canvas when there is one, else the other view.
ZoomableView *CanvasActions::zoomView() const {
    if (mView)
        return mView.data();
    return dynamic_cast<ZoomableView *>(mZoomView.data());
}

void CanvasActions::dropView() {
    for (const QMetaObject::Connection &connection : std::as_const(mViewConnections))
        disconnect(connection);
    mViewConnections.clear();
    mView.clear();
    updateEnabled();
}

// The keys work in the canvas's whole window (CanvasKeyGuard leaves the
// ones a text field uses to the field); added to the view, they work where
// the canvas has no menu bar around it too.
void CanvasActions::attach(BlueprintView *view) {
    view->setActions(this);
    for (QAction *each : mActions)
        view->addAction(each);
    if (!mView)
        setView(view);
}

// Enter edits the one selected card, else adds one: the status bar says
// what Enter and Insert will do here, once the arrow key has moved both the
// cell and the selection.
void CanvasActions::hintForCell() {
    if (!mView || !mView->hasFocus())
        return;
    const BlueprintView::Cell cell = mView->currentCell();
    const Document *document = mView->blueprintScene()->document();
    const Lane *lane = document->workspace().find<Lane>(cell.lane);
    if (!cell.isValid() || !lane || document->isContentLocked())
        return;
    const bool selected = mView->selectedCardIds().size() == 1;
    if (isEmotionLane(*lane))
        emit message(emotionLaneMessage());
    else if (mView->voteTool()->isEntering()) // digits are votes now
        emit message(selected ? tr("Type the dots for the selected card; Alt+Down and Alt+Up "
                                   "select the next card in the cell, Tab the next participant.")
                              : tr("No card here to vote on: the arrow keys go to a cell with "
                                   "cards, Alt+Down selects its next card."));
    else if (mView->isQuickCapture()) // typing adds: say so, with the prefixes
        emit message(selected ? tr("Type to add a card here (! pain point, + opportunity, "
                                   "? question); Enter edits the selected card.")
                              : tr("Type to add a card here (! pain point, + opportunity, "
                                   "? question)."));
    else if (selected)
        emit message(tr("Enter edits the selected card; Insert (or Ctrl+Enter) adds another card "
                        "to this cell."));
    else
        emit message(tr("Enter or Insert adds a card to this cell."));
}

void CanvasActions::activate(Id id) {
    updateEnabled();
    if (action(id)->isEnabled())
        action(id)->trigger();
    else
        emit message(whyDisabled(id));
}

void CanvasActions::showContextMenu(BlueprintView *view, QContextMenuEvent *event) {
    setView(view);
    CanvasMenus(*this, *view).exec(event);
}

} // namespace blauwdruk
