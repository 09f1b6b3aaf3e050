// Issue 19: reuse. Personas, journeys, steps and cards taken from another
// workspace are copied in as one undo step with new ids and their
// provenance, which survives the file and a JSON export and import; a
// provenance record that is not one is refused like any bad field.
#include "edits.h"
#include "jsoncodec.h"
#include "provenance.h"
#include "testsupport.h"
#include "undoredo.h"
#include "validator.h"

#include <catch2/catch.hpp>

using namespace blauwdruk;

namespace {

Provenance fromZwolle() {
    Provenance origin;
    origin.workspace = QStringLiteral("Minimaregelingen");
    origin.organisation = QStringLiteral("Gemeente Zwolle");
    origin.file = QStringLiteral("zwolle.blauwdruk");
    origin.takenAt = QStringLiteral("2026-12-01T09:30:00Z");
    return origin;
}

// An empty workspace of another municipality with one journey of its own.
struct Target {
    test::ExampleFile file{[] {
        Workspace ws;
        ws.meta.title = QStringLiteral("Schuldhulp");
        ws.meta.organisation = QStringLiteral("Gemeente Deventer");
        ws.meta.language = QStringLiteral("nl");
        return ws;
    }()};
    Edits edits{*file.document};
    const Workspace &ws = file.document->workspace();
    Workspace source = test::exampleWorkspace();

    const Journey &sourceJourney(const char *kind) const {
        for (const Journey &journey : source.journeys)
            if (journey.kind == QLatin1String(kind))
                return journey;
        FAIL("no such journey");
        return source.journeys.front();
    }
    int count(auto member, const QString &journey) const {
        int n = 0;
        for (const auto &object : ws.*member)
            n += object.journey == journey;
        return n;
    }
};

std::optional<Provenance> originOf(const QString &text) {
    return Provenance::fromText(text);
}

} // namespace

TEST_CASE("Reuse: a provenance record reads back as written, and only a whole one is accepted") {
    Provenance origin = fromZwolle();
    origin.original = QStringLiteral("6db036aa-aba0-4e03-89ce-aa8f22cc04e2");
    const QString text = origin.toText();
    CHECK(text.startsWith(QStringLiteral("{\"workspace\":\"Minimaregelingen\"")));
    const std::optional<Provenance> back = Provenance::fromText(text);
    REQUIRE(back);
    CHECK(back->toText() == text);
    CHECK(Provenance::isValidText(QString()));
    for (const char *bad :
         {"not json", "[]", "{\"original\":\"x\"}",
          "{\"original\":\"x\",\"taken_at\":\"yesterday\"}",
          "{\"original\":\"\",\"taken_at\":\"2026-12-01T09:30:00Z\"}",
          "{\"original\":\"x\",\"taken_at\":\"2026-12-01T09:30:00Z\",\"extra\":\"y\"}",
          "{\"original\":7,\"taken_at\":\"2026-12-01T09:30:00Z\"}"})
        CHECK_FALSE(Provenance::isValidText(QString::fromUtf8(bad)));
    // A record too long to be one is refused without being parsed.
    CHECK_FALSE(Provenance::isValidText(
        QStringLiteral("{\"original\":\"%1\",\"taken_at\":\"2026-12-01T09:30:00Z\"}")
            .arg(QString(2000, u'x'))));
}

