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

// By id among `candidates`, else by title or name; `noun` says what they
// are ("journey", "persona", ...), `titled` how they are named.
template <class T>
const T *lookUp(const std::vector<const T *> &candidates, const QString &key, const char *noun,
                const char *titled, QString *error, bool listed = false) {
    for (const T *object : candidates)
        if (object->id == key)
            return object;
    const T *found = nullptr;
    for (const T *object : candidates) {
        if (nameOf(*object).compare(key, Qt::CaseInsensitive) != 0)
            continue;
        if (found) {
            *error =
                QStringLiteral("several %1s are %2 \"%3\"; the %4 is ambiguous, give its id "
                               "instead%5")
                    .arg(QLatin1String(noun), QLatin1String(titled), key,
                         QLatin1String(titled) == QLatin1String("named") ? QStringLiteral("name")
                                                                         : QStringLiteral("title"),
                         listed ? QStringLiteral(" (`blauwdruk info` lists them)") : QString());
            return nullptr;
        }
        found = object;
    }
    if (!found) {
        QStringList names;
        for (const T *object : candidates)
            names << QLatin1Char('"') + nameOf(*object) + QLatin1Char('"');
        *error =
            QStringLiteral("has no %1 \"%2\" (%1s: %3)")
                .arg(QLatin1String(noun), key,
                     names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")));
    }
    return found;
}

} // namespace

const Journey *CommandLookup::journey(const Workspace &ws, const QString &key, QString *error) {
    return lookUp(ws.orderedJourneys(), key, "journey", "titled", error, true);
}

const Persona *CommandLookup::persona(const Workspace &ws, const QString &key, QString *error) {
    return lookUp(ws.orderedPersonas(), key, "persona", "named", error, true);
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
    return lookUp(ofJourneys(ws, journey, &Workspace::orderedSteps), key, "step", "titled", error);
}

const Card *CommandLookup::card(const Workspace &ws, const QString &journey, const QString &key,
                                QString *error) {
    return lookUp(ofJourneys(ws, journey, &Workspace::orderedCards), key, "card", "titled", error);
}

const Version *CommandLookup::version(const Workspace &ws, const QString &key, QString *error) {
    return lookUp(ws.orderedVersions(), key, "version", "named", error);
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
        CommandLine::fail(path, QStringLiteral("has no journey"));
        return nullptr;
    }
    if (ws.journeys.size() > 1) {
        // A missing argument: wrong usage, though it takes the file to know.
        Terminal::err(QStringLiteral("blauwdruk: %1: has %2 journeys; choose one with --journey "
                                     "TITLE|UUID (`blauwdruk info` lists them)\n")
                          .arg(Terminal::oneLine(path))
                          .arg(ws.journeys.size()));
        *exitCode = CommandLine::Usage;
        return nullptr;
    }
    return ws.orderedJourneys().front();
}

} // namespace blauwdruk
