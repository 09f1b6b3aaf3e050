#include "edits.h"

#include "cardfragment.h"
#include "editsupport.h"
#include "jsoncodec.h"
#include "limitcheck.h"
#include "undotext.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace blauwdruk {

namespace {
using namespace editsupport;

// True when every field of `object` is accepted by its rule: what arrives
// from the clipboard may come from another version of Blauwdruk.
template <class T> bool acceptedByRules(const T &object) {
    for (const Field<T> &field : T::fields())
        if (field.rule.check(field.get(object)) != FieldRule::Verdict::Accepted)
            return false;
    return true;
}

// Fields that say where an object belongs; they change only through the
// structural edits, which keep positions and references consistent.
bool isStructural(const QString &field) {
    static const QStringList names{"id",          "journey", "position", "stage",  "step",
                                   "lane",        "from",    "to",       "target", "snapshot",
                                   "counterpart", "session", "round",    "card",   "participant"};
    return names.contains(field);
}

// After every comment of the journey: a thread's replies follow it.
int nextCommentPosition(const Workspace &ws, const QString &journey) {
    int position = 0;
    for (const Comment &other : ws.comments)
        if (other.journey == journey)
            position = std::max(position, other.position + 1);
    return position;
}

// Fields that are history or belong to their author: a journey's review
// status moves only by a decision (Review), a comment's thread and dates only
// by the comment edits, and decisions not at all.
bool isReviewRecord(EntityType type, const QString &field) {
    static const QStringList journey{"status", "reviewed_by", "reviewed_at"};
    static const QStringList comment{"parent", "target_title", "edited", "author", "created"};
    return (type == EntityType::Journey && journey.contains(field)) ||
           (type == EntityType::Comment && comment.contains(field)) || type == EntityType::Decision;
}

// A session's dates move only by starting and ending it, votes only through
// setDots (within the round's budget and cap), and a round keeps the scope
// its votes were cast in.
bool isSessionHistory(EntityType type, const QString &field) {
    return type == EntityType::Vote ||
           (type == EntityType::Session &&
            (field == QLatin1String("started_at") || field == QLatin1String("ended_at"))) ||
           (type == EntityType::VoteRound &&
            (field == QLatin1String("scope") || field == QLatin1String("scope_value") ||
             // A writing round never becomes a vote round: its cards are not votes.
             field == QLatin1String("kind"))) ||
           // A dismissal keeps what it dismissed and when; its reason may be reworded.
           (type == EntityType::Dismissal && field != QLatin1String("reason"));
}

} // namespace

// Why the field's rule (field.h, beside the field tables) refuses a value,
// in the editor's words; empty when it accepts it. The validator words the
// same verdicts for files.
QString Edits::ruleRefusal(const FieldRule &rule, const QString &field, const QVariant &value) {
    switch (rule.check(value)) {
    case FieldRule::Verdict::Accepted:
        return {};
    case FieldRule::Verdict::NotAChoice:
        return tr("\"%1\" is not a valid value for \"%2\".").arg(value.toString(), field);
    case FieldRule::Verdict::OutOfRange:
        return tr("%1 must be between %2 and %3.").arg(field).arg(rule.low).arg(rule.high);
    case FieldRule::Verdict::NotAColour:
        return tr("A colour is written as #rrggbb.");
    case FieldRule::Verdict::NotADateTime:
        return tr("\"%1\" is not a date and time (ISO 8601).").arg(value.toString());
    case FieldRule::Verdict::NotADate:
        return tr("\"%1\" is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31.")
            .arg(value.toString());
    case FieldRule::Verdict::NotAnOrigin:
        return tr("\"%1\" is not a provenance record.").arg(field);
    case FieldRule::Verdict::Blank:
        return tr("\"%1\" cannot be empty.").arg(field);
    }
    return {};
}

Edits::Edits(Document &document)
    : mDocument(document)
    , mWs(document.workspace()) {}

bool Edits::fail(const QString &message) {
    mError = message;
    return false;
}

bool Edits::refuse(const QString &message) {
    emit mDocument.editRefused(message);
    return fail(message);
}

bool Edits::push(ChangeSet changes, const QString &text, MergeId merge, const QString &mergeKey) {
    mError.clear();
    if (const QString problem = limitProblem(changes); !problem.isEmpty())
        return refuse(problem);
    // New objects meet their fields' rules as edited values do in setField().
    for (const AnyEntity &entity : changes.added)
        if (const QString refusal = std::visit(
                [](const auto &object) {
                    using T = std::decay_t<decltype(object)>;
                    for (const Field<T> &field : T::fields())
                        if (QString r = ruleRefusal(field.rule, QLatin1String(field.name),
                                                    field.get(object));
                            !r.isEmpty())
                            return r;
                    return QString();
                },
                entity);
            !refusal.isEmpty())
            return fail(refusal);
    // Removals gather dependents from several places (a connection between
    // two removed cards); each object must go, and come back, once.
    QSet<QString> seen;
    std::erase_if(changes.removed, [&](const AnyEntity &e) {
        const QString key = entityTypeName(entityTypeOf(e)) + QLatin1Char(':') + entityId(e);
        const bool duplicate = seen.contains(key);
        seen.insert(key);
        return duplicate;
    });
    if (!mDocument.apply(std::move(changes), text, merge, mergeKey))
        return fail(mDocument.lastError());
    return true;
}

