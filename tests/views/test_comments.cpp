#include "blueprintscene.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "commentdialog.h"
#include "commentmarkers.h"
#include "commentspanel.h"
#include "edits.h"
#include "examplewindow.h"
#include "filelock.h"
#include "modaldialog.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "windowactions.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace blauwdruk;
using test::namedChild;

namespace {

const QString kMe = QStringLiteral("Fatima de Vries");

void clickOk(QDialog *dialog) {
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

// Types a comment into the comment dialog and sends it: with OK, or with
// Ctrl+Enter from the text as a typist does.
void typeComment(CommentDialog *dialog, const QString &text, bool byKeys = false) {
    auto *edit = namedChild<QPlainTextEdit>(dialog, "CommentText");
    edit->selectAll();
    QTest::keyClicks(edit, text);
    if (!byKeys)
        return clickOk(dialog);
    QApplication::setActiveWindow(dialog);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(dialog->isVisible());
}

// Runs `use` on the next modal dialog of type D once it is open: the one
// that follows the dialog open now.
template <class D> void whenOpen(const std::function<void(D *)> &use, int tries = 100) {
    QTimer::singleShot(0, [use, tries] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget()))
            use(dialog);
        else if (tries > 0)
            whenOpen<D>(use, tries - 1);
        else
            FAIL_CHECK("the dialog did not open");
    });
}

// The example's ideal journey in a window, the comments panel beside it,
// with the user's name set (as after the first comment).
struct CommentsWindow : test::ExampleWindow {
    QString journey;
    BlueprintView *view = nullptr;
    CommentsPanel *panel = nullptr;
    QTreeWidget *list = nullptr;
    explicit CommentsWindow(const QString &author = kMe) {
        Preferences::setAuthorName(author);
        Preferences::setAuthorRole(QString());
        journey = journeyOfKind("ideal");
        // The example comes with comments: these tests start without.
        QStringList threads;
        for (const Comment &comment : ws().comments)
            if (comment.parent.isEmpty())
                threads << comment.id;
        for (const QString &id : threads)
            REQUIRE(Edits(doc()).removeComment(id));
        doc().undoStack()->clear();
        window.openJourney(journey);
        view = window.currentBlueprint();
        REQUIRE(view);
        panel = window.commentsPanel();
        list = namedChild<QTreeWidget>(panel, "CommentsList");
    }
    ~CommentsWindow() { Preferences::setAuthorName(QString()); }
    CanvasActions *actions() { return window.canvasActions(); }
    const Card *card(int index) { return ws().orderedCards(journey)[size_t(index)]; }
    // Add Comment through the action and its dialog.
    void addComment(const QString &text) {
        QAction *action = actions()->action(CanvasActions::AddComment);
        REQUIRE(action->isEnabled());
        test::withModalDialog<CommentDialog>([action] { action->trigger(); },
                                             [&](CommentDialog *d) { typeComment(d, text); });
    }
    QString addWithEdits(const QString &target, const QString &author, const QString &text) {
        Edits edits(doc());
        const QString id = edits.addComment(target, author, text);
        REQUIRE_FALSE(id.isEmpty());
        return id;
    }
    // An item's text as one line (the panel wraps it to its width).
    static QString flat(const QTreeWidgetItem *item) {
        return item->text(0).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    QTreeWidgetItem *shown(const QString &text) {
        for (QTreeWidgetItemIterator it(list); *it; ++it)
            if (flat(*it).contains(text))
                return *it;
        return nullptr;
    }
    void click(const char *button) {
        QTest::mouseClick(namedChild<QPushButton>(panel, button), Qt::LeftButton);
    }
    // The open threads a card's or step's marker counts; 0 without a marker.
    int markerCount(const QString &target) {
        const CommentMarkers markers = view->commentMarkers();
        for (const CommentMarkers::Marker &marker : markers.markers())
            if (marker.target == target)
                return marker.count;
        return 0;
    }
};

} // namespace

