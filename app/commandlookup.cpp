#include "commandlookup.h"

#include "commandline.h"
#include "commandoptions.h"
#include "terminal.h"

namespace blauwdruk {

using namespace cli;

namespace {

template <class T> QString nameOf(const T &object) {
    if constexpr (requires { object.title; })
        return object.title;
    else
        return object.name;
}

// What a lookup says when it fails, whole sentences for each kind of object
// so that every language can phrase them (%1 the key, %2 the list of names).
struct LookupMessages {
    QString ambiguous;
    QString missing;
};

// By id among `candidates`, else by title or name.
template <class T>
const T *lookUp(const std::vector<const T *> &candidates, const QString &key,
                const LookupMessages &messages, QString *error) {
    for (const T *object : candidates)
        if (object->id == key)
            return object;
    const T *found = nullptr;
    for (const T *object : candidates) {
        if (nameOf(*object).compare(key, Qt::CaseInsensitive) != 0)
            continue;
        if (found) {
            *error = messages.ambiguous.arg(key);
            return nullptr;
        }
        found = object;
    }
    if (!found) {
        QStringList names;
        for (const T *object : candidates)
            names << QLatin1Char('"') + nameOf(*object) + QLatin1Char('"');
        *error = messages.missing.arg(key, names.isEmpty() ? CommandLine::tr("none")
                                                           : names.join(QStringLiteral(", ")));
    }
    return found;
}

} // namespace

const Journey *CommandLookup::journey(const Workspace &ws, const QString &key, QString *error) {
    return lookUp(ws.orderedJourneys(), key,
                  {CommandLine::tr("several journeys are titled \"%1\"; the title is ambiguous, "
                                   "give its id instead (`blauwdruk info` lists them)"),
                   CommandLine::tr("has no journey \"%1\" (journeys: %2)")},
                  error);
}

const Persona *CommandLookup::persona(const Workspace &ws, const QString &key, QString *error) {
    return lookUp(ws.orderedPersonas(), key,
                  {CommandLine::tr("several personas are named \"%1\"; the name is ambiguous, "
                                   "give its id instead (`blauwdruk info` lists them)"),
                   CommandLine::tr("has no persona \"%1\" (personas: %2)")},
                  error);
}

// The objects of one journey, or of every journey when it is empty.
template <class T>
std::vector<const T *> ofJourneys(const Workspace &ws, const QString &journey,
                                  std::vector<const T *> (Workspace::*ordered)(const QString &)
                                      const) {
    if (!journey.isEmpty())
        return (ws.*ordered)(journey);
    std::vector<const T *> all;
    for (const Journey *each : ws.orderedJourneys())
        for (const T *object : (ws.*ordered)(each->id))
            all.push_back(object);
    return all;
}

const Step *CommandLookup::step(const Workspace &ws, const QString &journey, const QString &key,
                                QString *error) {
    return lookUp(ofJourneys(ws, journey, &Workspace::orderedSteps), key,
                  {CommandLine::tr("several steps are titled \"%1\"; the title is ambiguous, "
                                   "give its id instead"),
                   CommandLine::tr("has no step \"%1\" (steps: %2)")},
                  error);
}

const Card *CommandLookup::card(const Workspace &ws, const QString &journey, const QString &key,
                                QString *error) {
    return lookUp(ofJourneys(ws, journey, &Workspace::orderedCards), key,
                  {CommandLine::tr("several cards are titled \"%1\"; the title is ambiguous, "
                                   "give its id instead"),
                   CommandLine::tr("has no card \"%1\" (cards: %2)")},
                  error);
}

const Version *CommandLookup::version(const Workspace &ws, const QString &key, QString *error) {
    return lookUp(ws.orderedVersions(), key,
                  {CommandLine::tr("several versions are named \"%1\"; the name is ambiguous, "
                                   "give its id instead"),
                   CommandLine::tr("has no version \"%1\" (versions: %2)")},
                  error);
}

const Journey *CommandLookup::chosenJourney(const QCommandLineParser &parser, const Workspace &ws,
                                            const QString &path, int *exitCode) {
    *exitCode = CommandLine::Failure;
    if (parser.isSet(kJourney)) {
        QString error;
        const Journey *found = journey(ws, parser.value(kJourney), &error);
        if (!found)
            CommandLine::fail(path, error);
        return found;
    }
    if (ws.journeys.empty()) {
        CommandLine::fail(path, CommandLine::tr("has no journey"));
        return nullptr;
    }
    if (ws.journeys.size() > 1) {
        // A missing argument: wrong usage, though it takes the file to know.
        Terminal::err(CommandLine::tr("blauwdruk: %1: has %2 journeys; choose one with --journey "
                                      "TITLE|UUID (`blauwdruk info` lists them)\n")
                          .arg(Terminal::oneLine(path))
                          .arg(ws.journeys.size()));
        *exitCode = CommandLine::Usage;
        return nullptr;
    }
    return ws.orderedJourneys().front();
}

} // namespace blauwdruk