bool Edits::setField(EntityType type, const QStringList &ids, const QString &field,
                     const QVariant &value, bool merge, const QString &gesture) {
    if (isStructural(field))
        return fail(tr("The field \"%1\" cannot be set directly.").arg(field));
    if (isReviewRecord(type, field))
        return fail(tr("The field \"%1\" changes only through a review decision or the "
                       "comment's own commands.")
                        .arg(field));
    if (isSessionHistory(type, field))
        return fail(
            tr("The field \"%1\" changes only through the session's own commands.").arg(field));
    // Where something came from is a record of the take, not an opinion.
    if (field == QLatin1String("origin"))
        return fail(tr("Where something was taken from is kept as it was taken."));
    const QVariant sample =
        mWs.field(type, type == EntityType::Workspace ? QString() : ids.value(0), field);
    if (!sample.isValid())
        return fail(tr("There is no %1 with the field \"%2\".").arg(entityTypeName(type), field));
    QVariant converted = value;
    if (converted.metaType() != sample.metaType() && !converted.convert(sample.metaType()))
        return fail(tr("The value for \"%1\" has the wrong type.").arg(field));
    // Typed or pasted text loses control characters (limitcheck.h).
    if (converted.metaType() == QMetaType::fromType<QString>())
        converted = limitcheck::withoutControlCharacters(converted.toString());
    else if (converted.metaType() == QMetaType::fromType<QStringList>()) {
        QStringList items = converted.toStringList();
        for (QString &item : items)
            item = limitcheck::withoutControlCharacters(item);
        converted = items;
    }
    if (const QString refusal = ruleRefusal(fieldRule(type, field), field, converted);
        !refusal.isEmpty())
        return fail(refusal);
    if (type == EntityType::Journey && field == QLatin1String("persona") &&
        !converted.toString().isEmpty() && !mWs.find<Persona>(converted.toString()))
        return fail(tr("There is no such persona."));

    ChangeSet changes;
    const QStringList targets =
        type == EntityType::Workspace ? QStringList{WorkspaceMeta::kId} : ids;
    for (const QString &id : targets) {
        const QVariant before = mWs.field(type, id, field);
        if (!before.isValid())
            return fail(tr("There is no %1 %2.").arg(entityTypeName(type), id));
        changes.fields.push_back({type, id, field, before, converted});
        // Each line exists once per journey: setting it on a lane moves it.
        if (type == EntityType::Lane && field == QLatin1String("line_above") &&
            !converted.toString().isEmpty()) {
            const Lane *lane = mWs.find<Lane>(id);
            for (const Lane *other : mWs.orderedLanes(lane->journey))
                if (other->id != id && other->lineAbove == converted.toString())
                    changes.fields.push_back({type, other->id, field, other->lineAbove, QString()});
        }
    }
    QStringList sorted = targets;
    sorted.sort();
    const QString key = entityTypeName(type) + QLatin1Char('.') + field + QLatin1Char(':') +
                        sorted.join(QLatin1Char(',')) + QLatin1Char('#') + gesture;
    return push(std::move(changes), UndoText::fieldChange(mWs, type, targets, field, converted),
                merge ? MergeId::SetField : MergeId::None, key);
}

// True when `changes` would give some journey more than `limit` objects of
// type T.
template <class T> bool Edits::overfillsJourney(const ChangeSet &changes, int limit) const {
    QHash<QString, int> added;
    for (const AnyEntity &entity : changes.added)
        if (const T *object = std::get_if<T>(&entity))
            ++added[object->journey];
    if (added.isEmpty())
        return false;
    for (const AnyEntity &entity : changes.removed)
        if (const T *object = std::get_if<T>(&entity); object && added.contains(object->journey))
            --added[object->journey];
    QHash<QString, int> existing;
    for (const T &object : mWs.items<T>())
        if (added.contains(object.journey))
            ++existing[object.journey];
    for (auto it = added.constBegin(); it != added.constEnd(); ++it)
        if (it.value() > 0 && existing.value(it.key()) + it.value() > limit)
            return true;
    return false;
}

