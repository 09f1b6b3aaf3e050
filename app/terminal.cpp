#include "terminal.h"

#include <cstdio>

namespace blauwdruk {

namespace {

// Characters that steer a terminal rather than show: C0 and C1 controls
// (ESC starts escape sequences, OSC sets titles and links) and the
// bidirectional overrides that reorder what follows them.
bool steersTerminal(QChar c) {
    const char16_t u = c.unicode();
    return c.category() == QChar::Other_Control || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

// Everything printed passes here, so nothing from a file reaches the
// terminal unsanitised even where a caller forgot oneLine().
void print(std::FILE *stream, const QString &text) {
    QString safe = text;
    for (QChar &c : safe)
        if (steersTerminal(c) && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            c = QChar::ReplacementCharacter;
    const QByteArray bytes = safe.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

} // namespace

QString Terminal::oneLine(const QString &text) {
    QString safe = text;
    for (QChar &c : safe)
        if (steersTerminal(c))
            c = QChar::ReplacementCharacter;
    return safe;
}

void Terminal::out(const QString &text) {
    print(stdout, text);
}

void Terminal::err(const QString &text) {
    print(stderr, text);
}

} // namespace blauwdruk
