#pragma once

#include <QStringList>

namespace blauwdruk {

// `blauwdruk session serve FILE --listen ADDRESS:PORT`: the live session
// without a window, for scripts, demos and tests. Lines on stdin open,
// close and reveal rounds (docs/user-guide.md, "A live session without a
// window"); SIGTERM or the end of stdin ends the session.
class LiveCommandLine {
public:
    static int run(const QStringList &arguments);
};

} // namespace blauwdruk