// Every change goes through push(), so this is the one place where typing,
// pasting, duplicating and copying journeys meet the limits of sizelimits.h.
QString Edits::limitProblem(const ChangeSet &changes) const {
    // The message for the first value over a limit, or empty.
    const auto check = [](const QString &field, const QVariant &value) -> QString {
        const QString problem = limitcheck::valueProblem(field, value);
        if (problem.isEmpty())
            return {};
        if (problem.contains(QLatin1String("control character")))
            return tr("A text cannot hold control characters.");
        if (value.metaType() == QMetaType::fromType<QByteArray>())
            return tr("A photo can hold at most %1 MB.").arg(limits::kMaxPhotoBytes >> 20);
        qsizetype length = 0;
        for (const QString &item : value.toStringList()) // a text is a list of one
            length += item.size();
        return tr("A text can hold at most %1 characters; this one has %2.")
            .arg(limitcheck::number(limits::kMaxTextLength), limitcheck::number(length));
    };
    for (const FieldChange &change : changes.fields)
        if (const QString problem = check(change.field, change.after); !problem.isEmpty())
            return problem;
    QHash<QString, int> addedCards;
    for (const AnyEntity &entity : changes.added) {
        const QString problem = std::visit(
            [&](const auto &object) {
                using T = std::decay_t<decltype(object)>;
                if constexpr (std::is_same_v<T, Card>)
                    ++addedCards[object.journey];
                for (const Field<T> &field : T::fields())
                    if (QString p = check(QLatin1String(field.name), field.get(object));
                        !p.isEmpty())
                        return p;
                return QString();
            },
            entity);
        if (!problem.isEmpty())
            return problem;
    }
    // A workspace the editor made must always open again.
    qint64 objects = qint64(changes.added.size()) - qint64(changes.removed.size());
    if (objects > 0) {
        forEachListType([&](auto *tag) {
            objects += qint64(mWs.items<std::remove_pointer_t<decltype(tag)>>().size());
        });
        if (objects > limits::kMaxObjects)
            return tr("A workspace can hold at most %1 objects (cards, steps, comments and the "
                      "like together); this change would make %2.")
                .arg(limitcheck::number(limits::kMaxObjects), limitcheck::number(objects));
    }
    // Steps and lanes per journey, counted only for the journeys that get them.
    if (overfillsJourney<Step>(changes, limits::kMaxStepsPerJourney))
        return tr("A journey can hold at most %1 steps.")
            .arg(limitcheck::number(limits::kMaxStepsPerJourney));
    if (overfillsJourney<Lane>(changes, limits::kMaxLanesPerJourney))
        return tr("A journey can hold at most %1 lanes.")
            .arg(limitcheck::number(limits::kMaxLanesPerJourney));
    qsizetype newCards = 0;
    for (const int count : std::as_const(addedCards))
        newCards += count;
    // No journey can be full while the whole workspace holds fewer cards.
    if (addedCards.isEmpty() ||
        qsizetype(mWs.cards.size()) + newCards <= limits::kMaxCardsPerJourney)
        return {};
    for (const AnyEntity &entity : changes.removed)
        if (const Card *card = std::get_if<Card>(&entity);
            card && addedCards.contains(card->journey))
            --addedCards[card->journey];
    QHash<QString, int> cards;
    for (const Card &card : mWs.cards)
        if (addedCards.contains(card.journey))
            ++cards[card.journey];
    for (auto it = addedCards.constBegin(); it != addedCards.constEnd(); ++it)
        if (it.value() > 0 && cards.value(it.key()) + it.value() > limits::kMaxCardsPerJourney)
            return tr("A journey can hold at most %1 cards; this one already holds %2, and %3 "
                      "more would not fit.")
                .arg(limitcheck::number(limits::kMaxCardsPerJourney),
                     limitcheck::number(cards.value(it.key())), limitcheck::number(it.value()));
    return {};
}

QString Edits::tooManyCards(size_t count) {
    return tr("A journey can hold at most %1 cards; %2 cannot be pasted.")
        .arg(limitcheck::number(limits::kMaxCardsPerJourney), limitcheck::number(qint64(count)));
}

bool Edits::setWorkspaceField(const QString &field, const QVariant &value) {
    return setField(EntityType::Workspace, {}, field, value);
}

QString Edits::addPersona(const QString &name, int index) {
    Persona persona;
    persona.id = newId();
    persona.name = name;
    QStringList order = idsOf(mWs.orderedPersonas());
    ChangeSet changes;
    persona.position = insertAt(order, persona.id, index);
    renumber<Persona>(changes, mWs, order);
    changes.added.push_back(persona);
    return push(std::move(changes), tr("Add persona")) ? persona.id : QString();
}

QString Edits::duplicatePersona(const QString &id) {
    const Persona *source = mWs.find<Persona>(id);
    if (!source)
        return fail(tr("There is no such persona.")), QString();
    Persona copy = *source;
    copy.id = newId();
    copy.name = tr("%1 (copy)").arg(source->name);
    QStringList order = idsOf(mWs.orderedPersonas());
    ChangeSet changes;
    copy.position = insertAt(order, copy.id, int(order.indexOf(id)) + 1);
    renumber<Persona>(changes, mWs, order);
    changes.added.push_back(copy);
    return push(std::move(changes), tr("Duplicate persona")) ? copy.id : QString();
}

bool Edits::removePersona(const QString &id) {
    const Persona *persona = mWs.find<Persona>(id);
    if (!persona)
        return fail(tr("There is no such persona."));
    ChangeSet changes;
    changes.removed.push_back(*persona);
    for (const Journey &journey : mWs.journeys)
        if (journey.persona == id)
            changes.fields.push_back(
                {EntityType::Journey, journey.id, QStringLiteral("persona"), id, QString()});
    return push(std::move(changes), tr("Remove persona"));
}

bool Edits::movePersona(const QString &id, int index) {
    QStringList order = idsOf(mWs.orderedPersonas());
    if (!order.removeOne(id))
        return fail(tr("There is no such persona."));
    insertAt(order, id, index);
    ChangeSet changes;
    renumber<Persona>(changes, mWs, order);
    return push(std::move(changes), tr("Move persona"));
}

