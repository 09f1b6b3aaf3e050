#pragma once

// Helpers shared by the files that implement Edits; not a public API.

#include "changeset.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace blauwdruk::editsupport {

inline QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QString tr(const char *text) {
    return QCoreApplication::translate("blauwdruk::Edits", text);
}

template <class T> QStringList idsOf(const std::vector<const T *> &objects) {
    QStringList ids;
    for (const T *object : objects)
        ids << object->id;
    return ids;
}

// Inserts `id` into `order` at index (clamped; -1 is the end).
inline int insertAt(QStringList &order, const QString &id, int index) {
    if (index < 0 || index > order.size())
        index = int(order.size());
    order.insert(index, id);
    return index;
}

// Gives each object in `order` its index as position, as field changes.
template <class T>
void renumber(ChangeSet &changes, const Workspace &ws, const QStringList &order) {
    for (int i = 0; i < order.size(); ++i) {
        const T *object = ws.find<T>(order[i]);
        if (object && object->position != i)
            changes.fields.push_back(
                {T::kType, object->id, QStringLiteral("position"), object->position, i});
    }
}

// After every object of the group (`same`): new rows go at the end.
template <class T, class Same> int nextPosition(const std::vector<T> &list, Same same) {
    int position = 0;
    for (const T &other : list)
        if (same(other))
            position = std::max(position, other.position + 1);
    return position;
}

} // namespace blauwdruk::editsupport
