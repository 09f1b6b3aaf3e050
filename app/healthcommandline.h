#pragma once

#include <QStringList>

namespace blauwdruk {

// `blauwdruk check --health FILE [--journey J] [--json]`: the blueprint
// health check (HealthCheck) on the command line. Exit 0 when no finding is
// open, 1 when one is, 2 on wrong usage.
class HealthCommandLine {
public:
    static int run(const QStringList &arguments);
};

} // namespace blauwdruk
