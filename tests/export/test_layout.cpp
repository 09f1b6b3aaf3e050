#include "blueprintlayout.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace blauwdruk;

namespace {

const Journey &ideal(const Workspace &ws) {
    return *std::find_if(ws.journeys.begin(), ws.journeys.end(),
                         [](const Journey &j) { return j.kind == QStringLiteral("ideal"); });
}

} // namespace

TEST_CASE("Layout: every card sits inside its own cell, stacked without overlap") {
    const Workspace ws = test::exampleWorkspace();
    const Journey &journey = ideal(ws);
    const BlueprintLayout layout = BlueprintLayout::compute(ws, journey.id);
    REQUIRE(layout.cards.size() == ws.orderedCards(journey.id).size());
    REQUIRE(layout.steps.size() == ws.orderedSteps(journey.id).size());
    REQUIRE(layout.lanes.size() == ws.orderedLanes(journey.id).size());
    for (const BlueprintLayout::CardBox &box : layout.cards) {
        const auto step = std::find_if(layout.steps.begin(), layout.steps.end(),
                                       [&](const auto &s) { return s.id == box.stepId; });
        const auto lane = std::find_if(layout.lanes.begin(), layout.lanes.end(),
                                       [&](const auto &l) { return l.id == box.laneId; });
        REQUIRE(step != layout.steps.end());
        REQUIRE(lane != layout.lanes.end());
        const QRectF cell(step->header.left(), lane->band.top(), step->header.width(),
                          lane->band.height());
        CHECK(cell.contains(box.rect));
        CHECK_FALSE(box.titleLines.isEmpty());
        CHECK(layout.cellAt(box.rect.center()) == std::pair(box.stepId, box.laneId));
        for (const BlueprintLayout::CardBox &other : layout.cards)
            if (&other != &box)
                CHECK_FALSE(box.rect.intersects(other.rect));
    }
}

TEST_CASE("Layout: steps follow stage order, lanes stack, lines sit on lane tops") {
    const Workspace ws = test::exampleWorkspace();
    const Journey &journey = ideal(ws);
    const BlueprintLayout layout = BlueprintLayout::compute(ws, journey.id);
    for (size_t i = 1; i < layout.steps.size(); ++i)
        CHECK(layout.steps[i].header.left() == layout.steps[i - 1].header.right());
    for (size_t i = 1; i < layout.lanes.size(); ++i)
        CHECK(layout.lanes[i].band.top() == layout.lanes[i - 1].band.bottom());
    REQUIRE(layout.lines.size() == 3);
    for (const BlueprintLayout::LineMark &line : layout.lines)
        CHECK(std::any_of(layout.lanes.begin(), layout.lanes.end(),
                          [&](const auto &l) { return l.band.top() == line.y; }));
    qreal stageWidth = 0;
    for (const BlueprintLayout::StageBox &stage : layout.stages)
        stageWidth += stage.rect.width();
    CHECK(stageWidth == layout.steps.size() * BlueprintStyle::standard().columnWidth);
    CHECK(layout.bounds.contains(layout.lanes.back().band));
}

TEST_CASE("Layout: a lane grows with its fullest cell and long titles are cut, not spilled") {
    Workspace ws = test::exampleWorkspace();
    const Journey &journey = ideal(ws);
    const QString step = ws.orderedSteps(journey.id).front()->id;
    const QString lane = ws.orderedLanes(journey.id).front()->id;
    const qreal before = BlueprintLayout::compute(ws, journey.id).lanes.front().band.height();
    for (int i = 0; i < 6; ++i) {
        Card card;
        card.id = QStringLiteral("extra-%1").arg(i);
        card.journey = journey.id;
        card.step = step;
        card.lane = lane;
        card.position = 100 + i;
        card.title = QString(5000, u'x') + QStringLiteral(" einde");
        ws.cards.push_back(card);
    }
    const BlueprintLayout layout = BlueprintLayout::compute(ws, journey.id);
    CHECK(layout.lanes.front().band.height() > before);
    const BlueprintLayout::CardBox *box = layout.card(QStringLiteral("extra-0"));
    REQUIRE(box);
    CHECK(box->titleLines.size() <= BlueprintStyle::standard().cardTitleMaxLines);
    CHECK(box->titleLines.last().endsWith(QChar(0x2026))); // elided
}

