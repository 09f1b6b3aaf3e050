// Issue 14 in the window: review mode, decisions and "changed since
// approval", driven by keys, clicks and the real dialogs.
#include "blueprintscene.h"
#include "blueprintview.h"
#include "commandline.h"
#include "decisiondialog.h"
#include "editinplacetool.h"
#include "edits.h"
#include "examplewindow.h"
#include "journeybanner.h"
#include "mainwindow.h"
#include "modaldialog.h"
#include "preferences.h"
#include "review.h"
#include "reviewbar.h"
#include "screenshot.h"
#include "testsupport.h"
#include "windowactions.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace blauwdruk;

namespace {

using test::ExampleWindow;

using test::activate;
using test::press;

// Takes a decision through its menu action and the dialog, as a person:
// the name (when asked), the remark, then Enter.
void decide(MainWindow &window, WindowActions::Id id, const QString &remark,
            const QString &name = QString()) {
    QAction *action = window.windowActions()->action(id);
    REQUIRE(action->isEnabled());
    test::withModalDialog<DecisionDialog>(
        [&] { action->trigger(); },
        [&](DecisionDialog *dialog) {
            auto *nameField = test::namedChild<QLineEdit>(dialog, "DecisionName");
            if (!name.isEmpty()) {
                nameField->setFocus();
                QTest::keyClick(nameField, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(nameField, name);
            }
            auto *remarkField = test::namedChild<QPlainTextEdit>(dialog, "DecisionRemark");
            remarkField->setFocus();
            QTest::keyClicks(remarkField, remark);
            // Enter in the name field takes the dialog's default button.
            nameField->setFocus();
            QTest::keyClick(nameField, Qt::Key_Return);
        });
}

QString barText(MainWindow &window) {
    return window.reviewBar()->text();
}

struct ReviewWindow : ExampleWindow {
    BlueprintView *view = nullptr;
    QString journey;
    ReviewWindow() {
        Preferences::setAuthorName(QString());
        Preferences::setAuthorRole(QString());
        activate(window);
        view = window.currentBlueprint();
        REQUIRE(view);
        journey = view->blueprintScene()->journeyId();
    }
    const Journey &shown() { return *ws().find<Journey>(journey); }
    const Card &card(int i) { return *ws().orderedCards(journey)[size_t(i)]; }
    void reviewMode(bool on) {
        // View › Review Mode by its keys, as a person.
        if (window.windowActions()->action(WindowActions::ReviewMode)->isChecked() != on) {
            activate(window); // again: a dialog may have had the keyboard
            view->setFocus();
            press(Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
        }
        REQUIRE(doc().isReviewMode() == on);
    }
    // Retitles a card in place: F2, the title, Enter.
    void retitle(const QString &id, const QString &title) {
        activate(window);
        view->setFocus();
        view->selectCards({id});
        press(Qt::Key_F2);
        QWidget *editor = view->editor()->activeEditor();
        if (!editor)
            return;
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, title);
        QTest::keyClick(editor, Qt::Key_Return);
    }
};

} // namespace

TEST_CASE("Review window: review mode says so, and keeps the blueprint from being changed") {
    ReviewWindow w;
    w.reviewMode(true);
    QCoreApplication::processEvents();
    CHECK(w.window.reviewBar()->isVisible());
    CHECK(barText(w.window).contains(w.shown().title.toHtmlEscaped()));
    CHECK(barText(w.window).contains(QStringLiteral("In review")));
    // The accidents a review mode is for: typing over a card, deleting one,
    // dragging one.
    const Card card = w.card(0);
    const std::string before = test::canonical(w.ws());
    w.retitle(card.id, QStringLiteral("Per ongeluk"));
    CHECK_FALSE(w.view->editor()->activeEditor());
    w.view->selectCards({card.id});
    press(Qt::Key_Delete);
    CHECK(test::canonical(w.ws()) == before);
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("Review mode")));
    // The Leave button goes back to editing.
    QTest::mouseClick(test::namedChild<QToolButton>(w.window.reviewBar(), "LeaveReview"),
                      Qt::LeftButton);
    CHECK_FALSE(w.doc().isReviewMode());
    CHECK_FALSE(w.window.reviewBar()->isVisible());
    w.retitle(card.id, QStringLiteral("Nu wel"));
    CHECK(w.ws().find<Card>(card.id)->title == QStringLiteral("Nu wel"));
}

