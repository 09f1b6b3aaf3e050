#include "comparecanvas.h"
#include "plaintext.h"

#include "comparepainter.h"
#include "document.h"
#include "edits.h"
#include "labels.h"
#include "theme.h"

#include <QAccessible>
#include <QCursor>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace blauwdruk {

namespace {

constexpr qreal kGutter = ComparePainter::kGutterWidth;
// Where a step is grabbed and aimed at: inside its header, which is in view
// even when the box is taller than the window.
constexpr qreal kHandleY = 40;

} // namespace

CompareCanvas::CompareCanvas(QWidget *parent)
    : QAbstractScrollArea(parent) {
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Current and ideal journey compared"));
    horizontalScrollBar()->setSingleStep(32);
    verticalScrollBar()->setSingleStep(32);
    mAutoScroll = new QTimer(this);
    mAutoScroll->setInterval(30);
    connect(mAutoScroll, &QTimer::timeout, this, &CompareCanvas::autoScroll);
}

void CompareCanvas::setDocument(Document *document) {
    if (mDocument == document)
        return;
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument) {
        connect(mDocument, &Document::changed, this, &CompareCanvas::onChanged);
        connect(mDocument, &QObject::destroyed, this, [this] {
            mDocument = nullptr;
            rebuild();
        });
    }
    mSelected.clear();
    rebuild();
}

void CompareCanvas::setJourneys(const QString &current, const QString &ideal) {
    if (current == mCurrentJourney && ideal == mIdealJourney)
        return;
    mCurrentJourney = current;
    mIdealJourney = ideal;
    mSelected.clear();
    rebuild();
}

void CompareCanvas::setShowCards(bool show) {
    if (show == mShowCards)
        return;
    mShowCards = show;
    rebuild();
}

void CompareCanvas::setPlaceholder(const QString &text) {
    mPlaceholder = text;
    viewport()->update();
}

void CompareCanvas::onChanged(const Changes &changes) {
    for (const Change &change : changes)
        if (change.type != EntityType::Comment && change.type != EntityType::Version &&
            change.type != EntityType::Decision && change.type != EntityType::Workspace &&
            !isSessionRecord(change.type)) {
            rebuild();
            return;
        }
}

void CompareCanvas::rebuild() {
    if (mDocument) {
        const Workspace &ws = mDocument->workspace();
        const Journey *current = ws.find<Journey>(mCurrentJourney);
        const Journey *ideal = ws.find<Journey>(mIdealJourney);
        mAlignment = JourneyAlignment::compute(ws, current ? current->id : QString(),
                                               ideal ? ideal->id : QString(),
                                               JourneyAlignment::Packing::SideBySide);
        mLayout = CompareLayout::compute(ws, mAlignment, mShowCards, Theme::canvas());
        mCurrentTitle = current ? current->title : QString();
        mIdealTitle = ideal ? ideal->title : QString();
    } else {
        mAlignment = JourneyAlignment();
        mLayout = CompareLayout();
        mCurrentTitle.clear();
        mIdealTitle.clear();
    }
    if (!mLayout.step(mSelected))
        mSelected.clear();
    if (!mLayout.step(mDropTarget))
        mDropTarget.clear();
    if (!mLayout.step(mPressStep)) {
        mPressStep.clear();
        mDragging = false;
    }
    updateScrollBars();
    viewport()->update();
    Q_EMIT alignmentChanged();
}

void CompareCanvas::updateScrollBars() {
    const QSize page = viewport()->size();
    horizontalScrollBar()->setPageStep(page.width());
    verticalScrollBar()->setPageStep(page.height());
    horizontalScrollBar()->setRange(
        0, std::max(0, int(std::ceil(kGutter + mLayout.size.width() * mZoom)) - page.width()));
    verticalScrollBar()->setRange(
        0, std::max(0, int(std::ceil(mLayout.size.height() * mZoom)) - page.height()));
}

void CompareCanvas::setZoom(qreal zoom, const QPointF &anchorInView) {
    const QPointF anchor =
        anchorInView.x() < 0 ? QPointF(viewport()->rect().center()) : anchorInView;
    const QPointF at = toLayout(anchor);
    mZoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    updateScrollBars();
    // Keep the point under the anchor where it was.
    horizontalScrollBar()->setValue(int(std::lround(kGutter + at.x() * mZoom - anchor.x())));
    verticalScrollBar()->setValue(int(std::lround(at.y() * mZoom - anchor.y())));
    viewport()->update();
}

// Keys zoom around the mouse pointer when it is over the drawing, as the
// wheel does; otherwise around the middle.
QPointF CompareCanvas::zoomAnchor() const {
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    return viewport()->rect().contains(cursor) && cursor.x() >= kGutter ? QPointF(cursor)
                                                                        : QPointF(-1, -1);
}