QString Edits::addJourney(const QString &persona, const QString &kind, const QString &title,
                          int index) {
    JourneyDraft draft;
    draft.persona = persona;
    draft.kind = kind;
    draft.title = title;
    return addJourney(draft, index);
}

QString Edits::addJourney(const JourneyDraft &draft, int index) {
    if (!draft.persona.isEmpty() && !mWs.find<Persona>(draft.persona))
        return fail(tr("There is no such persona.")), QString();
    if (fieldRule(EntityType::Journey, u"kind").check(draft.kind) != FieldRule::Verdict::Accepted)
        return fail(tr("A journey is ideal or current.")), QString();
    Journey journey;
    journey.id = newId();
    journey.persona = draft.persona;
    journey.kind = draft.kind;
    journey.title = draft.title;
    journey.startingPoint = draft.startingPoint;
    journey.goal = draft.goal;
    QStringList order = idsOf(mWs.orderedJourneys());
    ChangeSet changes;
    journey.position = insertAt(order, journey.id, index);
    renumber<Journey>(changes, mWs, order);
    changes.added.push_back(journey);
    const bool english = mWs.meta.language == QLatin1String("en");
    int position = 0;
    for (const vocabulary::DefaultLane &preset : vocabulary::defaultLanes()) {
        Lane lane;
        lane.id = newId();
        lane.journey = journey.id;
        lane.position = position++;
        lane.kind = preset.kind;
        lane.title = english ? preset.titleEn : preset.titleNl;
        lane.lineAbove = preset.lineAbove;
        changes.added.push_back(lane);
    }
    if (!draft.firstStage.isEmpty()) {
        Stage stage;
        stage.id = newId();
        stage.journey = journey.id;
        stage.title = draft.firstStage;
        changes.added.push_back(stage);
        if (!draft.firstStep.isEmpty()) {
            Step step;
            step.id = newId();
            step.journey = journey.id;
            step.stage = stage.id;
            step.title = draft.firstStep;
            changes.added.push_back(step);
        }
    }
    return push(std::move(changes), tr("Add journey")) ? journey.id : QString();
}

void Edits::collectCardRemoval(ChangeSet &changes, const QStringList &cardIds) const {
    const QSet<QString> ids(cardIds.begin(), cardIds.end());
    for (const QString &id : cardIds)
        if (const Card *card = mWs.find<Card>(id))
            changes.removed.push_back(*card);
    for (const Connection &connection : mWs.connections)
        if (ids.contains(connection.from) || ids.contains(connection.to))
            changes.removed.push_back(connection);
    // The votes on a card go with it; undo brings them back.
    for (const Vote &vote : mWs.votes)
        if (ids.contains(vote.card))
            changes.removed.push_back(vote);
    // So do the residents' verdicts on a pain point: a verdict on nothing
    // says nothing. Undo brings them back too.
    for (const DemoVerdict &verdict : mWs.demoVerdicts)
        if (ids.contains(verdict.card))
            changes.removed.push_back(verdict);
    // Comments on the cards stay: a reviewer's remark is not lost with what
    // it was about (it keeps the card's title, target_title).
}

// A step goes with its cards; comments on it stay, as on its cards.
void Edits::collectStepRemoval(ChangeSet &changes, const Step &step) const {
    QStringList cards;
    for (const Card &card : mWs.cards)
        if (card.step == step.id)
            cards << card.id;
    collectCardRemoval(changes, cards);
    changes.removed.push_back(step);
    clearCounterparts(changes, {step.id});
}

// Steps of other journeys that point at removed steps go back to automatic
// alignment, so no reference dangles.
void Edits::clearCounterparts(ChangeSet &changes, const QSet<QString> &removedSteps) const {
    for (const Step &other : mWs.steps)
        if (removedSteps.contains(other.counterpart) && !removedSteps.contains(other.id))
            changes.fields.push_back({EntityType::Step, other.id, QStringLiteral("counterpart"),
                                      other.counterpart, QString()});
}

bool Edits::removeJourney(const QString &id) {
    const Journey *journey = mWs.find<Journey>(id);
    if (!journey)
        return fail(tr("There is no such journey."));
    ChangeSet changes;
    // Its decisions stay: review history outlives the journey (file-format.md).
    forEachListType([&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        if constexpr (requires(T & o) { o.journey; } && !std::is_same_v<T, Decision>)
            for (const T &object : mWs.items<T>())
                if (object.journey == id)
                    changes.removed.push_back(object);
    });
    changes.removed.push_back(*journey);
    QSet<QString> steps;
    for (const Step &step : mWs.steps)
        if (step.journey == id)
            steps.insert(step.id);
    clearCounterparts(changes, steps);
    return push(std::move(changes), tr("Remove journey"));
}

