#include "comparecanvas.h"

#include "comparepainter.h"
#include "document.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cstdlib>

// CompareCanvas's input: dragging a step onto its pair, the keyboard and the
// context menu; comparecanvas.cpp holds the document, the geometry and the
// painting.

namespace blauwdruk {

namespace {

constexpr qreal kGutter = ComparePainter::kGutterWidth;

QString numbered(int index, const QString &title) {
    // A menu would take "&" in a title for a shortcut.
    QString text = title.isEmpty() ? CompareCanvas::tr("Untitled step") : title;
    return QStringLiteral("%1. %2").arg(index + 1).arg(
        text.replace(QLatin1Char('&'), QStringLiteral("&&")));
}

} // namespace

// --- mouse ------------------------------------------------------------------

void CompareCanvas::mousePressEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    const CompareLayout::StepBox *box =
        pos.x() >= kGutter ? mLayout.stepAt(toLayout(pos)) : nullptr;
    if (event->button() == Qt::LeftButton || event->button() == Qt::RightButton) {
        mSelected = box ? box->id : QString();
        viewport()->update();
    }
    if (event->button() == Qt::LeftButton && box) {
        mPressStep = box->id;
        mPressPos = pos;
        mDragging = false;
    }
    event->accept();
}

void CompareCanvas::mouseMoveEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    if (mPressStep.isEmpty() || !(event->buttons() & Qt::LeftButton))
        return;
    if (!mDragging && (pos - mPressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    mDragging = true;
    updateDrag(pos);
    // Near an edge, the view scrolls on its own towards what is out of view.
    const int margin = 40;
    const QRect area = viewport()->rect().adjusted(int(kGutter), 0, 0, 0);
    mAutoScrollStep = QPoint(pos.x() < area.left() + margin    ? -1
                             : pos.x() > area.right() - margin ? 1
                                                               : 0,
                             pos.y() < area.top() + margin      ? -1
                             : pos.y() > area.bottom() - margin ? 1
                                                                : 0);
    if (mAutoScrollStep.isNull())
        mAutoScroll->stop();
    else if (!mAutoScroll->isActive())
        mAutoScroll->start();
}

void CompareCanvas::updateDrag(const QPoint &pos) {
    mDragPos = pos;
    const CompareLayout::StepBox *source = mLayout.step(mPressStep);
    const CompareLayout::StepBox *target =
        pos.x() >= kGutter ? mLayout.stepAt(toLayout(pos)) : nullptr;
    mDropTarget = source && target && target->ideal != source->ideal ? target->id : QString();
    viewport()->setCursor(mDropTarget.isEmpty() ? Qt::ClosedHandCursor : Qt::DragLinkCursor);
    viewport()->update();
}

void CompareCanvas::autoScroll() {
    if (!mDragging) {
        mAutoScroll->stop();
        return;
    }
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + 24 * mAutoScrollStep.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + 24 * mAutoScrollStep.y());
    updateDrag(mDragPos);
}

void CompareCanvas::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton)
        return;
    mAutoScroll->stop();
    const QString source = mPressStep, target = mDropTarget;
    const bool dropped = mDragging && !target.isEmpty();
    mPressStep.clear();
    mDropTarget.clear();
    mDragging = false;
    viewport()->unsetCursor();
    viewport()->update();
    if (dropped)
        pairSteps(source, target);
}

void CompareCanvas::mouseDoubleClickEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    if (pos.x() < kGutter)
        return;
    if (const CompareLayout::StepBox *box = mLayout.stepAt(toLayout(pos)))
        openStep(box->id);
}

// --- keyboard ---------------------------------------------------------------

void CompareCanvas::moveSelection(int columns, bool otherBand) {
    chooseStep(columns, otherBand);
    describeSelected();
}

void CompareCanvas::chooseStep(int columns, bool otherBand) {
    if (mLayout.steps.empty())
        return;
    const CompareLayout::StepBox *box = mLayout.step(mSelected);
    if (!box) {
        selectStep(mLayout.steps.front().id);
        return;
    }
    const bool ideal = otherBand ? !box->ideal : box->ideal;
    std::vector<const CompareLayout::StepBox *> band;
    for (const auto &b : mLayout.steps)
        if (b.ideal == ideal)
            band.push_back(&b);
    if (band.empty())
        return;
    if (otherBand) {
        if (box->pair) {
            selectStep(box->ideal ? box->pair->current : box->pair->ideal);
            return;
        }
        const CompareLayout::StepBox *nearest = band.front();
        for (const auto *b : band)
            if (std::abs(b->column - box->column) < std::abs(nearest->column - box->column))
                nearest = b;
        selectStep(nearest->id);
        return;
    }
    auto it = std::find(band.begin(), band.end(), box);
    const auto index = std::clamp<std::ptrdiff_t>((it - band.begin()) + columns, 0,
                                                  std::ptrdiff_t(band.size()) - 1);
    selectStep(band[size_t(index)]->id);
}