void CompareCanvas::zoomIn() {
    setZoom(mZoom * kZoomStep, zoomAnchor());
}

void CompareCanvas::zoomOut() {
    setZoom(mZoom / kZoomStep, zoomAnchor());
}

// Every step in view beside the band names, from the top left.
void CompareCanvas::fitToView() {
    if (mLayout.size.isEmpty())
        return;
    const qreal width = viewport()->width() - kGutter;
    const qreal height = viewport()->height();
    mZoom = std::clamp(std::min(width / mLayout.size.width(), height / mLayout.size.height()),
                       kMinZoom, kMaxZoom);
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void CompareCanvas::wheelEvent(QWheelEvent *event) {
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(mZoom * (event->angleDelta().y() > 0 ? kZoomStep : 1 / kZoomStep),
                event->position());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

QPointF CompareCanvas::origin() const {
    return QPointF(kGutter - horizontalScrollBar()->value(), -verticalScrollBar()->value());
}

QStringList CompareCanvas::markedSteps() const {
    QStringList ids;
    for (const auto &box : mLayout.steps)
        if (box.onlyInOne)
            ids << box.id;
    return ids;
}

QStringList CompareCanvas::markedCards() const {
    QStringList ids;
    for (const auto &box : mLayout.steps)
        for (const auto &chip : box.chips)
            if (chip.onlyHere)
                ids << chip.card.id;
    return ids;
}

void CompareCanvas::selectStep(const QString &step) {
    const CompareLayout::StepBox *box = mLayout.step(step);
    mSelected = box ? step : QString();
    if (box) {
        const QRectF r = toView(box->rect);
        QScrollBar *h = horizontalScrollBar();
        if (r.left() < kGutter + 8)
            h->setValue(h->value() - int(kGutter + 8 - r.left()));
        else if (r.right() > viewport()->width() - 8)
            h->setValue(h->value() +
                        int(std::min(r.right() - viewport()->width() + 8, r.left() - kGutter - 8)));
        // The header is what must show; a tall box may run off the bottom.
        QScrollBar *v = verticalScrollBar();
        const qreal headerBottom = r.top() + CompareLayout::kHeaderHeight * mZoom;
        if (r.top() < 8)
            v->setValue(v->value() - int(8 - r.top()));
        else if (headerBottom > viewport()->height() - 8)
            v->setValue(v->value() + int(headerBottom - viewport()->height() + 8));
    }
    viewport()->update();
}

QPoint CompareCanvas::stepPoint(const QString &step) {
    const QString selected = mSelected;
    selectStep(step);
    mSelected = selected;
    const CompareLayout::StepBox *box = mLayout.step(step);
    if (!box)
        return QPoint(-1, -1);
    return toView(QPointF(box->rect.center().x(), box->rect.top() + kHandleY)).toPoint();
}

bool CompareCanvas::isIdealStep(const QString &step) const {
    const CompareLayout::StepBox *box = mLayout.step(step);
    return box && box->ideal;
}

bool CompareCanvas::setCounterpart(const QString &idealStep, const QString &counterpart) {
    if (!mDocument || mDocument->isContentLocked())
        return false;
    return Edits(*mDocument).setCounterpart(idealStep, counterpart);
}

bool CompareCanvas::pairSteps(const QString &a, const QString &b) {
    const CompareLayout::StepBox *first = mLayout.step(a);
    const CompareLayout::StepBox *second = mLayout.step(b);
    if (!first || !second || first->ideal == second->ideal)
        return false;
    const QString ideal = first->ideal ? a : b;
    const QString current = first->ideal ? b : a;
    return setCounterpart(ideal, current);
}

// --- painting ---------------------------------------------------------------

void CompareCanvas::paintEvent(QPaintEvent *) {
    QPainter painter(viewport());
    const BlueprintStyle &style = Theme::canvas();
    painter.fillRect(viewport()->rect(), style.background);
    if (mLayout.steps.empty()) {
        painter.setPen(style.mutedText);
        painter.setFont(style.font(15));
        const QString text =
            mPlaceholder.isEmpty() ? tr("There are no steps to compare yet.") : mPlaceholder;
        painter.drawText(viewport()->rect().adjusted(32, 32, -32, -32),
                         Qt::AlignCenter | Qt::TextWordWrap, text);
        return;
    }
    const ComparePainter compare(style);
    painter.save();
    painter.translate(origin());
    painter.scale(mZoom, mZoom);
    compare.paintBands(painter, mLayout);
    compare.paintLinks(painter, mLayout, mSelected);
    const QRectF visible(toLayout(QPointF(0, 0)), QSizeF(viewport()->size()) / mZoom);
    for (const auto &box : mLayout.steps) {
        if (!box.rect.adjusted(-10, -10, 10, 10).intersects(visible))
            continue;
        ComparePainter::StepState state;
        state.selected = box.id == mSelected;
        state.focused = hasFocus();
        state.dropTarget = box.id == mDropTarget;
        compare.paintStep(painter, box, state);
    }
    if (mDragging) {
        if (const CompareLayout::StepBox *source = mLayout.step(mPressStep)) {
            const QPointF from(source->rect.center().x(),
                               source->ideal ? source->rect.top() : source->rect.bottom());
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(style.selection, 2.5, Qt::DashLine, Qt::RoundCap));
            painter.drawLine(from, toLayout(mDragPos));
            painter.setPen(Qt::NoPen);
            painter.setBrush(style.selection);
            painter.drawEllipse(from, 4.5, 4.5);
        }
    }
    painter.restore();
    compare.paintGutter(painter, mLayout, origin().y(), mZoom, viewport()->height(), mCurrentTitle,
                        mIdealTitle);
}

void CompareCanvas::resizeEvent(QResizeEvent *event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void CompareCanvas::scrollContentsBy(int, int) {
    viewport()->update(); // the band names stay pinned: repaint, don't scroll pixels
}

void CompareCanvas::focusInEvent(QFocusEvent *event) {
    QAbstractScrollArea::focusInEvent(event);
    // The keyboard's place shows on the chosen step: coming by Tab with
    // none chosen, the first one is, as the first arrow key would.
    if (event->reason() != Qt::MouseFocusReason && !mLayout.step(mSelected))
        moveSelection(0, false);
    viewport()->update();
}

void CompareCanvas::focusOutEvent(QFocusEvent *event) {
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void CompareCanvas::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Current and ideal journey compared"));
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

bool CompareCanvas::viewportEvent(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), PlainText::toolTip(text), viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString CompareCanvas::toolTipAt(const QPoint &viewportPos) const {
    if (viewportPos.x() < kGutter || !mDocument)
        return QString();
    const QPointF at = toLayout(viewportPos);
    if (const CompareLayout::Chip *chip = mLayout.chipAt(at)) {
        QString text = QStringLiteral("%1\n%2 · %3")
                           .arg(chip->card.title, Labels::cardKind(chip->card.kind), chip->lane);
        if (mAlignment.isCardOnlyInOne(chip->card.id))
            text += QLatin1Char('\n') +
                    ComparePainter::onlyInText(chip->card.journey == mAlignment.idealJourney());
        return text;
    }
    if (const CompareLayout::StepBox *box = mLayout.stepAt(at))
        return stepDetails(*box, false);
    return QString();
}

// What a step's tooltip says; `withCards` adds its cards, for the keyboard
// and a screen reader, who cannot point at them.
QString CompareCanvas::stepDetails(const CompareLayout::StepBox &box, bool withCards) const {
    const Step *step = mDocument ? mDocument->workspace().find<Step>(box.id) : nullptr;
    if (!step)
        return QString();
    QString text = step->title;
    if (!step->channel.isEmpty())
        text += QLatin1Char('\n') + tr("Channel: %1").arg(step->channel);
    text += QLatin1Char('\n') + tr("Emotion: %1").arg(step->emotion);
    if (box.onlyInOne)
        text += QLatin1Char('\n') + ComparePainter::onlyInText(box.ideal);
    else if (box.pair)
        text += QLatin1Char('\n') + ComparePainter::originText(box.pair->origin);
    if (withCards && mShowCards) {
        QStringList cards;
        for (const CompareLayout::Chip &chip : box.chips) {
            QString card =
                tr("%1 (%2, %3)").arg(chip.card.title, Labels::cardKind(chip.card.kind), chip.lane);
            if (mAlignment.isCardOnlyInOne(chip.card.id))
                card += QLatin1Char(' ') + ComparePainter::onlyInText(box.ideal);
            cards << card;
        }
        text += QLatin1Char('\n') +
                (cards.isEmpty() ? tr("No cards.") : tr("Cards: %1").arg(cards.join(u"; ")));
    }
    return text;
}

// The chosen step's details on the drawing's accessible description (a
// screen reader reads them as the arrow keys move) and, while the keyboard
// is here, in a tooltip beside the step.
void CompareCanvas::describeSelected() {
    const CompareLayout::StepBox *box = mLayout.step(mSelected);
    const QString details = box ? stepDetails(*box, true) : QString();
    setAccessibleDescription(details);
    if (QAccessible::isActive()) {
        QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
    }
    if (box && hasFocus()) {
        const QRectF r = toView(box->rect);
        QToolTip::showText(viewport()->mapToGlobal(r.bottomLeft().toPoint()),
                           PlainText::toolTip(details), viewport());
    }
}

} // namespace blauwdruk