TEST_CASE("Comments: Add Comment on a card goes into the panel and the file, and undo removes it") {
    CommentsWindow w;
    const Card card = *w.card(2);
    w.view->showCard(card.id);
    w.addComment(QStringLiteral("Is dit formulier nog nodig?"));
    REQUIRE(w.ws().comments.size() == 1);
    const Comment comment = w.ws().comments.front();
    CHECK(comment.target == card.id);
    CHECK(comment.author == kMe);
    CHECK(comment.text == QStringLiteral("Is dit formulier nog nodig?"));
    w.saved();
    REQUIRE(w.list->topLevelItemCount() == 1);
    const QString shown = CommentsWindow::flat(w.list->topLevelItem(0));
    CHECK(shown.contains(kMe));
    CHECK(shown.contains(QStringLiteral("Is dit formulier nog nodig?")));
    CHECK(shown.contains(card.title));
    CHECK(w.panel->currentComment() == comment.id);
    CHECK(w.markerCount(card.id) == 1);

    // Nothing selected: the comment is on the current cell's step.
    w.view->selectCards({});
    w.addComment(QStringLiteral("Deze stap duurt te lang."));
    REQUIRE(w.ws().comments.size() == 2);
    CHECK(w.ws().orderedComments(w.journey).back()->target == w.view->currentCell().step);
    CHECK(w.markerCount(w.view->currentCell().step) == 1);

    w.window.windowActions()->action(WindowActions::Undo)->trigger();
    w.window.windowActions()->action(WindowActions::Undo)->trigger();
    CHECK(w.ws().comments.empty());
    CHECK(w.list->topLevelItemCount() == 0);
    CHECK(w.markerCount(card.id) == 0);
    w.saved();
}

TEST_CASE("Comments: reply, resolve (the marker counts one fewer) and reopen") {
    CommentsWindow w;
    const QString card = w.card(1)->id;
    const QString first = w.addWithEdits(card, QStringLiteral("Jan"), QStringLiteral("Eerste"));
    w.addWithEdits(card, QStringLiteral("Jan"), QStringLiteral("Tweede"));
    CHECK(w.markerCount(card) == 2);

    w.panel->showComment(first);
    test::withModalDialog<CommentDialog>(
        [&] { w.click("CommentReply"); },
        [](CommentDialog *d) { typeComment(d, QStringLiteral("Eens"), true); });
    const Comment *reply = w.ws().orderedComments(w.journey).back();
    CHECK(reply->parent == first);
    CHECK(reply->author == kMe);
    QTreeWidgetItem *thread = w.shown(QStringLiteral("Eerste"));
    REQUIRE(thread);
    REQUIRE(thread->childCount() == 1);
    CHECK(CommentsWindow::flat(thread->child(0)).contains(QStringLiteral("Eens")));
    w.saved();

    w.panel->showComment(first);
    w.click("CommentResolve");
    CHECK(w.ws().find<Comment>(first)->resolved);
    CHECK(w.markerCount(card) == 1);
    CHECK_FALSE(w.shown(QStringLiteral("Eerste"))); // the panel shows open comments
    w.saved();

    w.panel->showComment(first); // shows all
    CHECK(namedChild<QPushButton>(w.panel, "CommentResolve")->text().remove('&') ==
          QStringLiteral("Reopen"));
    CHECK(CommentsWindow::flat(w.shown(QStringLiteral("Eerste")))
              .contains(QStringLiteral("resolved")));
    w.click("CommentResolve");
    CHECK_FALSE(w.ws().find<Comment>(first)->resolved);
    CHECK(w.markerCount(card) == 2);
}

TEST_CASE("Comments: only the author edits or deletes a comment") {
    CommentsWindow w;
    const QString card = w.card(0)->id;
    const QString theirs = w.addWithEdits(card, QStringLiteral("Jan"), QStringLiteral("Van Jan"));
    const QString mine = w.addWithEdits(card, kMe, QStringLiteral("Van mij"));
    auto *edit = namedChild<QPushButton>(w.panel, "CommentEdit");
    auto *remove = namedChild<QPushButton>(w.panel, "CommentDelete");

    w.panel->showComment(theirs);
    CHECK(edit->isHidden());
    CHECK(remove->isHidden());
    CHECK_FALSE(namedChild<QPushButton>(w.panel, "CommentReply")->isHidden());

    w.panel->showComment(mine);
    CHECK_FALSE(edit->isHidden());
    CHECK_FALSE(remove->isHidden());
    test::withModalDialog<CommentDialog>(
        [&] { w.click("CommentEdit"); },
        [](CommentDialog *d) {
            CHECK(namedChild<QPlainTextEdit>(d, "CommentText")->toPlainText() ==
                  QStringLiteral("Van mij"));
            typeComment(d, QStringLiteral("Aangepast"));
        });
    CHECK(w.ws().find<Comment>(mine)->text == QStringLiteral("Aangepast"));
    CHECK_FALSE(w.ws().find<Comment>(mine)->edited.isEmpty());
    CHECK(w.shown(QStringLiteral("Aangepast")));
    w.saved();

    w.panel->showComment(mine);
    w.click("CommentDelete");
    CHECK_FALSE(w.ws().find<Comment>(mine));
    CHECK(w.ws().find<Comment>(theirs));
    CHECK_FALSE(w.shown(QStringLiteral("Aangepast")));
    w.saved();
}

