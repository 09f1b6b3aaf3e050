// Issue 15: work sessions in the model. Sessions, participants, vote rounds,
// votes and the agenda are edits like any other (one undo step each, in
// memory and on disk), survive the file and JSON, and the structure lock
// holds for every path that changes the grid, undo included.
#include "document.h"
#include "edits.h"
#include "jsoncodec.h"
#include "sessionrules.h"
#include "testsupport.h"
#include "undoredo.h"
#include "validator.h"

#include <catch2/catch.hpp>

using namespace blauwdruk;
using test::checkUndoRedo;

namespace {

struct SessionFixture {
    test::ExampleFile file;
    Edits edits{*file.document};
    const Workspace &ws = file.document->workspace();
    QString journey = ws.orderedJourneys().front()->id;
    QString session = edits.startSession(journey, QStringLiteral("Werksessie Samira"));

    const Card *card(int i) const { return ws.orderedCards(journey)[size_t(i)]; }
    const Step *step(int i) const { return ws.orderedSteps(journey)[size_t(i)]; }
    const Lane *lane(int i) const { return ws.orderedLanes(journey)[size_t(i)]; }
    QStringList participants(int n) {
        QStringList labels;
        for (int i = 1; i <= n; ++i)
            labels << QStringLiteral("Deelnemer %1").arg(i);
        return edits.addParticipants(session, labels);
    }
};

} // namespace

TEST_CASE("Session mode: starting and ending a session are recorded outside undo") {
    SessionFixture f;
    REQUIRE_FALSE(f.session.isEmpty());
    const WorkSession *session = f.ws.find<WorkSession>(f.session);
    CHECK(session->journey == f.journey);
    CHECK_FALSE(session->startedAt.isEmpty());
    CHECK(session->endedAt.isEmpty());
    CHECK(f.file.document->undoStack()->count() == 0);
    CHECK(SessionRules::running(f.ws, f.journey) == session);
    CHECK(test::onDisk(f.file.path) == test::canonical(f.ws));
    REQUIRE(f.edits.endSession(f.session));
    CHECK_FALSE(f.ws.find<WorkSession>(f.session)->endedAt.isEmpty());
    CHECK(SessionRules::running(f.ws, f.journey) == nullptr);
    CHECK_FALSE(f.edits.endSession(f.session));
    CHECK(f.file.document->undoStack()->count() == 0);
    CHECK(validateWorkspace(f.ws).empty());
}

TEST_CASE("Session mode: participants, vote rounds, votes and agenda blocks undo and redo, "
          "in memory and on disk") {
    SessionFixture f;
    QStringList people;
    checkUndoRedo(f.file, [&] { return (people = f.participants(3)).size() == 3; });
    CHECK(f.ws.find<Participant>(people[2])->label == QLatin1String("Deelnemer 3"));
    QString round;
    checkUndoRedo(f.file, [&] {
        Edits::VoteRoundDraft draft;
        draft.title = QStringLiteral("Welke knelpunten wegen het zwaarst?");
        draft.budget = 3;
        draft.cap = 2;
        return !(round = f.edits.addVoteRound(f.session, draft)).isEmpty();
    });
    const QString card = f.card(0)->id;
    checkUndoRedo(f.file, [&] { return f.edits.setDots(round, card, people[0], 2); });
    checkUndoRedo(f.file, [&] { return f.edits.setDots(round, card, people[0], 1); });
    checkUndoRedo(f.file, [&] { return f.edits.setDots(round, card, QString(), 7); });
    checkUndoRedo(f.file, [&] { return f.edits.setRoundRevealed(round, true); });
    checkUndoRedo(f.file, [&] { return f.edits.setRoundClosed(round, true); });
    CHECK(SessionRules::totals(f.ws, round).value(card) == 8);
    QString block;
    checkUndoRedo(f.file, [&] {
        return !(block = f.edits.addAgendaBlock(f.session, QStringLiteral("Knelpunten ophalen"), 20,
                                                QStringLiteral("step"), f.step(1)->id))
                    .isEmpty();
    });
    checkUndoRedo(f.file, [&] {
        return !f.edits.addAgendaBlock(f.session, QStringLiteral("Stemmen"), 10).isEmpty();
    });
    checkUndoRedo(f.file, [&] { return f.edits.moveAgendaBlock(block, 1); });
    CHECK(f.ws.orderedAgenda(f.session).back()->id == block);
    checkUndoRedo(f.file, [&] { return f.edits.setStructureLocked(f.session, true); });
    checkUndoRedo(f.file, [&] { return f.edits.removeAgendaBlock(block); });
    checkUndoRedo(f.file, [&] { return f.edits.removeParticipant(people[1]); });
    checkUndoRedo(f.file, [&] { return f.edits.removeVoteRound(round); });
}

