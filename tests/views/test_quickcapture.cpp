// Issue 15, point 4: quick capture. Cards typed into the current cell with
// the keyboard only, as a facilitator does at the projector.
#include "blueprintscene.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "capturedraft.h"
#include "edits.h"
#include "examplewindow.h"
#include "quickcapturetool.h"
#include "undoredo.h"

#include <QScrollBar>
#include <QStatusBar>
#include <QUndoStack>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

using Cell = BlueprintView::Cell;

// The cells that take cards, in the order Tab visits them by default.
std::vector<Cell> cardCells(const Workspace &ws, const QString &journey) {
    std::vector<Cell> cells;
    for (const Step *step : ws.orderedSteps(journey))
        for (const Lane *lane : ws.orderedLanes(journey))
            if (lane->kind != QLatin1String("emotion"))
                cells.push_back({step->id, lane->id});
    return cells;
}

QStringList titlesIn(const Workspace &ws, const Cell &cell) {
    QStringList titles;
    for (const Card *card : ws.cardsInCell(cell.step, cell.lane))
        titles << card->title;
    return titles;
}

// The example in its window, quick capture switched on by its menu action,
// the keyboard on the canvas in the journey's first card cell.
struct CaptureWindow : ExampleWindow {
    BlueprintView *view = nullptr;
    QString journey;
    std::vector<Cell> cells;
    CaptureWindow() {
        activate(window);
        view = window.currentBlueprint();
        REQUIRE(view);
        journey = view->blueprintScene()->journeyId();
        cells = cardCells(ws(), journey);
        REQUIRE(cells.size() > 2);
        QAction *quickCapture = view->actions()->action(CanvasActions::QuickCapture);
        REQUIRE(quickCapture->isEnabled());
        quickCapture->trigger();
        REQUIRE(view->isQuickCapture());
        view->setCurrentCell(cells[0]);
        view->setFocus();
    }
    QUndoStack *undo() { return doc().undoStack(); }
    CaptureDraft *draft() const { return view->captureTool()->draft(); }
};

struct Typed {
    QString keys;  // what is typed
    QString title; // the card's title
    QString kind;
};

const std::vector<Typed> kFirstCell = {
    {"!Lange wachttijd", "Lange wachttijd", "pain_point"},
    {"+Vooraf invullen", "Vooraf invullen", "opportunity"},
    {"?Wie belt terug", "Wie belt terug", "question"},
    {"Formulier kwijt", "Formulier kwijt", "note"},
    {"! Spatie na het teken", "Spatie na het teken", "pain_point"},
    {"Brief onduidelijk", "Brief onduidelijk", "note"},
    {"+Chat op de site", "Chat op de site", "opportunity"},
    {"Twee keer bellen", "Twee keer bellen", "note"},
    {"?Hoe vaak gebeurt dit", "Hoe vaak gebeurt dit", "question"},
    {"Geen bevestiging", "Geen bevestiging", "note"},
};
const std::vector<Typed> kSecondCell = {
    {"!Balie dicht", "Balie dicht", "pain_point"},
    {"Wachtnummer", "Wachtnummer", "note"},
    {"+Afspraak online", "Afspraak online", "opportunity"},
    {"?Wie is eigenaar", "Wie is eigenaar", "question"},
    {"Kopie paspoort", "Kopie paspoort", "note"},
    {"!Parkeren duur", "Parkeren duur", "pain_point"},
    {"Lift kapot", "Lift kapot", "note"},
    {"+Wachtruimte met wifi", "Wachtruimte met wifi", "opportunity"},
    {"Medewerker vriendelijk", "Medewerker vriendelijk", "note"},
    {"?Openingstijden bekend", "Openingstijden bekend", "question"},
};

void captureAll(const std::vector<Typed> &cards) {
    for (const Typed &card : cards) {
        type(card.keys);
        press(Qt::Key_Return);
    }
}

