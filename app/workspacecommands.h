#pragma once

#include <QStringList>

namespace blauwdruk {

// The subcommands that write or read whole workspaces: `example`, `new`,
// `info`, `check`, `import` and `import-from`. Each takes argv (the command second) and
// returns the exit code (CommandLine::ExitCode).
class WorkspaceCommands {
public:
    static int example(const QStringList &arguments);
    static int create(const QStringList &arguments); // `new`
    static int info(const QStringList &arguments);
    static int check(const QStringList &arguments);
    static int import(const QStringList &arguments);
    // `import-from FILE --from OTHER.blauwdruk (--journey | --persona |
    // --step … | --card …)`: reuse from another workspace, with provenance.
    static int importFrom(const QStringList &arguments);
};

} // namespace blauwdruk
