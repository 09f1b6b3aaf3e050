// Edits that bring back a saved version of the workspace.

#include "edits.h"

#include "editsupport.h"
#include "jsoncodec.h"
#include "validator.h"

namespace blauwdruk {

using namespace editsupport;

namespace {

// Field changes that turn `now` into `then`, for fields the restore touches.
template <class T>
void fieldChanges(ChangeSet &changes, const T &now, const T &then, const QString &id) {
    for (const Field<T> &field : T::fields()) {
        if constexpr (std::is_same_v<T, Journey>) {
            // The review status is history: a restore is no decision.
            static const QStringList kept{"status", "reviewed_by", "reviewed_at"};
            if (kept.contains(QLatin1String(field.name)))
                continue;
        }
        const QVariant before = field.get(now), after = field.get(then);
        if (before != after)
            changes.fields.push_back({T::kType, id, QLatin1String(field.name), before, after});
    }
}

} // namespace

bool Edits::restoreVersion(const QString &id) {
    const Version *version = mWs.find<Version>(id);
    if (!version)
        return fail(tr("There is no such version."));
    QString error;
    const std::optional<Workspace> then = JsonCodec::read(version->snapshot.toUtf8(), &error);
    if (!then)
        return fail(tr("The version \"%1\" cannot be read: %2").arg(version->name, error));
    ChangeSet changes;
    fieldChanges(changes, mWs.meta, then->meta, QString());
    forEachListType([&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        if constexpr (!std::is_same_v<T, Comment> && !std::is_same_v<T, Version> &&
                      !std::is_same_v<T, Decision> && !isSessionRecord(T::kType)) {
            for (const T &object : mWs.items<T>()) {
                if (const T *old = then->find<T>(object.id))
                    fieldChanges(changes, object, *old, object.id);
                else
                    changes.removed.push_back(object);
            }
            for (const T &old : then->items<T>())
                if (!mWs.find<T>(old.id))
                    changes.added.push_back(old);
        }
    });
    // Session records stay, but not the votes on cards the version lacks.
    for (const Vote &vote : mWs.votes)
        if (!then->find<Card>(vote.card))
            changes.removed.push_back(vote);
    return push(std::move(changes), tr("Restore version \"%1\"").arg(version->name));
}

} // namespace blauwdruk