void CompareCanvas::shiftPair(int delta) {
    const CompareLayout::StepBox *box = mLayout.step(mSelected);
    if (!box)
        return;
    std::vector<const CompareLayout::StepBox *> others;
    for (const auto &b : mLayout.steps)
        if (b.ideal != box->ideal)
            others.push_back(&b);
    const CompareLayout::StepBox *target = nullptr;
    if (box->pair) {
        const QString partner = box->ideal ? box->pair->current : box->pair->ideal;
        for (size_t i = 0; i < others.size(); ++i)
            if (others[i]->id == partner) {
                const auto j = std::ptrdiff_t(i) + delta;
                if (j >= 0 && j < std::ptrdiff_t(others.size()))
                    target = others[size_t(j)];
            }
    } else {
        // Unpaired: the nearest step of the other journey on that side, or
        // the nearest at all when there is none on that side.
        for (const auto *b : others)
            if (delta > 0 ? b->column >= box->column : b->column <= box->column) {
                target = b;
                if (delta > 0)
                    break;
            }
        if (!target && !others.empty())
            target = delta > 0 ? others.back() : others.front();
    }
    if (target)
        pairSteps(box->id, target->id);
}

void CompareCanvas::openStep(const QString &step) {
    if (!mDocument)
        return;
    if (const Step *s = mDocument->workspace().find<Step>(step))
        Q_EMIT stepActivated(s->journey, s->id);
}

void CompareCanvas::keyPressEvent(QKeyEvent *event) {
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int delta = event->key() == Qt::Key_Left ? -1 : 1;
        if (ctrl)
            shiftPair(delta);
        else
            moveSelection(delta, false);
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
        // The current journey is above the ideal one.
        if (const CompareLayout::StepBox *box = mLayout.step(mSelected); !box)
            moveSelection(0, false);
        else if (box->ideal == (event->key() == Qt::Key_Up))
            moveSelection(0, true);
        return;
    case Qt::Key_Home:
    case Qt::Key_End:
        moveSelection(event->key() == Qt::Key_Home ? -100000 : 100000, false);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        openStep(mSelected);
        return;
    case Qt::Key_Escape:
        if (mDragging) {
            mAutoScroll->stop();
            mDragging = false;
            mPressStep.clear();
            mDropTarget.clear();
            viewport()->unsetCursor();
            viewport()->update();
            return;
        }
        break;
    case Qt::Key_F10:
        if (event->modifiers() & Qt::ShiftModifier) {
            if (!mSelected.isEmpty())
                showMenu(mSelected, viewport()->mapToGlobal(stepPoint(mSelected)));
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

// --- context menu -----------------------------------------------------------

void CompareCanvas::contextMenuEvent(QContextMenuEvent *event) {
    QString step;
    QPoint global = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        step = mSelected;
        if (!step.isEmpty())
            global = viewport()->mapToGlobal(stepPoint(step));
    } else {
        const QPoint pos = viewport()->mapFromGlobal(event->globalPos());
        if (pos.x() >= kGutter)
            if (const CompareLayout::StepBox *box = mLayout.stepAt(toLayout(pos)))
                step = box->id;
    }
    if (step.isEmpty())
        return;
    mSelected = step;
    viewport()->update();
    showMenu(step, global);
}

void CompareCanvas::showMenu(const QString &step, const QPoint &globalPos) {
    QMenu menu(this);
    fillMenu(menu, step);
    menu.exec(globalPos);
}

void CompareCanvas::fillMenu(QMenu &menu, const QString &stepId) {
    const CompareLayout::StepBox *box = mLayout.step(stepId);
    if (!box || !mDocument)
        return;
    const Workspace &ws = mDocument->workspace();
    const bool editable = !mDocument->isContentLocked();
    const bool ideal = box->ideal;
    const QString partner = box->pair ? (ideal ? box->pair->current : box->pair->ideal) : QString();
    const Step *step = ws.find<Step>(stepId);

    QMenu *pairMenu =
        menu.addMenu(ideal ? tr("Pair with current step") : tr("Pair with ideal step"));
    pairMenu->setEnabled(editable);
    const auto others =
        ws.orderedSteps(ideal ? mAlignment.currentJourney() : mAlignment.idealJourney());
    for (int i = 0; i < int(others.size()); ++i) {
        const QString other = others[size_t(i)]->id;
        QAction *action = pairMenu->addAction(numbered(i, others[size_t(i)]->title));
        action->setCheckable(true);
        action->setChecked(other == partner);
        connect(action, &QAction::triggered, this,
                [this, stepId, other] { pairSteps(stepId, other); });
    }
    if (others.empty())
        pairMenu->addAction(tr("No steps"))->setEnabled(false);

    menu.addSeparator();
    if (ideal) {
        QAction *none = menu.addAction(tr("No counterpart"));
        none->setCheckable(true);
        none->setChecked(step && step->counterpart == QLatin1String("none"));
        none->setEnabled(editable);
        connect(none, &QAction::triggered, this,
                [this, stepId] { setCounterpart(stepId, QStringLiteral("none")); });
        QAction *byTitle = menu.addAction(tr("Align by title"));
        byTitle->setCheckable(true);
        byTitle->setChecked(step && step->counterpart != QLatin1String("none") &&
                            (!box->pair || !box->pair->isStored()));
        byTitle->setEnabled(editable);
        connect(byTitle, &QAction::triggered, this,
                [this, stepId] { setCounterpart(stepId, QString()); });
    } else {
        // A current step holds no counterpart itself: unpairing it tells its
        // ideal partner that it matches nothing.
        QAction *none = menu.addAction(tr("No counterpart"));
        none->setEnabled(editable && !partner.isEmpty());
        connect(none, &QAction::triggered, this,
                [this, partner] { setCounterpart(partner, QStringLiteral("none")); });
    }
    menu.addSeparator();
    QAction *open = menu.addAction(tr("Show in Blueprint"));
    connect(open, &QAction::triggered, this, [this, stepId] { openStep(stepId); });
}

} // namespace blauwdruk
