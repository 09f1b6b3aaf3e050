// Issue 16: the blueprint health check. A workspace built for it holds one
// planted fault per code; the same workspace without them has no finding.
// Dismissals are undoable edits that survive the file and JSON.
#include "edits.h"
#include "healthcheck.h"
#include "jsoncodec.h"
#include "testsupport.h"
#include "undoredo.h"
#include "validator.h"

#include <catch2/catch.hpp>

#include <set>

using namespace blauwdruk;

namespace {

// A persona with a current and an ideal journey of two steps each, every
// lane filled, every pain point answered: healthy by every check. Faults
// are planted on top of it by the tests.
struct HealthyWorkspace {
    Workspace ws;
    int next = 0;

    QString id(const char *prefix) {
        return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(++next);
    }

    QString journey(const QString &kind, const QString &persona) {
        Journey j;
        j.id = id("journey");
        j.kind = kind;
        j.persona = persona;
        j.title =
            kind == QLatin1String("ideal") ? QStringLiteral("Ideaal") : QStringLiteral("Huidig");
        j.startingPoint = QStringLiteral("Brief van de gemeente");
        j.goal = QStringLiteral("Alle regelingen in één keer");
        j.position = int(ws.journeys.size());
        ws.journeys.push_back(j);
        Stage stage;
        stage.id = id("stage");
        stage.journey = j.id;
        stage.title = QStringLiteral("Aanvragen");
        ws.stages.push_back(stage);
        return j.id;
    }
    QString step(const QString &journey, const QString &title, int position,
                 const QString &counterpart = QString()) {
        Step s;
        s.id = id("step");
        s.journey = journey;
        for (const Stage &stage : ws.stages)
            if (stage.journey == journey)
                s.stage = stage.id;
        s.title = title;
        s.position = position;
        s.counterpart = counterpart;
        ws.steps.push_back(s);
        return s.id;
    }
    QString lane(const QString &journey, const QString &kind, int position,
                 const QString &line = QString()) {
        Lane l;
        l.id = id("lane");
        l.journey = journey;
        l.kind = kind;
        l.title = kind;
        l.position = position;
        l.lineAbove = line;
        ws.lanes.push_back(l);
        return l.id;
    }
    QString card(const QString &journey, const QString &step, const QString &lane,
                 const QString &title, const QString &kind = QStringLiteral("note"),
                 const QString &owner = QString()) {
        Card c;
        c.id = id("card");
        c.journey = journey;
        c.step = step;
        c.lane = lane;
        c.title = title;
        c.kind = kind;
        c.owner = owner;
        c.position = int(ws.cards.size());
        ws.cards.push_back(c);
        return c.id;
    }
    QString connect(const QString &journey, const QString &from, const QString &to,
                    const QString &kind = QStringLiteral("flow")) {
        Connection c;
        c.id = id("connection");
        c.journey = journey;
        c.from = from;
        c.to = to;
        c.kind = kind;
        ws.connections.push_back(c);
        return c.id;
    }

    QString persona, current, ideal;
    QString currentSteps[2], idealSteps[2];
    QString currentLanes[4], idealLanes[4]; // customer, frontstage, backstage, governance
    QString currentPain, idealOpportunity;