TEST_CASE("Reuse: a journey is taken whole with its persona, new ids and provenance, as one "
          "undo step") {
    Target t;
    const Journey &ideal = t.sourceJourney("ideal");
    QStringList taken;
    test::checkUndoRedo(t.file, [&] {
        taken = t.edits.takeFrom(t.source, {.journeys = {ideal.id}}, fromZwolle());
        return !taken.isEmpty();
    });
    REQUIRE(taken.size() == 1);
    const Journey *copy = t.ws.find<Journey>(taken.first());
    REQUIRE(copy);
    CHECK(copy->id != ideal.id);
    CHECK(copy->title == ideal.title);
    CHECK(copy->status == QLatin1String("concept")); // an approval stays with its source
    const auto journeyOrigin = originOf(copy->origin);
    REQUIRE(journeyOrigin);
    CHECK(journeyOrigin->original == ideal.id);
    CHECK(journeyOrigin->organisation == QLatin1String("Gemeente Zwolle"));
    CHECK(journeyOrigin->file == QLatin1String("zwolle.blauwdruk"));

    // Its persona came along, once, with its own provenance.
    REQUIRE(t.ws.personas.size() == 1);
    CHECK(copy->persona == t.ws.personas.front().id);
    CHECK(originOf(t.ws.personas.front().origin)->original == ideal.persona);

    // The grid as it was: every step and card (the inbox has none here),
    // every connection between them, each card naming its original.
    int sourceCards = 0, sourceSteps = 0, sourceConnections = 0;
    for (const Card &card : t.source.cards)
        sourceCards += card.journey == ideal.id;
    for (const Step &step : t.source.steps)
        sourceSteps += step.journey == ideal.id;
    for (const Connection &connection : t.source.connections)
        sourceConnections += connection.journey == ideal.id;
    CHECK(t.count(&Workspace::cards, copy->id) == sourceCards);
    CHECK(t.count(&Workspace::steps, copy->id) == sourceSteps);
    CHECK(t.count(&Workspace::connections, copy->id) == sourceConnections);
    QStringList originals;
    for (const Card &card : t.ws.cards) {
        const auto origin = originOf(card.origin);
        REQUIRE(origin);
        const Card *original = t.source.find<Card>(origin->original);
        REQUIRE(original);
        CHECK(original->title == card.title);
        CHECK(card.id != original->id);
        originals << origin->original;
    }
    originals.removeDuplicates();
    CHECK(originals.size() == sourceCards);
    CHECK(validateWorkspace(t.ws).empty());

    // Taking the other journey of the same persona keeps one persona.
    REQUIRE_FALSE(
        t.edits.takeFrom(t.source, {.journeys = {t.sourceJourney("current").id}}, fromZwolle())
            .isEmpty());
    CHECK(t.ws.personas.size() == 1);
    CHECK(t.ws.journeys.size() == 2);

    // The persona once more: nothing new, and said so.
    CHECK(t.edits.takeFrom(t.source, {.personas = {ideal.persona}}, fromZwolle()).isEmpty());
    CHECK(t.edits.error().contains(QLatin1String("taken from this source before")));
}

TEST_CASE("Reuse: steps come with their cards into the stage of the same title, cards into "
          "their lane's cell") {
    Target t;
    const Journey &ideal = t.sourceJourney("ideal");
    // The target's own journey, made here, with default lanes and a stage
    // titled as the source's first.
    const QString own = t.edits.addJourney({.title = QStringLiteral("Eigen reis")});
    REQUIRE_FALSE(own.isEmpty());
    const Stage *firstStage = t.source.orderedStages(ideal.id).front();
    const QString stage =
        t.edits.addStage(own, firstStage->title.toUpper(), -1, QStringLiteral("Eigen stap"));
    REQUIRE_FALSE(stage.isEmpty());
    const int lanesBefore = t.count(&Workspace::lanes, own);
    const int stagesBefore = t.count(&Workspace::stages, own);

    const std::vector<const Step *> sourceSteps = t.source.stepsOfStage(firstStage->id);
    REQUIRE(sourceSteps.size() >= 2);
    const QStringList steps{sourceSteps[0]->id, sourceSteps[1]->id};
    QStringList taken;
    test::checkUndoRedo(t.file, [&] {
        taken = t.edits.takeFrom(t.source, {.steps = steps, .intoJourney = own}, fromZwolle());
        return taken.size() == 2;
    });
    // Into the stage of the same title (case aside), after its own step.
    const std::vector<const Step *> after = t.ws.stepsOfStage(stage);
    REQUIRE(after.size() == 3);
    CHECK(after[0]->title == QLatin1String("Eigen stap"));
    CHECK(after[1]->title == sourceSteps[0]->title);
    CHECK(after[2]->title == sourceSteps[1]->title);
    CHECK(t.count(&Workspace::stages, own) == stagesBefore);
    // The default lanes matched by kind: no lane was added for them.
    CHECK(t.count(&Workspace::lanes, own) == lanesBefore);
    int sourceCards = 0;
    for (const Card &card : t.source.cards)
        sourceCards += steps.contains(card.step);
    CHECK(t.count(&Workspace::cards, own) == sourceCards);
    for (const Card &card : t.ws.cards) {
        const Lane *lane = t.ws.find<Lane>(card.lane);
        const Card *original = t.source.find<Card>(originOf(card.origin)->original);
        REQUIRE(lane);
        CHECK(lane->kind == t.source.find<Lane>(original->lane)->kind);
    }

    // Single cards go to the end of their lane's cell in the step named.
    const Card *pain = nullptr;
    for (const Card &card : t.source.cards)
        if (card.journey == ideal.id && !steps.contains(card.step))
            pain = pain ? pain : &card;
    REQUIRE(pain);
    const QStringList cards =
        t.edits.takeFrom(t.source, {.cards = {pain->id}, .intoStep = after[0]->id}, fromZwolle());
    REQUIRE(cards.size() == 1);
    const Card *copy = t.ws.find<Card>(cards.first());
    CHECK(copy->step == after[0]->id);
    CHECK(t.ws.find<Lane>(copy->lane)->kind == t.source.find<Lane>(pain->lane)->kind);

    // Without a step for them, cards are refused, and nothing changes.
    const std::string before = test::canonical(t.ws);
    CHECK(t.edits.takeFrom(t.source, {.cards = {pain->id}}, fromZwolle()).isEmpty());
    CHECK(t.edits.error().contains(QLatin1String("step")));
    CHECK(t.edits.takeFrom(t.source, {.steps = {QStringLiteral("no-such-step")}}, fromZwolle())
              .isEmpty());
    CHECK(test::canonical(t.ws) == before);
}

