#include "commentspanel.h"

#include "canvasactions.h"
#include "commentcommands.h"
#include "commentthreads.h"
#include "document.h"
#include "preferences.h"
#include "textwrap.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

enum Role { CommentId = Qt::UserRole, ThreadId, Target };
enum State { Open, Resolved, All };

QString localTime(const QString &iso) {
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate).toLocalTime();
    if (!time.isValid())
        return iso;
    return QLocale().toString(time.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           time.time().toString(QStringLiteral("HH:mm"));
}

// Only comments, and the titles and removals of what they are on, change
// the list: typing in a card does not rebuild it.
bool touchesComments(const Changes &changes) {
    for (const Change &change : changes) {
        if (change.type == EntityType::Comment)
            return true;
        const bool place = change.type == EntityType::Card || change.type == EntityType::Step ||
                           change.type == EntityType::Journey;
        if (place && (change.kind != Change::Kind::Updated ||
                      change.fields.contains(QLatin1String("title")) ||
                      change.fields.contains(QLatin1String("step"))))
            return true;
    }
    return false;
}

QComboBox *filter(const char *name, const QString &toolTip) {
    auto *combo = new QComboBox;
    combo->setObjectName(QLatin1String(name));
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    return combo;
}

QPushButton *button(const char *name, const QString &text) {
    auto *push = new QPushButton(text);
    push->setObjectName(QLatin1String(name));
    return push;
}

