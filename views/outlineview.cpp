#include "outlineview.h"

#include "canvasactions.h"
#include "commentcommands.h"
#include "document.h"
#include "edits.h"
#include "outlinemodel.h"
#include "outlinestructure.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QScopedValueRollback>
#include <QTreeView>
#include <QVBoxLayout>

#include <optional>

namespace blauwdruk {

OutlineView::OutlineView(QWidget *parent)
    : QWidget(parent)
    , mModel(new OutlineModel(this))
    , mTree(new QTreeView(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTree);
    mTree->setModel(mModel);
    mTree->header()->hide();
    mTree->setUniformRowHeights(true);
    mTree->setAccessibleName(tr("Blueprint outline"));
    mTree->setAccessibleDescription(
        tr("Stages, steps, lanes, cards and their arrows. Ins adds a card to a lane or a step "
           "to a stage, Shift+Ins a stage or a lane, F2 edits or renames, Del removes, "
           "Alt+arrows move, Ctrl+Shift+K connects a card, Ctrl+Alt+M comments. The context "
           "menu has them all."));
    mTree->installEventFilter(this);
    mTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mTree, &QWidget::customContextMenuRequested, this, &OutlineView::showMenu);
    setFocusProxy(mTree);
    // A rebuild loses the current row: keep it by entity id.
    connect(mModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (mKeep.isEmpty())
            mKeep = currentKey();
    });
    connect(mModel, &OutlineModel::rebuilt, this, [this] {
        mTree->expandAll();
        setCurrentId(mKeep);
        mKeep.clear();
    });
    // The user's moves through the tree choose a card; restoring the row
    // after a rebuild, or following the canvas, does not (it would undo a
    // selection of several cards made on the canvas).
    connect(mTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (mRestoring || !current.isValid())
                    return;
                const QString id = current.data(OutlineModel::IdRole).toString();
                switch (current.data(OutlineModel::TypeRole).toInt()) {
                case OutlineModel::CardRow:
                    emit cardChosen(id);
                    break;
                case OutlineModel::StageRow:
                    emit placeChosen(id, {}, {});
                    break;
                case OutlineModel::StepRow:
                    emit placeChosen({}, id, {});
                    break;
                case OutlineModel::LaneRow:
                    emit placeChosen({}, current.data(OutlineModel::StepRole).toString(), id);
                    break;
                case OutlineModel::ConnectionRow:
                    emit connectionChosen(id);
                    break;
                default:
                    break;
                }
            });
}

void OutlineView::setDocument(Document *document) {
    mDocument = document;
    mModel->setDocument(document);
    mTree->expandAll();
}

void OutlineView::setJourney(const QString &journey) {
    mModel->setJourney(journey);
    mTree->expandAll();
}

QString OutlineView::currentKey() const {
    return OutlineModel::keyOf(mTree->currentIndex());
}

QString OutlineView::currentId() const {
    return mTree->currentIndex().data(OutlineModel::IdRole).toString();
}

void OutlineView::setCurrentId(const QString &id) {
    const QModelIndex index = mModel->indexOf(id);
    if (!index.isValid())
        return;
    const QScopedValueRollback restoring(mRestoring, true);
    mTree->setCurrentIndex(index);
}

// The outline's own commands, each a key and an entry of the context menu.
// The window has the same keys for the canvas (Insert, Delete, F2, …):
// while the outline has the focus, they act on its current row instead.
static const struct {
    OutlineView::Command command;
    int key;
    Qt::KeyboardModifiers modifiers;
} kKeys[] = {
    {OutlineView::AddCard, Qt::Key_Insert, Qt::NoModifier},
    {OutlineView::EditCard, Qt::Key_F2, Qt::NoModifier},
    {OutlineView::RemoveCard, Qt::Key_Delete, Qt::NoModifier},
    {OutlineView::ConnectCard, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier},
    {OutlineView::CommentOn, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier},
    {OutlineView::MoveLeft, Qt::Key_Left, Qt::AltModifier},
    {OutlineView::MoveRight, Qt::Key_Right, Qt::AltModifier},
    {OutlineView::MoveUp, Qt::Key_Up, Qt::AltModifier},
    {OutlineView::MoveDown, Qt::Key_Down, Qt::AltModifier},
    {OutlineView::AddStructure, Qt::Key_Insert, Qt::ShiftModifier},
};

