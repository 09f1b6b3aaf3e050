#pragma once

#include "workspace.h"

#include <QCommandLineParser>
#include <QString>

namespace blauwdruk {

// What the subcommands' --journey, --persona, --step and --card name: an
// object by its id, else by its title or name (ignoring case). An unknown
// or ambiguous one is said, for after the file's name.
class CommandLookup {
public:
    static const Journey *journey(const Workspace &ws, const QString &key, QString *error);
    static const Persona *persona(const Workspace &ws, const QString &key, QString *error);
    // A step or card of `journey`, or of any journey when it is empty.
    static const Step *step(const Workspace &ws, const QString &journey, const QString &key,
                            QString *error);
    static const Card *card(const Workspace &ws, const QString &journey, const QString &key,
                            QString *error);
    // A saved version, by id or name.
    static const Version *version(const Workspace &ws, const QString &key, QString *error);

    // The journey a command works on: --journey, or the only one. Nullptr
    // with `exitCode` set (the message printed) when there is none to take;
    // several journeys without --journey is wrong usage, as for `export`.
    static const Journey *chosenJourney(const QCommandLineParser &parser, const Workspace &ws,
                                        const QString &path, int *exitCode);
};

} // namespace blauwdruk