// Refills a combo with (text, data) pairs after its first, keeping the choice.
void refill(QComboBox *combo, const QList<std::pair<QString, QString>> &entries) {
    const QString current = combo->currentData().toString();
    QSignalBlocker quiet(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &[text, data] : entries)
        combo->addItem(text, data);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

CommentsPanel::CommentsPanel(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("CommentsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    mNotice = new QLabel;
    mNotice->setObjectName(QStringLiteral("CommentsNotice"));
    mNotice->setWordWrap(true);
    mNotice->setTextFormat(Qt::PlainText);
    mNotice->hide();
    layout->addWidget(mNotice);

    auto *filters = new QHBoxLayout;
    mState = filter("CommentsState", tr("Show open, resolved or all comments"));
    mState->addItem(tr("Open"), Open);
    mState->addItem(tr("Resolved"), Resolved);
    mState->addItem(tr("All"), All);
    mAuthor = filter("CommentsAuthor", tr("Show the comments of one person"));
    mAuthor->addItem(tr("Everyone"), QString());
    mStep = filter("CommentsStep", tr("Show the comments on one step and its cards"));
    mStep->addItem(tr("All steps"), QString());
    // The state's few short words need no more than their width; the rest
    // goes to the names and steps, which the Dutch words make long.
    for (QComboBox *combo : {mState, mAuthor, mStep}) {
        filters->addWidget(combo, combo == mState ? 0 : 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &CommentsPanel::refresh);
    }
    layout->addLayout(filters);

    mList = new QTreeWidget;
    mList->setObjectName(QStringLiteral("CommentsList"));
    mList->setAccessibleName(tr("Comments"));
    mList->setHeaderHidden(true);
    mList->setColumnCount(1);
    mList->setWordWrap(true);
    mList->setUniformRowHeights(false);
    mList->setTextElideMode(Qt::ElideNone);
    mList->header()->setStretchLastSection(true);
    mList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // a steady width to wrap to
    mList->viewport()->installEventFilter(this);
    layout->addWidget(mList, 1);
    connect(mList, &QTreeWidget::currentItemChanged, this, &CommentsPanel::updateButtons);
    connect(mList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit placeActivated(mJourney, item->data(0, Target).toString());
    });

    auto *buttons = new QHBoxLayout;
    mReply = button("CommentReply", tr("Re&ply…"));
    mResolve = button("CommentResolve", tr("Reso&lve"));
    mEdit = button("CommentEdit", tr("E&dit…"));
    mDelete = button("CommentDelete", tr("Dele&te"));
    for (QPushButton *push : {mReply, mResolve, mEdit, mDelete})
        buttons->addWidget(push);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(mReply, &QPushButton::clicked, this,
            [this] { run([](CommentCommands &c, const QString &id) { c.reply(id); }); });
    connect(mResolve, &QPushButton::clicked, this, [this] {
        const Comment *comment =
            mDocument ? mDocument->workspace().find<Comment>(currentThread()) : nullptr;
        const bool resolve = comment && !comment->resolved;
        run([resolve](CommentCommands &c, const QString &id) { c.setResolved(id, resolve); });
    });
    connect(mEdit, &QPushButton::clicked, this,
            [this] { run([](CommentCommands &c, const QString &id) { c.edit(id); }); });
    connect(mDelete, &QPushButton::clicked, this,
            [this] { run([](CommentCommands &c, const QString &id) { c.remove(id); }); });
    updateButtons();
}

bool CommentsPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == mList->viewport() && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent *>(event)->oldSize().width() != mList->viewport()->width())
        QMetaObject::invokeMethod(this, &CommentsPanel::refresh, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void CommentsPanel::setDocument(Document *document) {
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mJourney.clear();
    if (document) {
        connect(document, &Document::changed, this, &CommentsPanel::onChanged);
        connect(document, &Document::reviewModeChanged, this, &CommentsPanel::updateButtons);
    }
    refresh();
}

void CommentsPanel::setJourney(const QString &journey) {
    if (journey == mJourney)
        return;
    mJourney = journey;
    mNotice->hide();
    refresh();
}

void CommentsPanel::onChanged(const Changes &changes) {
    if (touchesComments(changes))
        refresh();
}

template <class Run> void CommentsPanel::run(Run command) {
    const QString id = currentComment();
    if (!mDocument || id.isEmpty())
        return;
    CommentCommands commands(*mDocument, this);
    command(commands, id);
    tell(commands.message());
}

void CommentsPanel::tell(const QString &message) {
    mNotice->setText(message);
    mNotice->setVisible(!message.isEmpty());
}

QString CommentsPanel::currentComment() const {
    const QTreeWidgetItem *item = mList->currentItem();
    return item ? item->data(0, CommentId).toString() : QString();
}

QString CommentsPanel::currentThread() const {
    const QTreeWidgetItem *item = mList->currentItem();
    return item ? item->data(0, ThreadId).toString() : QString();
}

bool CommentsPanel::passes(const CommentThread &thread) const {
    const int state = mState->currentData().toInt();
    if ((state == Open && thread.first->resolved) || (state == Resolved && !thread.first->resolved))
        return false;
    const QString author = mAuthor->currentData().toString();
    if (!author.isEmpty()) {
        bool wrote = thread.first->author == author;
        for (const Comment *reply : thread.replies)
            wrote = wrote || reply->author == author;
        if (!wrote)
            return false;
    }
    const QString step = mStep->currentData().toString();
    return step.isEmpty() || thread.step == step;
}

// The list's items do not wrap their text by themselves (a tree view does
// not know a row's width when it asks its height): it is wrapped here, to
// the list's width, and again when the list is resized.
QTreeWidgetItem *CommentsPanel::itemFor(const Comment &comment, const QString &header,
                                        int depth) const {
    auto *item = new QTreeWidgetItem;
    QString line = comment.author + QStringLiteral(" · ") + localTime(comment.created);
    if (!header.isEmpty())
        line += QStringLiteral(" · ") + header;
    if (!comment.edited.isEmpty())
        line += QStringLiteral(" · ") + tr("edited");
    const qreal width =
        std::max(80, mList->viewport()->width() - mList->indentation() * (depth + 1) - 12);
    QStringList lines = TextWrap::lines(line, mList->font(), width);
    for (const QString &paragraph : comment.text.split(QLatin1Char('\n')))
        lines += TextWrap::lines(paragraph, mList->font(), width);
    item->setText(0, lines.join(QLatin1Char('\n')));
    item->setToolTip(0, comment.text);
    item->setData(0, CommentId, comment.id);
    item->setData(0, ThreadId, comment.parent.isEmpty() ? comment.id : comment.parent);
    item->setData(0, Target, comment.target);
    return item;
}

void CommentsPanel::refillFilters() {
    const Workspace &ws = mDocument->workspace();
    QStringList authors;
    for (const Comment *comment : ws.orderedComments(mJourney))
        if (!authors.contains(comment->author))
            authors << comment->author;
    authors.sort(Qt::CaseInsensitive);
    QList<std::pair<QString, QString>> entries;
    for (const QString &author : authors)
        entries.append({author, author});
    refill(mAuthor, entries);
    entries.clear();
    for (const Step *step : ws.orderedSteps(mJourney))
        entries.append({step->title, step->id});
    refill(mStep, entries);
}

void CommentsPanel::refresh() {
    const QString current = currentComment();
    // Rebuilt in one go: a list without a current comment for a moment
    // would disable the buttons, and a disabled button hands the keyboard to
    // the next widget of the window (updateButtons() follows below).
    const QSignalBlocker quiet(mList);
    mList->clear();
    const bool shown = mDocument && mDocument->workspace().find<Journey>(mJourney);
    for (QComboBox *combo : {mState, mAuthor, mStep})
        combo->setEnabled(shown);
    if (!shown) {
        updateButtons();
        return;
    }
    refillFilters();
    const Workspace &ws = mDocument->workspace();
    for (const CommentThread &thread : CommentThreads::of(ws, mJourney)) {
        if (!passes(thread))
            continue;
        QString header = CommentThreads::placeText(ws, thread);
        if (thread.first->resolved)
            header += QStringLiteral(" · ") + tr("resolved");
        QTreeWidgetItem *first = itemFor(*thread.first, header, 0);
        if (thread.first->resolved)
            first->setForeground(0, palette().color(QPalette::PlaceholderText));
        mList->addTopLevelItem(first);
        for (const Comment *reply : thread.replies)
            first->addChild(itemFor(*reply, QString(), 1));
        first->setExpanded(true);
    }
    if (QTreeWidgetItem *kept = item(current))
        mList->setCurrentItem(kept);
    updateButtons();
}

QTreeWidgetItem *CommentsPanel::item(const QString &comment) const {
    for (QTreeWidgetItemIterator it(mList); *it; ++it)
        if (!comment.isEmpty() && (*it)->data(0, CommentId).toString() == comment)
            return *it;
    return nullptr;
}

void CommentsPanel::showComment(const QString &comment) {
    if (!item(comment)) { // filtered out: show everything
        for (QComboBox *combo : {mState, mAuthor, mStep})
            combo->setCurrentIndex(combo == mState ? int(All) : 0);
    }
    if (QTreeWidgetItem *found = item(comment)) {
        mList->setCurrentItem(found);
        mList->scrollToItem(found);
    }
}

void CommentsPanel::updateButtons() {
    const QWidget *keyboard = window()->focusWidget();
    const bool onButton =
        keyboard == mReply || keyboard == mResolve || keyboard == mEdit || keyboard == mDelete;
    const Workspace *ws = mDocument ? &mDocument->workspace() : nullptr;
    const Comment *comment = ws ? ws->find<Comment>(currentComment()) : nullptr;
    const Comment *thread = ws ? ws->find<Comment>(currentThread()) : nullptr;
    const bool writable = mDocument && !mDocument->isReadOnly();
    mReply->setEnabled(writable && thread);
    mResolve->setEnabled(writable && thread);
    mResolve->setText(thread && thread->resolved ? tr("Reope&n") : tr("Reso&lve"));
    // Only the author changes or removes a comment; others do not see how.
    const bool own = comment && comment->author == Preferences::authorName();
    mEdit->setVisible(own);
    mDelete->setVisible(own);
    mEdit->setEnabled(writable);
    mDelete->setEnabled(writable);
    // A button that goes (its thread resolved out of the list, or deleted)
    // handed the keyboard to the next widget of the window, often another
    // dock: it stays in the panel, on the list.
    if (onButton && !isAncestorOf(window()->focusWidget()))
        mList->setFocus();
    if (mDocument && mDocument->isReadOnly())
        tell(CanvasActions::readOnlyMessage(mDocument));
}

} // namespace blauwdruk
