#include "cardfragment.h"
#include "edits.h"
#include "testsupport.h"
#include "undoredo.h"
#include "validator.h"

#include <catch2/catch.hpp>

using namespace blauwdruk;
using test::canonical;
using test::checkUndoRedo;
using test::onDisk;

namespace {

struct Fixture {
    test::ExampleFile file;
    Edits edits{*file.document};
    const Workspace &ws = file.document->workspace();
    QString idealId;
    explicit Fixture(const Workspace &workspace = test::exampleWorkspace())
        : file(workspace) {
        for (const Journey &j : ws.journeys)
            if (j.kind == QStringLiteral("ideal"))
                idealId = j.id;
        REQUIRE_FALSE(idealId.isEmpty());
    }
    // Looked up each time: edits may move the workspace's vectors.
    const Journey *ideal() const { return ws.find<Journey>(idealId); }
    QString journey() const { return idealId; }
    const Stage *stage(int i) const { return ws.orderedStages(journey())[size_t(i)]; }
    const Step *step(int i) const { return ws.orderedSteps(journey())[size_t(i)]; }
    const Lane *lane(int i) const { return ws.orderedLanes(journey())[size_t(i)]; }
    const Card *card(int i) const { return ws.orderedCards(journey())[size_t(i)]; }
    const Card *cardWithConnection() const {
        return ws.find<Card>(ws.orderedConnections(journey()).front()->from);
    }
};

} // namespace

TEST_CASE("Edit: set fields, one or many, with values checked") {
    Fixture f;
    checkUndoRedo(f.file, [&] {
        return f.edits.setField(EntityType::Card, {f.card(0)->id}, QStringLiteral("title"),
                                QStringLiteral("Nieuw"));
    });
    CHECK(f.card(0)->title == QStringLiteral("Nieuw"));
    checkUndoRedo(f.file, [&] {
        return f.edits.setField(EntityType::Card, {f.card(0)->id, f.card(1)->id},
                                QStringLiteral("owner"), QStringLiteral("ICT"));
    });
    CHECK(f.card(1)->owner == QStringLiteral("ICT"));
    checkUndoRedo(f.file, [&] {
        return f.edits.setWorkspaceField(QStringLiteral("title"), QStringLiteral("Andere titel"));
    });
    CHECK(f.ws.meta.title == QStringLiteral("Andere titel"));
    checkUndoRedo(f.file, [&] {
        return f.edits.setField(EntityType::Step, {f.step(0)->id},
                                QStringLiteral("moment_of_truth"), true);
    });

    const int count = f.file.document->undoStack()->count();
    CHECK_FALSE(f.edits.setField(EntityType::Card, {f.card(0)->id}, QStringLiteral("kind"),
                                 QStringLiteral("banana")));
    CHECK_FALSE(f.edits.setField(EntityType::Step, {f.step(0)->id}, QStringLiteral("emotion"), 5));
    CHECK_FALSE(f.edits.setField(EntityType::Card, {f.card(0)->id}, QStringLiteral("colour"),
                                 QStringLiteral("red")));
    CHECK_FALSE(
        f.edits.setField(EntityType::Card, {f.card(0)->id}, QStringLiteral("lane"), f.lane(3)->id));
    CHECK_FALSE(f.edits.setField(EntityType::Card, {QStringLiteral("nope")},
                                 QStringLiteral("title"), QString()));
    CHECK_FALSE(f.edits.error().isEmpty());
    CHECK(f.file.document->undoStack()->count() == count);
}

TEST_CASE("Edit: a line set on another lane moves there") {
    Fixture f; // lanes: resident, emotion, touchpoint, frontstage, ...
    const Lane *withLine = f.lane(3);
    REQUIRE(withLine->lineAbove == QStringLiteral("interaction"));
    checkUndoRedo(f.file, [&] {
        return f.edits.setField(EntityType::Lane, {f.lane(2)->id}, QStringLiteral("line_above"),
                                QStringLiteral("interaction"));
    });
    CHECK(f.lane(2)->lineAbove == QStringLiteral("interaction"));
    CHECK(f.lane(3)->lineAbove.isEmpty());
}

