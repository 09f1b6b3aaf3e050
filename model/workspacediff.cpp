#include "workspacediff.h"

#include "contenthash.h"

#include <QHash>

namespace blauwdruk {

namespace {

// Fields that say where an object sits; a difference there is a move.
bool isPlacement(const char *name) {
    static const QStringList names{"id", "journey", "position", "stage", "step", "lane"};
    return names.contains(QLatin1String(name));
}

// A journey's review status is history (its decisions), not a change of
// the blueprint.
bool isReviewField(EntityType type, const char *name) {
    static const QStringList names{"status", "reviewed_by", "reviewed_at"};
    return type == EntityType::Journey && names.contains(QLatin1String(name));
}

QString asText(const QVariant &value) {
    if (value.metaType().id() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

// The ids kept in place by a longest increasing run of their old indexes:
// the others are the ones that moved (one card dragged to the end moves one
// card, not every card after it).
QSet<QString> keptInOrder(const QStringList &beforeOrder, const QStringList &afterOrder) {
    QHash<QString, int> oldIndex;
    for (int i = 0; i < beforeOrder.size(); ++i)
        oldIndex.insert(beforeOrder[i], i);
    QStringList common;
    std::vector<int> seq;
    for (const QString &id : afterOrder)
        if (oldIndex.contains(id)) {
            common << id;
            seq.push_back(oldIndex.value(id));
        }
    // Patience sorting with back links: O(n log n).
    std::vector<int> tails, tailAt, previous(seq.size(), -1);
    for (int i = 0; i < int(seq.size()); ++i) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), seq[size_t(i)]);
        const int length = int(it - tails.begin());
        if (length > 0)
            previous[size_t(i)] = tailAt[size_t(length - 1)];
        if (it == tails.end()) {
            tails.push_back(seq[size_t(i)]);
            tailAt.push_back(i);
        } else {
            *it = seq[size_t(i)];
            tailAt[size_t(length)] = i;
        }
    }
    QSet<QString> kept;
    for (int i = tailAt.empty() ? -1 : tailAt.back(); i >= 0; i = previous[size_t(i)])
        kept.insert(common[i]);
    return kept;
}

template <class T> QString titleOf(const T &object) {
    if constexpr (requires { object.title; })
        return object.title;
    else
        return object.label;
}

class Differ {
public:
    Differ(const Workspace &before, const Workspace &after, const QString &journey,
           bool contentOnly)
        : mBefore(before)
        , mAfter(after)
        , mJourney(journey)
        , mContentOnly(contentOnly) {}

    std::vector<DiffEntry> run() {
        compareType<Journey>([](const Workspace &, const QString &) { return QStringList(); });
        compareType<Stage>(
            [](const Workspace &ws, const QString &j) { return idsOf(ws.orderedStages(j)); });
        compareType<Step>([](const Workspace &ws, const QString &stage) {
            return idsOf(ws.stepsOfStage(stage));
        });
        compareType<Lane>(
            [](const Workspace &ws, const QString &j) { return idsOf(ws.orderedLanes(j)); });
        compareType<Card>([](const Workspace &ws, const QString &cell) {
            const QStringList parts = cell.split(QLatin1Char('/'));
            return idsOf(ws.cardsInCell(parts.value(0), parts.value(1)));
        });
        compareType<Connection>([](const Workspace &, const QString &) { return QStringList(); });
        return std::move(mEntries);
    }

private:
    template <class T> static QStringList idsOf(const std::vector<const T *> &objects) {
        QStringList ids;
        for (const T *object : objects)
            ids << object->id;
        return ids;
    }

    template <class T> static QString journeyOf(const T &object) {
        if constexpr (std::is_same_v<T, Journey>)
            return object.id;
        else
            return object.journey;
    }

    // The group whose order places an object: a stage's or lane's journey,
    // a step's stage, a card's cell; empty when order says nothing.
    template <class T> static QString groupOf(const T &object) {
        if constexpr (std::is_same_v<T, Stage> || std::is_same_v<T, Lane>)
            return object.journey;
        else if constexpr (std::is_same_v<T, Step>)
            return object.stage;
        else if constexpr (std::is_same_v<T, Card>)
            return object.step + QLatin1Char('/') + object.lane;
        else
            return QString();
    }

    template <class T> bool wanted(const T &object) const {
        return mJourney.isEmpty() || journeyOf(object) == mJourney;
    }

    template <class T, class Order> void compareType(Order order) {
        const QStringList &content = ContentHash::contentFields(T::kType);
        QSet<QString> movedGroups; // groups already checked for order
        for (const T &old : mBefore.items<T>()) {
            if (!wanted(old))
                continue;
            const T *now = mAfter.find<T>(old.id);
            if (!now || !wanted(*now)) {
                add(DiffEntry::Kind::Removed, old, {});
                continue;
            }
            QStringList changed, was, is;
            bool moved = false;
            for (const Field<T> &field : T::fields()) {
                if (field.get(old) == field.get(*now) || isReviewField(T::kType, field.name))
                    continue;
                if (isPlacement(field.name))
                    moved = moved || qstrcmp(field.name, "position") != 0;
                else if (!mContentOnly || content.contains(QLatin1String(field.name))) {
                    changed << QLatin1String(field.name);
                    was << asText(field.get(old));
                    is << asText(field.get(*now));
                }
            }
            if (!changed.isEmpty()) {
                add(DiffEntry::Kind::Changed, *now, changed);
                mEntries.back().before = was;
                mEntries.back().after = is;
            }
            if (moved)
                add(DiffEntry::Kind::Moved, *now, {});
            else if (const QString group = groupOf(*now); !group.isEmpty())
                movedGroups.insert(group);
        }
        // Same place, other order: the ones out of the longest kept run moved.
        for (const QString &group : movedGroups) {
            const QStringList before = order(mBefore, group), after = order(mAfter, group);
            if (before == after)
                continue;
            const QSet<QString> kept = keptInOrder(before, after);
            for (const QString &id : after)
                if (before.contains(id) && !kept.contains(id))
                    add(DiffEntry::Kind::Moved, *mAfter.find<T>(id), {});
        }
        for (const T &now : mAfter.items<T>())
            if (wanted(now) && !mBefore.find<T>(now.id))
                add(DiffEntry::Kind::Added, now, {});
    }

    template <class T> void add(DiffEntry::Kind kind, const T &object, const QStringList &fields) {
        mEntries.push_back({kind, T::kType, object.id, journeyOf(object), titleOf(object), fields});
    }

    const Workspace &mBefore;
    const Workspace &mAfter;
    QString mJourney;
    bool mContentOnly;
    std::vector<DiffEntry> mEntries;
};

} // namespace

std::vector<DiffEntry> WorkspaceDiff::compare(const Workspace &before, const Workspace &after,
                                              const QString &journey, bool contentOnly) {
    return Differ(before, after, journey, contentOnly).run();
}

QString DiffEntry::valueChanges() const {
    QStringList lines;
    for (qsizetype i = 0; i < fields.size(); ++i)
        lines << QStringLiteral("%1: “%2” → “%3”").arg(fields[i], before.value(i), after.value(i));
    return lines.join(QLatin1Char('\n'));
}

QString WorkspaceDiff::kindName(DiffEntry::Kind kind) {
    switch (kind) {
    case DiffEntry::Kind::Added:
        return QStringLiteral("added");
    case DiffEntry::Kind::Removed:
        return QStringLiteral("removed");
    case DiffEntry::Kind::Changed:
        return QStringLiteral("changed");
    case DiffEntry::Kind::Moved:
        return QStringLiteral("moved");
    }
    return {};
}

} // namespace blauwdruk
