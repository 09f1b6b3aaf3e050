// BlueprintLayout::update against compute(): after every one of many random
// edits, undos and redos, the layout that followed the change events must be
// exactly the layout computed afresh.
#include "blueprintlayout.h"
#include "edits.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace blauwdruk;

namespace {

QString describe(const QRectF &r) {
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// Every public part of two layouts, compared; the first difference is
// reported by name.
void requireSame(const BlueprintLayout &a, const BlueprintLayout &b) {
    INFO("bounds " << describe(a.bounds).toStdString() << " vs "
                   << describe(b.bounds).toStdString());
    REQUIRE(a.bounds == b.bounds);
    REQUIRE(a.headerHeight == b.headerHeight);
    REQUIRE(a.stages.size() == b.stages.size());
    for (size_t i = 0; i < a.stages.size(); ++i) {
        REQUIRE(a.stages[i].id == b.stages[i].id);
        REQUIRE(a.stages[i].title == b.stages[i].title);
        REQUIRE(a.stages[i].rect == b.stages[i].rect);
        REQUIRE(a.stages[i].index == b.stages[i].index);
    }
    REQUIRE(a.steps.size() == b.steps.size());
    for (size_t i = 0; i < a.steps.size(); ++i) {
        REQUIRE(a.steps[i].id == b.steps[i].id);
        REQUIRE(a.steps[i].title == b.steps[i].title);
        REQUIRE(a.steps[i].header == b.steps[i].header);
        REQUIRE(a.steps[i].column == b.steps[i].column);
        REQUIRE(a.steps[i].emotion == b.steps[i].emotion);
        REQUIRE(a.steps[i].momentOfTruth == b.steps[i].momentOfTruth);
    }
    REQUIRE(a.lanes.size() == b.lanes.size());
    for (size_t i = 0; i < a.lanes.size(); ++i) {
        INFO("lane " << i << " " << describe(a.lanes[i].band).toStdString() << " vs "
                     << describe(b.lanes[i].band).toStdString());
        REQUIRE(a.lanes[i].id == b.lanes[i].id);
        REQUIRE(a.lanes[i].kind == b.lanes[i].kind);
        REQUIRE(a.lanes[i].title == b.lanes[i].title);
        REQUIRE(a.lanes[i].header == b.lanes[i].header);
        REQUIRE(a.lanes[i].band == b.lanes[i].band);
    }
    REQUIRE(a.lines.size() == b.lines.size());
    for (size_t i = 0; i < a.lines.size(); ++i) {
        REQUIRE(a.lines[i].kind == b.lines[i].kind);
        REQUIRE(a.lines[i].y == b.lines[i].y);
    }
    REQUIRE(a.cards.size() == b.cards.size());
    for (size_t i = 0; i < a.cards.size(); ++i) {
        const BlueprintLayout::CardBox &x = a.cards[i];
        const BlueprintLayout::CardBox &y = b.cards[i];
        INFO("card " << i << " " << x.id.toStdString() << " " << describe(x.rect).toStdString()
                     << " vs " << y.id.toStdString() << " " << describe(y.rect).toStdString());
        REQUIRE(x.id == y.id);
        REQUIRE(x.stepId == y.stepId);
        REQUIRE(x.laneId == y.laneId);
        REQUIRE(x.rect == y.rect);
        REQUIRE(x.titleLines == y.titleLines);
        REQUIRE(x.footer == y.footer);
        REQUIRE(a.card(x.id) == &x);
    }
    REQUIRE(a.connections.size() == b.connections.size());
    for (size_t i = 0; i < a.connections.size(); ++i) {
        REQUIRE(a.connections[i].id == b.connections[i].id);
        REQUIRE(a.connections[i].kind == b.connections[i].kind);
        REQUIRE(a.connections[i].label == b.connections[i].label);
        REQUIRE(a.connections[i].points == b.connections[i].points);
        INFO("label of connection " << i << " "
                                    << describe(a.connections[i].labelRect).toStdString() << " vs "
                                    << describe(b.connections[i].labelRect).toStdString());
        REQUIRE(a.connections[i].labelText == b.connections[i].labelText);
        REQUIRE(a.connections[i].labelRect == b.connections[i].labelRect);
        REQUIRE(a.connections[i].labelLeader == b.connections[i].labelLeader);
    }
    REQUIRE(a.emotionCurve == b.emotionCurve);
    REQUIRE(a.emotionValues.size() == b.emotionValues.size());
    for (size_t i = 0; i < a.emotionValues.size(); ++i) {
        INFO("emotion value " << i << " " << describe(a.emotionValues[i].rect).toStdString()
                              << " vs " << describe(b.emotionValues[i].rect).toStdString());
        REQUIRE(a.emotionValues[i].stepId == b.emotionValues[i].stepId);
        REQUIRE(a.emotionValues[i].text == b.emotionValues[i].text);
        REQUIRE(a.emotionValues[i].rect == b.emotionValues[i].rect);
    }
    REQUIRE(a.emotionBand == b.emotionBand);
    REQUIRE(a.emotionTop == b.emotionTop);
    REQUIRE(a.emotionSpan == b.emotionSpan);
}

const QString kLong = QStringLiteral(
    "Aanvraagformulier bijzondere bijstand met inkomensverklaring en bankafschriften van de "
    "afgelopen drie maanden, ingeleverd bij het loket of via de website");

// Follows one journey of a document through its change events, as the
// canvas does.
struct Follower {
    test::ExampleFile file;
    QString journey, other;
    BlueprintLayout layout;
    int events = 0;
    BlueprintLayout::Delta last;
    Follower() {
        for (const Journey &j : file.document->workspace().journeys)
            (j.kind == QStringLiteral("ideal") ? journey : other) = j.id;
        layout = BlueprintLayout::compute(ws(), journey);
        QObject::connect(file.document.get(), &Document::changed, [this](const Changes &c) {
            ++events;
            last = layout.update(ws(), c);
        });
    }
    const Workspace &ws() const { return file.document->workspace(); }
    Edits edits() { return Edits(*file.document); }
};

template <class T> QString pick(QRandomGenerator &random, const std::vector<const T *> &list) {
    return list.empty() ? QString() : list[random.bounded(qsizetype(list.size()))]->id;
}

} // namespace

TEST_CASE("Layout update: random edits give exactly what a fresh layout gives") {
    Follower f;
    QRandomGenerator random(20261130);
    QUndoStack *undo = f.file.document->undoStack();
    for (int round = 0; round < 400; ++round) {
        const Workspace &ws = f.ws();
        const bool here = random.bounded(5) != 0; // now and then the other journey
        const QString journey = here || f.other.isEmpty() ? f.journey : f.other;
        const auto cards = ws.orderedCards(journey);
        const auto steps = ws.orderedSteps(journey);
        const auto lanes = ws.orderedLanes(journey);
        const QString card = pick(random, cards);
        const QString step = pick(random, steps);
        const QString lane = pick(random, lanes);
        const int what = random.bounded(21);
        INFO("round " << round << ", edit " << what);
        Edits edits = f.edits();
        switch (what) {
        case 0:
        case 1:
            edits.setField(EntityType::Card, {card}, QStringLiteral("title"),
                           kLong.left(random.bounded(kLong.size())));
            break;
        case 2:
            edits.setField(EntityType::Card, {card}, QStringLiteral("title"),
                           QStringLiteral("Kort"));
            break;
        case 3:
            edits.setField(EntityType::Card, {card}, QStringLiteral("kind"),
                           random.bounded(2) ? QStringLiteral("wait_point")
                                             : QStringLiteral("pain_point"));
            break;
        case 4:
            edits.setField(EntityType::Card, {card}, QStringLiteral("status"),
                           QStringLiteral("done"));
            break;
        case 5:
            edits.setField(EntityType::Card, {card}, QStringLiteral("owner"),
                           random.bounded(2) ? QString() : QStringLiteral("Team Inkomen"));
            break;
        case 6:
            edits.setField(EntityType::Card, {card}, QStringLiteral("votes"),
                           int(random.bounded(3)));
            break;
        case 7:
        case 8:
            if (!card.isEmpty() && !step.isEmpty() && !lane.isEmpty())
                edits.moveCards({card}, step, lane, int(random.bounded(4)) - 1);
            break;
        case 9:
        case 10:
            if (!step.isEmpty() && !lane.isEmpty())
                edits.addCard(step, lane, kLong.left(random.bounded(kLong.size())));
            break;
        case 11:
            if (!card.isEmpty())
                edits.removeCards({card});
            break;
        case 12:
            if (!lanes.empty() && random.bounded(4) == 0)
                edits.addLane(journey, QStringLiteral("free"), QStringLiteral("Nieuw"),
                              int(random.bounded(qsizetype(lanes.size()))));
            break;
        case 13:
            if (!steps.empty() && random.bounded(4) == 0)
                edits.addStep(ws.find<Step>(step)->stage, QStringLiteral("Nieuwe stap"), 0);
            break;
        case 14:
            edits.setField(EntityType::Step, {step}, QStringLiteral("emotion"),
                           int(random.bounded(5)) - 2);
            break;
        case 15:
            edits.setField(EntityType::Step, {step}, QStringLiteral("title"), kLong.left(30));
            break;
        case 16:
            if (cards.size() > 1)
                edits.addConnection(card, pick(random, cards));
            break;
        case 17:
            if (const auto connections = ws.orderedConnections(journey); !connections.empty())
                edits.removeConnection(pick(random, connections));
            break;
        case 18:
            if (!card.isEmpty())
                edits.addComment(card, QStringLiteral("Tester"), QStringLiteral("Klopt dit?"));
            break;
        case 20: // labels take room and give it back
            if (const auto connections = ws.orderedConnections(journey); !connections.empty())
                edits.setField(EntityType::Connection, {pick(random, connections)},
                               QStringLiteral("label"),
                               random.bounded(3) ? kLong.left(random.bounded(60)) : QString());
            break;
        case 19:
            if (undo->canUndo() && random.bounded(2))
                undo->undo();
            else if (undo->canRedo())
                undo->redo();
            break;
        }
        requireSame(f.layout, BlueprintLayout::compute(f.ws(), f.journey));
    }
    CHECK(f.events > 200);
}

TEST_CASE("Layout update: changes that do not touch the blueprint change nothing") {
    Follower f;
    const Workspace &ws = f.ws();
    Edits edits = f.edits();
    const QString card = ws.orderedCards(f.journey).front()->id;

    edits.addComment(card, QStringLiteral("Tester"), QStringLiteral("Een opmerking"));
    CHECK(f.last.isEmpty());
    edits.setField(EntityType::Persona, {ws.personas.front().id}, QStringLiteral("name"),
                   QStringLiteral("Anna"));
    CHECK(f.last.isEmpty());
    edits.setWorkspaceField(QStringLiteral("title"), QStringLiteral("Anders"));
    CHECK(f.last.isEmpty());
    edits.createVersion(QStringLiteral("Versie 1"));
    CHECK(f.last.isEmpty());
    REQUIRE_FALSE(f.other.isEmpty());
    const QString otherCard = ws.orderedCards(f.other).front()->id;
    edits.setField(EntityType::Card, {otherCard}, QStringLiteral("title"), kLong);
    CHECK(f.last.isEmpty());
    edits.moveCards({otherCard}, ws.orderedSteps(f.other).back()->id,
                    ws.orderedLanes(f.other).front()->id, -1);
    CHECK(f.last.isEmpty());

    // A field the card shows but that takes no room: that card, nothing else.
    edits.setField(EntityType::Card, {card}, QStringLiteral("status"), QStringLiteral("done"));
    CHECK_FALSE(f.last.full);
    CHECK(f.last.cards == QSet<QString>{card});
    CHECK(f.last.shiftedFrom == SIZE_MAX);
    CHECK_FALSE(f.last.grid);

    // A title of the same height: only that card is re-wrapped.
    const QStringList before = f.layout.card(card)->titleLines;
    edits.setField(EntityType::Card, {card}, QStringLiteral("title"), QStringLiteral("Kort"));
    CHECK_FALSE(f.last.full);
    CHECK(f.last.cards.contains(card));
    CHECK(f.layout.card(card)->titleLines == QStringList{QStringLiteral("Kort")});
    CHECK(before != f.layout.card(card)->titleLines);

    // A lane added: everything again.
    edits.addLane(f.journey, QStringLiteral("free"), QStringLiteral("Nieuw"), 0);
    CHECK(f.last.full);
    requireSame(f.layout, BlueprintLayout::compute(f.ws(), f.journey));
}