static std::optional<OutlineView::Command> commandOf(const QKeyEvent *key) {
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    for (const auto &entry : kKeys)
        if (entry.key == key->key() && entry.modifiers == modifiers)
            return entry.command;
    return std::nullopt;
}

bool OutlineView::eventFilter(QObject *watched, QEvent *event) {
    const bool key = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    if (watched != mTree || !key)
        return QWidget::eventFilter(watched, event);
    const auto *pressed = static_cast<QKeyEvent *>(event);
    // Shift+F10 opens the context menu, as the Menu key does.
    if (pressed->key() == Qt::Key_F10 && pressed->modifiers() == Qt::ShiftModifier) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            showMenu(QPoint());
        return true;
    }
    const std::optional<Command> command = commandOf(pressed);
    if (!command)
        return QWidget::eventFilter(watched, event);
    event->accept();
    if (event->type() == QEvent::KeyPress)
        run(*command);
    return true;
}

void OutlineView::run(Command command) {
    runCommand(command);
    // The card the command made or changed is the canvas's selection too, so
    // what the Inspector and the window's Delete act on is what was done here.
    if (currentType() == OutlineModel::CardRow)
        emit cardChosen(currentId());
}

void OutlineView::runCommand(Command command) {
    const int type = currentType();
    const bool structure = type == OutlineModel::StageRow || type == OutlineModel::StepRow ||
                           type == OutlineModel::ConnectionRow ||
                           (type == OutlineModel::LaneRow && command != AddCard);
    if (structure && command != CommentOn) {
        runOnStructure(command);
        return;
    }
    if (command == AddStructure) {
        emit message(tr("Go to a stage (a new stage follows it) or a lane (a new lane goes "
                        "below it)."));
        return;
    }
    const bool needsCard = command != AddCard && command != CommentOn;
    if (needsCard && !currentCard()) {
        emit message(tr("Go to a card first: these keys act on the card you are on."));
        return;
    }
    switch (command) {
    case AddCard:
        addCardHere();
        break;
    case EditCard:
        editCurrent();
        break;
    case RemoveCard:
        removeCurrent();
        break;
    case ConnectCard:
        connectCurrent();
        break;
    case CommentOn:
        commentOnCurrent();
        break;
    case MoveLeft:
        moveCurrent(-1, 0);
        break;
    case MoveRight:
        moveCurrent(1, 0);
        break;
    case MoveUp:
        moveCurrent(0, -1);
        break;
    case MoveDown:
        moveCurrent(0, 1);
        break;
    }
}

// The row that takes the current one's place when it goes: the next one
// beside it, else the one above it in the tree.
QString OutlineView::neighbourKey() const {
    const QModelIndex index = mTree->currentIndex();
    const QModelIndex next = index.siblingAtRow(index.row() + 1).isValid()
                                 ? index.siblingAtRow(index.row() + 1)
                                 : index.parent();
    return OutlineModel::keyOf(next);
}

void OutlineView::runOnStructure(Command command) {
    if (!mDocument)
        return;
    if (mDocument->isReadOnly()) {
        emit message(CanvasActions::readOnlyMessage());
        return;
    }
    const int type = currentType();
    const bool lane = type == OutlineModel::LaneRow;
    const bool arrow = type == OutlineModel::ConnectionRow;
    OutlineStructure structure(*mDocument, this, type, currentId(),
                               mTree->currentIndex().data(OutlineModel::StepRole).toString());
    QString key;
    switch (command) {
    case EditCard:
        key = structure.rename();
        break;
    case RemoveCard: {
        const QString next = neighbourKey();
        if (!structure.remove().isEmpty())
            key = next;
        break;
    }
    case MoveLeft:
    case MoveRight:
        if (lane || arrow)
            emit message(tr("A lane moves up and down (Alt+Up, Alt+Down)."));
        else
            key = structure.move(command == MoveLeft ? -1 : 1);
        break;
    case MoveUp:
    case MoveDown:
        if (lane)
            key = structure.move(command == MoveUp ? -1 : 1);
        else
            emit message(tr("Stages and steps move left and right (Alt+Left, Alt+Right)."));
        break;
    case AddCard:
        if (arrow)
            emit message(tr("Go to a lane under a step (or a card in it): the new card goes "
                            "there."));
        else
            key = structure.addStep();
        break;
    case AddStructure:
        key = structure.addStageOrLane();
        break;
    case ConnectCard:
    case CommentOn:
        emit message(tr("Go to a card first: these keys act on the card you are on."));
        break;
    }
    if (!structure.message().isEmpty())
        emit message(structure.message());
    if (!key.isEmpty())
        setCurrentId(key);
}