    HealthyWorkspace() {
        Persona p;
        p.id = persona = id("persona");
        p.name = QStringLiteral("Samira");
        ws.personas.push_back(p);
        current = journey(QStringLiteral("current"), persona);
        ideal = journey(QStringLiteral("ideal"), persona);
        for (int i = 0; i < 2; ++i) {
            const QString title = i == 0 ? QStringLiteral("Aanvragen") : QStringLiteral("Besluit");
            currentSteps[i] = step(current, title, i);
            idealSteps[i] = step(ideal, title, i, currentSteps[i]);
        }
        const char *kinds[] = {"customer", "frontstage", "backstage", "governance"};
        const char *lines[] = {"", "interaction", "visibility", ""};
        for (int l = 0; l < 4; ++l) {
            currentLanes[l] = lane(current, QLatin1String(kinds[l]), l, QLatin1String(lines[l]));
            idealLanes[l] = lane(ideal, QLatin1String(kinds[l]), l, QLatin1String(lines[l]));
        }
        for (int i = 0; i < 2; ++i)
            for (int l = 0; l < 4; ++l) {
                const QString owner = l == 3 ? QStringLiteral("Team Minima") : QString();
                card(current, currentSteps[i], currentLanes[l],
                     QStringLiteral("c%1%2").arg(i).arg(l),
                     l == 3 ? QStringLiteral("decision") : QStringLiteral("note"), owner);
                card(ideal, idealSteps[i], idealLanes[l], QStringLiteral("i%1%2").arg(i).arg(l),
                     l == 3 ? QStringLiteral("kpi") : QStringLiteral("note"), owner);
            }
        // Today's pain point, answered in the ideal journey's paired step.
        currentPain = card(current, currentSteps[0], currentLanes[2],
                           QStringLiteral("Elke regeling apart"), QStringLiteral("pain_point"));
        card(current, currentSteps[0], currentLanes[2], QStringLiteral("Eén aanvraag"),
             QStringLiteral("opportunity"));
        idealOpportunity =
            card(ideal, idealSteps[0], idealLanes[2], QStringLiteral("Eén aanvraag voor alles"),
                 QStringLiteral("opportunity"));
        // A feedback loop back to the start is not backwards.
        connect(ideal, card(ideal, idealSteps[1], idealLanes[2], QStringLiteral("Evaluatie")),
                idealOpportunity, QStringLiteral("feedback"));
    }

    std::set<std::pair<QString, QString>> found() const {
        std::set<std::pair<QString, QString>> codes;
        for (const HealthCheck::Finding &f : HealthCheck::run(ws))
            codes.insert({f.code, f.target});
        return codes;
    }
};

} // namespace

TEST_CASE("Health check: a complete blueprint has no finding") {
    HealthyWorkspace h;
    REQUIRE(validateWorkspace(h.ws).empty());
    const auto findings = HealthCheck::run(h.ws);
    for (const HealthCheck::Finding &f : findings)
        UNSCOPED_INFO(f.code.toStdString() << " " << f.title.toStdString());
    CHECK(findings.empty());
}

