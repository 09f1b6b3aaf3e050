#pragma once

#include <QStringList>

namespace blauwdruk {

// The subcommands of saved versions: `version --save` keeps the workspace
// as it is now (in place, never in a file another Blauwdruk has open),
// `versions` lists them and `diff` says what changed between two of them,
// or between one and now (WorkspaceDiff). Each takes argv (the command
// second) and returns the exit code (CommandLine::ExitCode).
class VersionCommandLine {
public:
    static int save(const QStringList &arguments); // `version`
    static int list(const QStringList &arguments); // `versions`
    static int diff(const QStringList &arguments);
};

} // namespace blauwdruk