void checkCell(const Workspace &ws, const Cell &cell, const QStringList &before,
               const std::vector<Typed> &typed) {
    const auto cards = ws.cardsInCell(cell.step, cell.lane);
    REQUIRE(cards.size() == size_t(before.size()) + typed.size());
    for (size_t i = 0; i < typed.size(); ++i) {
        const Card *card = cards[size_t(before.size()) + i];
        CHECK(card->title == typed[i].title);
        CHECK(card->kind == typed[i].kind);
    }
}

} // namespace

TEST_CASE("Session mode: quick capture types 20 cards into two cells, kinds by prefix") {
    CaptureWindow w;
    const QStringList firstBefore = titlesIn(w.ws(), w.cells[0]);
    const QStringList secondBefore = titlesIn(w.ws(), w.cells[1]);
    const std::string start = canonical(w.ws());
    const int count = w.undo()->count();

    // The first key opens the draft in the cell, holding it; the prefix
    // shows its kind while typing.
    type(QStringLiteral("!"));
    REQUIRE(w.draft());
    CHECK(w.draft()->hasFocus());
    CHECK(w.draft()->toPlainText() == QStringLiteral("!"));
    CHECK(w.draft()->kind() == QStringLiteral("pain_point"));
    press(Qt::Key_Backspace);
    CHECK(w.draft()->kind() == QStringLiteral("note"));
    press(Qt::Key_Backspace); // an empty draft: Enter closes it, adding nothing
    press(Qt::Key_Return);
    CHECK_FALSE(w.draft());
    CHECK(w.undo()->count() == count);

    captureAll(kFirstCell);
    REQUIRE(w.draft()); // the next draft waits, empty, in the same cell
    CHECK(w.draft()->toPlainText().isEmpty());
    CHECK(w.view->captureTool()->draftCell().lane == w.cells[0].lane);
    press(Qt::Key_Tab); // on to the next cell: down the step
    CHECK(w.view->currentCell().lane == w.cells[1].lane);
    CHECK(w.view->currentCell().step == w.cells[1].step);
    captureAll(kSecondCell);
    press(Qt::Key_Escape);
    CHECK_FALSE(w.draft());
    CHECK(w.view->hasFocus());

    checkCell(w.ws(), w.cells[0], firstBefore, kFirstCell);
    checkCell(w.ws(), w.cells[1], secondBefore, kSecondCell);
    w.saved();

    // One undo step per card, named by the card; undone one at a time, the
    // last card first, each time in the file too.
    std::vector<Typed> all = kFirstCell;
    all.insert(all.end(), kSecondCell.begin(), kSecondCell.end());
    REQUIRE(w.undo()->count() == count + 20);
    const std::string after = canonical(w.ws());
    for (int i = 19; i >= 0; --i) {
        CHECK(w.undo()->text(count + i).contains(all[size_t(i)].title));
        w.undo()->undo();
        QStringList titles = titlesIn(w.ws(), w.cells[0]) + titlesIn(w.ws(), w.cells[1]);
        CHECK_FALSE(titles.contains(all[size_t(i)].title));
        if (i > 0)
            CHECK(titles.contains(all[size_t(i) - 1].title));
        w.saved();
    }
    CHECK(canonical(w.ws()) == start);
    for (int i = 0; i < 20; ++i)
        w.undo()->redo();
    CHECK(canonical(w.ws()) == after);
    w.saved();
}

TEST_CASE("Session mode: one captured card is one undo step, in the file too") {
    ExampleFile file;
    CanvasActions actions;
    QString journey = file.document->workspace().orderedJourneys().front()->id;
    BlueprintView view(new BlueprintScene(file.document.get(), journey));
    actions.attach(&view);
    view.resize(1400, 900);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    activate(view);
    view.setQuickCapture(true);
    const std::vector<Cell> cells = cardCells(file.document->workspace(), journey);
    view.setCurrentCell(cells[2]);
    view.setFocus();
    checkUndoRedo(file, [&] {
        type(QStringLiteral("?Mag ik later betalen"));
        press(Qt::Key_Return, Qt::ShiftModifier); // a new line in the card
        type(QStringLiteral("of in delen"));
        press(Qt::Key_Return);
        const QStringList titles = titlesIn(file.document->workspace(), cells[2]);
        return !titles.isEmpty() &&
               titles.back() == QStringLiteral("Mag ik later betalen\nof in delen");
    });
    CHECK(file.document->workspace().cardsInCell(cells[2].step, cells[2].lane).back()->kind ==
          QStringLiteral("question"));
}