TEST_CASE("Session mode: a round on one step counts that step's cards only") {
    SessionFixture f;
    const QStringList people = f.participants(1);
    const Card *first = f.card(0);
    Edits::VoteRoundDraft draft;
    draft.title = QStringLiteral("Wat speelt er bij deze stap?");
    draft.scope = QStringLiteral("step");
    draft.scopeValue = first->step;
    const QString round = f.edits.addVoteRound(f.session, draft);
    REQUIRE_FALSE(round.isEmpty());
    const VoteRound *made = f.ws.find<VoteRound>(round);
    REQUIRE(made);
    CHECK(made->scopeValue == first->step);
    const Card *elsewhere = nullptr;
    for (const Card *card : f.ws.orderedCards(f.journey)) {
        CHECK(SessionRules::counts(f.ws, *made, *card) == (card->step == first->step));
        if (card->step != first->step)
            elsewhere = card;
    }
    REQUIRE(elsewhere);
    CHECK(f.edits.setDots(round, first->id, people[0], 1));
    CHECK_FALSE(f.edits.setDots(round, elsewhere->id, people[0], 1));
    // A show of hands on top: the ranking keeps the two apart.
    CHECK(f.edits.setDots(round, first->id, QString(), 4));
    const std::vector<SessionRules::Result> ranking = SessionRules::ranking(f.ws, round);
    REQUIRE(ranking.size() == 1);
    CHECK(ranking[0].total == 5);
    CHECK(ranking[0].hands == 4);
    // A step of no journey of the session's is refused, naming what to do.
    draft.scopeValue = QStringLiteral("no-such-step");
    CHECK(f.edits.addVoteRound(f.session, draft).isEmpty());
    CHECK(f.edits.error().contains(QLatin1String("step")));
}

