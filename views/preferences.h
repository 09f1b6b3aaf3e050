#pragma once

#include <QString>

namespace blauwdruk {

// The user's own settings (QSettings), read where they are used: who signs
// comments and decisions. The Preferences dialog edits them.
class Preferences {
public:
    static QString authorName();
    static void setAuthorName(const QString &name);
    static QString authorRole(); // optional: "beleidsadviseur", "wethouder"
    static void setAuthorRole(const QString &role);
};

} // namespace blauwdruk