TEST_CASE("Layout: connections run orthogonally from card edge to card edge") {
    const Workspace ws = test::exampleWorkspace();
    const Journey &journey = ideal(ws);
    const BlueprintLayout layout = BlueprintLayout::compute(ws, journey.id);
    REQUIRE(layout.connections.size() == ws.orderedConnections(journey.id).size());
    for (const BlueprintLayout::ConnectionPath &path : layout.connections) {
        const Connection *c = ws.find<Connection>(path.id);
        REQUIRE(path.points.size() >= 2);
        const QRectF from = layout.card(c->from)->rect;
        const QRectF to = layout.card(c->to)->rect;
        CHECK((path.points.first().x() == from.left() || path.points.first().x() == from.right()));
        CHECK((path.points.last().x() == to.left() || path.points.last().x() == to.right()));
        for (qsizetype i = 1; i < path.points.size(); ++i) {
            const QPointF a = path.points[i - 1], b = path.points[i];
            CHECK((a.x() == b.x() || a.y() == b.y()));
        }
    }
}

TEST_CASE("Layout: an empty journey still has a drawable area") {
    Workspace ws;
    Journey journey;
    journey.id = QStringLiteral("j");
    ws.journeys.push_back(journey);
    const BlueprintLayout layout = BlueprintLayout::compute(ws, journey.id);
    CHECK(layout.bounds.width() > 0);
    CHECK(layout.bounds.height() > 0);
    CHECK(layout.cards.empty());
}

TEST_CASE("Layout: an emotion lane carries a curve point per step, higher for better") {
    Workspace ws = test::exampleWorkspace();
    const Journey &journey = ideal(ws);
    Lane emotion;
    emotion.id = QStringLiteral("emotion-lane");
    emotion.journey = journey.id;
    emotion.position = 100;
    emotion.kind = QStringLiteral("emotion");
    emotion.title = QStringLiteral("Emotie");
    ws.lanes.push_back(emotion);
    const BlueprintLayout layout = BlueprintLayout::compute(ws, journey.id);
    const auto steps = ws.orderedSteps(journey.id);
    REQUIRE(layout.emotionCurve.size() == qsizetype(steps.size()));
    for (size_t i = 0; i < steps.size(); ++i) {
        CHECK(layout.emotionBand.contains(layout.emotionCurve[qsizetype(i)]));
        CHECK(layout.emotionCurve[qsizetype(i)].x() == layout.steps[i].header.center().x());
        for (size_t j = 0; j < steps.size(); ++j)
            if (steps[i]->emotion > steps[j]->emotion) // screen y grows downwards
                CHECK(layout.emotionCurve[qsizetype(i)].y() <
                      layout.emotionCurve[qsizetype(j)].y());
    }
}

TEST_CASE("Layout: connections never run across a card") {
    const Workspace ws = test::exampleWorkspace();
    for (const Journey &journey : ws.journeys) {
        const BlueprintLayout layout = BlueprintLayout::compute(ws, journey.id);
        for (const BlueprintLayout::ConnectionPath &path : layout.connections) {
            for (qsizetype i = 1; i < path.points.size(); ++i) {
                const QPointF p = path.points[i - 1], q = path.points[i];
                // The segment as a thin rectangle.
                const QRectF segment = QRectF(p, q).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
                for (const BlueprintLayout::CardBox &card : layout.cards) {
                    INFO("connection " << path.id.toStdString() << " segment " << i << " card "
                                       << card.id.toStdString());
                    CHECK_FALSE(segment.intersects(card.rect.adjusted(1, 1, -1, -1)));
                }
            }
        }
    }
}
