#include "healthcheck.h"

#include "cellindex.h"
#include "journeyalignment.h"
#include "painpoints.h"
#include "workspace.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace blauwdruk {

namespace {

using painpoints::isOpportunity;
using painpoints::isPainPoint;

// Governance, measurement and agreements (decisions, KPIs): what someone
// must own.
bool needsOwner(const Card &card, const Lane *lane) {
    if (card.kind == QLatin1String("pain_point") || card.kind == QLatin1String("question"))
        return false;
    if (lane &&
        (lane->kind == QLatin1String("governance") || lane->kind == QLatin1String("measurement")))
        return true;
    return card.kind == QLatin1String("kpi") || card.kind == QLatin1String("decision");
}

// Lanes that hold no work of their own: the emotion curve is drawn from the
// steps, the parking lot is for later, pain points and opportunities are
// remarks on the grid, the live session's inbox is not yet sorted in.
bool isRemarkLane(const Lane &lane) {
    static const QStringList kinds{"emotion", "parking", "pain_points", "opportunities", "inbox"};
    return kinds.contains(lane.kind);
}

// Below the line of visibility: from the lane that carries the line down;
// without such a line, the lanes whose kind lies behind the counter.
QSet<QString> lanesBelowTheLine(const std::vector<const Lane *> &lanes) {
    QSet<QString> below;
    bool past = false;
    for (const Lane *lane : lanes) {
        past = past || lane->lineAbove == QLatin1String("visibility");
        if (past && !isRemarkLane(*lane))
            below.insert(lane->id);
    }
    if (past)
        return below;
    static const QStringList behind{"backstage",    "support",    "tech",
                                    "content",      "governance", "measurement",
                                    "organisation", "processes",  "privacy"};
    for (const Lane *lane : lanes)
        if (behind.contains(lane->kind))
            below.insert(lane->id);
    return below;
}

class Checker {
public:
    Checker(const Workspace &ws, std::vector<HealthCheck::Finding> &out)
        : mWs(ws)
        , mOut(out) {}

    void journey(const Journey &journey) {
        mJourney = &journey;
        if (journey.startingPoint.trimmed().isEmpty() || journey.goal.trimmed().isEmpty())
            add("journey-without-start-or-goal", EntityType::Journey, journey.id, journey.title,
                journey.startingPoint.trimmed().isEmpty() && journey.goal.trimmed().isEmpty()
                    ? HealthCheck::tr("Write where the resident starts and what she wants to "
                                      "reach: the journey has neither a starting point nor a "
                                      "goal.")
                : journey.startingPoint.trimmed().isEmpty()
                    ? HealthCheck::tr("Write where the resident starts: the journey has no "
                                      "starting point.")
                    : HealthCheck::tr("Write what the resident wants to reach: the journey has "
                                      "no goal."));
        pairing(journey);
        mSteps = mWs.orderedSteps(journey.id);
        mLanes = mWs.orderedLanes(journey.id);
        mCells.emplace(mWs, journey.id);
        mBelow = lanesBelowTheLine(mLanes);
        loadPair(journey);
        for (const Step *step : mSteps)
            this->step(*step);
        for (const Lane *lane : mLanes)
            emptyLane(*lane);
        connections(journey);
    }

private:
    void add(const char *code, EntityType type, const QString &target, const QString &title,
             const QString &advice) {
        HealthCheck::Finding finding;
        finding.code = QLatin1String(code);
        finding.journey = mJourney->id;
        finding.targetType = type;
        finding.target = target;
        finding.title = title;
        finding.advice = advice;
        for (const Dismissal *d : mWs.orderedDismissals(mJourney->id))
            if (d->code == finding.code && d->target == target) {
                finding.dismissal = d->id;
                finding.reason = d->reason;
            }
        mOut.push_back(std::move(finding));
    }