TEST_CASE("Review window: a whole review, from request for changes to changed since approval") {
    ReviewWindow w;
    const Card card = w.card(0);
    // The reviewer opens it for review and comments on a card.
    w.reviewMode(true);
    const QString comment = Edits(w.doc()).addComment(card.id, QStringLiteral("Wethouder"),
                                                      QStringLiteral("Wie belt Samira terug?"));
    REQUIRE_FALSE(comment.isEmpty());
    // The example's journey is in review: the reviewer sends it back,
    // giving a name the first time (it is kept for next time).
    decide(w.window, WindowActions::RequestChanges, QStringLiteral("Wie belt terug? Zeg het."),
           QStringLiteral("Wethouder"));
    CHECK(w.shown().status == QStringLiteral("changes_requested"));
    CHECK(Preferences::authorName() == QStringLiteral("Wethouder")); // asked once, kept
    CHECK(barText(w.window).contains(QStringLiteral("Changes requested")));
    // The remark stays in view for the makers, and a new decision waits for
    // them to submit it again.
    CHECK(barText(w.window).contains(QStringLiteral("Wie belt terug? Zeg het.")));
    QAction *approve = w.window.windowActions()->action(WindowActions::Approve);
    CHECK_FALSE(approve->isEnabled());
    CHECK(approve->toolTip().contains(QStringLiteral("submit it for review again")));
    w.saved();

    // The author leaves review mode, resolves the comment and edits.
    w.reviewMode(false);
    REQUIRE(Edits(w.doc()).setResolved(comment, true));
    w.retitle(card.id, QStringLiteral("Klantregisseur belt binnen een werkdag"));
    REQUIRE(w.ws().find<Card>(card.id)->title ==
            QStringLiteral("Klantregisseur belt binnen een werkdag"));
    decide(w.window, WindowActions::SubmitForReview, QString());
    CHECK(w.shown().status == QStringLiteral("in_review"));

    // The reviewer approves; nothing has changed since.
    w.reviewMode(true);
    // The approval says how many comments are still open before it is taken.
    const int open =
        int(std::count_if(w.ws().comments.begin(), w.ws().comments.end(), [&](const Comment &c) {
            return c.journey == w.journey && c.parent.isEmpty() && !c.resolved;
        }));
    REQUIRE(open > 0);
    test::withModalDialog<DecisionDialog>(
        [&] { w.window.windowActions()->action(WindowActions::Approve)->trigger(); },
        [&](DecisionDialog *dialog) {
            bool said = false;
            for (QLabel *label : dialog->findChildren<QLabel *>())
                said = said || label->text().contains(
                                   QStringLiteral("Comments on it still open: %1.").arg(open));
            CHECK(said);
            dialog->reject();
        });
    decide(w.window, WindowActions::Approve, QStringLiteral("Akkoord"));
    CHECK(w.shown().status == QStringLiteral("approved"));
    const Decision *approval = Review::approval(w.ws(), w.journey);
    REQUIRE(approval);
    CHECK(approval->decidedBy == QStringLiteral("Wethouder"));
    CHECK(approval->remark == QStringLiteral("Akkoord"));
    CHECK_FALSE(barText(w.window).contains(QStringLiteral("Changed since approval")));
    // Undo takes back no decision.
    w.doc().undoStack()->undo();
    CHECK(w.shown().status == QStringLiteral("approved"));
    w.doc().undoStack()->redo();
    w.saved();

    // Any later change of content shows, in the banner and in review mode.
    w.reviewMode(false);
    w.retitle(card.id, QStringLiteral("Later gewijzigd"));
    QCoreApplication::processEvents();
    auto *banner = w.view->findChild<JourneyBanner *>();
    REQUIRE(banner);
    CHECK(banner->headline().contains(QStringLiteral("changed since approval")));
    w.reviewMode(true);
    CHECK(barText(w.window).contains(QStringLiteral("Changed since approval")));
    CHECK(barText(w.window).contains(QStringLiteral("Wethouder")));
}

TEST_CASE("Review window: a decision the status does not allow is not offered, and says why") {
    ReviewWindow w;
    decide(w.window, WindowActions::BackToConcept, QString(), QStringLiteral("Anna"));
    CHECK(w.shown().status == QStringLiteral("concept"));
    QAction *approve = w.window.windowActions()->action(WindowActions::Approve);
    CHECK_FALSE(approve->isEnabled());
    CHECK(approve->toolTip().contains(QStringLiteral("concept")));
    CHECK_FALSE(w.window.windowActions()->action(WindowActions::RequestChanges)->isEnabled());
    // Request changes needs a remark: the dialog's button waits for one.
    decide(w.window, WindowActions::SubmitForReview, QString());
    bool acceptEnabled = true;
    test::withModalDialog<DecisionDialog>(
        [&] { w.window.windowActions()->action(WindowActions::RequestChanges)->trigger(); },
        [&](DecisionDialog *dialog) {
            for (QPushButton *button : dialog->findChildren<QPushButton *>())
                if (button->isDefault())
                    acceptEnabled = button->isEnabled();
            dialog->reject();
        });
    CHECK_FALSE(acceptEnabled);
    CHECK(w.shown().status == QStringLiteral("in_review"));
}

TEST_CASE("Review window: --review and --screenshot show the review bar") {
    test::ExampleFile file;
    file.document.reset();
    const QString png = file.dir.filePath(QStringLiteral("review.png"));
    CommandLine::GuiRequest request;
    request.file = file.path;
    request.screenshot = png;
    request.review = true;
    REQUIRE(Screenshot::run(request) == CommandLine::Success);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    // The bar's violet is there, under the toolbar.
    bool violet = false;
    for (int y = 0; y < 200 && !violet; ++y)
        violet = image.pixelColor(image.width() / 2, y) == QColor(0xEB, 0xE6, 0xF5);
    CHECK(violet);
    // Asking for review without a file is a usage error.
    CHECK_FALSE(CommandLine::parseGui({QStringLiteral("blauwdruk"), QStringLiteral("--review")}));
    CHECK(
        CommandLine::parseGui({QStringLiteral("blauwdruk"), QStringLiteral("--review"), file.path})
            ->review);
}
