#include "edits.h"
#include "journeyalignment.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace blauwdruk;
using Origin = JourneyAlignment::Origin;

namespace {

// A persona with a current and an ideal journey, built step by step. Step
// and card ids are their titles' short names given by the test.
struct Pair {
    Workspace ws;
    QString current = QStringLiteral("current");
    QString ideal = QStringLiteral("ideal");

    Pair() {
        ws.personas.push_back(Persona{});
        ws.personas.back().id = QStringLiteral("persona");
        ws.personas.back().name = QStringLiteral("Samira");
        addJourney(current, QStringLiteral("current"));
        addJourney(ideal, QStringLiteral("ideal"));
    }
    void addJourney(const QString &id, const QString &kind) {
        Journey j;
        j.id = id;
        j.kind = kind;
        j.persona = QStringLiteral("persona");
        j.position = int(ws.journeys.size());
        ws.journeys.push_back(j);
        Stage s;
        s.id = id + QStringLiteral("-stage");
        s.journey = id;
        ws.stages.push_back(s);
        const char *lanes[][2] = {{"customer", "Inwoner"},
                                  {"backstage", "Backstage"},
                                  {"free", "Wensen"},
                                  {"free", "Eisen"}};
        for (int i = 0; i < 4; ++i) {
            Lane lane;
            lane.id = id + QStringLiteral("-lane-") + QString::number(i);
            lane.journey = id;
            lane.position = i;
            lane.kind = QString::fromLatin1(lanes[i][0]);
            lane.title = QString::fromLatin1(lanes[i][1]);
            ws.lanes.push_back(lane);
        }
    }
    void step(const QString &journey, const QString &id, const QString &title,
              const QString &counterpart = QString()) {
        Step s;
        s.id = id;
        s.journey = journey;
        s.stage = journey + QStringLiteral("-stage");
        s.position = int(ws.orderedSteps(journey).size());
        s.title = title;
        s.counterpart = counterpart;
        ws.steps.push_back(s);
    }
    void cur(const QString &id, const QString &title) { step(current, id, title); }
    void idl(const QString &id, const QString &title, const QString &counterpart = QString()) {
        step(ideal, id, title, counterpart);
    }
    void card(const QString &step, int lane, const QString &id, const QString &title) {
        Card c;
        c.id = id;
        c.step = step;
        c.journey = ws.find<Step>(step)->journey;
        c.lane = c.journey + QStringLiteral("-lane-") + QString::number(lane);
        c.position = int(ws.cardsInCell(c.step, c.lane).size());
        c.title = title;
        ws.cards.push_back(c);
    }
    JourneyAlignment align() const { return JourneyAlignment::compute(ws, current, ideal); }
};

// The columns as "current|ideal" with "-" for an empty side.
QStringList columnsOf(const JourneyAlignment &a) {
    QStringList out;
    for (const auto &column : a.columns())
        out << (column.current.isEmpty() ? QStringLiteral("-") : column.current) +
                   QLatin1Char('|') + (column.ideal.isEmpty() ? QStringLiteral("-") : column.ideal);
    return out;
}

// Every step shows once, in its own journey's order.
void checkOrder(const Workspace &ws, const JourneyAlignment &a) {
    QStringList current, ideal, expectedCurrent, expectedIdeal;
    for (const auto &column : a.columns()) {
        if (!column.current.isEmpty())
            current << column.current;
        if (!column.ideal.isEmpty())
            ideal << column.ideal;
    }
    for (const Step *step : ws.orderedSteps(a.currentJourney()))
        expectedCurrent << step->id;
    for (const Step *step : ws.orderedSteps(a.idealJourney()))
        expectedIdeal << step->id;
    CHECK(current == expectedCurrent);
    CHECK(ideal == expectedIdeal);
}

} // namespace

TEST_CASE("Alignment: titles are compared without case, accents, spaces or punctuation") {
    CHECK(JourneyAlignment::normalizedTitle(QStringLiteral("  Eén  CHECK! ")) ==
          QStringLiteral("een check"));
    CHECK(JourneyAlignment::normalizedTitle(QStringLiteral("Café-bezoek\tthuis")) ==
          QStringLiteral("cafe bezoek thuis"));
    CHECK(JourneyAlignment::normalizedTitle(QStringLiteral("Überweisung Ĳsselstreek")) ==
          QStringLiteral("uberweisung ijsselstreek"));
    CHECK(JourneyAlignment::normalizedTitle(QString()).isEmpty());
}