TEST_CASE("Edit: personas are added, duplicated, moved and removed") {
    Fixture f;
    QString id;
    checkUndoRedo(f.file,
                  [&] { return !(id = f.edits.addPersona(QStringLiteral("Henk"), 0)).isEmpty(); });
    CHECK(f.ws.orderedPersonas().front()->id == id);
    checkUndoRedo(f.file, [&] { return !f.edits.duplicatePersona(id).isEmpty(); });
    CHECK(f.ws.orderedPersonas()[1]->name == QStringLiteral("Henk (copy)"));
    checkUndoRedo(f.file, [&] { return f.edits.movePersona(id, 2); });
    CHECK(f.ws.orderedPersonas()[2]->id == id);
    const QString used = f.ideal()->persona;
    checkUndoRedo(f.file, [&] { return f.edits.removePersona(used); });
    CHECK(f.ideal()->persona.isEmpty());
}

TEST_CASE("Edit: a new journey starts with the default lanes in the workspace language") {
    Fixture f;
    QString id;
    checkUndoRedo(f.file, [&] {
        return !(id = f.edits.addJourney(f.ideal()->persona, QStringLiteral("current"),
                                         QStringLiteral("Nu")))
                    .isEmpty();
    });
    auto lanes = f.ws.orderedLanes(id);
    REQUIRE(lanes.size() == 8);
    CHECK(lanes[0]->title == QStringLiteral("Inwoner"));
    CHECK(lanes[1]->title == QStringLiteral("Emotie")); // the curve, below the resident
    CHECK(lanes[3]->lineAbove == QStringLiteral("interaction"));
    CHECK(lanes[4]->lineAbove == QStringLiteral("visibility"));
    CHECK(lanes[5]->lineAbove == QStringLiteral("internal_interaction"));
    REQUIRE(f.edits.setWorkspaceField(QStringLiteral("language"), QStringLiteral("en")));
    id = f.edits.addJourney(QString(), QStringLiteral("ideal"), QStringLiteral("Later"));
    CHECK(f.ws.orderedLanes(id)[0]->title == QStringLiteral("Resident"));
    checkUndoRedo(f.file, [&] { return f.edits.removeJourney(f.journey()); });
    CHECK(f.ws.find<Journey>(f.journey()) == nullptr);
}

TEST_CASE("Edit: a journey from the dialog comes with its route and first column, in one step") {
    Fixture f;
    Edits::JourneyDraft draft;
    draft.persona = f.ideal()->persona;
    draft.kind = QStringLiteral("current");
    draft.title = QStringLiteral("Zo gaat het nu");
    draft.startingPoint = QStringLiteral("Een brief over terugbetalen");
    draft.goal = QStringLiteral("Weten waar ze aan toe is");
    draft.firstStage = QStringLiteral("Fase 1");
    draft.firstStep = QStringLiteral("Stap 1");
    QString id;
    checkUndoRedo(f.file, [&] { return !(id = f.edits.addJourney(draft)).isEmpty(); });
    const Journey *journey = f.ws.find<Journey>(id);
    CHECK(journey->startingPoint == draft.startingPoint);
    CHECK(journey->goal == draft.goal);
    REQUIRE(f.ws.orderedStages(id).size() == 1);
    REQUIRE(f.ws.orderedSteps(id).size() == 1);
    CHECK(f.ws.orderedSteps(id)[0]->title == QStringLiteral("Stap 1"));
    draft.kind = QStringLiteral("someday");
    CHECK(f.edits.addJourney(draft).isEmpty());
}

TEST_CASE("Edit: stages are added, moved and removed with their steps") {
    Fixture f;
    QString id;
    checkUndoRedo(f.file, [&] {
        return !(id = f.edits.addStage(f.journey(), QStringLiteral("Nazorg"), 1)).isEmpty();
    });
    CHECK(f.stage(1)->id == id);
    checkUndoRedo(f.file, [&] { return f.edits.moveStage(id, 0); });
    CHECK(f.stage(0)->id == id);
    const QString full = f.stage(1)->id;
    const size_t cards = f.ws.cards.size();
    checkUndoRedo(f.file, [&] { return f.edits.removeStage(full); });
    CHECK(f.ws.cards.size() < cards);
}