TEST_CASE("Session mode: dots stay within the round's budget, cap and scope") {
    SessionFixture f;
    const QStringList people = f.participants(2);
    Edits::VoteRoundDraft draft;
    draft.title = QStringLiteral("Kansen in de eerste baan");
    draft.budget = 3;
    draft.cap = 2;
    draft.scope = QStringLiteral("lane");
    draft.scopeValue = f.card(0)->lane;
    const QString round = f.edits.addVoteRound(f.session, draft);
    REQUIRE_FALSE(round.isEmpty());
    std::vector<const Card *> inLane, outside;
    for (const Card *card : f.ws.orderedCards(f.journey))
        (card->lane == draft.scopeValue ? inLane : outside).push_back(card);
    REQUIRE(inLane.size() >= 2);
    REQUIRE_FALSE(outside.empty());

    CHECK_FALSE(f.edits.setDots(round, inLane[0]->id, people[0], 3)); // above the cap
    CHECK(f.edits.error().contains(QLatin1String("2")));
    CHECK(f.edits.setDots(round, inLane[0]->id, people[0], 2));
    CHECK_FALSE(f.edits.setDots(round, inLane[1]->id, people[0], 2)); // one dot left
    CHECK(f.edits.error().contains(QLatin1String("Deelnemer 1")));
    CHECK(f.edits.setDots(round, inLane[1]->id, people[0], 1));
    CHECK_FALSE(f.edits.setDots(round, outside[0]->id, people[1], 1)); // not in scope
    CHECK(f.edits.setDots(round, inLane[1]->id, people[1], 2));
    CHECK(SessionRules::spent(f.ws, round, people[0]) == 3);
    // Taking dots back frees them again.
    CHECK(f.edits.setDots(round, inLane[0]->id, people[0], 0));
    CHECK(SessionRules::spent(f.ws, round, people[0]) == 1);
    const std::vector<SessionRules::Result> ranking = SessionRules::ranking(f.ws, round);
    REQUIRE(ranking.size() == 1);
    CHECK(ranking[0].card == inLane[1]);
    CHECK(ranking[0].total == 3);
    // A closed round takes no more votes.
    REQUIRE(f.edits.setRoundClosed(round, true));
    CHECK_FALSE(f.edits.setDots(round, inLane[0]->id, people[1], 0 + 1));
    // Removing a card takes its votes; undo brings them back.
    REQUIRE(f.edits.setRoundClosed(round, false));
    const QString votedCard = inLane[1]->id;
    REQUIRE(f.edits.removeCards({votedCard}));
    CHECK(SessionRules::totals(f.ws, round).value(votedCard) == 0);
    CHECK(validateWorkspace(f.ws).empty());
    REQUIRE(f.file.document->undo());
    CHECK(SessionRules::totals(f.ws, round).value(votedCard) == 3);
    // A cap above the budget makes no sense.
    draft.cap = 4;
    CHECK(f.edits.addVoteRound(f.session, draft).isEmpty());
}

TEST_CASE("Session mode: the structure lock keeps stages, steps and lanes in place while "
          "cards stay editable") {
    SessionFixture f;
    REQUIRE(f.edits.setStructureLocked(f.session, true));
    Document &doc = *f.file.document;
    const QString stepTitle = f.step(0)->title;
    const int commands = doc.undoStack()->count();
    CHECK_FALSE(f.edits.setField(EntityType::Step, {f.step(0)->id}, QStringLiteral("title"),
                                 QStringLiteral("Anders")));
    CHECK(f.edits.error().contains(QLatin1String("locked")));
    CHECK_FALSE(f.edits.removeStep(f.step(0)->id));
    CHECK_FALSE(f.edits.moveLane(f.lane(0)->id, 2));
    CHECK_FALSE(f.edits.removeLane(f.lane(1)->id));
    CHECK_FALSE(f.edits.moveStage(f.ws.orderedStages(f.journey).front()->id, 1));
    CHECK(f.edits.addStep(f.step(0)->stage, QStringLiteral("Nieuw")).isEmpty());
    CHECK(doc.undoStack()->count() == commands);
    CHECK(f.step(0)->title == stepTitle);
    // What a step says stays editable, and so do the cards.
    CHECK(f.edits.setField(EntityType::Step, {f.step(0)->id}, QStringLiteral("emotion"), -2));
    const QString card = f.edits.addCard(f.step(0)->id, f.lane(0)->id, QStringLiteral("Brief"));
    CHECK_FALSE(card.isEmpty());
    CHECK(f.edits.setField(EntityType::Card, {card}, QStringLiteral("title"),
                           QStringLiteral("Brief kwijt")));
    // Another journey is not locked.
    const QString other = f.ws.orderedJourneys().back()->id;
    REQUIRE(other != f.journey);
    CHECK(f.edits.moveLane(f.ws.orderedLanes(other).front()->id, 1));
    REQUIRE(doc.undo()); // back out of the other journey's move

    // The lock itself is an ordinary step: undo reaches it before any
    // structure edit made earlier.
    REQUIRE(f.edits.setStructureLocked(f.session, false));
    REQUIRE(f.edits.moveLane(f.lane(0)->id, 1));
    REQUIRE(f.edits.setStructureLocked(f.session, true));
    REQUIRE(doc.undo());
    CHECK_FALSE(SessionRules::isStructureLocked(f.ws, f.journey));
    REQUIRE(doc.redo());
    REQUIRE(doc.undo()); // unlock
    REQUIRE(doc.undo()); // the lane moves back: nothing locks it now
    REQUIRE(doc.redo());
    REQUIRE(doc.redo()); // locked again
    QString refused;
    QObject::connect(&doc, &Document::editRefused, [&](const QString &m) { refused = m; });
    const std::string before = test::canonical(f.ws);
    // In review mode undo may not take back a content change either.
    doc.setReviewMode(true);
    CHECK_FALSE(doc.undo());
    CHECK(refused.contains(QLatin1String("review mode")));
    CHECK(test::canonical(f.ws) == before);
    doc.setReviewMode(false);
}

