#include "commandparser.h"

#include "commandline.h"
#include "commandoptions.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace blauwdruk {

using namespace cli;

namespace {

// A command's synopsis with its placeholders (FILE, TITLE, …) in the user's
// language, as the main --help has them; the command and its options stay.
QString localSynopsis(const QString &synopsis) {
    static const char *const words[] = {
        QT_TRANSLATE_NOOP("CommandLine", "FILE"),     QT_TRANSLATE_NOOP("CommandLine", "TITLE"),
        QT_TRANSLATE_NOOP("CommandLine", "NAME"),     QT_TRANSLATE_NOOP("CommandLine", "OUT"),
        QT_TRANSLATE_NOOP("CommandLine", "TEXT"),     QT_TRANSLATE_NOOP("CommandLine", "ROLE"),
        QT_TRANSLATE_NOOP("CommandLine", "OTHER"),    QT_TRANSLATE_NOOP("CommandLine", "ADDRESS"),
        QT_TRANSLATE_NOOP("CommandLine", "PORT"),     QT_TRANSLATE_NOOP("CommandLine", "VERSION"),
        QT_TRANSLATE_NOOP("CommandLine", "QUESTION"), QT_TRANSLATE_NOOP("CommandLine", "WHAT"),
        QT_TRANSLATE_NOOP("CommandLine", "WxHmm"),    QT_TRANSLATE_NOOP("CommandLine", "WxH"),
    };
    QString shown = synopsis;
    for (const char *word : words) {
        const QString english = QString::fromLatin1(word);
        const QString local = QCoreApplication::translate("CommandLine", word);
        if (local != english)
            shown.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(english)), local);
    }
    return shown;
}

} // namespace

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
        Terminal::out(CommandLine::tr("Usage: blauwdruk %1\n").arg(localSynopsis(synopsis)));
        return CommandLine::Success;
    }
    positional = parser.positionalArguments().mid(1); // drop the command itself
    if (positional.size() != positionals)
        return usage(
            positionals == 0
                ? CommandLine::tr("'%1' takes no file arguments").arg(synopsis.section(' ', 0, 0))
                : CommandLine::tr("usage: blauwdruk %1").arg(localSynopsis(synopsis)));
    for (const QCommandLineOption &option : options)
        if (!option.valueName().isEmpty() && parser.isSet(option) &&
            parser.values(option).size() > 1 && !repeatable.contains(option.names().last()))
            return usage(
                CommandLine::tr("--%1 is given more than once").arg(option.names().last()));
    return std::nullopt;
}

} // namespace blauwdruk
