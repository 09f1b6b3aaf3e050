// Taking personas, journeys, steps and cards from another workspace: File ›
// Import from Workspace…, `import-from` and `library take` (edits.h).

#include "edits.h"
#include "editsupport.h"
#include "provenance.h"

#include <QHash>

namespace blauwdruk {

using namespace editsupport;

namespace {

// Builds the one change set of a take. Everything copied gets a new id and
// its provenance; what the target has is found again rather than copied
// twice (a persona taken before, a stage or lane of the same name).
class TakeBuilder {
public:
    TakeBuilder(const Workspace &target, const Workspace &source, const Provenance &origin)
        : mWs(target)
        , mSource(source)
        , mOrigin(origin) {}

    ChangeSet changes;
    QStringList taken;        // the new top-level objects, in the order asked for
    bool takenBefore = false; // something asked for was taken from this source already

    QString persona(const QString &sourceId) {
        if (sourceId.isEmpty() || !mSource.find<Persona>(sourceId))
            return {};
        if (const QString known = mIds.value(sourceId); !known.isEmpty())
            return known;
        // The same persona taken earlier from the same source stays one persona.
        for (const Persona &existing : mWs.personas)
            if (mOrigin.isOriginOf(existing.origin, sourceId)) {
                takenBefore = true;
                return mIds[sourceId] = existing.id;
            }
        Persona copy = *mSource.find<Persona>(sourceId);
        copy.id = mIds[sourceId] = newId();
        copy.position = nextPersona();
        copy.origin = originOf(sourceId);
        changes.added.push_back(copy);
        return copy.id;
    }

    // A whole journey: its grid, cards and connections; not its comments,
    // review or sessions, which belong to the workspace it came from.
    QString journey(const Journey &source) {
        const QString id = newJourney(source);
        // Lanes and stages first, in their order, empty ones too.
        for (const Lane *lane : mSource.orderedLanes(source.id))
            if (lane->kind != QLatin1String("inbox"))
                laneFor(*lane, id);
        for (const Stage *stage : mSource.orderedStages(source.id)) {
            stageFor(stage, id);
            for (const Step *step : mSource.stepsOfStage(stage->id))
                this->step(*step, id);
        }
        return id;
    }

    // An empty journey like `source` (title, kind, persona, goal), for the
    // steps taken from it when no journey was named to take them into.
    QString newJourney(const Journey &source) {
        Journey copy = source;
        copy.id = mIds[source.id] = newId();
        copy.position = nextJourney();
        copy.persona = persona(source.persona);
        // An approval is the source's; here it is a new concept.
        copy.status = QStringLiteral("concept");
        copy.reviewedBy.clear();
        copy.reviewedAt.clear();
        copy.origin = originOf(source.id);
        changes.added.push_back(copy);
        mNewJourneys.insert(copy.id);
        return copy.id;
    }

    // A step with its cards, at the end of the stage of the same title in
    // `journey` (made when there is none).
    QString step(const Step &source, const QString &journey) {
        const Stage *sourceStage = mSource.find<Stage>(source.stage);
        Step copy = source;
        copy.id = mIds[source.id] = newId();
        copy.journey = journey;
        copy.stage = stageFor(sourceStage, journey);
        copy.position = mStepCount[copy.stage]++;
        copy.counterpart.clear(); // it paired with a step of the source
        copy.origin = originOf(source.id);
        changes.added.push_back(copy);
        for (const Card &card : mSource.cards)
            if (card.step == source.id)
                this->card(card, copy.id, journey);
        return copy.id;
    }

    // A card at the end of its cell in `step`, in the lane that matches its
    // own; nothing from a live session's inbox.
    QString card(const Card &source, const QString &step, const QString &journey) {
        const Lane *sourceLane = mSource.find<Lane>(source.lane);
        if (!sourceLane || sourceLane->kind == QLatin1String("inbox"))
            return {};
        Card copy = source;
        copy.id = mIds[source.id] = newId();
        copy.journey = journey;
        copy.step = step;
        copy.lane = laneFor(*sourceLane, journey);
        copy.position = mCellCount[step + QLatin1Char('/') + copy.lane]++;
        // Sessions, rounds and participants are the source's history.
        copy.session.clear();
        copy.round.clear();
        copy.participant.clear();
        copy.origin = originOf(source.id);
        changes.added.push_back(copy);
        return copy.id;
    }

    // Connections whose two cards both came along.
    void connections() {
        for (const Connection &connection : mSource.connections) {
            const QString from = mIds.value(connection.from), to = mIds.value(connection.to);
            const Card *card = from.isEmpty() ? nullptr : addedCard(from);
            if (!card || to.isEmpty())
                continue;
            Connection copy = connection;
            copy.id = newId();
            copy.journey = card->journey;
            copy.from = from;
            copy.to = to;
            copy.position = mConnectionCount[copy.journey]++;
            changes.added.push_back(copy);
        }
    }

    void initCounts() {
        for (const Step &step : mWs.steps)
            mStepCount[step.stage] = std::max(mStepCount[step.stage], step.position + 1);
        for (const Card &card : mWs.cards) {
            int &count = mCellCount[card.step + QLatin1Char('/') + card.lane];
            count = std::max(count, card.position + 1);
        }
        for (const Connection &connection : mWs.connections)
            mConnectionCount[connection.journey] =
                std::max(mConnectionCount[connection.journey], connection.position + 1);
    }

private:
    QString originOf(const QString &sourceId) const {
        Provenance origin = mOrigin;
        origin.original = sourceId;
        return origin.toText();
    }

    int nextPersona() {
        return nextPosition(mWs.personas, [](auto &) { return true; }) + mPersonas++;
    }
    int nextJourney() {
        return nextPosition(mWs.journeys, [](auto &) { return true; }) + mJourneys++;
    }

