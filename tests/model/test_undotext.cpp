// From item 11 of issue 13: the undo history names what an edit changed,
// the field and the object by its title ("Titel van kaart 'Online
// aanvragen' wijzigen").
#include "edits.h"
#include "testsupport.h"
#include "undotext.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTranslator>
#include <QUndoStack>

using namespace blauwdruk;

namespace {

std::string text(const QString &string) {
    return string.toStdString();
}

struct Example {
    test::ExampleFile file;
    Document &doc = *file.document;
    const Workspace &ws = doc.workspace();
    Edits edits{doc};
    QString journey = ws.orderedJourneys().front()->id;

    // Sets one field and gives the name of the undo step it made.
    std::string named(EntityType type, const QStringList &ids, const char *field,
                      const QVariant &value) {
        const int steps = doc.undoStack()->index();
        REQUIRE(edits.setField(type, ids, QLatin1String(field), value));
        REQUIRE(doc.undoStack()->index() == steps + 1);
        return doc.undoStack()->undoText().toStdString();
    }
};

} // namespace

TEST_CASE("Undo names: a field edit names the field and the object by its title") {
    Example e;
    const Card *card = e.ws.orderedCards(e.journey).front();
    const QString cardTitle = card->title;
    REQUIRE(cardTitle.size() <= 40);
    const QString cardId = card->id;
    CHECK(e.named(EntityType::Card, {cardId}, "status", QStringLiteral("planned")) ==
          text(QStringLiteral("Change status of card '%1'").arg(cardTitle)));
    // The title it had names it: that is what undo gives back.
    CHECK(e.named(EntityType::Card, {cardId}, "title", QStringLiteral("Online aanvragen")) ==
          text(QStringLiteral("Change title of card '%1'").arg(cardTitle)));
    CHECK(e.named(EntityType::Card, {cardId}, "duration", QStringLiteral("2 weken")) ==
          text(QStringLiteral("Change waiting time of card 'Online aanvragen'")));

    const Step *step = e.ws.orderedSteps(e.journey).front();
    CHECK(e.named(EntityType::Step, {step->id}, "emotion", -1) ==
          text(QStringLiteral("Change emotion of step '%1'").arg(step->title)));
    CHECK(e.named(EntityType::Step, {step->id}, "moment_of_truth", !step->momentOfTruth) ==
          text(QStringLiteral("Change moment of truth of step '%1'").arg(step->title)));
    const Lane *lane = e.ws.orderedLanes(e.journey).front();
    CHECK(e.named(EntityType::Lane, {lane->id}, "colour", QStringLiteral("#ffeecc")) ==
          text(QStringLiteral("Change colour of lane '%1'").arg(lane->title)));
    const Stage *stage = e.ws.orderedStages(e.journey).front();
    const QString stageTitle = stage->title;
    CHECK(e.named(EntityType::Stage, {stage->id}, "title", QStringLiteral("Begin")) ==
          text(QStringLiteral("Change title of stage '%1'").arg(stageTitle)));
    const Journey *journey = e.ws.find<Journey>(e.journey);
    CHECK(e.named(EntityType::Journey, {e.journey}, "goal", QStringLiteral("Geholpen")) ==
          text(QStringLiteral("Change goal of journey '%1'")
                   .arg(UndoText::shortTitle(journey->title))));
    const Persona *persona = e.ws.orderedPersonas().front();
    CHECK(e.named(EntityType::Persona, {persona->id}, "age", 41) ==
          text(QStringLiteral("Change age of persona '%1'").arg(persona->name)));
    CHECK(e.named(EntityType::Workspace, {}, "organisation", QStringLiteral("Gemeente Ede")) ==
          text(QStringLiteral("Change workspace organisation")));

    // Several objects are counted, not listed.
    QStringList cards;
    for (const Card *c : e.ws.orderedCards(e.journey))
        if (cards.size() < 3)
            cards << c->id;
    const QString level = e.ws.find<Card>(cards.front())->evidence == QLatin1String("assumed")
                              ? QStringLiteral("proposed")
                              : QStringLiteral("assumed");
    CHECK(e.named(EntityType::Card, cards, "evidence", level) ==
          text(QStringLiteral("Change evidence of 3 cards")));
}

TEST_CASE("Undo names: a long title is shortened, a new card is named by its first title") {
    Example e;
    const Step *step = e.ws.orderedSteps(e.journey).front();
    const Lane *lane = e.ws.orderedLanes(e.journey).front();
    const QString card = e.edits.addCard(step->id, lane->id, QString());
    REQUIRE(!card.isEmpty());
    CHECK(e.named(EntityType::Card, {card}, "text", QStringLiteral("Uitleg")) ==
          text(QStringLiteral("Change text of card")));
    CHECK(e.named(EntityType::Card, {card}, "title", QStringLiteral("Online aanvragen")) ==
          text(QStringLiteral("Change title of card 'Online aanvragen'")));

    const QString longTitle =
        QStringLiteral("Samira vult  het formulier in met de gegevens van haar werkgever "
                       "en de Belastingdienst");
    e.named(EntityType::Card, {card}, "title", longTitle);
    const std::string owner = e.named(EntityType::Card, {card}, "owner", QStringLiteral("ICT"));
    CHECK(owner ==
          text(QStringLiteral("Change owner of card 'Samira vult het formulier in met de\u2026'")));
    CHECK(UndoText::shortTitle(longTitle).size() <= 40);

    // Typing is one step, named once.
    const int steps = e.doc.undoStack()->index();
    for (const char *typed : {"O", "On", "Onl"})
        REQUIRE(e.edits.setField(EntityType::Card, {card}, QStringLiteral("owner"),
                                 QLatin1String(typed), true));
    CHECK(e.doc.undoStack()->index() == steps + 1);
    CHECK(text(e.doc.undoStack()->undoText()) == owner);
}

TEST_CASE("Undo names: in Dutch the field comes first") {
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(":/i18n/blauwdruk_nl.qm")));
    REQUIRE(QCoreApplication::installTranslator(&dutch));
    Example e;
    const Step *step = e.ws.orderedSteps(e.journey).front();
    const Lane *lane = e.ws.orderedLanes(e.journey).front();
    const QString card = e.edits.addCard(step->id, lane->id, QStringLiteral("Online aanvragen"));
    const std::string title =
        e.named(EntityType::Card, {card}, "title", QStringLiteral("Digitaal aanvragen"));
    const std::string workspace =
        e.named(EntityType::Workspace, {}, "title", QStringLiteral("Minima Ede"));
    const std::string waiting =
        e.named(EntityType::Card, {card}, "duration", QStringLiteral("1 dag"));
    QCoreApplication::removeTranslator(&dutch);
    CHECK(title == "Titel van kaart 'Online aanvragen' wijzigen");
    CHECK(workspace == "Titel van werkruimte wijzigen");
    CHECK(waiting == "Wachttijd van kaart 'Digitaal aanvragen' wijzigen");
}
