#pragma once

#include <QString>

namespace blauwdruk {

// What the command line prints. Text from a file may hold escape sequences,
// line breaks or bidirectional overrides; nothing reaches the terminal
// without passing here.
class Terminal {
public:
    // Text from a file made safe for one line: control characters become
    // U+FFFD, so a hostile title can neither split a message in two nor
    // steer the terminal.
    static QString oneLine(const QString &text);
    // Print on stdout or stderr; only our own line breaks and tabs pass.
    static void out(const QString &text);
    static void err(const QString &text);
};

} // namespace blauwdruk