    // A persona's ideal journey says where to go, its current one where
    // from: one without the other cannot be compared.
    void pairing(const Journey &journey) {
        if (journey.persona.isEmpty() || !mWs.find<Persona>(journey.persona))
            return;
        const bool ideal = journey.kind == QLatin1String("ideal");
        const QString other = ideal ? QStringLiteral("current") : QStringLiteral("ideal");
        for (const Journey &j : mWs.journeys)
            if (j.persona == journey.persona && j.kind == other)
                return;
        const QString persona = mWs.find<Persona>(journey.persona)->name;
        if (ideal)
            add("ideal-without-current", EntityType::Journey, journey.id, journey.title,
                HealthCheck::tr("Add the current journey of %1: without today's journey the "
                                "ideal one cannot show what it improves.")
                    .arg(persona));
        else
            add("current-without-ideal", EntityType::Journey, journey.id, journey.title,
                HealthCheck::tr("Add the ideal journey of %1: today's pain points need an "
                                "answer to be judged against.")
                    .arg(persona));
    }

    // For a current journey: its ideal counterpart and which step pairs with which.
    void loadPair(const Journey &journey) {
        mAlignment.reset();
        if (journey.kind != QLatin1String("current") || journey.persona.isEmpty())
            return;
        const JourneyAlignment::Journeys pair = painpoints::pairOf(mWs, journey.id);
        if (pair.ideal.isEmpty())
            return;
        mAlignment = JourneyAlignment::compute(mWs, journey.id, pair.ideal);
    }

    QString idealStepOf(const QString &step) const {
        if (!mAlignment)
            return QString();
        const JourneyAlignment::Pair *pair = mAlignment->pairOf(step);
        return pair ? pair->ideal : QString();
    }

    bool hasOpportunity(const QString &step) const { return mStepsWithOpportunity.contains(step); }

    bool connectedToAnswer(const Card &painPoint) const {
        return mAnsweredByConnection.contains(painPoint.id);
    }

public:
    // Once per check, not per step or card: the panel runs it after every
    // edit, also on journeys of thousands of cards.
    void indexAnswers() {
        mStepsWithOpportunity.clear();
        mAnsweredByConnection.clear();
        auto opportunity = [&](const Card *card) {
            return card && isOpportunity(*card, mWs.find<Lane>(card->lane));
        };
        for (const Card &card : mWs.cards)
            if (opportunity(&card))
                mStepsWithOpportunity.insert(card.step);
        for (const Connection &c : mWs.connections) {
            if (opportunity(mWs.find<Card>(c.to)))
                mAnsweredByConnection.insert(c.from);
            if (opportunity(mWs.find<Card>(c.from)))
                mAnsweredByConnection.insert(c.to);
        }
    }

private:
    void step(const Step &step) {
        std::vector<const Card *> cards;
        bool customer = false;
        bool support = false;
        for (const Lane *lane : mLanes)
            for (const Card *card : mCells->cards(step.id, lane->id)) {
                cards.push_back(card);
                customer = customer || lane->kind == QLatin1String("customer");
                support = support || mBelow.contains(lane->id);
            }
        if (!customer)
            add("step-without-customer-action", EntityType::Step, step.id, step.title,
                HealthCheck::tr("Add what the resident does at this step in the resident lane: "
                                "a blueprint follows the resident."));
        const bool current = mJourney->kind == QLatin1String("current");
        const bool opportunityHere = hasOpportunity(step.id);
        const QString idealStep = idealStepOf(step.id);
        for (const Card *card : cards) {
            const Lane *lane = mWs.find<Lane>(card->lane);
            if (!support && lane &&
                (lane->kind == QLatin1String("frontstage") ||
                 lane->kind == QLatin1String("evidence")))
                add("frontstage-without-support", EntityType::Card, card->id, card->title,
                    HealthCheck::tr("Add what happens behind the scenes for this: the step has "
                                    "nothing below the line of visibility."));
            if (needsOwner(*card, lane) && card->owner.trimmed().isEmpty())
                add("governance-without-owner", EntityType::Card, card->id, card->title,
                    HealthCheck::tr("Name the team that owns this: governance, measurement and "
                                    "agreements need an owner."));
            if (!isPainPoint(*card, lane))
                continue;
            const bool answeredInIdeal = !idealStep.isEmpty() && hasOpportunity(idealStep);
            if (!opportunityHere && !(current && answeredInIdeal))
                add("pain-point-without-opportunity", EntityType::Card, card->id, card->title,
                    current ? HealthCheck::tr("Add an opportunity for this pain point, in this "
                                              "step or in its step of the ideal journey.")
                            : HealthCheck::tr("Add an opportunity for this pain point in its "
                                              "step."));
            if (current && mAlignment && !answeredInIdeal && !connectedToAnswer(*card))
                add("current-pain-point-unresolved", EntityType::Card, card->id, card->title,
                    idealStep.isEmpty()
                        ? HealthCheck::tr("Give this step a step in the ideal journey that "
                                          "answers the pain point: it has none.")
                        : HealthCheck::tr("Answer this pain point in the ideal journey: its step "
                                          "there has no opportunity, and no connection leads "
                                          "from the pain point to one."));
        }
    }