TEST_CASE("Comments: the panel filters by state, author and step") {
    CommentsWindow w;
    const Card *one = w.card(0);
    const Card *other = nullptr;
    for (const Card *card : w.ws().orderedCards(w.journey))
        if (card->step != one->step)
            other = card;
    REQUIRE(other);
    const QString a = w.addWithEdits(one->id, QStringLiteral("Jan"), QStringLiteral("Opmerking A"));
    w.addWithEdits(other->id, QStringLiteral("Piet"), QStringLiteral("Opmerking B"));
    const QString c =
        w.addWithEdits(other->step, QStringLiteral("Jan"), QStringLiteral("Opmerking C"));
    Edits(w.doc()).setResolved(c, true);
    CHECK(w.list->topLevelItemCount() == 2); // open ones

    auto *state = namedChild<QComboBox>(w.panel, "CommentsState");
    state->setCurrentIndex(state->findText(QStringLiteral("Resolved")));
    REQUIRE(w.list->topLevelItemCount() == 1);
    CHECK(CommentsWindow::flat(w.list->topLevelItem(0)).contains(QStringLiteral("Opmerking C")));
    state->setCurrentIndex(state->findText(QStringLiteral("All")));
    CHECK(w.list->topLevelItemCount() == 3);

    auto *author = namedChild<QComboBox>(w.panel, "CommentsAuthor");
    CHECK(author->findText(QStringLiteral("Jan")) > 0);
    CHECK(author->findText(QStringLiteral("Piet")) > 0);
    author->setCurrentIndex(author->findText(QStringLiteral("Jan")));
    CHECK(w.list->topLevelItemCount() == 2);
    CHECK_FALSE(w.shown(QStringLiteral("Opmerking B")));
    author->setCurrentIndex(0);

    auto *step = namedChild<QComboBox>(w.panel, "CommentsStep");
    step->setCurrentIndex(step->findData(other->step));
    CHECK(w.list->topLevelItemCount() == 2); // on the step, and on its card
    CHECK_FALSE(w.shown(QStringLiteral("Opmerking A")));
    step->setCurrentIndex(step->findData(one->step));
    REQUIRE(w.list->topLevelItemCount() == 1);
    CHECK(w.list->topLevelItem(0)->data(0, Qt::UserRole).toString() == a);
}

TEST_CASE("Comments: activating a thread selects its card and scrolls to it") {
    CommentsWindow w;
    const Card card = *w.ws().orderedCards(w.journey).back();
    w.addWithEdits(card.id, QStringLiteral("Jan"), QStringLiteral("Waar is dit?"));
    w.view->selectCards({});
    w.view->horizontalScrollBar()->setValue(0);
    w.view->verticalScrollBar()->setValue(0);
    const QRectF rect = w.view->blueprintScene()->layout().card(card.id)->rect;
    REQUIRE_FALSE(w.view->viewport()->rect().contains(w.view->mapFromScene(rect.center())));
    QTreeWidgetItem *item = w.shown(QStringLiteral("Waar is dit?"));
    REQUIRE(item);
    w.list->setCurrentItem(item);
    w.list->setFocus();
    QTest::keyClick(w.list, Qt::Key_Return);
    CHECK(w.view->selectedCardIds() == QStringList{card.id});
    CHECK(w.view->currentCell().step == card.step);
    CHECK(w.view->viewport()->rect().contains(w.view->mapFromScene(rect.center())));
}

TEST_CASE("Comments: clicking a card's marker shows its thread in the panel") {
    CommentsWindow w;
    const Card card = *w.card(3);
    const QString first = w.addWithEdits(card.id, QStringLiteral("Jan"), QStringLiteral("Eerste"));
    w.addWithEdits(w.card(0)->id, QStringLiteral("Jan"), QStringLiteral("Elders"));
    w.panel->showComment(w.ws().orderedComments(w.journey).back()->id);
    w.view->showCard(card.id);
    w.view->selectCards({});
    const CommentMarkers markers = w.view->commentMarkers();
    const CommentMarkers::Marker *marker = nullptr;
    for (const CommentMarkers::Marker &each : markers.markers())
        if (each.target == card.id)
            marker = &each;
    REQUIRE(marker);
    CHECK(marker->count == 1);
    QTest::mouseClick(w.view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      w.view->mapFromScene(marker->rect.center()));
    CHECK(w.panel->currentComment() == first);
    CHECK(w.view->selectedCardIds().isEmpty()); // the click was on the marker, not the card
}

