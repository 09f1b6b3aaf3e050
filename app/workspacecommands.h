#pragma once

#include <QStringList>

namespace blauwdruk {

// The subcommands that write or read whole workspaces: `example`, `new`,
// `info`, `check` and `import`. Each takes argv (the command second) and
// returns the exit code (CommandLine::ExitCode).
class WorkspaceCommands {
public:
    static int example(const QStringList &arguments);
    static int create(const QStringList &arguments); // `new`
    static int info(const QStringList &arguments);
    static int check(const QStringList &arguments);
    static int import(const QStringList &arguments);
};

} // namespace blauwdruk