TEST_CASE("Session mode: cards added while a session captures belong to it") {
    SessionFixture f;
    Document &doc = *f.file.document;
    const QString before = f.edits.addCard(f.step(0)->id, f.lane(0)->id, QStringLiteral("Vooraf"));
    CHECK(f.ws.find<Card>(before)->session.isEmpty());
    doc.setCapturingSession(f.session);
    const QString during = f.edits.addCard(f.step(0)->id, f.lane(0)->id, QStringLiteral("Tijdens"));
    CHECK(f.ws.find<Card>(during)->session == f.session);
    // Only cards of the session's own journey.
    const QString other = f.ws.orderedJourneys().back()->id;
    const QString elsewhere =
        f.edits.addCard(f.ws.orderedSteps(other).front()->id, f.ws.orderedLanes(other).front()->id,
                        QStringLiteral("Elders"));
    CHECK(f.ws.find<Card>(elsewhere)->session.isEmpty());
    // A version keeps the card but not the session; the snapshot is sound.
    const QString version = f.edits.createVersion(QStringLiteral("Na de sessie"));
    QString error;
    const auto snapshot = JsonCodec::read(f.ws.find<Version>(version)->snapshot.toUtf8(), &error);
    REQUIRE(snapshot);
    CHECK(snapshot->sessions.empty());
    CHECK(snapshot->find<Card>(during)->session == f.session);
}

TEST_CASE("Session mode: votes and rounds survive save, reopen, JSON export and import") {
    SessionFixture f;
    const QStringList people = f.participants(2);
    Edits::VoteRoundDraft draft;
    draft.title = QStringLiteral("Pijnpunten");
    draft.scope = QStringLiteral("kind");
    draft.scopeValue = QStringLiteral("pain_point");
    const QString round = f.edits.addVoteRound(f.session, draft);
    REQUIRE_FALSE(round.isEmpty());
    const Card *pain = nullptr;
    for (const Card *card : f.ws.orderedCards(f.journey))
        if (card->kind == QLatin1String("pain_point") && !pain)
            pain = card;
    REQUIRE(pain);
    REQUIRE(f.edits.setDots(round, pain->id, people[1], 2));
    REQUIRE(f.edits.setRoundRevealed(round, true));
    REQUIRE(f.edits.addAgendaBlock(f.session, QStringLiteral("Opening"), 5).size() > 0);
    REQUIRE(f.edits.setStructureLocked(f.session, true));
    const std::string expected = test::canonical(f.ws);
    const QString painId = pain->id;

    // Reopened from disk.
    const QString path = f.file.path;
    f.file.document.reset();
    QString error;
    auto reopened = Document::open(path, Store::Mode::ReadWrite, &error);
    REQUIRE(reopened);
    CHECK(test::canonical(reopened->workspace()) == expected);
    CHECK(SessionRules::isStructureLocked(reopened->workspace(), f.journey));

    // Through JSON and back, with a JSON schema check of the text elsewhere.
    const QByteArray json = JsonCodec::write(reopened->workspace());
    CHECK(json.contains("\"vote_rounds\""));
    CHECK(json.contains("\"Deelnemer 2\""));
    const auto imported = JsonCodec::read(json, &error);
    REQUIRE(imported);
    CHECK(test::canonical(*imported) == expected);
    CHECK(SessionRules::totals(*imported, round).value(painId) == 2);
    // One journey alone carries its sessions too.
    const auto alone = JsonCodec::read(JsonCodec::write(reopened->workspace(), f.journey), &error);
    REQUIRE(alone);
    CHECK(alone->votes.size() == 1);
}