TEST_CASE("Edit: steps are added, moved between stages and removed with their cards") {
    Fixture f;
    QString id;
    checkUndoRedo(f.file, [&] {
        return !(id = f.edits.addStep(f.stage(0)->id, QStringLiteral("Nieuw"), 0)).isEmpty();
    });
    CHECK(f.step(0)->id == id);
    const QString target = f.stage(2)->id;
    checkUndoRedo(f.file, [&] { return f.edits.moveStep(id, target, 1); });
    CHECK(f.ws.stepsOfStage(target)[1]->id == id);
    const QString withCards = f.card(0)->step;
    checkUndoRedo(f.file, [&] { return f.edits.removeStep(withCards); });
    CHECK(std::none_of(f.ws.cards.begin(), f.ws.cards.end(),
                       [&](const Card &c) { return c.step == withCards; }));
}

TEST_CASE("Edit: lanes are added, moved and removed, and a line stays at its boundary") {
    Fixture f; // lanes: resident, emotion, touchpoint, frontstage, backstage, ...
    QString id;
    checkUndoRedo(f.file, [&] {
        return !(id = f.edits.addLane(f.journey(), QStringLiteral("privacy"),
                                      QStringLiteral("Privacy"), 8))
                    .isEmpty();
    });
    CHECK(f.lane(8)->id == id);
    CHECK(f.lane(8)->lineAbove.isEmpty());
    checkUndoRedo(f.file, [&] { return f.edits.moveLane(id, 4); });
    CHECK(f.lane(4)->id == id); // ..., touchpoint, frontstage, privacy, backstage...
    const QString frontstage = f.lane(3)->id;
    REQUIRE(f.lane(3)->lineAbove == QStringLiteral("interaction"));
    checkUndoRedo(f.file, [&] { return f.edits.removeLane(frontstage); });
    CHECK(f.lane(3)->id == id);
    CHECK(f.lane(3)->lineAbove == QStringLiteral("interaction"));
}

TEST_CASE("Edit: cards are added, moved and removed with their connections and comments") {
    Fixture f;
    QString id;
    checkUndoRedo(f.file, [&] {
        return !(id = f.edits.addCard(f.step(0)->id, f.lane(0)->id, QStringLiteral("Nieuwe kaart"),
                                      QStringLiteral("idea"), 0))
                    .isEmpty();
    });
    CHECK(f.ws.cardsInCell(f.step(0)->id, f.lane(0)->id).front()->id == id);
    checkUndoRedo(f.file, [&] { return f.edits.moveCards({id}, f.step(3)->id, f.lane(4)->id, 0); });
    CHECK(f.ws.find<Card>(id)->step == f.step(3)->id);
    const QString connected = f.cardWithConnection()->id;
    const size_t connections = f.ws.connections.size();
    checkUndoRedo(f.file, [&] { return f.edits.removeCards({connected, id}); });
    CHECK(f.ws.connections.size() < connections);
    CHECK(f.ws.find<Card>(connected) == nullptr);
}

