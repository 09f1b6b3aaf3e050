#include "commandparser.h"

#include "commandline.h"
#include "commandoptions.h"
#include "terminal.h"

namespace blauwdruk {

using namespace cli;

int CommandParser::usage(const QString &problem) {
    Terminal::err(CommandLine::tr("blauwdruk: %1\nTry 'blauwdruk --help'.\n").arg(problem));
    return CommandLine::Usage;
}

std::optional<int> CommandParser::parse(const QStringList &arguments,
                                        const QList<QCommandLineOption> &options, int positionals,
                                        const QString &synopsis) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    parser.addOption(kHelp);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(kHelp)) {
        Terminal::out(CommandLine::tr("Usage: blauwdruk %1\n").arg(synopsis));
        return CommandLine::Success;
    }
    positional = parser.positionalArguments().mid(1); // drop the command itself
    if (positional.size() != positionals)
        return usage(
            positionals == 0
                ? CommandLine::tr("'%1' takes no file arguments").arg(synopsis.section(' ', 0, 0))
                : CommandLine::tr("usage: blauwdruk %1").arg(synopsis));
    for (const QCommandLineOption &option : options)
        if (!option.valueName().isEmpty() && parser.isSet(option) &&
            parser.values(option).size() > 1 && !repeatable.contains(option.names().last()))
            return usage(
                CommandLine::tr("--%1 is given more than once").arg(option.names().last()));
    return std::nullopt;
}

} // namespace blauwdruk