TEST_CASE("Alignment: steps pair by title, whatever the case, accents and spaces") {
    Pair p;
    p.cur(QStringLiteral("A"), QStringLiteral("Aanvraag indienen"));
    p.cur(QStringLiteral("B"), QStringLiteral("Wachten op besluit"));
    p.cur(QStringLiteral("C"), QStringLiteral("Mijn Gemeente"));
    p.cur(QStringLiteral("D"), QStringLiteral("Bezwaar maken"));
    p.idl(QStringLiteral("a"), QStringLiteral("  aanvraag   INDIENEN"));
    p.idl(QStringLiteral("b"), QStringLiteral("Wáchten op Besluit."));
    p.idl(QStringLiteral("c"), QStringLiteral("MijnGemeente"));
    p.idl(QStringLiteral("e"), QStringLiteral("Direct geholpen"));
    const JourneyAlignment a = p.align();
    CHECK(columnsOf(a) == QStringList{"A|a", "B|b", "C|c", "D|-", "-|e"});
    REQUIRE(a.pairs().size() == 3);
    for (const auto &pair : a.pairs()) {
        CHECK(pair.origin == Origin::Title);
        CHECK_FALSE(pair.crossing);
    }
    CHECK(a.onlyInCurrent() == QStringList{"D"});
    CHECK(a.onlyInIdeal() == QStringList{"e"});
    CHECK(a.isStepOnlyInOne(QStringLiteral("D")));
    CHECK_FALSE(a.isStepOnlyInOne(QStringLiteral("A")));
    CHECK(a.pairOf(QStringLiteral("b"))->current == QStringLiteral("B"));
    CHECK(a.columnOf(QStringLiteral("e")) == 4);
    checkOrder(p.ws, a);
}

TEST_CASE("Alignment: equal titles pair in order, each step once") {
    Pair p;
    p.cur(QStringLiteral("A1"), QStringLiteral("Bellen"));
    p.cur(QStringLiteral("A2"), QStringLiteral("Bellen"));
    p.cur(QStringLiteral("A3"), QStringLiteral("Bellen"));
    p.idl(QStringLiteral("a1"), QStringLiteral("bellen"));
    p.idl(QStringLiteral("a2"), QStringLiteral("bellen"));
    p.idl(QStringLiteral("x"), QString()); // empty titles never match
    p.cur(QStringLiteral("X"), QString());
    const JourneyAlignment a = p.align();
    CHECK(columnsOf(a) == QStringList{"A1|a1", "A2|a2", "A3|-", "X|-", "-|x"});
}

TEST_CASE("Alignment: a manual pair wins over titles") {
    Pair p;
    p.cur(QStringLiteral("A"), QStringLiteral("Intake"));
    p.cur(QStringLiteral("B"), QStringLiteral("Besluit"));
    p.idl(QStringLiteral("x"), QStringLiteral("Intake"), QStringLiteral("B"));
    p.idl(QStringLiteral("y"), QStringLiteral("Besluit"));
    const JourneyAlignment a = p.align();
    // x is B's by hand; y's title twin is taken, and A's twin is x.
    CHECK(columnsOf(a) == QStringList{"A|-", "B|x", "-|y"});
    REQUIRE(a.pairOf(QStringLiteral("x")));
    CHECK(a.pairOf(QStringLiteral("x"))->origin == Origin::Manual);
    CHECK(a.onlyInCurrent() == QStringList{"A"});
    CHECK(a.onlyInIdeal() == QStringList{"y"});
}

TEST_CASE("Alignment: a step with no counterpart is never paired") {
    Pair p;
    p.cur(QStringLiteral("A"), QStringLiteral("Intake"));
    p.idl(QStringLiteral("a"), QStringLiteral("Intake"), QStringLiteral("none"));
    const JourneyAlignment a = p.align();
    CHECK(a.pairs().empty());
    CHECK(columnsOf(a) == QStringList{"A|-", "-|a"});
    CHECK(a.isStepOnlyInOne(QStringLiteral("A")));
    CHECK(a.isStepOnlyInOne(QStringLiteral("a")));
}

TEST_CASE("Alignment: a counterpart in another current journey leaves the step to its title") {
    Pair p;
    p.addJourney(QStringLiteral("other"), QStringLiteral("current"));
    p.step(QStringLiteral("other"), QStringLiteral("O"), QStringLiteral("Elders"));
    p.cur(QStringLiteral("A"), QStringLiteral("Intake"));
    p.idl(QStringLiteral("a"), QStringLiteral("Intake"), QStringLiteral("O"));
    const JourneyAlignment a = p.align();
    CHECK(columnsOf(a) == QStringList{"A|a"});
    CHECK(a.pairOf(QStringLiteral("a"))->origin == Origin::Title);
}