TEST_CASE("Session mode: Esc drops the draft, the cards added before it stay") {
    CaptureWindow w;
    const QStringList before = titlesIn(w.ws(), w.cells[0]);
    type(QStringLiteral("Blijft staan"));
    press(Qt::Key_Return);
    type(QStringLiteral("!Weg ermee"));
    REQUIRE(w.draft());
    // Scrolled (a session's focus moves the view), the draft keeps to its cell.
    QScrollBar *bar = w.view->horizontalScrollBar();
    REQUIRE(bar->maximum() > 0);
    const int x = w.draft()->x();
    const int step = bar->value() + 40 <= bar->maximum() ? 40 : -40;
    bar->setValue(bar->value() + step);
    CHECK(w.draft()->x() == x - step);
    CHECK(w.draft()->hasFocus());
    const int count = w.undo()->count();
    press(Qt::Key_Escape);
    CHECK_FALSE(w.draft());
    CHECK(w.undo()->count() == count);
    CHECK(titlesIn(w.ws(), w.cells[0]) == before + QStringList{QStringLiteral("Blijft staan")});
    // Typing again starts a new draft.
    type(QStringLiteral("x"));
    REQUIRE(w.draft());
    CHECK(w.draft()->toPlainText() == QStringLiteral("x"));
    w.saved();
}

TEST_CASE("Session mode: Tab and Shift+Tab move the draft to the next and previous cell") {
    CaptureWindow w;
    const int count = w.undo()->count();
    type(QStringLiteral("a"));
    press(Qt::Key_Backspace);
    // Empty, Tab only moves: down the lanes of the step, then the next step.
    const size_t lanes = size_t(std::count_if(
        w.cells.begin(), w.cells.end(), [&](const Cell &c) { return c.step == w.cells[0].step; }));
    for (size_t i = 1; i <= lanes; ++i) {
        press(Qt::Key_Tab);
        REQUIRE(w.draft());
        CHECK(w.view->currentCell().step == w.cells[i].step);
        CHECK(w.view->currentCell().lane == w.cells[i].lane);
    }
    CHECK(w.view->currentCell().step != w.cells[0].step); // the next step's first lane
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(w.view->currentCell().lane == w.cells[lanes - 1].lane);
    CHECK(w.undo()->count() == count);
    // With text, Tab adds the card where it was typed.
    type(QStringLiteral("+Meegenomen"));
    press(Qt::Key_Tab);
    CHECK(titlesIn(w.ws(), w.cells[lanes - 1]).back() == QStringLiteral("Meegenomen"));
    CHECK(w.view->currentCell().lane == w.cells[lanes].lane);
    // A session may choose where Tab goes (its focus).
    w.view->captureTool()->setNextCell(
        [&](const QString &, const QString &, bool) { return w.cells[0]; });
    press(Qt::Key_Tab);
    CHECK(w.view->currentCell().lane == w.cells[0].lane);
    CHECK(w.view->currentCell().step == w.cells[0].step);
}

TEST_CASE("Session mode: typing in review mode adds nothing and says why") {
    CaptureWindow w;
    w.doc().setReviewMode(true);
    const std::string before = canonical(w.ws());
    const int count = w.undo()->count();
    w.view->setFocus();
    w.window.statusBar()->clearMessage();
    type(QStringLiteral("!Niet toegestaan"));
    CHECK_FALSE(w.draft());
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("Review mode")));
    press(Qt::Key_Return);
    CHECK(w.undo()->count() == count);
    CHECK(canonical(w.ws()) == before);
}
