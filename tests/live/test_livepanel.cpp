// The facilitator's side of a live session in the real window (issue 18):
// Session › Live Session…, the loopback network, ten phones joining over
// HTTP, a writing round, the inbox by keyboard (accept, edit, merge,
// reject), a vote round, the reveal, and nothing listening afterwards.
#include "livetestsupport.h"

#include "../views/examplewindow.h"
#include "../views/modaldialog.h"
#include "blueprintscene.h"
#include "blueprintview.h"
#include "livejoindialog.h"
#include "livepanel.h"
#include "sessionrules.h"
#include "voterounddialog.h"
#include "votetool.h"
#include "windowactions.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace blauwdruk;

namespace {

QPushButton *buttonNamed(QWidget *parent, const QString &text) {
    for (QPushButton *button : parent->findChildren<QPushButton *>())
        if (button->text() == text)
            return button;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("Live session: ten phones write into the facilitator's inbox, and accepted cards and the "
          "reveal are ordinary edits") {
    test::ExampleWindow w;
    test::activate(w.window);
    Document &document = *w.window.document();
    w.window.windowActions()->action(WindowActions::StartLiveSession)->trigger();
    LivePanel *panel = w.window.livePanel();
    REQUIRE(panel->isVisible());
    CHECK(QTest::qWaitFor([&] { return panel->networkBox()->hasFocus(); }, 2000));
    const int loopback = panel->networkBox()->findData(QStringLiteral("127.0.0.1"));
    REQUIRE(loopback >= 0);
    panel->networkBox()->setCurrentIndex(loopback);
    QTest::mouseClick(buttonNamed(panel, LivePanel::tr("&Start Live Session")), Qt::LeftButton);
    REQUIRE(panel->isRunning());
    const quint16 port = panel->server()->port();
    const QString base = QUrl(panel->participantUrl()).path();
    CHECK(panel->participantUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
    // How to join shows for the projector, the address written out.
    REQUIRE(panel->joinDialog());
    CHECK(panel->joinDialog()->isVisible());
    CHECK(panel->joinDialog()->addressLabel()->text().contains(panel->participantUrl()));
    panel->joinDialog()->close();
    test::activate(w.window);

    QStringList tokens;
    for (int i = 1; i <= 10; ++i) {
        const test::HttpReply joined =
            test::post(port, base + "api/join", {{"label", QString("Deelnemer %1").arg(i)}});
        REQUIRE(joined.status == 200);
        tokens << joined.json()["token"].toString();
    }
    REQUIRE(QTest::qWaitFor([&] { return panel->countsLabel()->text().contains("10"); }, 5000));

    // A silent writing round on the step in view.
    BlueprintView *view = w.window.currentBlueprint();
    const QString journey = view->blueprintScene()->journeyId();
    const Workspace &ws = document.workspace();
    // Ids, not pointers: the inbox lane that phones' cards make moves the lanes.
    const QString step = ws.orderedSteps(journey).at(1)->id;
    QString frontstage;
    for (const Lane *lane : ws.orderedLanes(journey))
        if (lane->kind == QLatin1String("frontstage"))
            frontstage = lane->id;
    REQUIRE(!frontstage.isEmpty());
    view->setCurrentCell({step, frontstage});
    panel->questionEdit()->setFocus();
    QTest::keyClicks(panel->questionEdit(),
                     QStringLiteral("Welke knelpunten ervaart Samira hier?"));
    QTest::keyClick(panel->questionEdit(), Qt::Key_Return);
    REQUIRE(!panel->session()->currentRound().isEmpty());
    for (int i = 0; i < 10; ++i)
        REQUIRE(test::post(port, base + "api/cards",
                           {{"token", tokens[i]}, {"text", QString("Knelpunt %1").arg(i + 1)}})
                    .status == 201);
    QListWidget *inbox = panel->inbox();
    REQUIRE(QTest::qWaitFor([&] { return inbox->count() == 10; }, 5000));
    // They arrived in the round's column of the inbox.
    CHECK(ws.find<Card>(inbox->item(0)->data(Qt::UserRole).toString())->step == step);

    // Enter accepts into the canvas's current cell: one undoable edit.
    inbox->setFocus();
    inbox->setCurrentRow(0);
    const QString accepted = inbox->item(0)->data(Qt::UserRole).toString();
    const int steps = document.undoStack()->count();
    QTest::keyClick(inbox, Qt::Key_Return);
    CHECK(ws.find<Card>(accepted)->lane == frontstage);
    CHECK(ws.find<Card>(accepted)->step == step);
    CHECK(document.undoStack()->count() == steps + 1);
    CHECK(document.undoStack()->undoText() == LivePanel::tr("Accept incoming card"));
    CHECK(inbox->count() == 9);
    document.undo();
    CHECK(inbox->count() == 10);
    document.redo();
    CHECK(inbox->count() == 9);

    // F2 edits a row; the Enter that ends the edit accepts nothing.
    inbox->setCurrentRow(0);
    const QString edited = inbox->item(0)->data(Qt::UserRole).toString();
    const QString lane = ws.find<Card>(edited)->lane;
    QTest::keyClick(inbox, Qt::Key_F2);
    QLineEdit *editor = inbox->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Formulier vraagt wat de gemeente al weet"));
    QTest::keyClick(editor, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] { return ws.find<Card>(edited)->title == "Formulier vraagt wat de gemeente al weet"; },
        2000));
    CHECK(ws.find<Card>(edited)->lane == lane); // still in the inbox
    CHECK(inbox->count() == 9);
    document.undo(); // an ordinary edit
    CHECK(ws.find<Card>(edited)->title != "Formulier vraagt wat de gemeente al weet");
    document.redo();

    // Merge two that say the same; reject one with Delete.
    inbox->clearSelection();
    inbox->item(0)->setSelected(true);
    inbox->item(1)->setSelected(true);
    const QString kept = inbox->item(0)->data(Qt::UserRole).toString();
    const QString other = inbox->item(1)->text();
    QTest::mouseClick(buttonNamed(panel, LivePanel::tr("&Merge")), Qt::LeftButton);
    CHECK(inbox->count() == 8);
    CHECK(ws.find<Card>(kept)->text.contains(other));
    inbox->setFocus();
    inbox->clearSelection();
    inbox->setCurrentRow(0);
    QTest::keyClick(inbox, Qt::Key_Delete);
    CHECK(inbox->count() == 7);
    CHECK(!ws.find<Card>(kept));

    // A vote round; the panel counts dots, the canvas shows none till the reveal.
    test::withModalDialog<VoteRoundDialog>(
        [&] {
            QTest::mouseClick(buttonNamed(panel, LivePanel::tr("Open &Vote Round…")),
                              Qt::LeftButton);
        },
        [](VoteRoundDialog *dialog) {
            dialog->titleEdit()->setText(QStringLiteral("Wat pakken we eerst aan?"));
            dialog->accept();
        });
    const QString round = panel->session()->currentRound();
    REQUIRE(ws.find<VoteRound>(round)->kind == "votes");
    QString voted;
    for (const QString &token : tokens) {
        const QJsonArray cards =
            test::post(port, base + "api/state", {{"token", token}}).json()["cards"].toArray();
        REQUIRE(!cards.isEmpty());
        voted = cards[0].toObject()["id"].toString();
        REQUIRE(test::post(port, base + "api/votes",
                           {{"token", token}, {"card", cards[0].toObject()["id"]}, {"count", 1}})
                    .status == 200);
    }
    REQUIRE(
        QTest::qWaitFor([&] { return panel->countsLabel()->text().contains("10 of 50"); }, 5000));
    CHECK(!ws.find<VoteRound>(round)->revealed);
    CHECK(view->voteTool()->badgeText(voted).isEmpty());
    const int beforeReveal = document.undoStack()->count();
    QTest::mouseClick(buttonNamed(panel, LivePanel::tr("&Reveal Votes")), Qt::LeftButton);
    CHECK(ws.find<VoteRound>(round)->revealed);
    CHECK(document.undoStack()->count() == beforeReveal + 1);
    CHECK(view->voteTool()->badgeText(voted) == "10"); // on the canvas now
    CHECK(test::post(port, base + "api/state", {{"token", tokens[0]}})
              .json()["results"]
              .toArray()
              .size() == 1);

    // Stop: rounds closed, nothing listens.
    w.window.windowActions()->action(WindowActions::StopLiveSession)->trigger();
    CHECK(!panel->isRunning());
    CHECK(ws.find<VoteRound>(round)->closed);
    CHECK(test::nothingListens(port));
}

TEST_CASE("Live session: closing the file stops the server") {
    auto w = std::make_unique<test::ExampleWindow>();
    LivePanel *panel = w->window.livePanel();
    w->window.showLivePanel();
    panel->networkBox()->setCurrentIndex(
        panel->networkBox()->findData(QStringLiteral("127.0.0.1")));
    REQUIRE(panel->start());
    const quint16 port = panel->server()->port();
    panel->joinDialog()->close();
    w.reset(); // the window closes
    CHECK(test::nothingListens(port));
}