TEST_CASE("Edit: connections, comments and versions") {
    Fixture f;
    QString id;
    checkUndoRedo(f.file, [&] {
        return !(id = f.edits.addConnection(f.card(0)->id, f.card(5)->id,
                                            QStringLiteral("dependency"), QStringLiteral("vraagt")))
                    .isEmpty();
    });
    checkUndoRedo(f.file, [&] { return f.edits.removeConnection(id); });
    CHECK(f.edits.addConnection(f.card(0)->id, f.card(0)->id).isEmpty());

    checkUndoRedo(f.file, [&] {
        return !(id = f.edits.addComment(f.step(2)->id, QStringLiteral("Beleid"),
                                         QStringLiteral("Klopt dit?")))
                    .isEmpty();
    });
    CHECK(f.ws.find<Comment>(id)->journey == f.journey());
    checkUndoRedo(f.file, [&] {
        return f.edits.setField(EntityType::Comment, {id}, QStringLiteral("resolved"), true);
    });
    checkUndoRedo(f.file, [&] { return f.edits.removeComment(id); });

    checkUndoRedo(f.file, [&] {
        return !(id = f.edits.createVersion(QStringLiteral("Na sessie 1"))).isEmpty();
    });
    QString error;
    auto snapshot = JsonCodec::read(f.ws.find<Version>(id)->snapshot.toUtf8(), &error);
    REQUIRE(snapshot);
    CHECK(snapshot->cards.size() == f.ws.cards.size());
    checkUndoRedo(f.file, [&] { return f.edits.removeVersion(id); });
}

TEST_CASE("Merge: repeated edits of one field and card drags are one undo step") {
    Fixture f;
    QUndoStack *stack = f.file.document->undoStack();
    const std::string start = canonical(f.ws);
    const QString step = f.step(0)->id;
    const int count = stack->count();
    REQUIRE(f.edits.setField(EntityType::Step, {step}, QStringLiteral("emotion"), -2, true));
    REQUIRE(f.edits.setField(EntityType::Step, {step}, QStringLiteral("emotion"), 1, true));
    REQUIRE(f.edits.setField(EntityType::Step, {step}, QStringLiteral("emotion"), 2, true));
    CHECK(stack->count() == count + 1);
    CHECK(f.step(0)->emotion == 2);
    CHECK(onDisk(f.file.path) == canonical(f.ws));
    stack->undo();
    CHECK(canonical(f.ws) == start);
    CHECK(onDisk(f.file.path) == start);
    stack->redo();
    CHECK(f.step(0)->emotion == 2);

    // A drag: many intermediate positions, one step; a drag back to the
    // origin leaves nothing on the stack.
    const std::string beforeDrag = canonical(f.ws);
    const int beforeDragCount = stack->count();
    const Card *card = f.card(0);
    const QString id = card->id, homeStep = card->step, homeLane = card->lane;
    const int homeIndex = card->position;
    REQUIRE(f.edits.moveCards({id}, f.step(1)->id, f.lane(1)->id, 0, QStringLiteral("g1")));
    REQUIRE(f.edits.moveCards({id}, f.step(2)->id, f.lane(2)->id, 0, QStringLiteral("g1")));
    CHECK(stack->count() == beforeDragCount + 1);
    stack->undo();
    CHECK(canonical(f.ws) == beforeDrag);
    stack->redo();
    REQUIRE(f.edits.moveCards({id}, homeStep, homeLane, homeIndex, QStringLiteral("g1")));
    CHECK(stack->count() == beforeDragCount);
    CHECK(canonical(f.ws) == beforeDrag);
    CHECK(onDisk(f.file.path) == beforeDrag);

    // Two gestures on the same card are two undo steps; moves without a
    // gesture (the keyboard's) never merge.
    REQUIRE(f.edits.moveCards({id}, f.step(1)->id, f.lane(1)->id, 0, QStringLiteral("g2")));
    REQUIRE(f.edits.moveCards({id}, f.step(2)->id, f.lane(2)->id, 0, QStringLiteral("g3")));
    CHECK(stack->count() == beforeDragCount + 2);
    REQUIRE(f.edits.moveCards({id}, f.step(3)->id, f.lane(1)->id, 0));
    REQUIRE(f.edits.moveCards({id}, f.step(3)->id, f.lane(2)->id, 0));
    CHECK(stack->count() == beforeDragCount + 4);
    stack->undo();
    CHECK(f.ws.find<Card>(id)->lane == f.lane(1)->id);
}

