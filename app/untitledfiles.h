#pragma once

#include <QString>
#include <QStringList>

namespace blauwdruk {

// Where untitled work lives until it is saved: a folder of the user's
// application data, so an untitled workspace is on disk from its first edit.
class UntitledFiles {
public:
    static QString folder();
    static QString newPath();
    // Untitled files no running Blauwdruk holds: what a crash left behind,
    // newest first.
    static QStringList orphans();
};

} // namespace blauwdruk