QString Edits::addStage(const QString &journey, const QString &title, int index,
                        const QString &firstStep) {
    if (!mWs.find<Journey>(journey))
        return fail(tr("There is no such journey.")), QString();
    Stage stage;
    stage.id = newId();
    stage.journey = journey;
    stage.title = title;
    QStringList order = idsOf(mWs.orderedStages(journey));
    ChangeSet changes;
    stage.position = insertAt(order, stage.id, index);
    renumber<Stage>(changes, mWs, order);
    changes.added.push_back(stage);
    if (!firstStep.isEmpty()) {
        Step step;
        step.id = newId();
        step.journey = journey;
        step.stage = stage.id;
        step.title = firstStep;
        changes.added.push_back(step);
    }
    return push(std::move(changes), tr("Add stage")) ? stage.id : QString();
}

bool Edits::removeStage(const QString &id) {
    const Stage *stage = mWs.find<Stage>(id);
    if (!stage)
        return fail(tr("There is no such stage."));
    ChangeSet changes;
    for (const Step *step : mWs.stepsOfStage(id))
        collectStepRemoval(changes, *step);
    changes.removed.push_back(*stage);
    return push(std::move(changes), tr("Remove stage"));
}

bool Edits::moveStage(const QString &id, int index) {
    const Stage *stage = mWs.find<Stage>(id);
    if (!stage)
        return fail(tr("There is no such stage."));
    QStringList order = idsOf(mWs.orderedStages(stage->journey));
    order.removeOne(id);
    insertAt(order, id, index);
    ChangeSet changes;
    renumber<Stage>(changes, mWs, order);
    return push(std::move(changes), tr("Move stage"));
}

QString Edits::addStep(const QString &stageId, const QString &title, int index) {
    const Stage *stage = mWs.find<Stage>(stageId);
    if (!stage)
        return fail(tr("There is no such stage.")), QString();
    Step step;
    step.id = newId();
    step.journey = stage->journey;
    step.stage = stageId;
    step.title = title;
    QStringList order = idsOf(mWs.stepsOfStage(stageId));
    ChangeSet changes;
    step.position = insertAt(order, step.id, index);
    renumber<Step>(changes, mWs, order);
    changes.added.push_back(step);
    return push(std::move(changes), tr("Add step")) ? step.id : QString();
}

bool Edits::removeStep(const QString &id) {
    const Step *step = mWs.find<Step>(id);
    if (!step)
        return fail(tr("There is no such step."));
    ChangeSet changes;
    collectStepRemoval(changes, *step);
    return push(std::move(changes), tr("Remove step"));
}

bool Edits::moveStep(const QString &id, const QString &stageId, int index) {
    const Step *step = mWs.find<Step>(id);
    const Stage *stage = mWs.find<Stage>(stageId);
    if (!step || !stage || stage->journey != step->journey)
        return fail(tr("The step cannot move there."));
    QStringList order = idsOf(mWs.stepsOfStage(stageId));
    order.removeOne(id);
    insertAt(order, id, index);
    ChangeSet changes;
    if (step->stage != stageId)
        changes.fields.push_back(
            {EntityType::Step, id, QStringLiteral("stage"), step->stage, stageId});
    renumber<Step>(changes, mWs, order);
    return push(std::move(changes), tr("Move step"));
}

QString Edits::addLane(const QString &journey, const QString &kind, const QString &title,
                       int index) {
    if (!mWs.find<Journey>(journey))
        return fail(tr("There is no such journey.")), QString();
    if (fieldRule(EntityType::Lane, u"kind").check(kind) != FieldRule::Verdict::Accepted)
        return fail(tr("\"%1\" is not a lane kind.").arg(kind)), QString();
    Lane lane;
    lane.id = newId();
    lane.journey = journey;
    lane.kind = kind;
    lane.title = title;
    QStringList order = idsOf(mWs.orderedLanes(journey));
    ChangeSet changes;
    lane.position = insertAt(order, lane.id, index);
    renumber<Lane>(changes, mWs, order);
    changes.added.push_back(lane);
    return push(std::move(changes), tr("Add lane")) ? lane.id : QString();
}

bool Edits::removeLane(const QString &id) {
    const Lane *lane = mWs.find<Lane>(id);
    if (!lane)
        return fail(tr("There is no such lane."));
    ChangeSet changes;
    QStringList cards;
    for (const Card &card : mWs.cards)
        if (card.lane == id)
            cards << card.id;
    collectCardRemoval(changes, cards);
    changes.removed.push_back(*lane);
    // The line above a removed lane stays where it was: on the lane below.
    if (!lane->lineAbove.isEmpty()) {
        const auto lanes = mWs.orderedLanes(lane->journey);
        auto it = std::find(lanes.begin(), lanes.end(), lane);
        if (it != lanes.end() && ++it != lanes.end() && (*it)->lineAbove.isEmpty())
            changes.fields.push_back({EntityType::Lane, (*it)->id, QStringLiteral("line_above"),
                                      QString(), lane->lineAbove});
    }
    return push(std::move(changes), tr("Remove lane"));
}

bool Edits::moveLane(const QString &id, int index) {
    const Lane *lane = mWs.find<Lane>(id);
    if (!lane)
        return fail(tr("There is no such lane."));
    QStringList order = idsOf(mWs.orderedLanes(lane->journey));
    order.removeOne(id);
    insertAt(order, id, index);
    ChangeSet changes;
    renumber<Lane>(changes, mWs, order);
    return push(std::move(changes), tr("Move lane"));
}

