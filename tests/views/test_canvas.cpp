#include "blueprintscene.h"
#include "blueprintstyle.h"
#include "blueprintview.h"
#include "canvasactions.h"
#include "carditem.h"
#include "edits.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolTip>

using namespace blauwdruk;

namespace {

// A canvas on the example's ideal journey, shown offscreen at 100 %.
struct Canvas {
    test::ExampleFile file;
    QString journey;
    CanvasActions actions;
    std::unique_ptr<BlueprintView> view;
    Canvas() {
        for (const Journey &j : file.document->workspace().journeys)
            if (j.kind == QStringLiteral("ideal"))
                journey = j.id;
        view = std::make_unique<BlueprintView>(new BlueprintScene(file.document.get(), journey));
        actions.attach(view.get());
        view->resize(1600, 1000);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
        view->setFocus();
    }
    const Workspace &ws() const { return file.document->workspace(); }
    const BlueprintLayout &layout() const { return view->blueprintScene()->layout(); }
    // A point in the viewport inside a cell, made visible first.
    QPoint pointIn(const QString &step, const QString &lane, qreal fromBottom = 6) {
        QRectF cell;
        for (const auto &s : layout().steps)
            for (const auto &l : layout().lanes)
                if (s.id == step && l.id == lane)
                    cell = QRectF(s.header.left(), l.band.top(), s.header.width(), l.band.height());
        view->ensureVisible(cell, 0, 0);
        return view->mapFromScene(QPointF(cell.center().x(), cell.bottom() - fromBottom));
    }
    QPoint pointOnCard(const QString &id) {
        const QRectF rect = layout().card(id)->rect;
        view->ensureVisible(rect, 0, 0);
        return view->mapFromScene(rect.center());
    }
    void sendMouse(QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
                   Qt::MouseButtons buttons) {
        QMouseEvent event(type, pos, view->viewport()->mapToGlobal(pos), button, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &event);
    }
    void drag(const QPoint &from, const QPoint &to) {
        sendMouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        const int steps = 8;
        for (int i = 1; i <= steps; ++i)
            sendMouse(QEvent::MouseMove, from + (to - from) * i / steps, Qt::NoButton,
                      Qt::LeftButton);
        sendMouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    }
    void saved() { CHECK(test::onDisk(file.path) == test::canonical(ws())); }
    // As the menus do: only an enabled action does anything.
    void trigger(CanvasActions::Id id) {
        QAction *action = actions.action(id);
        REQUIRE(action->isEnabled());
        action->trigger();
    }
};

std::vector<const Card *> cardsIn(const Workspace &ws, const QString &step, const QString &lane) {
    return ws.cardsInCell(step, lane);
}

} // namespace

TEST_CASE("Canvas: double-click an empty cell, type, Enter adds the card") {
    Canvas c;
    const QString step = c.ws().orderedSteps(c.journey)[1]->id;
    const QString lane = c.ws().orderedLanes(c.journey)[2]->id; // [1] is the emotion curve
    const auto before = cardsIn(c.ws(), step, lane).size();
    const std::string start = test::canonical(c.ws());
    QTest::mouseDClick(c.view->viewport(), Qt::LeftButton, Qt::NoModifier, c.pointIn(step, lane));
    REQUIRE(c.view->activeEditor());
    QTest::keyClicks(c.view->activeEditor(), QStringLiteral("Brief in B1-taal"));
    QTest::keyClick(c.view->activeEditor(), Qt::Key_Return);
    const auto after = cardsIn(c.ws(), step, lane);
    REQUIRE(after.size() == before + 1);
    CHECK(after.back()->title == QStringLiteral("Brief in B1-taal"));
    c.saved();
    c.file.document->undoStack()->undo();
    CHECK(test::canonical(c.ws()) == start);
    c.saved();
}

TEST_CASE("Canvas: Esc cancels, and an empty editor adds nothing") {
    Canvas c;
    const QString step = c.ws().orderedSteps(c.journey)[1]->id;
    const QString lane = c.ws().orderedLanes(c.journey)[2]->id; // [1] is the emotion curve
    const int count = c.file.document->undoStack()->count();
    QTest::mouseDClick(c.view->viewport(), Qt::LeftButton, Qt::NoModifier, c.pointIn(step, lane));
    REQUIRE(c.view->activeEditor());
    QTest::keyClicks(c.view->activeEditor(), QStringLiteral("weg ermee"));
    QTest::keyClick(c.view->activeEditor(), Qt::Key_Escape);
    QTest::mouseDClick(c.view->viewport(), Qt::LeftButton, Qt::NoModifier, c.pointIn(step, lane));
    REQUIRE(c.view->activeEditor());
    QTest::keyClick(c.view->activeEditor(), Qt::Key_Return);
    CHECK(c.file.document->undoStack()->count() == count);
}