TEST_CASE("Health check: finds each planted fault, at its place, with advice") {
    HealthyWorkspace h;
    // step-without-customer-action: a new step with only a backstage card.
    const QString lonely = h.step(h.ideal, QStringLiteral("Wachten"), 2);
    const QString behind = h.card(h.ideal, lonely, h.idealLanes[2], QStringLiteral("Toets"));
    // frontstage-without-support: a frontstage card in a step with nothing below the line.
    const QString front = h.step(h.ideal, QStringLiteral("Loket"), 3);
    h.card(h.ideal, front, h.idealLanes[0], QStringLiteral("Komt langs"));
    const QString counter = h.card(h.ideal, front, h.idealLanes[1], QStringLiteral("Baliegesprek"));
    // pain-point-without-opportunity (ideal journey): nothing answers it in its step.
    const QString idealPain =
        h.card(h.ideal, lonely, h.idealLanes[2], QStringLiteral("Lange wachttijd"),
               QStringLiteral("pain_point"));
    // current-pain-point-unresolved: today's pain point in the step whose
    // ideal step has no opportunity, and no connection to one.
    const QString unanswered =
        h.card(h.current, h.currentSteps[1], h.currentLanes[2],
               QStringLiteral("Vier beschikkingen"), QStringLiteral("pain_point"));
    // An opportunity in its own step answers the first code, not the second.
    h.card(h.current, h.currentSteps[1], h.currentLanes[2], QStringLiteral("Uitleg aan de balie"),
           QStringLiteral("opportunity"));
    // governance-without-owner
    const QString ownerless = h.card(h.ideal, h.idealSteps[1], h.idealLanes[3],
                                     QStringLiteral("Kwartaalcijfers"), QStringLiteral("kpi"));
    // empty-lane
    const QString emptyLane = h.lane(h.ideal, QStringLiteral("tech"), 4);
    // journey-without-start-or-goal
    h.ws.find<Journey>(h.current)->goal.clear();
    // connection-backwards: from the second step back to the first, as flow.
    const QString backwards = h.connect(h.ideal, behind, h.idealOpportunity);
    // ideal-without-current: a second persona with only an ideal journey.
    Persona other;
    other.id = QStringLiteral("persona-other");
    other.name = QStringLiteral("Kees");
    h.ws.personas.push_back(other);
    const QString onlyIdeal = h.journey(QStringLiteral("ideal"), other.id);
    Persona third;
    third.id = QStringLiteral("persona-third");
    third.name = QStringLiteral("Ans");
    h.ws.personas.push_back(third);
    const QString onlyCurrent = h.journey(QStringLiteral("current"), third.id);
    REQUIRE(validateWorkspace(h.ws).empty());

    const auto found = h.found();
    CHECK(found.count({QStringLiteral("step-without-customer-action"), lonely}));
    CHECK(found.count({QStringLiteral("frontstage-without-support"), counter}));
    CHECK(found.count({QStringLiteral("pain-point-without-opportunity"), idealPain}));
    CHECK(found.count({QStringLiteral("pain-point-without-opportunity"), unanswered}) == 0);
    CHECK(found.count({QStringLiteral("current-pain-point-unresolved"), unanswered}));
    CHECK(found.count({QStringLiteral("governance-without-owner"), ownerless}));
    CHECK(found.count({QStringLiteral("empty-lane"), emptyLane}));
    CHECK(found.count({QStringLiteral("journey-without-start-or-goal"), h.current}));
    CHECK(found.count({QStringLiteral("connection-backwards"), backwards}));
    CHECK(found.count({QStringLiteral("ideal-without-current"), onlyIdeal}));
    CHECK(found.count({QStringLiteral("current-without-ideal"), onlyCurrent}));
    // Every code is exercised, and each finding says where and what to do.
    std::set<QString> codes;
    for (const HealthCheck::Finding &f : HealthCheck::run(h.ws)) {
        codes.insert(f.code);
        CHECK_FALSE(f.advice.isEmpty());
        CHECK_FALSE(f.title.isEmpty());
        CHECK(h.ws.find<Journey>(f.journey));
        CHECK(f.isOpen());
    }
    for (const QString &code : HealthCheck::codes())
        CHECK(codes.count(code));
    // The title is that place's: the card's, the lane's, the journey's.
    for (const HealthCheck::Finding &f : HealthCheck::run(h.ws, h.ideal))
        if (f.code == QLatin1String("frontstage-without-support"))
            CHECK(f.title == QStringLiteral("Baliegesprek"));
    // --journey: only that journey's findings.
    for (const HealthCheck::Finding &f : HealthCheck::run(h.ws, h.current))
        CHECK(f.journey == h.current);
}