    template <class T> const T *added(const QString &id) const {
        for (const AnyEntity &entity : changes.added)
            if (const T *object = std::get_if<T>(&entity); object && object->id == id)
                return object;
        return nullptr;
    }
    const Card *addedCard(const QString &id) const { return added<Card>(id); }

    QString stageFor(const Stage *source, const QString &journey) {
        const QString title = source ? source->title : QString();
        const QString key = journey + QLatin1Char('/') + title.toCaseFolded();
        if (const QString known = mStages.value(key); !known.isEmpty())
            return known;
        for (const Stage *stage : mWs.orderedStages(journey))
            if (stage->title.compare(title, Qt::CaseInsensitive) == 0)
                return mStages[key] = stage->id;
        Stage stage = source ? *source : Stage();
        stage.id = mStages[key] = newId();
        stage.journey = journey;
        stage.position =
            nextPosition(mWs.stages, [&](const Stage &s) { return s.journey == journey; }) +
            mStageCount[journey]++;
        changes.added.push_back(stage);
        return stage.id;
    }

    // The lane of the same kind and title, else the first of the same kind
    // (a renamed "Frontstage" is still the frontstage), else a new one.
    QString laneFor(const Lane &source, const QString &journey) {
        const QString key = journey + QLatin1Char('/') + source.id;
        if (const QString known = mLanes.value(key); !known.isEmpty())
            return known;
        std::vector<const Lane *> lanes = mWs.orderedLanes(journey);
        for (const AnyEntity &entity : changes.added)
            if (const Lane *lane = std::get_if<Lane>(&entity); lane && lane->journey == journey)
                lanes.push_back(lane);
        const Lane *match = nullptr;
        for (const Lane *lane : lanes)
            if (lane->kind == source.kind &&
                lane->title.compare(source.title, Qt::CaseInsensitive) == 0)
                match = match ? match : lane;
        // A journey made by this take gets the source's lanes as they were.
        if (!match && !mNewJourneys.contains(journey))
            for (const Lane *lane : lanes)
                if (lane->kind == source.kind)
                    match = match ? match : lane;
        if (match)
            return mLanes[key] = match->id;
        Lane copy = source;
        copy.id = mLanes[key] = newId();
        copy.journey = journey;
        copy.position =
            nextPosition(mWs.lanes, [&](const Lane &l) { return l.journey == journey; }) +
            mLaneCount[journey]++;
        changes.added.push_back(copy);
        return copy.id;
    }

    const Workspace &mWs;
    const Workspace &mSource;
    const Provenance &mOrigin;
    QHash<QString, QString> mIds;    // source id -> new (or found) id
    QHash<QString, QString> mStages; // journey/folded title -> stage id
    QHash<QString, QString> mLanes;  // journey/source lane id -> lane id
    QSet<QString> mNewJourneys;
    QHash<QString, int> mStepCount, mCellCount, mConnectionCount, mStageCount, mLaneCount;
    int mPersonas = 0;
    int mJourneys = 0;
};

} // namespace

QStringList Edits::takeFrom(const Workspace &source, const TakeRequest &request,
                            const Provenance &origin) {
    if (request.personas.isEmpty() && request.journeys.isEmpty() && request.steps.isEmpty() &&
        request.cards.isEmpty())
        return fail(tr("Choose what to take.")), QStringList();
    const Journey *intoJourney = nullptr;
    if (!request.intoJourney.isEmpty() && !(intoJourney = mWs.find<Journey>(request.intoJourney)))
        return fail(tr("There is no such journey to take the steps into.")), QStringList();
    const Step *intoStep = nullptr;
    if (!request.cards.isEmpty() && !(intoStep = mWs.find<Step>(request.intoStep)))
        return fail(tr("Choose the step the cards go into.")), QStringList();

    TakeBuilder take(mWs, source, origin);
    take.initCounts();
    for (const QString &id : request.personas) {
        if (!source.find<Persona>(id))
            return fail(tr("The source has no such persona.")), QStringList();
        take.taken << take.persona(id);
    }
    for (const QString &id : request.journeys) {
        const Journey *journey = source.find<Journey>(id);
        if (!journey)
            return fail(tr("The source has no such journey.")), QStringList();
        take.taken << take.journey(*journey);
    }
    // Steps go into the journey named, or into one new journey per source
    // journey, in the source's column order.
    QHash<QString, QString> newJourneyFor;
    QStringList stepIds = request.steps;
    for (const QString &id : stepIds)
        if (!source.find<Step>(id))
            return fail(tr("The source has no such step.")), QStringList();
    for (const Journey &journey : source.journeys)
        for (const Step *step : source.orderedSteps(journey.id)) {
            if (!stepIds.contains(step->id))
                continue;
            QString target = intoJourney ? intoJourney->id : newJourneyFor.value(journey.id);
            if (target.isEmpty())
                target = newJourneyFor[journey.id] = take.newJourney(journey);
            take.taken << take.step(*step, target);
        }
    for (const QString &id : request.cards) {
        const Card *card = source.find<Card>(id);
        if (!card)
            return fail(tr("The source has no such card.")), QStringList();
        take.taken << take.card(*card, intoStep->id, intoStep->journey);
    }
    take.connections();
    take.taken.removeAll(QString());
    if (take.changes.added.empty())
        return fail(take.takenBefore
                        ? tr("There is nothing new to take: it was taken from this source before.")
                        : tr("There is nothing to take: the cards are in a live session's inbox.")),
               QStringList();
    const QString text =
        origin.library.isEmpty() ? tr("Import from workspace") : tr("Take from library");
    return push(std::move(take.changes), text) ? take.taken : QStringList();
}

} // namespace blauwdruk