TEST_CASE("Canvas: double-click a card and retype its title, or press F2") {
    Canvas c;
    const QString id = c.ws().orderedCards(c.journey)[3]->id;
    QTest::mouseDClick(c.view->viewport(), Qt::LeftButton, Qt::NoModifier, c.pointOnCard(id));
    REQUIRE(c.view->activeEditor());
    QTest::keyClick(c.view->activeEditor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(c.view->activeEditor(), QStringLiteral("Nieuwe titel"));
    QTest::keyClick(c.view->activeEditor(), Qt::Key_Return);
    CHECK(c.ws().find<Card>(id)->title == QStringLiteral("Nieuwe titel"));
    c.saved();

    c.view->blueprintScene()->cardItem(id)->setSelected(true);
    QTest::keyClick(c.view.get(), Qt::Key_F2);
    REQUIRE(c.view->activeEditor());
    QTest::keyClicks(c.view->activeEditor(), QStringLiteral("Via F2"));
    QTest::keyClick(c.view->activeEditor(), Qt::Key_Return);
    CHECK(c.ws().find<Card>(id)->title == QStringLiteral("Via F2"));
}

TEST_CASE("Canvas: drag a card to another cell in one undo step") {
    Canvas c;
    const Card *card = c.ws().orderedCards(c.journey).front();
    const QString id = card->id;
    const QString fromStep = card->step;
    const QString toStep = c.ws().orderedSteps(c.journey)[2]->id;
    const QString toLane = c.ws().orderedLanes(c.journey)[4]->id;
    const int count = c.file.document->undoStack()->count();
    const int layouts = c.view->blueprintScene()->fullLayouts();
    const std::string start = test::canonical(c.ws());
    // Both points must be on screen at once for one drag.
    c.view->setZoom(0.5);
    c.view->horizontalScrollBar()->setValue(0);
    c.view->verticalScrollBar()->setValue(0);
    const QPoint from = c.view->mapFromScene(c.layout().card(id)->rect.center());
    QRectF target;
    for (const auto &s : c.layout().steps)
        for (const auto &l : c.layout().lanes)
            if (s.id == toStep && l.id == toLane)
                target = QRectF(s.header.left(), l.band.top(), s.header.width(), l.band.height());
    const QPoint to = c.view->mapFromScene(QPointF(target.center().x(), target.bottom() - 4));
    REQUIRE(c.view->viewport()->rect().contains(from));
    REQUIRE(c.view->viewport()->rect().contains(to));
    c.drag(from, to);
    const Card *moved = c.ws().find<Card>(id);
    CHECK(moved->step == toStep);
    CHECK(moved->lane == toLane);
    CHECK(cardsIn(c.ws(), toStep, toLane).back()->id == id); // dropped below the others
    CHECK(c.file.document->undoStack()->count() == count + 1);
    // The cell's cards were placed anew; nothing was laid out whole.
    CHECK(c.view->blueprintScene()->fullLayouts() == layouts);
    CHECK(c.view->blueprintScene()->cardItem(id)->sceneBoundingRect().contains(
        c.layout().card(id)->rect));
    c.saved();
    c.file.document->undoStack()->undo();
    CHECK(c.ws().find<Card>(id)->step == fromStep);
    CHECK(test::canonical(c.ws()) == start);
    CHECK(c.view->blueprintScene()->fullLayouts() == layouts);
}

TEST_CASE("Canvas: edits elsewhere lay nothing out, and a card's edit moves only that card") {
    Canvas c;
    BlueprintScene *scene = c.view->blueprintScene();
    const int layouts = scene->fullLayouts();
    const QString card = c.ws().orderedCards(c.journey).front()->id;
    QString other;
    for (const Journey &j : c.ws().journeys)
        if (j.id != c.journey)
            other = j.id;
    REQUIRE_FALSE(other.isEmpty());
    Edits edits(*c.file.document);
    const QString otherCard = c.ws().orderedCards(other).front()->id;
    edits.setField(EntityType::Card, {otherCard}, QStringLiteral("title"),
                   QStringLiteral("Elders"));
    edits.addComment(card, QStringLiteral("Tester"), QStringLiteral("Klopt dit?"));
    edits.setField(EntityType::Persona, {c.ws().personas.front().id}, QStringLiteral("name"),
                   QStringLiteral("Anna"));
    edits.createVersion(QStringLiteral("Versie"));
    CHECK(scene->fullLayouts() == layouts);

    // A longer title: that card grows, the cards below it in its cell move
    // down, and the canvas matches a fresh layout.
    edits.setField(EntityType::Card, {card}, QStringLiteral("title"),
                   QStringLiteral("Een titel die zo lang is dat hij over meer regels breekt dan "
                                  "de titel die er eerst stond, en nog wat langer"));
    CHECK(scene->fullLayouts() == layouts);
    const BlueprintLayout fresh = BlueprintLayout::compute(c.ws(), c.journey);
    for (const BlueprintLayout::CardBox &box : fresh.cards) {
        REQUIRE(c.layout().card(box.id));
        CHECK(c.layout().card(box.id)->rect == box.rect);
        CHECK(scene->cardItem(box.id)->sceneBoundingRect().contains(box.rect));
    }
    CHECK(c.layout().bounds == fresh.bounds);

    // Inserting a lane is structural: laid out whole, once.
    edits.addLane(c.journey, QStringLiteral("free"), QStringLiteral("Nieuw"), 0);
    CHECK(scene->fullLayouts() == layouts + 1);
}

TEST_CASE("Canvas: keyboard alone adds, selects and deletes cards") {
    Canvas c;
    const auto steps = c.ws().orderedSteps(c.journey);
    const auto lanes = c.ws().orderedLanes(c.journey);
    // From the first cell: two right, two down (past the emotion curve),
    // Insert, type, Enter.
    c.view->setCurrentCell({steps[0]->id, lanes[0]->id});
    QTest::keyClick(c.view.get(), Qt::Key_Right);
    QTest::keyClick(c.view.get(), Qt::Key_Right);
    QTest::keyClick(c.view.get(), Qt::Key_Down);
    QTest::keyClick(c.view.get(), Qt::Key_Down);
    CHECK(c.view->currentCell().step == steps[2]->id);
    CHECK(c.view->currentCell().lane == lanes[2]->id);
    const auto before = cardsIn(c.ws(), steps[2]->id, lanes[2]->id).size();
    QTest::keyClick(c.view.get(), Qt::Key_Insert);
    REQUIRE(c.view->activeEditor());
    QTest::keyClicks(c.view->activeEditor(), QStringLiteral("Via het toetsenbord"));
    QTest::keyClick(c.view->activeEditor(), Qt::Key_Return);
    const auto after = cardsIn(c.ws(), steps[2]->id, lanes[2]->id);
    REQUIRE(after.size() == before + 1);
    const QString id = after.back()->id;
    CHECK(c.view->selectedCardIds() == QStringList{id});
    QTest::keyClick(c.view.get(), Qt::Key_Delete);
    CHECK(c.ws().find<Card>(id) == nullptr);
    c.saved();
}

TEST_CASE("Canvas: Ctrl+wheel zooms around the cursor") {
    Canvas c;
    const qreal before = c.view->zoom();
    const QPoint at(400, 300);
    const QPointF sceneBefore = c.view->mapToScene(at);
    QWheelEvent wheel(at, c.view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(c.view->viewport(), &wheel);
    CHECK(c.view->zoom() > before);
    CHECK((c.view->mapToScene(at) - sceneBefore).manhattanLength() < 4);
}

TEST_CASE("Canvas: rename a lane in place by double-clicking its header") {
    Canvas c;
    const QString lane = c.ws().orderedLanes(c.journey)[3]->id;
    QRectF header;
    for (const auto &l : c.layout().lanes)
        if (l.id == lane)
            header = l.header;
    c.view->ensureVisible(header, 0, 0);
    QTest::mouseDClick(c.view->viewport(), Qt::LeftButton, Qt::NoModifier,
                       c.view->mapFromScene(header.center()));
    REQUIRE(c.view->activeEditor());
    QTest::keyClick(c.view->activeEditor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(c.view->activeEditor(), QStringLiteral("Team Inkomen"));
    QTest::keyClick(c.view->activeEditor(), Qt::Key_Return);
    CHECK(c.ws().find<Lane>(lane)->title == QStringLiteral("Team Inkomen"));
    c.saved();
}

TEST_CASE("Canvas: insert, move and delete steps, lanes and stages") {
    Canvas c;
    const auto steps = c.ws().orderedSteps(c.journey);
    const auto lanes = c.ws().orderedLanes(c.journey);
    const size_t stepCount = steps.size(), laneCount = lanes.size();
    const size_t stageCount = c.ws().orderedStages(c.journey).size();
    c.view->setCurrentCell({steps[1]->id, lanes[1]->id});

    c.trigger(CanvasActions::InsertStepAfter);
    REQUIRE(c.view->activeEditor());
    QTest::keyClicks(c.view->activeEditor(), QStringLiteral("Tussenstap"));
    QTest::keyClick(c.view->activeEditor(), Qt::Key_Return);
    REQUIRE(c.ws().orderedSteps(c.journey).size() == stepCount + 1);
    CHECK(c.ws().orderedSteps(c.journey)[2]->title == QStringLiteral("Tussenstap"));

    c.trigger(CanvasActions::InsertLaneAbove);
    QTest::keyClick(c.view->activeEditor(), Qt::Key_Return);
    REQUIRE(c.ws().orderedLanes(c.journey).size() == laneCount + 1);
    const QString newLane = c.ws().orderedLanes(c.journey)[1]->id;
    REQUIRE(c.view->currentCell().lane == newLane);
    c.trigger(CanvasActions::MoveLaneDown);
    CHECK(c.ws().orderedLanes(c.journey)[2]->id == newLane);

    c.trigger(CanvasActions::InsertStageAfter);
    QTest::keyClick(c.view->activeEditor(), Qt::Key_Escape);
    CHECK(c.ws().orderedStages(c.journey).size() == stageCount + 1);

    const QString firstStage = c.ws().orderedStages(c.journey).front()->id;
    c.view->setCurrentCell({c.ws().stepsOfStage(firstStage).front()->id, newLane});
    c.trigger(CanvasActions::DeleteStage);
    CHECK(c.ws().find<Stage>(firstStage) == nullptr);
    c.saved();
    // Every step is one undo step, and all of it undoes.
    while (c.file.document->undoStack()->canUndo())
        c.file.document->undoStack()->undo();
    CHECK(test::canonical(c.ws()) == test::canonical(test::exampleWorkspace()));
    c.saved();
}

TEST_CASE("Canvas: connect two selected cards") {
    Canvas c;
    const auto cards = c.ws().orderedCards(c.journey);
    const size_t before = c.ws().connections.size();
    c.view->blueprintScene()->cardItem(cards[0]->id)->setSelected(true);
    c.view->blueprintScene()->cardItem(cards[10]->id)->setSelected(true);
    c.trigger(CanvasActions::Connect);
    REQUIRE(c.ws().connections.size() == before + 1);
    const Connection *made = c.ws().orderedConnections(c.journey).back();
    CHECK(made->from == cards[0]->id);
    CHECK(made->to == cards[10]->id);
    CHECK(c.layout().connections.size() == c.ws().orderedConnections(c.journey).size());
    c.saved();
}

TEST_CASE("Canvas: copy cards and paste them into another journey's canvas") {
    Canvas c;
    const QString other =
        std::find_if(c.ws().journeys.begin(), c.ws().journeys.end(), [&](const Journey &j) {
            return j.id != c.journey;
        })->id;
    const auto cards = c.ws().orderedCards(c.journey);
    c.view->blueprintScene()->cardItem(cards[0]->id)->setSelected(true);
    c.view->blueprintScene()->cardItem(cards[1]->id)->setSelected(true);
    c.trigger(CanvasActions::Copy);

    BlueprintView target(new BlueprintScene(c.file.document.get(), other));
    c.actions.attach(&target);
    target.show();
    const auto steps = c.ws().orderedSteps(other);
    const auto lanes = c.ws().orderedLanes(other);
    target.setCurrentCell({steps[1]->id, lanes[2]->id});
    const size_t before = c.ws().orderedCards(other).size();
    c.actions.setView(&target);
    c.trigger(CanvasActions::Paste);
    CHECK(c.ws().orderedCards(other).size() == before + 2);
    CHECK(target.selectedCardIds().size() == 2);
    c.saved();

    c.actions.setView(c.view.get());
    c.trigger(CanvasActions::Duplicate);
    CHECK(c.ws().orderedCards(c.journey).size() == cards.size() + 2);
    c.file.document->undoStack()->undo();
    CHECK(c.ws().orderedCards(c.journey).size() == cards.size());
}

TEST_CASE("Canvas: step and lane headers stay in view while scrolling") {
    Canvas c;
    c.view->resize(900, 600);
    c.view->horizontalScrollBar()->setValue(c.view->horizontalScrollBar()->maximum() / 2);
    c.view->verticalScrollBar()->setValue(c.view->verticalScrollBar()->maximum() / 2);
    REQUIRE(c.view->mapToScene(0, 0).y() > c.layout().headerHeight);
    const QImage image = c.view->viewport()->grab().toImage();
    const BlueprintStyle &style = BlueprintStyle::standard();
    // A pixel in the pinned step header band, right of the lane headers...
    const QColor stepHeader =
        image.pixelColor(int(style.laneHeaderWidth) + 40, int(style.stageHeaderHeight) + 6);
    CHECK(stepHeader == style.headerBackground);
    // ...and one in the pinned lane header column, below the headers.
    const QColor laneHeader =
        image.pixelColor(6, int(style.stageHeaderHeight + style.stepHeaderHeight) + 200);
    CHECK((laneHeader == style.headerBackground || laneHeader == style.background));
}

TEST_CASE("Canvas: keyboard selects several cards, moves them and opens the menu for the cell") {
    Canvas c;
    // The emotion lane (the curve, no cards) goes, so the first two lanes hold cards.
    REQUIRE(c.ws().orderedLanes(c.journey)[1]->kind == QStringLiteral("emotion"));
    REQUIRE(Edits(*c.file.document).removeLane(c.ws().orderedLanes(c.journey)[1]->id));
    const auto steps = c.ws().orderedSteps(c.journey);
    const auto lanes = c.ws().orderedLanes(c.journey);
    c.view->setCurrentCell({steps[0]->id, lanes[0]->id});
    QTest::keyClick(c.view.get(), Qt::Key_Down); // selects the first card of (0, 1)
    QTest::keyClick(c.view.get(), Qt::Key_Up, Qt::ShiftModifier); // and adds (0, 0)'s
    CHECK(c.view->selectedCardIds().size() == 2);

    // Alt+Down steps to the second card of the cell.
    const auto cell = c.ws().cardsInCell(steps[0]->id, lanes[0]->id);
    REQUIRE(cell.size() >= 2);
    QTest::keyClick(c.view.get(), Qt::Key_Down, Qt::AltModifier);
    REQUIRE(c.view->selectedCardIds() == QStringList{cell[1]->id});

    // Ctrl+Right carries it to the next step, same lane.
    const QString id = cell[1]->id;
    QTest::keyClick(c.view.get(), Qt::Key_Right, Qt::ControlModifier);
    CHECK(c.ws().find<Card>(id)->step == steps[1]->id);
    CHECK(c.ws().find<Card>(id)->lane == lanes[0]->id);
    CHECK(c.view->selectedCardIds() == QStringList{id});
    c.saved();

    // The menu key on the current cell renames its step.
    c.view->blueprintScene()->clearSelection();
    QTimer::singleShot(0, [] {
        // As a user would: highlight the entry and press Enter.
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        REQUIRE(menu);
        for (QAction *action : menu->actions())
            if (action->text() == QStringLiteral("Rename Step"))
                menu->setActiveAction(action);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QContextMenuEvent keyboard(QContextMenuEvent::Keyboard, QPoint(10, 10),
                               c.view->viewport()->mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(c.view->viewport(), &keyboard);
    REQUIRE(c.view->activeEditor());
    QTest::keyClick(c.view->activeEditor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(c.view->activeEditor(), QStringLiteral("Hernoemd"));
    QTest::keyClick(c.view->activeEditor(), Qt::Key_Return);
    CHECK(c.ws().find<Step>(c.view->currentCell().step)->title == QStringLiteral("Hernoemd"));
}

TEST_CASE("Canvas: drag from a selected card's handle to another card connects them") {
    Canvas c;
    const auto cards = c.ws().orderedCards(c.journey);
    const QString from = cards[0]->id;
    const QString to = cards[2]->id;
    c.view->horizontalScrollBar()->setValue(0);
    c.view->verticalScrollBar()->setValue(0);
    c.view->blueprintScene()->cardItem(from)->setSelected(true);
    const QPoint handle =
        c.view->mapFromScene(CardItem::handlePosition(c.layout().card(from)->rect));
    const QPoint target = c.view->mapFromScene(c.layout().card(to)->rect.center());
    REQUIRE(c.view->viewport()->rect().contains(target));
    const size_t before = c.ws().connections.size();
    c.drag(handle, target);
    REQUIRE(c.ws().connections.size() == before + 1);
    const Connection *made = c.ws().orderedConnections(c.journey).back();
    CHECK(made->from == from);
    CHECK(made->to == to);
    CHECK(c.ws().find<Card>(from)->step == cards[0]->step); // the card itself did not move
    c.saved();
}

TEST_CASE("Canvas: drag a lane header to reorder lanes, and a step header to move a step") {
    Canvas c;
    c.view->setZoom(0.5);
    c.view->horizontalScrollBar()->setValue(0);
    c.view->verticalScrollBar()->setValue(0);
    const auto lanes = c.ws().orderedLanes(c.journey);
    const QString moving = lanes[0]->id;
    const QPoint from = c.view->mapFromScene(c.layout().lanes[0].header.center());
    const QPoint to = c.view->mapFromScene(
        QPointF(c.layout().lanes[2].header.center().x(), c.layout().lanes[2].band.center().y()));
    c.drag(from, to);
    CHECK(c.ws().orderedLanes(c.journey)[2]->id == moving);
    c.saved();

    const auto steps = c.ws().orderedSteps(c.journey);
    const QString step = steps[0]->id;
    const QPoint stepFrom = c.view->mapFromScene(c.layout().steps[0].header.center());
    const QPoint stepTo = c.view->mapFromScene(c.layout().steps[3].header.center());
    c.drag(stepFrom, stepTo);
    CHECK(c.ws().orderedSteps(c.journey)[3]->id == step);
    c.saved();
}

TEST_CASE("Canvas: dragging a point of the emotion curve sets the step's emotion, one undo step") {
    Canvas c;
    const auto steps = c.ws().orderedSteps(c.journey);
    const QString step = steps[3]->id;
    const int before = steps[3]->emotion;
    REQUIRE(before != -2);
    const BlueprintLayout &layout = c.layout();
    REQUIRE(layout.emotionCurve.size() == qsizetype(steps.size()));
    const QPointF point = layout.emotionCurve[3];
    c.view->ensureVisible(QRectF(point, QSizeF(1, 1)), 50, 50);
    const QPoint from = c.view->mapFromScene(point);
    const QPoint bottom =
        c.view->mapFromScene(QPointF(point.x(), layout.emotionTop + layout.emotionSpan + 30));
    const int count = c.file.document->undoStack()->count();
    c.drag(from, bottom); // past the bottom: clamped to -2
    CHECK(c.ws().find<Step>(step)->emotion == -2);
    CHECK(c.file.document->undoStack()->count() == count + 1);
    c.saved();
    // A second drag is its own undo step; undo brings back each value in turn.
    const QPoint low = c.view->mapFromScene(c.layout().emotionCurve[3]);
    const QPoint top = c.view->mapFromScene(QPointF(point.x(), c.layout().emotionTop));
    c.drag(low, top);
    CHECK(c.ws().find<Step>(step)->emotion == 2);
    CHECK(c.file.document->undoStack()->count() == count + 2);
    c.file.document->undoStack()->undo();
    CHECK(c.ws().find<Step>(step)->emotion == -2);
    c.file.document->undoStack()->undo();
    CHECK(c.ws().find<Step>(step)->emotion == before);
    // Another step's point is untouched by all this.
    CHECK(c.ws().find<Step>(steps[4]->id)->emotion == steps[4]->emotion);
}

TEST_CASE("Canvas: two drags of the same card are two undo steps, and a drag home leaves none") {
    Canvas c;
    const Card *card = c.ws().orderedCards(c.journey).front();
    const QString id = card->id;
    const auto steps = c.ws().orderedSteps(c.journey);
    const auto lanes = c.ws().orderedLanes(c.journey);
    c.view->setZoom(0.4);
    c.view->horizontalScrollBar()->setValue(0);
    c.view->verticalScrollBar()->setValue(0);
    auto cellPoint = [&](int step, int lane) {
        const QRectF cell = c.view->cellRect({steps[size_t(step)]->id, lanes[size_t(lane)]->id});
        return c.view->mapFromScene(QPointF(cell.center().x(), cell.bottom() - 4));
    };
    auto cardPoint = [&] { return c.view->mapFromScene(c.layout().card(id)->rect.center()); };
    const int count = c.file.document->undoStack()->count();

    // Real QTest mouse events, as a hand on the mouse makes them.
    auto drag = [&](const QPoint &from, const QPoint &to) {
        QWidget *viewport = c.view->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(viewport, from + (to - from) * i / 6);
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
    };
    drag(cardPoint(), cellPoint(2, 4));
    REQUIRE(c.ws().find<Card>(id)->step == steps[2]->id);
    drag(cardPoint(), cellPoint(3, 5));
    REQUIRE(c.ws().find<Card>(id)->step == steps[3]->id);
    CHECK(c.file.document->undoStack()->count() == count + 2);
    c.file.document->undoStack()->undo();
    // Back where the first drag left it, not where it began.
    CHECK(c.ws().find<Card>(id)->step == steps[2]->id);
    CHECK(c.ws().find<Card>(id)->lane == lanes[4]->id);
    c.saved();

    // A drag that ends where it began: nothing to undo, the card in its place.
    const int before = c.file.document->undoStack()->count();
    const QRectF home = c.layout().card(id)->rect;
    const QPoint from = cardPoint();
    drag(from, from + QPoint(30, 0));
    CHECK(c.file.document->undoStack()->count() == before);
    CHECK(c.layout().card(id)->rect == home);
    CHECK(c.view->blueprintScene()->cardItem(id)->pos() == QPointF(0, 0));
}

TEST_CASE(
    "Canvas: a rubber band selects the cards it touches, Ctrl+click toggles, a click keeps one") {
    Canvas c;
    c.view->setZoom(0.5);
    c.view->horizontalScrollBar()->setValue(0);
    c.view->verticalScrollBar()->setValue(0);
    const auto steps = c.ws().orderedSteps(c.journey);
    const auto lanes = c.ws().orderedLanes(c.journey);
    // A band over the first two columns of the lanes with cards, from an empty spot.
    const QRectF first = c.view->cellRect({steps[0]->id, lanes[0]->id});
    const QRectF last = c.view->cellRect({steps[1]->id, lanes[2]->id});
    QStringList expected;
    for (const BlueprintLayout::CardBox &box : c.layout().cards)
        if (QRectF(first.topLeft(), last.bottomRight()).intersects(box.rect))
            expected << box.id;
    REQUIRE(expected.size() >= 3);
    QPointF start = first.topLeft() + QPointF(2, 2);
    REQUIRE(c.view->cardAt(c.view->mapFromScene(start)).isEmpty());
    c.drag(c.view->mapFromScene(start), c.view->mapFromScene(last.bottomRight()));
    QStringList selected = c.view->selectedCardIds();
    selected.sort();
    expected.sort();
    CHECK(selected == expected);

    // Ctrl+click takes one out of the selection, and puts it back.
    const QPoint on = c.view->mapFromScene(c.layout().card(expected[0])->rect.center());
    QTest::mouseClick(c.view->viewport(), Qt::LeftButton, Qt::ControlModifier, on);
    CHECK_FALSE(c.view->selectedCardIds().contains(expected[0]));
    CHECK(c.view->selectedCardIds().size() == expected.size() - 1);
    QTest::mouseClick(c.view->viewport(), Qt::LeftButton, Qt::ControlModifier, on);
    CHECK(c.view->selectedCardIds().size() == expected.size());
    // A plain click on one of them keeps only that one.
    QTest::mouseClick(c.view->viewport(), Qt::LeftButton, Qt::NoModifier, on);
    CHECK(c.view->selectedCardIds() == QStringList{expected[0]});
    // A click on an empty spot clears the selection.
    QTest::mouseClick(c.view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      c.view->mapFromScene(start));
    CHECK(c.view->selectedCardIds().isEmpty());
}

TEST_CASE("Canvas: context menus offer the canvas actions themselves") {
    Canvas c;
    const QString card = c.ws().orderedCards(c.journey).front()->id;
    QList<QAction *> offered;
    auto openMenu = [&](const QPoint &at) {
        offered.clear();
        QTimer::singleShot(0, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            REQUIRE(menu);
            offered = menu->actions();
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, c.view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(c.view->viewport(), &event);
    };
    openMenu(c.pointOnCard(card));
    CHECK(c.view->selectedCardIds() == QStringList{card});
    CHECK(offered.contains(c.actions.action(CanvasActions::EditCard)));
    CHECK(offered.contains(c.actions.action(CanvasActions::DeleteCards)));
    CHECK(offered.contains(c.actions.kindMenu()->menuAction()));

    const QString lane = c.ws().orderedLanes(c.journey)[2]->id;
    const QRectF header = c.view->headerHit(BlueprintView::Header::Lane, lane).rect;
    c.view->ensureVisible(header, 0, 0);
    openMenu(c.view->mapFromScene(header.center()));
    CHECK(c.view->currentCell().lane == lane);
    CHECK(offered.contains(c.actions.action(CanvasActions::RenameLane)));
    CHECK(offered.contains(c.actions.action(CanvasActions::DeleteLane)));

    // The kind menu's choice changes the selected card, as one undo step.
    c.view->selectCards({card});
    QAction *painPoint = nullptr;
    for (QAction *choice : c.actions.kindMenu()->actions())
        if (choice->data().toString() == QStringLiteral("pain_point"))
            painPoint = choice;
    REQUIRE(painPoint);
    REQUIRE(painPoint->isEnabled());
    painPoint->trigger();
    CHECK(c.ws().find<Card>(card)->kind == QStringLiteral("pain_point"));
    c.saved();
}

TEST_CASE("Canvas: Delete deletes cards only while the canvas has the keyboard") {
    Canvas c;
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *field = new QLineEdit(QStringLiteral("abc"));
    layout->addWidget(field);
    c.view->setParent(&window);
    layout->addWidget(c.view.get());
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const QString card = c.ws().orderedCards(c.journey).front()->id;
    c.view->selectCards({card});
    field->setFocus();
    field->setCursorPosition(0);
    QTest::keyClick(field, Qt::Key_Delete);
    CHECK(field->text() == QStringLiteral("bc"));
    CHECK(c.ws().find<Card>(card));
    c.view->setFocus();
    QTest::keyClick(c.view.get(), Qt::Key_Delete);
    CHECK_FALSE(c.ws().find<Card>(card));
    c.view->setParent(nullptr);
}

TEST_CASE("Canvas: scrolled, the pinned headers take the clicks, not the cards beneath them") {
    Canvas c;
    const auto lanes = c.ws().orderedLanes(c.journey);
    // Scrolled right and down: the first columns are under the lane headers,
    // the top lanes under the step headers.
    c.view->horizontalScrollBar()->setValue(600);
    c.view->verticalScrollBar()->setValue(300);
    const QRectF visible = c.view->mapToScene(c.view->viewport()->rect()).boundingRect();
    REQUIRE(visible.left() > 0);
    REQUIRE(visible.top() > 0);
    const BlueprintLayout::LaneBox *under = nullptr;
    for (const auto &lane : c.layout().lanes)
        if (lane.band.top() > visible.top() + c.layout().headerHeight + 10 &&
            lane.band.bottom() < visible.bottom() && !under)
            under = &lane;
    REQUIRE(under);
    const QPoint onHeader = c.view->mapFromScene(QPointF(
        visible.left() + BlueprintStyle::standard().laneHeaderWidth / 2, under->band.center().y()));
    c.view->selectCards({});
    QTest::mouseClick(c.view->viewport(), Qt::LeftButton, Qt::NoModifier, onHeader);
    CHECK(c.view->selectedCardIds().isEmpty());
    const BlueprintView::HeaderHit hit = c.view->headerAt(c.view->mapToScene(onHeader));
    CHECK(hit.kind == BlueprintView::Header::Lane);
    CHECK(hit.id == under->id);
    // Double-clicking it renames that lane, in place where it is drawn.
    QTest::mouseDClick(c.view->viewport(), Qt::LeftButton, Qt::NoModifier, onHeader);
    REQUIRE(c.view->activeEditor());
    CHECK(c.view->activeEditor()->geometry().contains(onHeader));
    QTest::keyClick(c.view->activeEditor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(c.view->activeEditor(), QStringLiteral("Vastgepind"));
    QTest::keyClick(c.view->activeEditor(), Qt::Key_Return);
    CHECK(c.ws().find<Lane>(under->id)->title == QStringLiteral("Vastgepind"));
    c.saved();
}

TEST_CASE(
    "Canvas: moves that cannot go anywhere are greyed out, and so is Paste with nothing to paste") {
    Canvas c;
    const auto steps = c.ws().orderedSteps(c.journey);
    const auto lanes = c.ws().orderedLanes(c.journey);
    c.view->setCurrentCell({steps.front()->id, lanes.front()->id});
    CHECK_FALSE(c.actions.action(CanvasActions::MoveLaneUp)->isEnabled());
    CHECK(c.actions.action(CanvasActions::MoveLaneDown)->isEnabled());
    CHECK_FALSE(c.actions.action(CanvasActions::MoveStepLeft)->isEnabled());
    CHECK_FALSE(c.actions.action(CanvasActions::MoveStageLeft)->isEnabled());
    c.view->setCurrentCell({steps.back()->id, lanes.back()->id});
    CHECK_FALSE(c.actions.action(CanvasActions::MoveLaneDown)->isEnabled());
    CHECK_FALSE(c.actions.action(CanvasActions::MoveStepRight)->isEnabled());
    CHECK(c.actions.action(CanvasActions::MoveStepLeft)->isEnabled());
    QGuiApplication::clipboard()->clear();
    CHECK_FALSE(c.actions.action(CanvasActions::Paste)->isEnabled());
    QGuiApplication::clipboard()->setText(QStringLiteral("Een kaart"));
    CHECK(c.actions.action(CanvasActions::Paste)->isEnabled());
}

TEST_CASE("Canvas: Shift+F10 opens the keyboard menu") {
    Canvas c;
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        opened = menu && menu->actions().contains(c.actions.action(CanvasActions::AddCard));
        if (menu)
            menu->close();
    });
    c.view->selectCards({});
    QTest::keyClick(c.view.get(), Qt::Key_F10, Qt::ShiftModifier);
    CHECK(opened);
}

TEST_CASE(
    "Canvas: an arrow's label sits clear of the cards, and its tooltip gives the whole label") {
    Canvas c;
    const auto arrow = std::find_if(
        c.ws().connections.begin(), c.ws().connections.end(), [&](const Connection &connection) {
            return connection.label == QStringLiteral("complete aanvraag");
        });
    REQUIRE(arrow != c.ws().connections.end());
    const QString id = arrow->id;
    const QString label = QStringLiteral("complete aanvraag, met de uitslag van de ergotherapeut "
                                         "en het verslag van het keukentafelgesprek erbij");
    REQUIRE(Edits(*c.file.document)
                .setField(EntityType::Connection, {id}, QStringLiteral("label"), label));
    const auto path = std::find_if(c.layout().connections.begin(), c.layout().connections.end(),
                                   [&](const auto &p) { return p.id == id; });
    REQUIRE(path != c.layout().connections.end());
    // Cut short on the canvas, placed clear of every card.
    REQUIRE_FALSE(path->labelText.isEmpty());
    CHECK(path->labelText != label);
    for (const BlueprintLayout::CardBox &card : c.layout().cards)
        CHECK_FALSE(card.rect.intersects(path->labelRect));

    // Resting the mouse on the label shows all of it.
    c.view->ensureVisible(path->labelRect, 0, 0);
    const QPoint at = c.view->mapFromScene(path->labelRect.center());
    QHelpEvent help(QEvent::ToolTip, at, c.view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(c.view->viewport(), &help);
    CHECK(QToolTip::isVisible());
    CHECK(QTextDocumentFragment::fromHtml(QToolTip::text()).toPlainText() == label);
    QToolTip::hideText();
}