TEST_CASE("Alignment: a pair that crosses others is kept as a crossing link") {
    Pair p;
    for (const char *t : {"A", "B", "C", "D"})
        p.cur(QString::fromLatin1(t), QStringLiteral("Stap ") + QString::fromLatin1(t));
    p.idl(QStringLiteral("a"), QStringLiteral("Stap A"));
    p.idl(QStringLiteral("b"), QStringLiteral("Stap B"));
    p.idl(QStringLiteral("c"), QStringLiteral("Stap C"));
    p.idl(QStringLiteral("d"), QStringLiteral("Stap D"), QStringLiteral("A"));
    const JourneyAlignment a = p.align();
    // d -> A crosses b -> B and c -> C; the two keep their shared columns.
    CHECK(columnsOf(a) == QStringList{"A|-", "-|a", "B|b", "C|c", "D|-", "-|d"});
    const auto *crossing = a.pairOf(QStringLiteral("d"));
    REQUIRE(crossing);
    CHECK(crossing->current == QStringLiteral("A"));
    CHECK(crossing->crossing);
    CHECK(crossing->origin == Origin::Manual);
    CHECK(a.columns()[size_t(a.columnOf(QStringLiteral("A")))].pair == -1);
    CHECK_FALSE(a.isStepOnlyInOne(QStringLiteral("A")));
    CHECK_FALSE(a.isStepOnlyInOne(QStringLiteral("d")));
    CHECK(a.onlyInCurrent() == QStringList{"D"});
    CHECK(a.onlyInIdeal() == QStringList{"a"});
    checkOrder(p.ws, a);
}

TEST_CASE("Alignment: side by side, unpaired steps between shared columns share columns") {
    Pair p;
    for (const char *t : {"A", "B", "C", "D", "E"})
        p.cur(QString::fromLatin1(t), QStringLiteral("Stap ") + QString::fromLatin1(t));
    p.idl(QStringLiteral("x"), QStringLiteral("Nieuw"));
    p.idl(QStringLiteral("b"), QStringLiteral("Stap B"));
    p.idl(QStringLiteral("c"), QStringLiteral("Stap C"));
    p.idl(QStringLiteral("d"), QStringLiteral("Anders"), QStringLiteral("A"));
    const auto a =
        JourneyAlignment::compute(p.ws, p.current, p.ideal, JourneyAlignment::Packing::SideBySide);
    // d -> A crosses b -> B and c -> C: A and x share the first column, and
    // D and d the fourth, without being pairs.
    CHECK(columnsOf(a) == QStringList{"A|x", "B|b", "C|c", "D|d", "E|-"});
    CHECK(a.columns()[0].pair == -1);
    CHECK(a.columns()[1].isPaired());
    CHECK(a.columns()[3].pair == -1);
    CHECK(a.pairOf(QStringLiteral("d"))->crossing);
    CHECK(a.pairOf(QStringLiteral("d"))->current == QStringLiteral("A"));
    CHECK(a.onlyInCurrent() == QStringList{"D", "E"});
    CHECK(a.onlyInIdeal() == QStringList{"x"});
    checkOrder(p.ws, a);
    // The same pairs, each unpaired step in its own column.
    CHECK(columnsOf(p.align()) == QStringList{"A|-", "-|x", "B|b", "C|c", "D|-", "E|-", "-|d"});
}

TEST_CASE("Alignment: when two orders are as large, the manual pair keeps its column") {
    Pair p;
    p.cur(QStringLiteral("A"), QStringLiteral("Intake"));
    p.cur(QStringLiteral("B"), QStringLiteral("Besluit"));
    p.idl(QStringLiteral("a"), QStringLiteral("Iets anders"), QStringLiteral("B"));
    p.idl(QStringLiteral("b"), QStringLiteral("Intake"));
    const JourneyAlignment a = p.align();
    CHECK(columnsOf(a) == QStringList{"A|-", "B|a", "-|b"});
    CHECK(a.pairOf(QStringLiteral("b"))->crossing);
    CHECK_FALSE(a.pairOf(QStringLiteral("a"))->crossing);
    checkOrder(p.ws, a);
}

