#pragma once

#include "entitytype.h"

#include <QCoreApplication>
#include <QStringList>

namespace blauwdruk {

class Workspace;

// The undo history's words for an edit of a field: which field of which
// object, named by its title, as in "Change title of card 'Online
// aanvragen'" ("Titel van kaart 'Online aanvragen' wijzigen").
class UndoText {
    Q_DECLARE_TR_FUNCTIONS(blauwdruk::UndoText)
public:
    // Before the change: an object is named by the title it had, or, given
    // its first title, by that.
    static QString fieldChange(const Workspace &workspace, EntityType type, const QStringList &ids,
                               const QString &field, const QVariant &value);
    // The field as the editor calls it, in lower case ("waiting time").
    static QString fieldLabel(EntityType type, const QString &field);
    // A title on one line, at most about 40 characters.
    static QString shortTitle(const QString &title);
};

} // namespace blauwdruk
