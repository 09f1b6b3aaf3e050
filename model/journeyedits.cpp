// Edits between journeys: the ideal version of a current journey and the
// step alignment the compare view shows.

#include "edits.h"

#include "editsupport.h"
#include "journeyalignment.h"

namespace blauwdruk {

using namespace editsupport;

QString Edits::makeIdealVersion(const QString &journeyId, const QString &title) {
    const Journey *source = mWs.find<Journey>(journeyId);
    if (!source)
        return fail(tr("There is no such journey.")), QString();
    Journey ideal = *source;
    ideal.id = newId();
    ideal.kind = QStringLiteral("ideal");
    ideal.title = title;
    ideal.status = QStringLiteral("concept");
    ideal.reviewedBy.clear();
    ideal.reviewedAt.clear();
    QStringList order = idsOf(mWs.orderedJourneys());
    ChangeSet changes;
    ideal.position = insertAt(order, ideal.id, int(order.indexOf(journeyId)) + 1);
    renumber<Journey>(changes, mWs, order);
    changes.added.push_back(ideal);

    // Old id -> new id for everything copied, so references follow.
    QHash<QString, QString> ids;
    auto copyOf = [&](const QString &id) {
        QString &mapped = ids[id];
        if (mapped.isEmpty())
            mapped = newId();
        return mapped;
    };
    for (const Stage *stage : mWs.orderedStages(journeyId)) {
        Stage copy = *stage;
        copy.id = copyOf(stage->id);
        copy.journey = ideal.id;
        changes.added.push_back(copy);
    }
    for (const Lane *lane : mWs.orderedLanes(journeyId)) {
        Lane copy = *lane;
        copy.id = copyOf(lane->id);
        copy.journey = ideal.id;
        changes.added.push_back(copy);
    }
    for (const Step &step : mWs.steps) {
        if (step.journey != journeyId)
            continue;
        Step copy = step;
        // An id the compare view recognises as this step's copy: the pair
        // reads "Paired when the ideal version was made".
        copy.id = ids[step.id] = JourneyAlignment::idealCopyId(ideal.id, step.id);
        copy.journey = ideal.id;
        copy.stage = copyOf(step.stage);
        copy.counterpart = step.id;
        changes.added.push_back(copy);
    }
    for (const Card &card : mWs.cards) {
        if (card.journey != journeyId)
            continue;
        Card copy = card;
        copy.id = copyOf(card.id);
        copy.journey = ideal.id;
        copy.step = copyOf(card.step);
        copy.lane = copyOf(card.lane);
        copy.session.clear(); // the ideal version was not captured in a session
        changes.added.push_back(copy);
    }
    for (const Connection *connection : mWs.orderedConnections(journeyId)) {
        Connection copy = *connection;
        copy.id = copyOf(connection->id);
        copy.journey = ideal.id;
        copy.from = copyOf(connection->from);
        copy.to = copyOf(connection->to);
        changes.added.push_back(copy);
    }
    return push(std::move(changes), tr("Make ideal version")) ? ideal.id : QString();
}

bool Edits::setCounterpart(const QString &stepId, const QString &counterpart) {
    const Step *step = mWs.find<Step>(stepId);
    if (!step)
        return fail(tr("There is no such step."));
    const bool isStep = !counterpart.isEmpty() && counterpart != QLatin1String("none");
    if (isStep) {
        const Step *other = mWs.find<Step>(counterpart);
        if (!other || other->journey == step->journey)
            return fail(tr("A step is aligned with a step of another journey."));
    }
    ChangeSet changes;
    if (step->counterpart != counterpart)
        changes.fields.push_back({EntityType::Step, stepId, QStringLiteral("counterpart"),
                                  step->counterpart, counterpart});
    // One counterpart per step within a journey: a step of the same journey
    // that held it goes back to aligning by title.
    if (isStep)
        for (const Step &other : mWs.steps)
            if (other.id != stepId && other.journey == step->journey &&
                other.counterpart == counterpart)
                changes.fields.push_back({EntityType::Step, other.id, QStringLiteral("counterpart"),
                                          counterpart, QString()});
    if (changes.fields.empty())
        return true;
    return push(std::move(changes), tr("Align steps"));
}

} // namespace blauwdruk