TEST_CASE("Reuse: steps without a journey to go into make a journey like theirs, lanes as "
          "they were") {
    Target t;
    const Journey &current = t.sourceJourney("current");
    const Step *step = t.source.orderedSteps(current.id).back();
    const QStringList taken = t.edits.takeFrom(t.source, {.steps = {step->id}}, fromZwolle());
    REQUIRE(taken.size() == 1);
    REQUIRE(t.ws.journeys.size() == 1);
    const Journey &made = t.ws.journeys.front();
    CHECK(made.title == current.title);
    CHECK(made.kind == current.kind);
    CHECK(originOf(made.origin)->original == current.id);
    // Only the lanes its cards needed, with their own titles.
    for (const Lane &lane : t.ws.lanes) {
        bool used = false;
        for (const Card &card : t.ws.cards)
            used = used || card.lane == lane.id;
        CHECK(used);
    }
}

TEST_CASE("Reuse: provenance survives the file and a JSON export and import, and a broken "
          "one is refused with where it is") {
    Target t;
    REQUIRE_FALSE(
        t.edits.takeFrom(t.source, {.journeys = {t.sourceJourney("ideal").id}}, fromZwolle())
            .isEmpty());
    const QByteArray json = JsonCodec::write(t.ws);
    CHECK(json.contains("\"origin\": {"));
    CHECK(json.contains("\"organisation\": \"Gemeente Zwolle\""));
    QString error;
    const std::optional<Workspace> back = JsonCodec::read(json, &error);
    REQUIRE(back);
    CHECK(test::canonical(*back) == test::canonical(t.ws));
    // From the file as another process reads it.
    CHECK(test::onDisk(t.file.path) == test::canonical(t.ws));

    QByteArray broken = json;
    broken.replace("\"taken_at\": \"2026-12-01T09:30:00Z\"", "\"taken_at\": \"soon\"");
    REQUIRE(broken != json);
    CHECK_FALSE(JsonCodec::read(broken, &error));
    CHECK(error.contains(QLatin1String(".origin")));
    CHECK(error.contains(QLatin1String("provenance")));

    // The same through an edit: a field's rule is the field's rule.
    const QString card = t.ws.cards.front().id;
    CHECK_FALSE(t.edits.setField(EntityType::Card, {card}, QStringLiteral("origin"),
                                 QStringLiteral("{\"original\":\"x\"}")));
}
