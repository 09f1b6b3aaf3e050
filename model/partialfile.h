#pragma once

#include <QString>

namespace blauwdruk {

// The name a file is written under before it is renamed into place, and the
// clean-up of those a killed process left. The name holds the writer's
// process id: ".NAME.partial-PID" beside NAME (and SQLite's "-journal" of
// it), so the next writer of NAME removes them once that process is gone,
// and two writers at once never share one.
class PartialFile {
public:
    static QString pathFor(const QString &target);
    // Removes what writers of `target` that no longer run left beside it.
    static void removeStale(const QString &target);
};

} // namespace blauwdruk
