#include "capturedraft.h"

#include "blueprintpainter.h"
#include "cardkind.h"
#include "labels.h"
#include "textlimit.h"
#include "theme.h"

#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>

namespace blauwdruk {

namespace {

// Room on the right for the kind's icon, so the text never runs under it.
constexpr int kIconRoom = 34;

QString kindOfPrefix(QChar c) {
    if (c == QLatin1Char('!'))
        return QStringLiteral("pain_point");
    if (c == QLatin1Char('+'))
        return QStringLiteral("opportunity");
    if (c == QLatin1Char('?'))
        return QStringLiteral("question");
    return QString();
}

} // namespace

CaptureDraft::Parsed CaptureDraft::parse(const QString &text) {
    const QString kind = text.isEmpty() ? QString() : kindOfPrefix(text.front());
    Parsed parsed{kind.isEmpty() ? QStringLiteral("note") : kind,
                  (kind.isEmpty() ? text : text.mid(1)).trimmed(), QString()};
    // After a space, so that an e-mail address stays in the title.
    static const QRegularExpression owner(QStringLiteral("(^|\\s)@(\\S+)$"));
    const QRegularExpressionMatch match = owner.match(parsed.title);
    if (match.hasMatch()) {
        parsed.owner = match.captured(2);
        parsed.title = parsed.title.left(match.capturedStart()).trimmed();
    }
    return parsed;
}

CaptureDraft::CaptureDraft(QWidget *parent)
    : QPlainTextEdit(parent) {
    setObjectName(QStringLiteral("CaptureDraft"));
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    TextLimit::apply(this);
    setViewportMargins(0, 0, kIconRoom, 0); // the icon's column
    connect(this, &QPlainTextEdit::textChanged, this, &CaptureDraft::followKind);
    restart();
}

void CaptureDraft::restart(const QString &text) {
    setPlainText(text);
    moveCursor(QTextCursor::End);
    followKind();
}

// The kind shows while typing: the card's colour, and its icon and name
// painted in the corner.
void CaptureDraft::followKind() {
    const QString kind = parse(toPlainText()).kind;
    if (kind == mKind)
        return;
    mKind = kind;
    const CardKind *card = CardKind::find(kind);
    const QColor fill = card ? card->colour : QColor(Qt::white);
    setStyleSheet(QStringLiteral("QPlainTextEdit { background: %1; border: 3px solid #1565c0;"
                                 " border-radius: 6px; color: #1f2328; }")
                      .arg(fill.name()));
    viewport()->update();
}

// Tab and Shift+Tab move the capture on; they must not move the focus.
// The keys that end or move a draft are the draft's, even where the window
// gives them to a command (Esc leaving a session).
bool CaptureDraft::event(QEvent *event) {
    if (event->type() == QEvent::ShortcutOverride) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            event->accept();
            return true;
        default:
            break;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Backtab ||
            (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier))) {
            emit finished(Finish::PreviousCell);
            return true;
        }
        if (key->key() == Qt::Key_Tab && !(key->modifiers() & ~Qt::KeypadModifier)) {
            emit finished(Finish::NextCell);
            return true;
        }
    }
    const bool handled = QPlainTextEdit::event(event);
    if (event->type() == QEvent::Paint) { // the frame, around the text: the icon
        QPainter painter(this);
        const qreal side = kIconRoom - 12;
        BlueprintPainter(Theme::canvas())
            .paintKindIcon(painter, QRectF(width() - kIconRoom + 4, 8, side, side), mKind);
    }
    return handled;
}

void CaptureDraft::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        emit finished(Finish::Drop);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & Qt::ShiftModifier)) {
        emit finished(Finish::Add);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CaptureDraft::focusOutEvent(QFocusEvent *event) {
    QPlainTextEdit::focusOutEvent(event);
    // Another window, or a menu, takes the keyboard for a while: the
    // draft waits for it to come back.
    if (event->reason() == Qt::ActiveWindowFocusReason || event->reason() == Qt::PopupFocusReason)
        return;
    emit finished(Finish::Leave);
}

void CaptureDraft::paintEvent(QPaintEvent *event) {
    QPlainTextEdit::paintEvent(event);
    QPainter painter(viewport());
    QFont small = font();
    small.setPixelSize(std::max(11, font().pixelSize() / 2));
    small.setBold(false);
    painter.setFont(small);
    painter.setPen(QColor(0x1f, 0x23, 0x28));
    painter.drawText(viewport()->rect().adjusted(6, 0, -6, -4), Qt::AlignRight | Qt::AlignBottom,
                     Labels::cardKind(mKind));
}

} // namespace blauwdruk