TEST_CASE("Alignment: a title within another pairs only when it is the one candidate") {
    Pair p;
    p.cur(QStringLiteral("A"), QStringLiteral("Besluit"));
    p.cur(QStringLiteral("B"), QStringLiteral("Aanvragen"));
    p.cur(QStringLiteral("C"), QStringLiteral("Op"));
    p.idl(QStringLiteral("a"), QStringLiteral("Besluit binnen een week"));
    p.idl(QStringLiteral("b1"), QStringLiteral("Aanvragen met vooringevulde gegevens"));
    p.idl(QStringLiteral("b2"), QStringLiteral("Opnieuw aanvragen"));
    p.idl(QStringLiteral("c"), QStringLiteral("Op tijd"));
    const JourneyAlignment a = p.align();
    REQUIRE(a.pairs().size() == 1);
    CHECK(a.pairs()[0].current == QStringLiteral("A"));
    CHECK(a.pairs()[0].ideal == QStringLiteral("a"));
    CHECK(a.pairs()[0].origin == Origin::SimilarTitle);
    // "Aanvragen" has two candidates, "Op" is too short to tell.
    CHECK(a.onlyInCurrent() == QStringList{"B", "C"});
    checkOrder(p.ws, a);
}

TEST_CASE("Alignment: cards match by lane kind and title, the others are only in one") {
    Pair p;
    p.cur(QStringLiteral("A"), QStringLiteral("Intake"));
    p.cur(QStringLiteral("B"), QStringLiteral("Verdwijnt"));
    p.idl(QStringLiteral("a"), QStringLiteral("intake"));
    p.card(QStringLiteral("A"), 0, QStringLiteral("A-geen"), QStringLiteral("Geen overzicht"));
    p.card(QStringLiteral("A"), 1, QStringLiteral("A-brief1"), QStringLiteral("Brief"));
    p.card(QStringLiteral("A"), 1, QStringLiteral("A-brief2"), QStringLiteral("Brief"));
    p.card(QStringLiteral("A"), 2, QStringLiteral("A-wens"), QStringLiteral("Snel"));
    p.card(QStringLiteral("A"), 3, QStringLiteral("A-eis"), QStringLiteral("Veilig"));
    p.card(QStringLiteral("B"), 0, QStringLiteral("B-kaart"), QStringLiteral("Weg"));
    p.card(QStringLiteral("a"), 0, QStringLiteral("a-geen"), QStringLiteral("geen  Overzicht"));
    p.card(QStringLiteral("a"), 0, QStringLiteral("a-brief-klant"), QStringLiteral("Brief"));
    p.card(QStringLiteral("a"), 1, QStringLiteral("a-brief"), QStringLiteral("brief"));
    p.card(QStringLiteral("a"), 2, QStringLiteral("a-wens"), QStringLiteral("snel"));
    p.card(QStringLiteral("a"), 2, QStringLiteral("a-eis"), QStringLiteral("Veilig"));
    p.card(QStringLiteral("a"), 0, QStringLiteral("a-nieuw"), QStringLiteral("Nieuwe kaart"));
    const JourneyAlignment a = p.align();
    CHECK(a.cardCounterpart(QStringLiteral("A-geen")) == QStringLiteral("a-geen"));
    CHECK(a.cardCounterpart(QStringLiteral("a-geen")) == QStringLiteral("A-geen"));
    CHECK(a.cardCounterpart(QStringLiteral("A-brief1")) == QStringLiteral("a-brief"));
    CHECK(a.cardCounterpart(QStringLiteral("A-wens")) == QStringLiteral("a-wens"));
    // Another lane kind, or a free lane with another title, is another card.
    CHECK(a.isCardOnlyInOne(QStringLiteral("a-brief-klant")));
    CHECK(a.isCardOnlyInOne(QStringLiteral("A-eis")));
    CHECK(a.isCardOnlyInOne(QStringLiteral("a-eis")));
    CHECK_FALSE(a.isCardOnlyInOne(QStringLiteral("A-geen")));
    // Each card matches once; cards of an unpaired step are only in theirs.
    CHECK(a.cardsOnlyInCurrent() == QStringList{"A-brief2", "A-eis", "B-kaart"});
    CHECK(a.cardsOnlyInIdeal() == QStringList{"a-brief-klant", "a-nieuw", "a-eis"});
}

TEST_CASE("Alignment: a persona's journeys: the ideal that points at a current one first") {
    Pair p;
    p.addJourney(QStringLiteral("current2"), QStringLiteral("current"));
    p.addJourney(QStringLiteral("ideal2"), QStringLiteral("ideal"));
    p.step(QStringLiteral("current2"), QStringLiteral("C2"), QStringLiteral("Intake"));
    p.step(QStringLiteral("ideal2"), QStringLiteral("I2"), QStringLiteral("Intake"));
    auto journeys = JourneyAlignment::journeysOf(p.ws, QStringLiteral("persona"));
    CHECK(journeys.current == p.current);
    CHECK(journeys.ideal == p.ideal);
    p.ws.steps.back().counterpart = QStringLiteral("C2");
    journeys = JourneyAlignment::journeysOf(p.ws, QStringLiteral("persona"));
    CHECK(journeys.current == QStringLiteral("current2"));
    CHECK(journeys.ideal == QStringLiteral("ideal2"));
    journeys = JourneyAlignment::journeysOf(p.ws, QStringLiteral("nobody"));
    CHECK(journeys.current.isEmpty());
    CHECK(journeys.ideal.isEmpty());
}

