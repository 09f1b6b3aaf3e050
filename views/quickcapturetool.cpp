#include "quickcapturetool.h"

#include "blueprintscene.h"
#include "blueprintstyle.h"
#include "canvasactions.h"
#include "document.h"
#include "edits.h"
#include "theme.h"

#include <QKeyEvent>
#include <QScrollBar>

#include <algorithm>

namespace blauwdruk {

namespace {

// The draft's type on screen: as large as the cards' at the zoom, and never
// smaller than the back of a room can read.
int draftTextSize(qreal zoom) {
    return std::max(20, int(Theme::canvas().font(13).pixelSize() * zoom));
}

} // namespace

QuickCaptureTool::QuickCaptureTool(BlueprintView *view)
    : CanvasTool(view) {}

QuickCaptureTool::~QuickCaptureTool() {
    delete mDraft; // a child of the viewport, which may outlive the tool by a moment
}

void QuickCaptureTool::setEnabled(bool on) {
    if (on == mEnabled)
        return;
    mEnabled = on;
    if (!on && mDraft) { // what was typed is kept
        add();
        close();
    }
}

void QuickCaptureTool::setNextCell(NextCell next) {
    mNext = std::move(next);
}

QuickCaptureTool::Cell QuickCaptureTool::defaultNextCell(const QString &step, const QString &lane,
                                                         bool forward) const {
    // The cells that take cards, in reading order down each step.
    const BlueprintLayout &layout = scene()->layout();
    std::vector<Cell> cells;
    for (const BlueprintLayout::StepBox &s : layout.steps)
        for (const BlueprintLayout::LaneBox &l : layout.lanes)
            if (l.kind != QLatin1String("emotion"))
                cells.push_back({s.id, l.id});
    if (cells.empty())
        return {};
    const auto here = std::find_if(cells.begin(), cells.end(),
                                   [&](const Cell &c) { return c.step == step && c.lane == lane; });
    if (here == cells.end())
        return cells.front();
    const auto n = std::ptrdiff_t(cells.size());
    const std::ptrdiff_t next = ((here - cells.begin()) + (forward ? 1 : -1) + n) % n;
    return cells[size_t(next)];
}

bool QuickCaptureTool::keyTyped(QKeyEvent *event) {
    if (!mEnabled || mDraft)
        return false;
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QString text = event->text();
    // Space pans the canvas; it starts no card.
    if (text.isEmpty() || !text.front().isPrint() || text.front().isSpace())
        return false;
    const Cell cell = view()->currentCell();
    if (!cell.isValid())
        return false;
    if (refusedReadOnly())
        return true;
    const Lane *lane = document()->workspace().find<Lane>(cell.lane);
    if (lane && CanvasActions::isEmotionLane(*lane)) {
        tell(CanvasActions::emotionLaneMessage());
        return true;
    }
    open(cell, text);
    return true;
}

bool QuickCaptureTool::startIn(const Cell &cell, bool aside) {
    if (!mEnabled || !cell.isValid() || refusedReadOnly())
        return false;
    const Cell from = view()->currentCell();
    open(cell, QString());
    mReturnTo = aside ? from : Cell();
    return true;
}

void QuickCaptureTool::open(const Cell &cell, const QString &text) {
    mCell = cell;
    view()->setCurrentCell(cell);
    if (!mDraft) {
        mDraft = new CaptureDraft(view()->viewport());
        QObject::connect(mDraft, &CaptureDraft::finished, view(),
                         [this](CaptureDraft::Finish how) { finish(how); });
        // Scrolled or zoomed (a session's focus moves the view), the draft
        // stays on its cell.
        for (QScrollBar *bar : {view()->horizontalScrollBar(), view()->verticalScrollBar()})
            QObject::connect(bar, &QScrollBar::valueChanged, mDraft, [this] { follow(); });
    }
    mDraft->restart(text);
    place();
    mDraft->show();
    mDraft->setFocus();
}

// Where the card will go, below the cell's cards; never smaller than a
// room can read, whatever the zoom.
QRect QuickCaptureTool::draftRect() const {
    const QRectF card = view()->newCardRect(mCell);
    const qreal zoom = view()->zoom();
    const int text = draftTextSize(zoom);
    return QRect(view()->mapFromScene(card.topLeft()),
                 QSize(std::max(int(card.width() * zoom), 300),
                       std::max(int(card.height() * zoom), text * 4)));
}

void QuickCaptureTool::place() {
    const QRect rect = draftRect();
    view()->reveal(
        QRectF(view()->mapToScene(rect.topLeft()), QSizeF(rect.size()) / view()->zoom()));
    follow();
}

void QuickCaptureTool::follow() {
    if (!mDraft)
        return;
    QFont font = Theme::canvas().font(13, true);
    font.setPixelSize(draftTextSize(view()->zoom()));
    mDraft->setFont(font);
    mDraft->setGeometry(draftRect());
}

void QuickCaptureTool::finish(CaptureDraft::Finish how) {
    using Finish = CaptureDraft::Finish;
    const bool typed = !CaptureDraft::parse(mDraft->toPlainText()).title.isEmpty();
    if (mReturnTo.isValid()) {
        // A draft aside (a parked item) is one card: whatever ends it, the
        // room's typing goes back to where it was.
        if (how != Finish::Drop && typed && !add() && how != Finish::Leave)
            return; // refused: the draft stays, with its text
        const Cell back = mReturnTo;
        mReturnTo = Cell();
        close();
        view()->setCurrentCell(back);
        view()->reveal(view()->cellRect(back)); // and the room sees it again
        if (how != Finish::Leave)
            view()->setFocus();
        return;
    }
    switch (how) {
    case Finish::Drop:
        close();
        view()->setFocus();
        return;
    case Finish::Leave:
        if (typed)
            add();
        close();
        return;
    case Finish::Add:
        if (!typed) {
            close();
            view()->setFocus();
        } else if (add()) {
            open(mCell, QString());
        }
        return;
    case Finish::NextCell:
    case Finish::PreviousCell: {
        if (typed && !add())
            return;
        const bool forward = how == Finish::NextCell;
        Cell next = mNext ? mNext(mCell.step, mCell.lane, forward)
                          : defaultNextCell(mCell.step, mCell.lane, forward);
        open(next.isValid() ? next : mCell, QString());
        return;
    }
    }
}

// One card, one undo step: added with its title and kind at once.
bool QuickCaptureTool::add() {
    const CaptureDraft::Parsed card = CaptureDraft::parse(mDraft->toPlainText());
    if (card.title.isEmpty())
        return false;
    Edits edits(*document());
    if (edits.addCard(mCell.step, mCell.lane, card.title, card.kind, -1, card.owner).isEmpty()) {
        tell(edits.error()); // the draft stays, with its text
        return false;
    }
    return true;
}

void QuickCaptureTool::close() {
    CaptureDraft *draft = mDraft;
    if (!draft)
        return;
    mDraft = nullptr;
    mReturnTo = Cell();
    QObject::disconnect(draft, nullptr, view(), nullptr);
    draft->hide();
    draft->deleteLater();
}

} // namespace blauwdruk
