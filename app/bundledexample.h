#pragma once

#include "workspace.h"

#include <optional>

namespace blauwdruk {

// The example workspace shipped inside the binary (resources/example). It is
// only ever read: users get a copy.
class BundledExample {
public:
    static QByteArray json();
    static std::optional<Workspace> load(QString *error);
};

} // namespace blauwdruk