TEST_CASE("Alignment: an empty or missing journey shows the other on its own") {
    Pair p;
    p.idl(QStringLiteral("a"), QStringLiteral("Intake"));
    const JourneyAlignment a = JourneyAlignment::compute(p.ws, QString(), p.ideal);
    CHECK(columnsOf(a) == QStringList{"-|a"});
    CHECK(JourneyAlignment::compute(p.ws, p.ideal, p.ideal).columns().size() == 1);
    CHECK(JourneyAlignment::compute(p.ws, QStringLiteral("gone"), QString()).columns().empty());
}

TEST_CASE("Alignment: the example's Samira, as written and after a made ideal version") {
    {
        // As shipped, six of Samira's current steps are paired by hand.
        test::ExampleFile shipped;
        const Workspace &ws = shipped.document->workspace();
        const auto journeys = JourneyAlignment::journeysOf(ws, ws.orderedPersonas()[0]->id);
        const JourneyAlignment a = JourneyAlignment::compute(ws, journeys.current, journeys.ideal);
        CHECK(a.pairs().size() == 6);
        CHECK(a.onlyInCurrent().empty());
    }
    test::ExampleFile file{test::exampleWithoutPairs()};
    const Workspace &ws = file.document->workspace();
    QString samira;
    for (const Persona &persona : ws.personas)
        if (persona.name == QStringLiteral("Samira"))
            samira = persona.id;
    const auto journeys = JourneyAlignment::journeysOf(ws, samira);
    REQUIRE_FALSE(journeys.current.isEmpty());
    REQUIRE_FALSE(journeys.ideal.isEmpty());
    CHECK(ws.find<Journey>(journeys.current)->kind == QStringLiteral("current"));
    CHECK(ws.find<Journey>(journeys.ideal)->kind == QStringLiteral("ideal"));

    // The two journeys share no titles: the ideal is not the current
    // process tidied up, so every step is one journey's own until a
    // facilitator pairs them.
    const JourneyAlignment a = JourneyAlignment::compute(ws, journeys.current, journeys.ideal);
    checkOrder(ws, a);
    CHECK(a.columns().size() == ws.orderedSteps(journeys.current).size() +
                                    ws.orderedSteps(journeys.ideal).size() - a.pairs().size());
    CHECK(qsizetype(a.onlyInCurrent().size() + a.pairs().size()) ==
          qsizetype(ws.orderedSteps(journeys.current).size()));

    // Pairing by hand: "Wacht weken op besluit" is "Besluit binnen een week".
    Edits edits(*file.document);
    auto stepTitled = [&](const QString &journey, const QString &title) {
        for (const Step *step : ws.orderedSteps(journey))
            if (step->title == title)
                return step->id;
        FAIL("no step " << title.toStdString());
        return QString();
    };
    const QString waits = stepTitled(journeys.current, QStringLiteral("Wacht weken op besluit"));
    const QString decides = stepTitled(journeys.ideal, QStringLiteral("Besluit binnen een week"));
    REQUIRE(edits.setCounterpart(decides, waits));
    const JourneyAlignment b = JourneyAlignment::compute(ws, journeys.current, journeys.ideal);
    REQUIRE(b.pairOf(waits));
    CHECK(b.pairOf(waits)->ideal == decides);
    CHECK(b.pairOf(waits)->origin == Origin::Manual);
    CHECK(b.columns()[size_t(b.columnOf(waits))].ideal == decides);
    checkOrder(ws, b);

    // A made ideal version: every step is paired as it was made (a kept
    // pairing, like one by hand) in its own column and every card matches.
    const QString made = edits.makeIdealVersion(journeys.current, QStringLiteral("Kopie"));
    REQUIRE_FALSE(made.isEmpty());
    const JourneyAlignment c = JourneyAlignment::compute(ws, journeys.current, made);
    CHECK(c.columns().size() == ws.orderedSteps(journeys.current).size());
    for (const auto &column : c.columns()) {
        CHECK(column.isPaired());
        CHECK(c.pairs()[size_t(column.pair)].origin == Origin::IdealVersion);
    }
    CHECK(c.cardsOnlyInCurrent().isEmpty());
    CHECK(c.cardsOnlyInIdeal().isEmpty());
}
