#pragma once

#include "entityref.h"
#include "workspace.h"

#include <QVariant>

#include <vector>

namespace blauwdruk {

// One field of one object going from `before` to `after`.
struct FieldChange {
    EntityType type;
    QString id;
    QString field;
    QVariant before;
    QVariant after;
};

// Everything one user intent changes: objects that appear, objects that go
// (kept whole, so undo can bring them back) and fields that change. Applying
// it forward is redo; backward is undo.
struct ChangeSet {
    std::vector<AnyEntity> added;
    std::vector<AnyEntity> removed;
    std::vector<FieldChange> fields;

    bool isEmpty() const { return added.empty() && removed.empty() && fields.empty(); }

    // True when applying it would change nothing (all fields end as they began).
    bool isNoOp() const;

    // Folds a later change set into this one, as one step (drags, typing).
    void absorb(const ChangeSet &later);

    // The objects it touches, each once, in a stable order.
    std::vector<EntityRef> touched() const;
};

} // namespace blauwdruk
