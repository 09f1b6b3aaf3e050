#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace blauwdruk {

// The `blauwdruk` command line. Subcommands run headless and never open a
// dialog; plain `blauwdruk [FILE]` asks for the GUI. Exit codes: 0 success,
// 1 bad input or I/O failure (one line on stderr naming the file), 2 wrong
// usage.
class CommandLine {
    // Messages for people (stderr, --help) are in the window's language;
    // what scripts read (info, check lines, --json) stays English.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    struct GuiRequest {
        QString file;       // empty: an untitled copy of the example
        QString screenshot; // --screenshot OUT.png: render the window and exit
        QSize size{1920, 1080};
        QString journey; // --journey TITLE|UUID: the journey to show
        // --show overview|personas|persona:NAME|compare:NAME: another tab to show
        QString show;
        bool review = false;  // --review: open the file in review mode
        bool session = false; // --session: open the file in session mode
    };

    // Text from a file made safe for one line of a terminal (Terminal::oneLine).
    static QString terminalLine(const QString &text);

    // Prints "blauwdruk: FILE: PROBLEM" on stderr, made safe for a terminal,
    // and returns Failure.
    static int fail(const QString &file, const QString &problem);

    // True when `arguments` (argv, program name first) is a subcommand or a
    // request for help or version, which run without a display.
    static bool isHeadless(const QStringList &arguments);

    // Runs a headless command line; needs a QCoreApplication.
    static int run(const QStringList &arguments);

    // Checks GUI arguments before any window exists; on wrong usage prints
    // the problem and returns nullopt (exit with Usage).
    static std::optional<GuiRequest> parseGui(const QStringList &arguments);
};

} // namespace blauwdruk