QString Edits::addCard(const QString &stepId, const QString &laneId, const QString &title,
                       const QString &kind, int index, const QString &owner) {
    const Step *step = mWs.find<Step>(stepId);
    const Lane *lane = mWs.find<Lane>(laneId);
    if (!step || !lane || step->journey != lane->journey)
        return fail(tr("There is no such cell.")), QString();
    if (fieldRule(EntityType::Card, u"kind").check(kind) != FieldRule::Verdict::Accepted)
        return fail(tr("\"%1\" is not a card kind.").arg(kind)), QString();
    Card card;
    card.id = newId();
    card.journey = step->journey;
    card.step = stepId;
    card.lane = laneId;
    card.kind = kind;
    card.title = title;
    card.owner = owner;
    card.session = capturingSession(card.journey);
    QStringList order = idsOf(mWs.cardsInCell(stepId, laneId));
    ChangeSet changes;
    card.position = insertAt(order, card.id, index);
    renumber<Card>(changes, mWs, order);
    changes.added.push_back(card);
    // The history names the card: a session adds many in a row.
    const QString name = UndoText::shortTitle(title);
    const QString text = name.isEmpty() ? tr("Add card") : tr("Add card '%1'").arg(name);
    return push(std::move(changes), text) ? card.id : QString();
}

bool Edits::removeCards(const QStringList &ids, const QString &undoText) {
    if (ids.isEmpty())
        return fail(tr("No cards are selected."));
    for (const QString &id : ids)
        if (!mWs.find<Card>(id))
            return fail(tr("There is no such card."));
    ChangeSet changes;
    collectCardRemoval(changes, ids);
    if (!undoText.isEmpty())
        return push(std::move(changes), undoText);
    return push(std::move(changes),
                ids.size() == 1 ? tr("Remove card") : tr("Remove %1 cards").arg(ids.size()));
}

bool Edits::moveCards(const QStringList &ids, const QString &stepId, const QString &laneId,
                      int index, const QString &gesture, const QString &undoText) {
    const Step *step = mWs.find<Step>(stepId);
    const Lane *lane = mWs.find<Lane>(laneId);
    if (ids.isEmpty() || !step || !lane || step->journey != lane->journey)
        return fail(tr("The cards cannot move there."));
    const QSet<QString> moving(ids.begin(), ids.end());
    std::vector<const Card *> cards;
    for (const QString &id : moving) {
        const Card *card = mWs.find<Card>(id);
        if (!card || card->journey != step->journey)
            return fail(tr("Cards can only move within their journey."));
        cards.push_back(card);
    }
    // Moved cards keep their reading order: column, lane, place in cell.
    QHash<QString, int> column, row;
    for (const Step *s : mWs.orderedSteps(step->journey))
        column.insert(s->id, int(column.size()));
    for (const Lane *l : mWs.orderedLanes(step->journey))
        row.insert(l->id, int(row.size()));
    std::sort(cards.begin(), cards.end(), [&](const Card *a, const Card *b) {
        return std::tuple(column.value(a->step), row.value(a->lane), a->position, a->id) <
               std::tuple(column.value(b->step), row.value(b->lane), b->position, b->id);
    });
    QStringList moved;
    for (const Card *card : cards)
        moved << card->id;
    QStringList order;
    for (const Card *card : mWs.cardsInCell(stepId, laneId))
        if (!moving.contains(card->id))
            order << card->id;
    if (index < 0 || index > order.size())
        index = int(order.size());
    for (int i = 0; i < moved.size(); ++i)
        order.insert(index + i, moved[i]);
    ChangeSet changes;
    for (const QString &id : moved) {
        const Card *card = mWs.find<Card>(id);
        if (card->step != stepId)
            changes.fields.push_back(
                {EntityType::Card, id, QStringLiteral("step"), card->step, stepId});
        if (card->lane != laneId)
            changes.fields.push_back(
                {EntityType::Card, id, QStringLiteral("lane"), card->lane, laneId});
    }
    renumber<Card>(changes, mWs, order);
    // Close the gaps the cards leave, so a drag back to where it began
    // changes nothing at all and leaves no undo step.
    QSet<QString> sourceCells;
    for (const QString &id : moved) {
        const Card *card = mWs.find<Card>(id);
        if (card->step != stepId || card->lane != laneId)
            sourceCells.insert(card->step + QLatin1Char('/') + card->lane);
    }
    for (const QString &cell : sourceCells) {
        QStringList remaining;
        for (const Card *card : mWs.cardsInCell(cell.section(u'/', 0, 0), cell.section(u'/', 1)))
            if (!moving.contains(card->id))
                remaining << card->id;
        renumber<Card>(changes, mWs, remaining);
    }
    QStringList key = ids;
    key.sort();
    return push(std::move(changes),
                !undoText.isEmpty() ? undoText
                : moved.size() == 1 ? tr("Move card")
                                    : tr("Move %1 cards").arg(moved.size()),
                gesture.isEmpty() ? MergeId::None : MergeId::MoveCards,
                gesture + QLatin1Char('|') + key.join(QLatin1Char(',')));
}

