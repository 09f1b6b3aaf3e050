#include "changeset.h"

#include <QSet>

namespace blauwdruk {

bool ChangeSet::isNoOp() const {
    if (!added.empty() || !removed.empty())
        return false;
    return std::all_of(fields.begin(), fields.end(),
                       [](const FieldChange &c) { return c.before == c.after; });
}

void ChangeSet::absorb(const ChangeSet &later) {
    added.insert(added.end(), later.added.begin(), later.added.end());
    removed.insert(removed.end(), later.removed.begin(), later.removed.end());
    for (const FieldChange &change : later.fields) {
        auto same = std::find_if(fields.begin(), fields.end(), [&](const FieldChange &c) {
            return c.type == change.type && c.id == change.id && c.field == change.field;
        });
        if (same != fields.end())
            same->after = change.after;
        else
            fields.push_back(change);
    }
}

std::vector<EntityRef> ChangeSet::touched() const {
    std::vector<EntityRef> refs;
    QSet<QString> seen;
    auto add = [&](EntityType type, const QString &id) {
        const QString key = QString::number(int(type)) + QLatin1Char(':') + id;
        if (!seen.contains(key)) {
            seen.insert(key);
            refs.push_back({type, id});
        }
    };
    for (const AnyEntity &e : removed)
        add(entityTypeOf(e), entityId(e));
    for (const AnyEntity &e : added)
        add(entityTypeOf(e), entityId(e));
    for (const FieldChange &c : fields)
        add(c.type, c.id);
    return refs;
}

} // namespace blauwdruk
