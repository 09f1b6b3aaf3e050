#include "takeinto.h"

#include "commandfiles.h"
#include "commandline.h"
#include "commandlookup.h"
#include "commandoptions.h"
#include "commandparser.h"
#include "edits.h"
#include "terminal.h"

namespace blauwdruk {

using namespace cli;

namespace {

const QCommandLineOption kTakeStep("step", "A step to take, with its cards (repeatable).",
                                   "TITLE|UUID");
const QCommandLineOption kTakeCard("card", "A card to take (repeatable).", "TITLE|UUID");
const QCommandLineOption kToJourney("to-journey",
                                    "The journey in FILE the steps go into (default: a new "
                                    "journey like theirs).",
                                    "TITLE|UUID");
const QCommandLineOption kToStep("to-step", "The step in FILE the cards go into.", "TITLE|UUID");

// "card<TAB>ID<TAB>title": what was taken, for people and scripts.
QString takenLine(const Workspace &ws, const QString &id) {
    const auto line = [&](const char *kind, const QString &title) {
        return QStringLiteral("%1\t%2\t%3\n")
            .arg(QLatin1String(kind), id, Terminal::oneLine(title));
    };
    if (const Persona *persona = ws.find<Persona>(id))
        return line("persona", persona->name);
    if (const Journey *journey = ws.find<Journey>(id))
        return line("journey", journey->title);
    if (const Step *step = ws.find<Step>(id))
        return line("step", step->title);
    if (const Card *card = ws.find<Card>(id))
        return line("card", card->title);
    return id + QLatin1Char('\n');
}

} // namespace

const QList<QCommandLineOption> &TakeInto::options() {
    static const QList<QCommandLineOption> list{kJourney,  kPersona,   kTakeStep,
                                                kTakeCard, kToJourney, kToStep};
    return list;
}

QStringList TakeInto::repeatable() {
    return {kTakeStep.names().last(), kTakeCard.names().last()};
}

std::optional<int> TakeInto::usageProblem(const QCommandLineParser &parser,
                                          bool wholeJourneyByDefault) {
    const bool parts = parser.isSet(kTakeStep) || parser.isSet(kTakeCard);
    if (!parts && !parser.isSet(kJourney) && !parser.isSet(kPersona) && !wholeJourneyByDefault)
        return CommandParser::usage(
            CommandLine::tr("say what to take: --journey, --persona, --step or --card"));
    if (parser.isSet(kTakeCard) && !parser.isSet(kToStep))
        return CommandParser::usage(
            CommandLine::tr("cards go into a step of FILE: give --to-step TITLE|UUID"));
    return std::nullopt;
}

int TakeInto::run(const QString &file, const Workspace &source, const QString &sourceName,
                  const QCommandLineParser &parser, const Provenance &origin,
                  bool wholeJourneyByDefault) {
    if (const std::optional<int> wrong = usageProblem(parser, wholeJourneyByDefault))
        return *wrong;
    const QStringList steps = parser.values(kTakeStep), cards = parser.values(kTakeCard);
    const bool parts = !steps.isEmpty() || !cards.isEmpty();

    // The source: with --step or --card, --journey names the journey they
    // are in; without them it is a journey to take whole.
    Edits::TakeRequest request;
    QString error;
    QString sourceJourney;
    if (parser.isSet(kJourney)) {
        const Journey *journey = CommandLookup::journey(source, parser.value(kJourney), &error);
        if (!journey)
            return CommandLine::fail(sourceName, error);
        if (parts)
            sourceJourney = journey->id;
        else
            request.journeys << journey->id;
    } else if (!parts && !parser.isSet(kPersona)) {
        if (source.journeys.size() != 1)
            return CommandParser::usage(
                CommandLine::tr("%1 has %2 journeys; choose one with --journey TITLE|UUID")
                    .arg(sourceName)
                    .arg(source.journeys.size()));
        request.journeys << source.journeys.front().id;
    }
    if (parser.isSet(kPersona)) {
        const Persona *persona = CommandLookup::persona(source, parser.value(kPersona), &error);
        if (!persona)
            return CommandLine::fail(sourceName, error);
        request.personas << persona->id;
    }
    for (const QString &key : steps) {
        const Step *step = CommandLookup::step(source, sourceJourney, key, &error);
        if (!step)
            return CommandLine::fail(sourceName, error);
        request.steps << step->id;
    }
    for (const QString &key : cards) {
        const Card *card = CommandLookup::card(source, sourceJourney, key, &error);
        if (!card)
            return CommandLine::fail(sourceName, error);
        request.cards << card->id;
    }

    std::unique_ptr<Document> document = CommandFiles::openForWriting(file, &error);
    if (!document)
        return CommandLine::fail(file, error);
    const Workspace &ws = document->workspace();
    QString targetJourney;
    if (parser.isSet(kToJourney)) {
        const Journey *journey = CommandLookup::journey(ws, parser.value(kToJourney), &error);
        if (!journey)
            return CommandLine::fail(file, error);
        request.intoJourney = targetJourney = journey->id;
    }
    if (parser.isSet(kToStep)) {
        const Step *step = CommandLookup::step(ws, targetJourney, parser.value(kToStep), &error);
        if (!step)
            return CommandLine::fail(file, error);
        request.intoStep = step->id;
    }
    Edits edits(*document);
    const QStringList taken = edits.takeFrom(source, request, origin);
    if (taken.isEmpty())
        return CommandLine::fail(file, edits.error());
    for (const QString &id : taken)
        Terminal::out(takenLine(ws, id));
    return CommandLine::Success;
}

} // namespace blauwdruk