TEST_CASE("Health check: an opportunity or a connection answers today's pain point") {
    HealthyWorkspace h;
    const QString pain = h.card(h.current, h.currentSteps[1], h.currentLanes[2],
                                QStringLiteral("Vier beschikkingen"), QStringLiteral("pain_point"));
    CHECK(h.found().count({QStringLiteral("current-pain-point-unresolved"), pain}));
    // A connection from the pain point to an opportunity of its journey answers it.
    const QString answer = h.card(h.current, h.currentSteps[1], h.currentLanes[2],
                                  QStringLiteral("Eén beschikking"), QStringLiteral("opportunity"));
    const QString link = h.connect(h.current, pain, answer);
    CHECK_FALSE(h.found().count({QStringLiteral("current-pain-point-unresolved"), pain}));
    CHECK_FALSE(h.found().count({QStringLiteral("pain-point-without-opportunity"), pain}));
    // So does an opportunity in the paired ideal step.
    std::erase_if(h.ws.connections, [&](const Connection &c) { return c.id == link; });
    std::erase_if(h.ws.cards, [&](const Card &c) { return c.id == answer; });
    CHECK(h.found().count({QStringLiteral("current-pain-point-unresolved"), pain}));
    h.card(h.ideal, h.idealSteps[1], h.idealLanes[2], QStringLiteral("Eén besluit"),
           QStringLiteral("opportunity"));
    CHECK_FALSE(h.found().count({QStringLiteral("current-pain-point-unresolved"), pain}));
    CHECK_FALSE(h.found().count({QStringLiteral("pain-point-without-opportunity"), pain}));
}

TEST_CASE("Health check: a dismissal with a reason is undoable and survives the file and JSON") {
    HealthyWorkspace h;
    const QString emptyLane = h.lane(h.ideal, QStringLiteral("tech"), 4);
    test::ExampleFile file(h.ws);
    Edits edits(*file.document);
    const Workspace &ws = file.document->workspace();
    REQUIRE(HealthCheck::openCount(HealthCheck::run(ws)) == 1);
    // No reason, no dismissal.
    CHECK(
        edits.dismissFinding(h.ideal, QStringLiteral("empty-lane"), emptyLane, QStringLiteral("  "))
            .isEmpty());
    CHECK_FALSE(edits.error().isEmpty());
    test::checkUndoRedo(file, [&] {
        return !edits
                    .dismissFinding(h.ideal, QStringLiteral("empty-lane"), emptyLane,
                                    QStringLiteral("De techniek volgt in fase 2"))
                    .isEmpty();
    });
    auto findings = HealthCheck::run(ws);
    REQUIRE(findings.size() == 1);
    CHECK_FALSE(findings.front().isOpen());
    CHECK(findings.front().reason == QStringLiteral("De techniek volgt in fase 2"));
    CHECK(HealthCheck::openCount(findings) == 0);
    // Twice is refused.
    CHECK(
        edits.dismissFinding(h.ideal, QStringLiteral("empty-lane"), emptyLane, QStringLiteral("x"))
            .isEmpty());

    // Reopened from disk, and through JSON: still dismissed, with its reason.
    const QString path = file.path;
    file.document.reset();
    QString error;
    auto reopened = Document::open(path, Store::Mode::ReadWrite, &error);
    REQUIRE(reopened);
    findings = HealthCheck::run(reopened->workspace());
    REQUIRE(findings.size() == 1);
    CHECK(findings.front().reason == QStringLiteral("De techniek volgt in fase 2"));
    const auto fromJson = JsonCodec::read(JsonCodec::write(reopened->workspace()), &error);
    REQUIRE(fromJson);
    CHECK(test::canonical(*fromJson) == test::canonical(reopened->workspace()));
    CHECK_FALSE(HealthCheck::run(*fromJson).front().isOpen());

    // Restoring it opens the finding again, as one undo step.
    Edits again(*reopened);
    const QString dismissal = HealthCheck::run(reopened->workspace()).front().dismissal;
    REQUIRE(again.restoreFinding(dismissal));
    CHECK(HealthCheck::openCount(HealthCheck::run(reopened->workspace())) == 1);
    reopened->undoStack()->undo();
    CHECK(HealthCheck::openCount(HealthCheck::run(reopened->workspace())) == 0);
}

TEST_CASE("Health check: the bundled example is clean for check and has a few real findings") {
    const Workspace ws = test::exampleWorkspace();
    CHECK(validateWorkspace(ws).empty());
    const auto findings = HealthCheck::run(ws);
    CHECK_FALSE(findings.empty());
    CHECK(findings.size() <= 20);
}