int OutlineView::currentType() const {
    const QModelIndex index = mTree->currentIndex();
    return index.isValid() ? index.data(OutlineModel::TypeRole).toInt() : -1;
}

// The context menu (the Menu key or a right click): what can be done with
// the current row, with the keys that do it.
void OutlineView::showMenu(const QPoint &at) {
    const int type = currentType();
    const bool card = type == OutlineModel::CardRow;
    const bool writable = mDocument && !mDocument->isReadOnly();
    QMenu menu(this);
    const auto add = [&](const QString &text, Command command, bool enabled) {
        QAction *action = menu.addAction(text, this, [this, command] { run(command); });
        for (const auto &entry : kKeys)
            if (entry.command == command)
                action->setShortcut(QKeySequence(entry.key | int(entry.modifiers)));
        action->setEnabled(enabled);
    };
    const bool stage = type == OutlineModel::StageRow;
    const bool step = type == OutlineModel::StepRow;
    const bool lane = type == OutlineModel::LaneRow;
    if (stage || step) {
        add(tr("Add &Step…"), AddCard, writable);
        if (stage)
            add(tr("Add St&age After…"), AddStructure, writable);
        add(tr("&Rename…"), EditCard, writable);
        if (step)
            add(tr("Add Co&mment…"), CommentOn, mDocument != nullptr);
        menu.addSeparator();
        add(tr("Move to the &Left"), MoveLeft, writable);
        add(tr("Move to the R&ight"), MoveRight, writable);
    } else if (lane) {
        add(tr("Add &Card…"), AddCard, writable);
        add(tr("Add &Lane Below…"), AddStructure, writable);
        add(tr("&Rename Lane…"), EditCard, writable);
        menu.addSeparator();
        add(tr("Move Lane &Up"), MoveUp, writable);
        add(tr("Move Lane Do&wn"), MoveDown, writable);
    } else if (type == OutlineModel::ConnectionRow) {
        // An arrow is only removed (and drawn again from its card).
    } else {
        add(tr("Add &Card…"), AddCard, writable && card);
        add(tr("&Edit Title…"), EditCard, writable && card);
        add(tr("C&onnect To…"), ConnectCard, writable && card);
        add(tr("Add Co&mment…"), CommentOn, mDocument && card);
        menu.addSeparator();
        add(tr("Move to the &Left"), MoveLeft, writable && card);
        add(tr("Move to the &Right"), MoveRight, writable && card);
        add(tr("Move &Up a Lane"), MoveUp, writable && card);
        add(tr("Move Do&wn a Lane"), MoveDown, writable && card);
    }
    menu.addSeparator();
    add(tr("&Delete"), RemoveCard, writable && type >= 0);
    const QRect row = mTree->visualRect(mTree->currentIndex());
    const QPoint place = at.isNull() || !mTree->indexAt(at).isValid() ? row.bottomLeft() : at;
    menu.exec(mTree->viewport()->mapToGlobal(place));
}

// Says why nothing happened, for the window's status bar.
void OutlineView::report(const Edits &edits) {
    if (!edits.error().isEmpty())
        emit message(edits.error());
}

void OutlineView::removeCurrent() {
    const QModelIndex index = mTree->currentIndex();
    if (!mDocument || index.data(OutlineModel::TypeRole).toInt() != OutlineModel::CardRow)
        return;
    // The neighbour row becomes current, so the keyboard stays in the tree.
    const QModelIndex next = index.siblingAtRow(index.row() + 1).isValid()
                                 ? index.siblingAtRow(index.row() + 1)
                                 : index.parent();
    mKeep = OutlineModel::keyOf(next);
    Edits edits(*mDocument);
    edits.removeCards({index.data(OutlineModel::IdRole).toString()});
    report(edits);
}

void OutlineView::moveCurrent(int stepDelta, int laneDelta) {
    const QModelIndex index = mTree->currentIndex();
    if (!mDocument || index.data(OutlineModel::TypeRole).toInt() != OutlineModel::CardRow)
        return;
    const Workspace &ws = mDocument->workspace();
    const Card *card = ws.find<Card>(index.data(OutlineModel::IdRole).toString());
    if (!card)
        return;
    const auto steps = ws.orderedSteps(card->journey);
    const auto lanes = OutlineModel::cardLanes(ws, card->journey);
    int step = -1;
    int lane = -1;
    for (size_t i = 0; i < steps.size(); ++i)
        if (steps[i]->id == card->step)
            step = int(i);
    for (size_t i = 0; i < lanes.size(); ++i)
        if (lanes[i]->id == card->lane)
            lane = int(i);
    step += stepDelta;
    lane += laneDelta;
    if (step < 0 || lane < 0 || step >= int(steps.size()) || lane >= int(lanes.size()))
        return;
    mKeep = card->id;
    Edits edits(*mDocument);
    edits.moveCards({card->id}, steps[step]->id, lanes[lane]->id, -1);
    report(edits);
}