QStringList Edits::pasteCards(const CardFragment &fragment, const QString &stepId,
                              const QString &laneId, const QString &text) {
    const Step *anchorStep = mWs.find<Step>(stepId);
    const Lane *anchorLane = mWs.find<Lane>(laneId);
    if (!anchorStep || !anchorLane || anchorStep->journey != anchorLane->journey ||
        fragment.items.empty())
        return fail(tr("There is nothing to paste there.")), QStringList();
    // Counted exactly in push(); this only avoids building what cannot fit.
    if (fragment.items.size() > size_t(limits::kMaxCardsPerJourney))
        return refuse(tooManyCards(fragment.items.size())), QStringList();
    const QString journey = anchorStep->journey;
    const auto steps = mWs.orderedSteps(journey);
    const auto lanes = mWs.orderedLanes(journey);
    const int column0 = int(std::find(steps.begin(), steps.end(), anchorStep) - steps.begin());
    const int row0 = int(std::find(lanes.begin(), lanes.end(), anchorLane) - lanes.begin());
    ChangeSet changes;
    QHash<QString, QString> newIds;
    QHash<QString, int> nextPosition; // per cell: pasted cards go below the others
    QStringList ids;
    for (const CardFragment::Item &item : fragment.items) {
        Card card = item.card;
        if (!acceptedByRules(card))
            return fail(tr("The clipboard holds cards this version cannot use.")), QStringList();
        card.id = newId();
        newIds.insert(item.card.id, card.id);
        card.journey = journey;
        card.session = capturingSession(journey);
        card.step = steps[size_t(std::min(column0 + item.column, int(steps.size()) - 1))]->id;
        card.lane = lanes[size_t(std::min(row0 + item.row, int(lanes.size()) - 1))]->id;
        const QString cell = card.step + QLatin1Char('/') + card.lane;
        if (!nextPosition.contains(cell)) {
            int last = -1;
            for (const Card *other : mWs.cardsInCell(card.step, card.lane))
                last = std::max(last, other->position);
            nextPosition.insert(cell, last + 1);
        }
        card.position = nextPosition[cell]++;
        changes.added.push_back(card);
        ids << card.id;
    }
    for (const Connection &source : fragment.connections) {
        if (!newIds.contains(source.from) || !newIds.contains(source.to) ||
            source.from == source.to || !acceptedByRules(source))
            continue;
        Connection connection = source;
        connection.id = newId();
        connection.journey = journey;
        connection.from = newIds.value(source.from);
        connection.to = newIds.value(source.to);
        connection.position =
            int(mWs.orderedConnections(journey).size()) + int(changes.added.size());
        changes.added.push_back(connection);
    }
    const QString label =
        text.isEmpty() ? (ids.size() == 1 ? tr("Paste card") : tr("Paste %1 cards").arg(ids.size()))
                       : text;
    return push(std::move(changes), label) ? ids : QStringList();
}

QStringList Edits::pasteText(const QString &text, const QString &step, const QString &lane) {
    CardFragment fragment;
    // Pasted text loses its control characters, as typed text does.
    const QStringList lines = limitcheck::withoutControlCharacters(text).split(
        QRegularExpression(QStringLiteral("\r\n|\r|\n")));
    const auto cards = std::count_if(lines.begin(), lines.end(),
                                     [](const QString &line) { return !line.trimmed().isEmpty(); });
    if (cards > limits::kMaxCardsPerJourney)
        return refuse(tooManyCards(size_t(cards))), QStringList();
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        CardFragment::Item item;
        item.card.id = newId();
        item.card.title = line.trimmed();
        fragment.items.push_back(item);
    }
    return pasteCards(fragment, step, lane);
}

QString Edits::addConnection(const QString &from, const QString &to, const QString &kind,
                             const QString &label) {
    const Card *a = mWs.find<Card>(from);
    const Card *b = mWs.find<Card>(to);
    if (!a || !b || a == b || a->journey != b->journey)
        return fail(tr("A connection joins two different cards of one journey.")), QString();
    if (fieldRule(EntityType::Connection, u"kind").check(kind) != FieldRule::Verdict::Accepted)
        return fail(tr("\"%1\" is not a connection kind.").arg(kind)), QString();
    Connection connection;
    connection.id = newId();
    connection.journey = a->journey;
    connection.from = from;
    connection.to = to;
    connection.kind = kind;
    connection.label = label;
    connection.position = int(mWs.orderedConnections(a->journey).size());
    ChangeSet changes;
    changes.added.push_back(connection);
    return push(std::move(changes), tr("Connect cards")) ? connection.id : QString();
}

bool Edits::removeConnection(const QString &id) {
    const Connection *connection = mWs.find<Connection>(id);
    if (!connection)
        return fail(tr("There is no such connection."));
    ChangeSet changes;
    changes.removed.push_back(*connection);
    return push(std::move(changes), tr("Remove connection"));
}

