#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace blauwdruk {

// One subcommand's arguments: its options, its file arguments, its help.
// QCommandLineParser exits 1 on its own errors; usage errors exit 2 here.
class CommandParser {
public:
    // Parses `arguments` (argv, the command second); returns an exit code
    // when done already: help printed, or wrong usage said.
    std::optional<int> parse(const QStringList &arguments, const QList<QCommandLineOption> &options,
                             int positionals, const QString &synopsis);

    // Says what is wrong and where to look; returns CommandLine::Usage.
    static int usage(const QString &problem);

    // Options with a value that may be given more than once (`--step A
    // --step B`); any other is refused when repeated.
    QStringList repeatable;
    QCommandLineParser parser;
    QStringList positional; // the file arguments, after the command
};

} // namespace blauwdruk