// On a lane, the card goes last in it; on a card, right after that card.
void OutlineView::addCardHere() {
    const QModelIndex current = mTree->currentIndex();
    const bool onCard = currentType() == OutlineModel::CardRow;
    const QModelIndex index = onCard ? current.parent() : current;
    if (!mDocument)
        return;
    if (index.data(OutlineModel::TypeRole).toInt() != OutlineModel::LaneRow) {
        emit message(tr("Go to a lane under a step (or a card in it): the new card goes there."));
        return;
    }
    // Read before the dialog: a rebuild while it is open (a live session's
    // card arriving) would leave the indexes pointing at nothing.
    const QString step = index.data(OutlineModel::StepRole).toString();
    const QString lane = index.data(OutlineModel::IdRole).toString();
    const int place = onCard ? current.row() + 1 : -1;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Add card"), tr("Card title:"),
                                                QLineEdit::Normal, QString(), &ok);
    if (!ok || title.trimmed().isEmpty() || !mDocument)
        return;
    Edits edits(*mDocument);
    const QString id = edits.addCard(step, lane, title.trimmed(), QStringLiteral("note"), place);
    report(edits);
    setCurrentId(id);
}

// The dialog runs an event loop in which the document may change (a live
// session's card arrives): after it, only copies of the card are used.
void OutlineView::editCurrent() {
    const Card *card = currentCard();
    if (!card)
        return;
    const QString id = card->id;
    const QString before = card->title;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Edit Title"), tr("Card title:"),
                                                QLineEdit::Normal, before, &ok);
    if (!ok || title.trimmed() == before || !mDocument)
        return;
    mKeep = id;
    Edits edits(*mDocument);
    edits.setField(EntityType::Card, {id}, QStringLiteral("title"), title.trimmed());
    report(edits);
}

// The arrow goes from the current card to the one chosen from the others
// of the journey, each named by its full sentence.
void OutlineView::connectCurrent() {
    const Card *current = currentCard();
    if (!current)
        return;
    // Copies: the dialog's event loop may change the document.
    const QString from = current->id;
    const QString fromTitle = current->title;
    // In the outline's order, named by title first so typing finds one;
    // the card after this one is offered first, for an arrow forwards.
    QStringList names;
    QStringList ids;
    int offered = 0;
    for (const Card *card : mModel->cardsInOrder()) {
        if (card->id == from) {
            offered = int(ids.size());
            continue;
        }
        names << mModel->cardPlace(*card);
        ids << card->id;
    }
    if (ids.isEmpty())
        return;
    // Two cards of one title in one cell stay two choices.
    for (qsizetype i = 1; i < names.size(); ++i) {
        const QString base = names.at(i);
        for (int n = 2; names.indexOf(names.at(i)) < i; ++n)
            names[i] = base + QStringLiteral(" (%1)").arg(n);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Connect To"), tr("Draw an arrow from “%1” to:").arg(fromTitle), names,
        qMin(offered, int(names.size()) - 1), false, &ok);
    if (!ok || names.indexOf(chosen) < 0 || !mDocument)
        return;
    mKeep = from;
    Edits edits(*mDocument);
    edits.addConnection(from, ids.at(names.indexOf(chosen)));
    report(edits);
}

// On the current card, else the current step (as on the canvas).
void OutlineView::commentOnCurrent() {
    const int type = currentType();
    if (!mDocument)
        return;
    if (type != OutlineModel::CardRow && type != OutlineModel::StepRow) {
        emit message(tr("Go to a card or a step: the comment is on it."));
        return;
    }
    mKeep = currentKey();
    CommentCommands commands(*mDocument, this);
    commands.add(currentId());
    if (!commands.message().isEmpty())
        emit message(commands.message());
}

const Card *OutlineView::currentCard() const {
    if (!mDocument || currentType() != OutlineModel::CardRow)
        return nullptr;
    return mDocument->workspace().find<Card>(currentId());
}

} // namespace blauwdruk