TEST_CASE("Changes are announced as typed events") {
    Fixture f;
    Changes seen;
    QObject::connect(f.file.document.get(), &Document::changed,
                     [&](const Changes &c) { seen = c; });
    const QString id = f.edits.addCard(f.step(0)->id, f.lane(0)->id, QStringLiteral("x"));
    REQUIRE_FALSE(seen.empty());
    CHECK(std::any_of(seen.begin(), seen.end(), [&](const Change &c) {
        return c.kind == Change::Kind::Inserted && c.type == EntityType::Card && c.id == id;
    }));
    REQUIRE(
        f.edits.setField(EntityType::Card, {id}, QStringLiteral("owner"), QStringLiteral("UWV")));
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].kind == Change::Kind::Updated);
    CHECK(seen[0].fields == QStringList{"owner"});
    f.file.document->undoStack()->undo();
    CHECK(seen[0].fields == QStringList{"owner"});
}

TEST_CASE("A read-only document refuses edits and leaves the file alone") {
    test::ExampleFile file;
    const QString path = file.path;
    file.document.reset();
    const QByteArray before = test::readFile(path);
    QString error;
    auto document = Document::open(path, Store::Mode::ReadOnly, &error);
    REQUIRE(document);
    Edits edits(*document);
    CHECK_FALSE(edits.setWorkspaceField(QStringLiteral("title"), QStringLiteral("x")));
    CHECK(edits.error().contains(QStringLiteral("read-only")));
    document.reset();
    CHECK(test::readFile(path) == before);
}

TEST_CASE("Paste: cards keep their shape and connections in another journey, with new ids") {
    Fixture f;
    // Two connected cards in different cells of the ideal journey.
    const Connection *link = f.ws.orderedConnections(f.journey()).front();
    const QStringList ids{link->from, link->to};
    const CardFragment fragment = CardFragment::copy(f.ws, ids);
    QString error;
    auto again = CardFragment::fromJson(fragment.toJson(), &error);
    REQUIRE(again);
    const QString other =
        std::find_if(f.ws.journeys.begin(), f.ws.journeys.end(), [&](const Journey &j) {
            return j.id != f.journey();
        })->id;
    const auto steps = f.ws.orderedSteps(other);
    const auto lanes = f.ws.orderedLanes(other);
    QStringList pasted;
    checkUndoRedo(f.file, [&] {
        pasted = f.edits.pasteCards(*again, steps[0]->id, lanes[0]->id);
        return pasted.size() == 2;
    });
    for (const QString &id : pasted) {
        CHECK_FALSE(ids.contains(id));
        CHECK(f.ws.find<Card>(id)->journey == other);
    }
    const auto connections = f.ws.orderedConnections(other);
    CHECK(std::any_of(connections.begin(), connections.end(), [&](const Connection *c) {
        return pasted.contains(c->from) && pasted.contains(c->to);
    }));
    QStringList sourceTitles{f.ws.find<Card>(ids[0])->title, f.ws.find<Card>(ids[1])->title};
    QStringList pastedTitles{f.ws.find<Card>(pasted[0])->title, f.ws.find<Card>(pasted[1])->title};
    sourceTitles.sort();
    pastedTitles.sort();
    CHECK(sourceTitles == pastedTitles);
}

TEST_CASE("Paste: plain text lines become cards in the cell") {
    Fixture f;
    QStringList pasted;
    checkUndoRedo(f.file, [&] {
        pasted = f.edits.pasteText(QStringLiteral("Eerste regel\r\n\r\nTweede regel\n"),
                                   f.step(2)->id, f.lane(3)->id);
        return pasted.size() == 2;
    });
    const auto cell = f.ws.cardsInCell(f.step(2)->id, f.lane(3)->id);
    CHECK(cell[cell.size() - 2]->title == QStringLiteral("Eerste regel"));
    CHECK(cell.back()->title == QStringLiteral("Tweede regel"));
    QString error;
    CHECK_FALSE(CardFragment::fromJson("{\"format\":\"iets\"}", &error));
    CHECK_FALSE(CardFragment::fromJson(
        "{\"format\":\"blauwdruk-cards\",\"cards\":[{\"votes\":\"x\"}]}", &error));
}

