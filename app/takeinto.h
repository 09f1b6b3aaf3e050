#pragma once

#include "provenance.h"
#include "workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <optional>

namespace blauwdruk {

// The part `import-from` and `library take` share: what to take from a
// source workspace (--journey, --persona, --step and --card, the last two
// repeatable; --to-journey and --to-step say where in the file), taken
// into FILE as one undo step with its provenance. The file is opened for
// writing, so one another Blauwdruk holds is refused; the source is only
// read. Prints one line per object taken: its kind, new id and title.
class TakeInto {
public:
    static const QList<QCommandLineOption> &options();
    // The options that may be repeated (--step, --card), for CommandParser.
    static QStringList repeatable();
    // Wrong usage said before any file is read: nothing asked for, or cards
    // without --to-step. Returns the exit code then.
    static std::optional<int> usageProblem(const QCommandLineParser &parser,
                                           bool wholeJourneyByDefault = false);
    // Returns the exit code (CommandLine::ExitCode). With
    // `wholeJourneyByDefault`, nothing named takes a source of one journey
    // whole (`library take` without --step or --card).
    static int run(const QString &file, const Workspace &source, const QString &sourceName,
                   const QCommandLineParser &parser, const Provenance &origin,
                   bool wholeJourneyByDefault = false);
};

} // namespace blauwdruk
