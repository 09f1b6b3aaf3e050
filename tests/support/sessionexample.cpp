#include "sessionexample.h"

#include "document.h"
#include "edits.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

namespace blauwdruk::test {

SessionExample recordSession(const QString &path) {
    SessionExample example;
    example.path = path;
    QString error;
    std::unique_ptr<Document> document = Document::open(path, Store::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    REQUIRE(document);
    Edits edits(*document);
    const Workspace &ws = document->workspace();
    const Journey *journey = ws.orderedJourneys().front();
    example.journey = journey->id;
    example.journeyTitle = journey->title;
    const QString parking =
        edits.addLane(journey->id, QStringLiteral("parking"), QStringLiteral("Parkeerplaats"));
    REQUIRE_FALSE(parking.isEmpty());

    example.session = edits.startSession(journey->id, example.sessionTitle);
    REQUIRE_FALSE(example.session.isEmpty());
    example.participants = edits.addParticipants(
        example.session, {QStringLiteral("Deelnemer 1"), QStringLiteral("Deelnemer 2"),
                          QStringLiteral("Deelnemer 3"), QStringLiteral("Deelnemer 4")});
    REQUIRE(example.participants.size() == 4);
    const std::vector<const Step *> steps = ws.orderedSteps(journey->id);
    const std::vector<const Lane *> lanes = ws.orderedLanes(journey->id);
    REQUIRE(steps.size() >= 2);
    REQUIRE(lanes.size() >= 3);
    REQUIRE(!edits
                 .addAgendaBlock(example.session, QStringLiteral("Pijnpunten ophalen"), 20,
                                 QStringLiteral("lane"), lanes[0]->id)
                 .isEmpty());
    REQUIRE(!edits.addAgendaBlock(example.session, QStringLiteral("Stemmen"), 10).isEmpty());

    // What the room captured, as session mode does: into the session.
    document->setCapturingSession(example.session);
    const auto add = [&](int step, const QString &lane, const QString &title, const QString &kind) {
        const QString id = edits.addCard(steps[size_t(step)]->id, lane, title, kind);
        REQUIRE_FALSE(id.isEmpty());
        ++example.cardsAdded;
        return id;
    };
    const QString wait = add(0, lanes[0]->id, QStringLiteral("Lang wachten op antwoord"),
                             QStringLiteral("pain_point"));
    const QString unclear =
        add(1, lanes[0]->id, QStringLiteral("Brief is onduidelijk"), QStringLiteral("pain_point"));
    const QString call =
        add(1, lanes[1]->id, QStringLiteral("Terugbellen binnen een dag"), QStringLiteral("note"));
    add(0, lanes[2]->id, example.question, QStringLiteral("question"));
    const QString parked = add(0, parking, example.parkedWithOwner, QStringLiteral("note"));
    REQUIRE(edits.setField(EntityType::Card, {parked}, QStringLiteral("owner"), example.owner));
    add(1, parking, example.parkedWithoutOwner, QStringLiteral("note"));
    document->setCapturingSession(QString());

    // Dot voting: "unclear" 6, "wait" 5, "call" 2.
    const QString round = edits.addVoteRound(example.session, {example.revealedRound, 5, 3});
    REQUIRE_FALSE(round.isEmpty());
    const QStringList &p = example.participants;
    for (const auto &[card, who, dots] : {std::tuple{wait, p[0], 3},
                                          {unclear, p[0], 2},
                                          {unclear, p[1], 3},
                                          {call, p[1], 2},
                                          {wait, p[2], 2},
                                          {unclear, p[2], 1}})
        REQUIRE(edits.setDots(round, card, who, dots));
    REQUIRE(edits.setRoundRevealed(round, true));
    example.ranking = {QStringLiteral("Brief is onduidelijk"),
                       QStringLiteral("Lang wachten op antwoord"),
                       QStringLiteral("Terugbellen binnen een dag")};
    example.totals = {6, 5, 2};
    // A show of hands that stayed hidden on the projector.
    const QString hidden = edits.addVoteRound(example.session, {example.hiddenRound, 3, 3});
    REQUIRE_FALSE(hidden.isEmpty());
    REQUIRE(edits.setDots(hidden, wait, QString(), 3));
    REQUIRE(edits.endSession(example.session));
    document.reset();
    // A session of known length, for the duration the summary gives.
    runSql(path, QStringLiteral("UPDATE sessions SET started_at = '2026-11-30T09:00:00Z', "
                                "ended_at = '2026-11-30T10:25:00Z' WHERE id = '%1'")
                     .arg(example.session));
    return example;
}

} // namespace blauwdruk::test