TEST_CASE("Edit: the ideal version of a current journey is a full copy that remembers its steps") {
    Fixture f;
    QString currentId;
    for (const Journey &j : f.ws.journeys)
        if (j.kind == QStringLiteral("current"))
            currentId = j.id;
    REQUIRE_FALSE(currentId.isEmpty());
    const Journey current = *f.ws.find<Journey>(currentId);
    QString id;
    checkUndoRedo(f.file, [&] {
        return !(id = f.edits.makeIdealVersion(currentId, QStringLiteral("Zo kan het ook")))
                    .isEmpty();
    });
    const Journey *copy = f.ws.find<Journey>(id);
    REQUIRE(copy);
    CHECK(copy->kind == QStringLiteral("ideal"));
    CHECK(copy->status == QStringLiteral("concept"));
    CHECK(copy->persona == current.persona);
    CHECK(copy->startingPoint == current.startingPoint);
    const auto journeys = f.ws.orderedJourneys();
    const auto at = std::find(journeys.begin(), journeys.end(), copy) - journeys.begin();
    CHECK(journeys[size_t(at - 1)]->id == currentId);
    CHECK(f.ws.orderedSteps(id).size() == f.ws.orderedSteps(currentId).size());
    CHECK(f.ws.orderedCards(id).size() == f.ws.orderedCards(currentId).size());
    CHECK(f.ws.orderedLanes(id).size() == f.ws.orderedLanes(currentId).size());
    CHECK(f.ws.orderedConnections(id).size() == f.ws.orderedConnections(currentId).size());
    const auto source = f.ws.orderedSteps(currentId);
    const auto steps = f.ws.orderedSteps(id);
    for (size_t i = 0; i < steps.size(); ++i) {
        CHECK(steps[i]->counterpart == source[i]->id);
        CHECK(steps[i]->title == source[i]->title);
    }
    for (const Card *card : f.ws.orderedCards(id)) {
        CHECK(f.ws.find<Step>(card->step)->journey == id);
        CHECK(f.ws.find<Lane>(card->lane)->journey == id);
    }
    CHECK(f.edits.makeIdealVersion(QStringLiteral("nope"), QStringLiteral("x")).isEmpty());
}

TEST_CASE("Edit: steps are aligned by hand, one counterpart each, and removal lets go") {
    Fixture f(test::exampleWithoutPairs());
    QString currentId;
    for (const Journey &j : f.ws.journeys)
        if (j.kind == QStringLiteral("current"))
            currentId = j.id;
    const QString a = f.step(0)->id;
    const QString b = f.step(1)->id;
    const QString target = f.ws.orderedSteps(currentId)[0]->id;
    checkUndoRedo(f.file, [&] { return f.edits.setCounterpart(a, target); });
    CHECK(f.ws.find<Step>(a)->counterpart == target);
    // Taking the counterpart for another step releases the first.
    checkUndoRedo(f.file, [&] { return f.edits.setCounterpart(b, target); });
    CHECK(f.ws.find<Step>(b)->counterpart == target);
    CHECK(f.ws.find<Step>(a)->counterpart.isEmpty());
    checkUndoRedo(f.file, [&] { return f.edits.setCounterpart(a, QStringLiteral("none")); });
    CHECK(f.ws.find<Step>(a)->counterpart == QStringLiteral("none"));
    // Not a step of the same journey, not a missing step, not through setField.
    CHECK_FALSE(f.edits.setCounterpart(a, b));
    CHECK_FALSE(f.edits.setCounterpart(a, QStringLiteral("missing")));
    CHECK_FALSE(f.edits.setField(EntityType::Step, {a}, QStringLiteral("counterpart"), target));
    // Removing the counterpart, alone or with its journey, leaves no dangling reference.
    checkUndoRedo(f.file, [&] { return f.edits.removeStep(target); });
    CHECK(f.ws.find<Step>(b)->counterpart.isEmpty());
    const QString other = f.ws.orderedSteps(currentId)[0]->id;
    REQUIRE(f.edits.setCounterpart(b, other));
    checkUndoRedo(f.file, [&] { return f.edits.removeJourney(currentId); });
    CHECK(f.ws.find<Step>(b)->counterpart.isEmpty());
}