QString Edits::addComment(const QString &target, const QString &author, const QString &text) {
    QString journey, title;
    if (const Journey *j = mWs.find<Journey>(target))
        journey = target, title = j->title;
    else if (const Step *step = mWs.find<Step>(target))
        journey = step->journey, title = step->title;
    else if (const Card *card = mWs.find<Card>(target))
        journey = card->journey, title = card->title;
    else
        return fail(tr("Comments go on a journey, a step or a card.")), QString();
    if (text.trimmed().isEmpty())
        return fail(tr("A comment needs a text.")), QString();
    Comment comment;
    comment.id = newId();
    comment.journey = journey;
    comment.target = target;
    comment.targetTitle = title;
    comment.author = author.trimmed();
    comment.text = text.trimmed();
    comment.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    comment.position = nextCommentPosition(mWs, journey);
    ChangeSet changes;
    changes.added.push_back(comment);
    return push(std::move(changes), tr("Add comment")) ? comment.id : QString();
}

QString Edits::reply(const QString &commentId, const QString &author, const QString &text) {
    const Comment *first = mWs.find<Comment>(commentId);
    if (!first)
        return fail(tr("There is no such comment.")), QString();
    if (!first->parent.isEmpty()) // replies to a reply join the same thread
        first = mWs.find<Comment>(first->parent);
    if (!first)
        return fail(tr("There is no such comment.")), QString();
    if (text.trimmed().isEmpty())
        return fail(tr("A reply needs a text.")), QString();
    Comment answer;
    answer.id = newId();
    answer.journey = first->journey;
    answer.target = first->target;
    answer.targetTitle = first->targetTitle;
    answer.parent = first->id;
    answer.author = author.trimmed();
    answer.text = text.trimmed();
    answer.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    answer.position = nextCommentPosition(mWs, first->journey);
    ChangeSet changes;
    changes.added.push_back(answer);
    return push(std::move(changes), tr("Reply to comment")) ? answer.id : QString();
}

bool Edits::editComment(const QString &id, const QString &author, const QString &text) {
    const Comment *comment = mWs.find<Comment>(id);
    if (!comment)
        return fail(tr("There is no such comment."));
    if (comment->author != author.trimmed())
        return fail(tr("Only %1 can change this comment.").arg(comment->author));
    if (text.trimmed().isEmpty())
        return fail(tr("A comment needs a text; remove it instead."));
    if (text.trimmed() == comment->text)
        return true;
    ChangeSet changes;
    changes.fields.push_back(
        {EntityType::Comment, id, QStringLiteral("text"), comment->text, text.trimmed()});
    changes.fields.push_back({EntityType::Comment, id, QStringLiteral("edited"), comment->edited,
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    return push(std::move(changes), tr("Edit comment"));
}

bool Edits::setResolved(const QString &id, bool resolved) {
    const Comment *comment = mWs.find<Comment>(id);
    if (!comment)
        return fail(tr("There is no such comment."));
    if (!comment->parent.isEmpty())
        comment = mWs.find<Comment>(comment->parent); // a thread is resolved as a whole
    if (!comment)
        return fail(tr("There is no such comment."));
    if (comment->resolved == resolved)
        return true;
    ChangeSet changes;
    changes.fields.push_back(
        {EntityType::Comment, comment->id, QStringLiteral("resolved"), !resolved, resolved});
    return push(std::move(changes), resolved ? tr("Resolve comment") : tr("Reopen comment"));
}

bool Edits::removeComment(const QString &id, const QString &author) {
    const Comment *comment = mWs.find<Comment>(id);
    if (!comment)
        return fail(tr("There is no such comment."));
    if (!author.isNull() && comment->author != author.trimmed())
        return fail(tr("Only %1 can remove this comment.").arg(comment->author));
    ChangeSet changes;
    changes.removed.push_back(*comment);
    for (const Comment &other : mWs.comments)
        if (other.parent == id)
            changes.removed.push_back(other);
    return push(std::move(changes), tr("Remove comment"));
}

Version Edits::makeVersion(const Workspace &workspace, const QString &name) {
    // A snapshot holds neither versions, decisions nor work sessions: they
    // are history beside it, and restoring one leaves them as they are.
    Workspace snapshot = workspace;
    snapshot.versions.clear();
    snapshot.decisions.clear();
    forEachListType([&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        if constexpr (isSessionRecord(T::kType))
            snapshot.items<T>().clear();
    });
    Version version;
    version.id = newId();
    version.name = name;
    version.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    version.snapshot = QString::fromUtf8(JsonCodec::write(snapshot)).trimmed();
    int position = 0;
    for (const Version &other : workspace.versions)
        position = std::max(position, other.position + 1);
    version.position = position;
    return version;
}

QString Edits::createVersion(const QString &name) {
    if (name.trimmed().isEmpty())
        return fail(tr("A version needs a name.")), QString();
    const Version version = makeVersion(mWs, name.trimmed());
    ChangeSet changes;
    changes.added.push_back(version);
    return push(std::move(changes), tr("Save version \"%1\"").arg(name)) ? version.id : QString();
}

bool Edits::removeVersion(const QString &id) {
    const Version *version = mWs.find<Version>(id);
    if (!version)
        return fail(tr("There is no such version."));
    ChangeSet changes;
    changes.removed.push_back(*version);
    return push(std::move(changes), tr("Remove version"));
}

} // namespace blauwdruk