TEST_CASE("Comments: the author's name is asked once, and cancelling cancels the comment") {
    CommentsWindow w{QString()};
    w.view->showCard(w.card(0)->id);
    QAction *add = w.actions()->action(CanvasActions::AddComment);
    // Cancelled: no name, no comment.
    test::withModalDialog<PreferencesDialog>([add] { add->trigger(); },
                                             [](PreferencesDialog *d) { d->reject(); });
    CHECK(w.ws().comments.empty());
    CHECK(Preferences::authorName().isEmpty());

    // Given: the comment follows, signed with it.
    bool commented = false;
    test::withModalDialog<PreferencesDialog>(
        [add] { add->trigger(); },
        [&](PreferencesDialog *d) {
            auto *buttons = d->findChild<QDialogButtonBox *>();
            CHECK_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled()); // a name is needed
            QTest::keyClicks(namedChild<QLineEdit>(d, "AuthorName"), QStringLiteral("Jan Jansen"));
            QTest::keyClicks(namedChild<QLineEdit>(d, "AuthorRole"), QStringLiteral("wethouder"));
            whenOpen<CommentDialog>([&](CommentDialog *dialog) {
                commented = true;
                typeComment(dialog, QStringLiteral("Mooi"));
            });
            clickOk(d);
        });
    CHECK(commented);
    CHECK(Preferences::authorName() == QStringLiteral("Jan Jansen"));
    CHECK(Preferences::authorRole() == QStringLiteral("wethouder"));
    REQUIRE(w.ws().comments.size() == 1);
    CHECK(w.ws().comments.front().author == QStringLiteral("Jan Jansen"));

    // Asked once: the next comment goes straight to its text.
    w.addComment(QStringLiteral("Nog een"));
    CHECK(w.ws().comments.size() == 2);
}

TEST_CASE("Comments: a comment on a deleted card stays in the panel, marked removed") {
    CommentsWindow w;
    const Card card = *w.card(2);
    w.addWithEdits(card.id, QStringLiteral("Jan"), QStringLiteral("Over deze kaart"));
    REQUIRE(Edits(w.doc()).removeCards({card.id}));
    QTreeWidgetItem *item = w.shown(QStringLiteral("Over deze kaart"));
    REQUIRE(item);
    CHECK(CommentsWindow::flat(item).contains(card.title));
    CHECK(CommentsWindow::flat(item).contains(QStringLiteral("(removed)")));
    CHECK(w.markerCount(card.id) == 0);
    // Activating it shows the journey; nothing breaks.
    w.list->setCurrentItem(item);
    QTest::keyClick(w.list, Qt::Key_Return);
    CHECK(w.window.currentBlueprint() == w.view);
}

TEST_CASE("Comments: in review mode comments work while the cards cannot be changed") {
    CommentsWindow w;
    w.doc().setReviewMode(true);
    const Card card = *w.card(0);
    w.view->showCard(card.id);
    CHECK_FALSE(w.actions()->action(CanvasActions::DeleteCards)->isEnabled());
    w.addComment(QStringLiteral("Akkoord, op een punt na"));
    REQUIRE(w.ws().comments.size() == 1);
    // Refused without a dialog in the reviewer's way.
    CHECK_FALSE(Edits(w.doc()).setField(EntityType::Card, {card.id}, QStringLiteral("title"),
                                        QStringLiteral("Anders")));
    CHECK_FALSE(QApplication::activeModalWidget());
    CHECK(w.ws().find<Card>(card.id)->title == card.title);
    w.panel->showComment(w.ws().comments.front().id);
    w.click("CommentResolve");
    CHECK(w.ws().comments.front().resolved);
    w.saved();
}

TEST_CASE("Comments: a file open read-only refuses comments and says why") {
    test::ExampleFile file;
    const QString path = file.path;
    const QString card = file.document->workspace().cards.front().id;
    Edits(*file.document).addComment(card, QStringLiteral("Jan"), QStringLiteral("Gelezen"));
    file.document.reset();
    FileLock other(path); // as if another Blauwdruk had it open
    REQUIRE(other.tryLock() == FileLock::Result::Locked);
    Preferences::setAuthorName(kMe);
    MainWindow window;
    REQUIRE(window.documents()->openFile(path));
    window.show();
    REQUIRE(window.document()->isReadOnly());
    const Card *commented = window.document()->workspace().find<Card>(card);
    window.openJourney(commented->journey);
    CHECK_FALSE(window.canvasActions()->action(CanvasActions::AddComment)->isEnabled());
    CHECK(window.canvasActions()
              ->whyDisabled(CanvasActions::AddComment)
              .contains(QStringLiteral("read-only")));
    CommentsPanel *panel = window.commentsPanel();
    panel->showComment(window.document()->workspace().comments.front().id);
    CHECK_FALSE(namedChild<QPushButton>(panel, "CommentReply")->isEnabled());
    CHECK_FALSE(namedChild<QPushButton>(panel, "CommentResolve")->isEnabled());
    CHECK(
        namedChild<QLabel>(panel, "CommentsNotice")->text().contains(QStringLiteral("read-only")));
    Preferences::setAuthorName(QString());
}
