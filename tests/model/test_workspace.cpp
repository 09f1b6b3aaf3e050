#include "testsupport.h"
#include "validator.h"
#include "vocabulary.h"

#include <catch2/catch.hpp>

using namespace blauwdruk;

TEST_CASE("Fields are read and written by name with type checks") {
    Card card;
    const Field<Card> *title = findField<Card>(u"title");
    REQUIRE(title);
    CHECK(title->set(card, QStringLiteral("Brief in B1-taal")));
    CHECK(card.title == QStringLiteral("Brief in B1-taal"));
    CHECK_FALSE(title->set(card, 42)); // wrong type refused
    CHECK(findField<Card>(u"votes")->set(card, 3));
    CHECK(card.votes == 3);
    CHECK(findField<Card>(u"no_such_field") == nullptr);
}

TEST_CASE("The bundled example is a sound workspace that meets the brief") {
    const Workspace ws = test::exampleWorkspace();
    CHECK(validateWorkspace(ws).empty());
    CHECK(ws.meta.language == QStringLiteral("nl"));
    CHECK(ws.personas.size() >= 2);
    REQUIRE(ws.journeys.size() == 2);
    const Journey &a = ws.journeys[0];
    const Journey &b = ws.journeys[1];
    CHECK(a.persona == b.persona);
    CHECK(QStringList{a.kind, b.kind}.contains(QStringLiteral("ideal")));
    CHECK(QStringList{a.kind, b.kind}.contains(QStringLiteral("current")));
    const Journey &ideal = a.kind == QStringLiteral("ideal") ? a : b;
    CHECK(ws.orderedSteps(ideal.id).size() >= 10);
    CHECK(ws.orderedStages(ideal.id).size() == 3);
    // The default lanes, the emotion curve under the resident among them;
    // every lane but the curve has cards.
    const auto lanes = ws.orderedLanes(ideal.id);
    REQUIRE(lanes.size() == vocabulary::defaultLanes().size());
    CHECK(lanes[1]->kind == QStringLiteral("emotion"));
    for (size_t i = 0; i < lanes.size(); ++i) {
        CHECK(lanes[i]->kind == vocabulary::defaultLanes()[i].kind);
        if (lanes[i]->kind == QStringLiteral("emotion"))
            continue;
        const bool laneHasCards = std::any_of(ws.cards.begin(), ws.cards.end(), [&](const Card &c) {
            return c.lane == lanes[i]->id;
        });
        CHECK(laneHasCards);
    }
    CHECK(ws.orderedCards(ideal.id).size() >= 40);
    auto countKind = [&](const char *kind) {
        return std::count_if(ws.cards.begin(), ws.cards.end(),
                             [&](const Card &c) { return c.kind == QLatin1String(kind); });
    };
    CHECK(countKind("pain_point") >= 2);
    CHECK(countKind("opportunity") >= 2);
    CHECK(ws.orderedConnections(ideal.id).size() >= 8);
    CHECK(ws.comments.size() >= 3);
}

TEST_CASE("Validation names dangling references and impossible values") {
    Workspace ws = test::exampleWorkspace();
    REQUIRE(!ws.cards.empty());
    ws.cards[0].lane = QStringLiteral("missing-lane");
    ws.steps[0].emotion = 7;
    ws.lanes[0].kind = QStringLiteral("banana");
    ws.connections[0].to = ws.connections[0].from;
    ws.personas.push_back(ws.personas[0]); // same id twice
    // Two steps of one journey claiming the same counterpart.
    QString claimed;
    for (const Step &s : ws.steps)
        if (s.journey != ws.steps[5].journey)
            claimed = s.id;
    REQUIRE(ws.steps[6].journey == ws.steps[5].journey);
    ws.steps[5].counterpart = claimed;
    ws.steps[6].counterpart = claimed;
    ws.steps[1].counterpart = QStringLiteral("gone");
    ws.steps[2].counterpart =
        ws.steps[3].journey == ws.steps[2].journey ? ws.steps[3].id : QString();
    const std::vector<Problem> problems = validateWorkspace(ws);
    QStringList texts;
    for (const Problem &p : problems)
        texts << p.toString();
    const QString all = texts.join('\n');
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("lane refers to a missing lane missing-lane")));
    CHECK(all.contains(QStringLiteral("emotion 7 is outside -2..2")));
    CHECK(all.contains(QStringLiteral("kind \"banana\" is not one of")));
    CHECK(all.contains(QStringLiteral("connects a card to itself")));
    CHECK(all.contains(QStringLiteral("has an id that is used twice")));
    CHECK(all.contains(QStringLiteral("counterpart gone is not a step of another journey")));
    CHECK(all.contains(QStringLiteral("counterpart %1 is not a step").arg(ws.steps[3].id)));
    CHECK(all.contains(QStringLiteral("counterpart %1 is already the counterpart of step %2")
                           .arg(claimed, ws.steps[5].id)));
}

TEST_CASE("Cards must stay in their own journey") {
    Workspace ws = test::exampleWorkspace();
    const QString other = ws.journeys[1].id;
    const auto lanes = ws.orderedLanes(other);
    Card &card = *std::find_if(ws.cards.begin(), ws.cards.end(),
                               [&](const Card &c) { return c.journey != other; });
    card.lane = lanes.front()->id;
    const auto problems = validateWorkspace(ws);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().toString().contains(QStringLiteral("of another journey")));
}

TEST_CASE("Spreadsheet lane titles map to lane kinds in Dutch and English") {
    using vocabulary::laneKindForTitle;
    CHECK(laneKindForTitle(QStringLiteral("Inwoner")) == QStringLiteral("customer"));
    CHECK(laneKindForTitle(QStringLiteral("  KLANTACTIES ")) == QStringLiteral("customer"));
    CHECK(laneKindForTitle(QStringLiteral("Customer actions")) == QStringLiteral("customer"));
    CHECK(laneKindForTitle(QStringLiteral("Fysiek bewijs")) == QStringLiteral("evidence"));
    CHECK(laneKindForTitle(QStringLiteral("Front office")) == QStringLiteral("frontstage"));
    CHECK(laneKindForTitle(QStringLiteral("Backoffice")) == QStringLiteral("backstage"));
    CHECK(laneKindForTitle(QStringLiteral("Ondersteunende processen")) ==
          QStringLiteral("support"));
    CHECK(laneKindForTitle(QStringLiteral("Systemen")) == QStringLiteral("tech"));
    CHECK(laneKindForTitle(QStringLiteral("Inhoud")) == QStringLiteral("content"));
    CHECK(laneKindForTitle(QStringLiteral("Beheer")) == QStringLiteral("governance"));
    CHECK(laneKindForTitle(QStringLiteral("Emotie")) == QStringLiteral("emotion"));
    CHECK(laneKindForTitle(QStringLiteral("Wat zegt de wet?")) == QStringLiteral("free"));
}
