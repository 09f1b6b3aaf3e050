#pragma once

#include "workspace.h"

#include <optional>

namespace blauwdruk {

// The example workspace shipped inside the binary (resources/example), in
// Dutch ("nl", the one the editor opens) and in English ("en", for
// `blauwdruk example --language en`). It is only ever read: users get a copy.
class BundledExample {
public:
    // The languages there is an example in.
    static QStringList languages();
    // The example's JSON; empty for a language there is no example in.
    static QByteArray json(const QString &language = QStringLiteral("nl"));
    static std::optional<Workspace> load(QString *error,
                                         const QString &language = QStringLiteral("nl"));
};

} // namespace blauwdruk
