#pragma once

#include <QStringList>

namespace blauwdruk {

// `blauwdruk library …`: the shared library from the command line (init,
// add-organisation, publish, search, retract, take), each with `--db
// CONNINFO` or libpq's PG* environment. One line on stderr when refused,
// exit 1; wrong usage exits 2.
class LibraryCommandLine {
public:
    static int run(const QStringList &arguments);
};

} // namespace blauwdruk