TEST_CASE("Session mode: a vote on another journey's card or for a stranger is refused in "
          "files") {
    SessionFixture f;
    const QStringList people = f.participants(1);
    Edits::VoteRoundDraft draft;
    draft.title = QStringLiteral("Alles");
    const QString round = f.edits.addVoteRound(f.session, draft);
    REQUIRE(f.edits.setDots(round, f.card(0)->id, people[0], 1));
    Workspace ws = f.ws;
    ws.votes.front().participant = QStringLiteral("nobody");
    std::vector<Problem> problems = validateWorkspace(ws);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().toString().contains(QLatin1String("participant")));
    ws = f.ws;
    ws.votes.front().card = ws.orderedCards(ws.orderedJourneys().back()->id).front()->id;
    CHECK_FALSE(validateWorkspace(ws).empty());
    ws = f.ws;
    ws.voteRounds.front().scope = QStringLiteral("kind");
    ws.voteRounds.front().scopeValue = QStringLiteral("nonsense");
    CHECK_FALSE(validateWorkspace(ws).empty());
}

TEST_CASE("Session mode: a parking lane may be added and undone while the structure is locked") {
    SessionFixture f;
    REQUIRE(f.edits.setStructureLocked(f.session, true));
    const size_t lanes = f.ws.orderedLanes(f.journey).size();
    CHECK(f.edits.addLane(f.journey, QStringLiteral("free"), QStringLiteral("Vrij")).isEmpty());
    QString parking;
    checkUndoRedo(f.file, [&] {
        parking =
            f.edits.addLane(f.journey, QStringLiteral("parking"), QStringLiteral("Parkeerplaats"));
        return !parking.isEmpty();
    });
    REQUIRE(f.ws.orderedLanes(f.journey).size() == lanes + 1);
    CHECK(f.ws.orderedLanes(f.journey).back()->id == parking);
    // Only adding and removing it: it keeps its place and name like the rest.
    CHECK_FALSE(f.edits.moveLane(parking, 0));
}

TEST_CASE("Session mode: a card added with an owner is one undo step") {
    SessionFixture f;
    QString card;
    checkUndoRedo(f.file, [&] {
        card = f.edits.addCard(f.step(0)->id, f.lane(0)->id, QStringLiteral("Uitzoeken"),
                               QStringLiteral("note"), -1, QStringLiteral("Petra"));
        return !card.isEmpty();
    });
    CHECK(f.ws.find<Card>(card)->owner == QLatin1String("Petra"));
}

TEST_CASE("Session mode: an agenda block's focus changes in one undo step") {
    SessionFixture f;
    const QString block = f.edits.addAgendaBlock(f.session, QStringLiteral("Knelpunten"), 15);
    REQUIRE_FALSE(block.isEmpty());
    checkUndoRedo(f.file, [&] {
        return f.edits.setAgendaFocus(block, QStringLiteral("step"), f.step(1)->id);
    });
    CHECK(f.ws.find<AgendaBlock>(block)->focus == f.step(1)->id);
    const QString other = f.ws.orderedJourneys().back()->id;
    CHECK_FALSE(f.edits.setAgendaFocus(block, QStringLiteral("lane"),
                                       f.ws.orderedLanes(other).front()->id));
    CHECK(f.ws.find<AgendaBlock>(block)->focusKind == QLatin1String("step"));
}