    void emptyLane(const Lane &lane) {
        if (isRemarkLane(lane))
            return;
        for (const Step *step : mSteps)
            if (!mCells->cards(step->id, lane.id).empty())
                return;
        add("empty-lane", EntityType::Lane, lane.id, lane.title,
            HealthCheck::tr("Fill this lane or remove it: it holds no card in this journey."));
    }

    void connections(const Journey &journey) {
        QHash<QString, int> column;
        for (int i = 0; i < int(mSteps.size()); ++i)
            column.insert(mSteps[size_t(i)]->id, i);
        for (const Connection *c : mWs.orderedConnections(journey.id)) {
            const Card *from = mWs.find<Card>(c->from);
            const Card *to = mWs.find<Card>(c->to);
            if (!from || !to || c->kind == QLatin1String("feedback"))
                continue;
            if (column.value(from->step, -1) <= column.value(to->step, -1))
                continue;
            const QString title = c->label.trimmed().isEmpty()
                                      ? QStringLiteral("%1 → %2").arg(from->title, to->title)
                                      : c->label;
            add("connection-backwards", EntityType::Connection, c->id, title,
                HealthCheck::tr("Mark this connection as feedback, or turn it around: it runs "
                                "from a later step back to an earlier one."));
        }
    }

    const Workspace &mWs;
    std::vector<HealthCheck::Finding> &mOut;
    const Journey *mJourney = nullptr;
    std::vector<const Step *> mSteps;
    std::vector<const Lane *> mLanes;
    std::optional<CellIndex> mCells;
    QSet<QString> mBelow;
    QSet<QString> mStepsWithOpportunity;
    QSet<QString> mAnsweredByConnection; // cards joined to an opportunity
    std::optional<JourneyAlignment> mAlignment;
};

} // namespace

std::vector<HealthCheck::Finding> HealthCheck::run(const Workspace &ws, const QString &journey) {
    std::vector<Finding> findings;
    Checker checker(ws, findings);
    checker.indexAnswers();
    for (const Journey *j : ws.orderedJourneys())
        if (journey.isEmpty() || j->id == journey)
            checker.journey(*j);
    return findings;
}

qsizetype HealthCheck::openCount(const std::vector<Finding> &findings) {
    return std::count_if(findings.begin(), findings.end(),
                         [](const Finding &f) { return f.isOpen(); });
}

const QStringList &HealthCheck::codes() {
    static const QStringList list{"journey-without-start-or-goal",
                                  "ideal-without-current",
                                  "current-without-ideal",
                                  "step-without-customer-action",
                                  "frontstage-without-support",
                                  "governance-without-owner",
                                  "pain-point-without-opportunity",
                                  "current-pain-point-unresolved",
                                  "empty-lane",
                                  "connection-backwards"};
    return list;
}

QString HealthCheck::codeName(const QString &code) {
    static const QHash<QString, const char *> names{
        {"journey-without-start-or-goal", QT_TR_NOOP("No starting point or goal")},
        {"ideal-without-current", QT_TR_NOOP("Ideal journey without current journey")},
        {"current-without-ideal", QT_TR_NOOP("Current journey without ideal journey")},
        {"step-without-customer-action", QT_TR_NOOP("Step without resident action")},
        {"frontstage-without-support", QT_TR_NOOP("Frontstage without support")},
        {"governance-without-owner", QT_TR_NOOP("No owner")},
        {"pain-point-without-opportunity", QT_TR_NOOP("Pain point without opportunity")},
        {"current-pain-point-unresolved", QT_TR_NOOP("Pain point unresolved in ideal journey")},
        {"empty-lane", QT_TR_NOOP("Empty lane")},
        {"connection-backwards", QT_TR_NOOP("Connection runs backwards")},
    };
    const char *name = names.value(code);
    return name ? tr(name) : code;
}

} // namespace blauwdruk
