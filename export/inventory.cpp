#include "inventory.h"

#include "provenance.h"

#include "cardkind.h"
#include "sessionrules.h"

#include <algorithm>

#include <QCoreApplication>

namespace blauwdruk {

namespace {

// The export layer has no translator of its own (it runs headless, from the
// command line too), and a report follows the workspace's language, not the
// app's: so the few words it needs live here, English and Dutch, in the
// PRODUCT.md vocabulary and as the Dutch UI says them.
struct Term {
    const char *key; // a stored token or an English word
    const char *en;
    const char *nl;
};

constexpr Term kTerms[] = {
    // columns
    {"Journey", "Journey", "Klantreis"},
    {"Lane", "Lane", "Baan"},
    {"Stage", "Stage", "Fase"},
    {"Step", "Step", "Stap"},
    {"Kind", "Kind", "Soort"},
    {"Title", "Title", "Titel"},
    {"Text", "Text", "Tekst"},
    {"Owner", "Owner", "Eigenaar"},
    {"Status", "Status", "Status"},
    {"Evidence", "Evidence", "Onderbouwing"},
    {"Tags", "Tags", "Labels"},
    {"Votes", "Votes", "Stemmen"},
    {"Vote rounds", "Vote rounds", "Stemrondes"},
    {"Waiting time", "Waiting time", "Wachttijd"},
    {"Due", "Due", "Deadline"},
    {"Resident's need", "Resident's need", "Behoefte inwoner"},
    {"Provenance", "Provenance", "Herkomst"},
    {"library", "library", "bibliotheek"},
    {"Team", "Team", "Team"},
    {"Work list", "Work list", "Werklijst"},
    // summary and headings
    {"Consequence inventory", "Consequence inventory", "Consequentie-inventarisatie"},
    {"Workspace", "Workspace", "Werkruimte"},
    {"Organisation", "Organisation", "Organisatie"},
    {"Persona", "Persona", "Persona"},
    {"Starting point", "Starting point", "Vertrekpunt"},
    {"Goal", "Goal", "Doel"},
    {"Review", "Review", "Beoordeling"},
    {"Cards", "Cards", "Kaarten"},
    {"Date", "Date", "Datum"},
    {"Journeys", "Journeys", "Klantreizen"},
    {"No cards", "No cards", "Geen kaarten"},
    {"Untitled", "Untitled", "Naamloos"},
    // card statuses (card kinds have their headings in model/cardkind.cpp)
    {"idea", "Idea", "Idee"},
    {"agreed", "Agreed", "Afgesproken"},
    {"planned", "Planned", "Gepland"},
    {"done", "Done", "Klaar"},
    // evidence levels
    {"observed", "Observed", "Waargenomen"},
    {"assumed", "Assumed", "Verondersteld"},
    {"proposed", "Proposed", "Voorgesteld"},
    // journeys
    {"ideal", "Ideal", "Ideaal"},
    {"current", "Current", "Huidig"},
    {"concept", "Concept", "Concept"},
    {"in_review", "In review", "Ter beoordeling"},
    {"approved", "Approved", "Vastgesteld"},
    {"changes_requested", "Changes requested", "Teruggestuurd"},
};

// Unknown tokens (a newer file, a hand-edited one) are shown as stored
// rather than dropped: the inventory must not hide what is there.
QString lookUp(const QString &key, bool dutch) {
    for (const Term &term : kTerms)
        if (key == QLatin1String(term.key))
            return QString::fromUtf8(dutch ? term.nl : term.en);
    return key;
}

// A card kind's inventory heading, as its table entry declares it.
QString kindWord(const QString &kind, bool dutch) {
    if (const CardKind *known = CardKind::find(kind))
        return QString::fromUtf8(dutch ? known->inventoryDutch : known->label);
    return kind;
}

constexpr const char *kColumnKeys[Inventory::kColumnCount] = {
    "Journey",     "Lane",         "Stage", "Step",
    "Kind",        "Title",        "Text",  "Owner",
    "Status",      "Evidence",     "Tags",  "Votes",
    "Vote rounds", "Waiting time", "Due",   "Resident's need",
    "Provenance",
};

// Where a card taken from elsewhere came from, in the workspace's language:
// "Gemeente Zwolle · Minimaregelingen (zwolle.blauwdruk), 2026-12-01".
QString originText(const QString &stored, bool dutch) {
    const std::optional<Provenance> origin = Provenance::fromText(stored);
    if (!origin)
        return QString();
    QStringList source;
    for (const QString &part : {origin->organisation, origin->workspace})
        if (!part.isEmpty())
            source << part;
    const QString where =
        origin->library.isEmpty() ? origin->file : lookUp(QStringLiteral("library"), dutch);
    QString text = source.join(QStringLiteral(" \u00B7 "));
    if (!where.isEmpty())
        text += QStringLiteral(" (%1)").arg(where);
    return QStringLiteral("%1, %2").arg(text, origin->takenAt.left(10));
}

// Per card id, "Round title: total" for each round of the journey's work
// sessions that gave the card votes, in session and round order.
QHash<QString, QStringList> voteRounds(const Workspace &ws, const QString &journey) {
    QHash<QString, QStringList> rounds;
    for (const WorkSession *session : ws.orderedSessions(journey))
        for (const VoteRound *round : ws.orderedVoteRounds(session->id))
            for (const SessionRules::Result &result : SessionRules::ranking(ws, round->id))
                rounds[result.card->id] << QStringLiteral("%1: %2").arg(
                    round->title.trimmed(), QString::number(result.total));
    return rounds;
}

} // namespace

bool Inventory::sameTeam(const QString &a, const QString &b) {
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QStringList Inventory::teams(const Workspace &ws, const QString &journeyId) {
    QStringList teams;
    for (const Card &card : ws.cards) {
        if (card.owner.trimmed().isEmpty() || (!journeyId.isEmpty() && card.journey != journeyId))
            continue;
        if (std::none_of(teams.begin(), teams.end(),
                         [&](const QString &t) { return sameTeam(t, card.owner); }))
            teams << card.owner.trimmed();
    }
    teams.sort(Qt::CaseInsensitive);
    return teams;
}

QString Inventory::residentNeed(const Workspace &ws, const QString &stepId) {
    const Step *step = ws.find<Step>(stepId);
    return step ? residentNeed(ws, stepId, CellIndex(ws, step->journey)) : QString();
}

QString Inventory::residentNeed(const Workspace &ws, const QString &stepId,
                                const CellIndex &cells) {
    const Step *step = ws.find<Step>(stepId);
    if (!step)
        return QString();
    QStringList does;
    for (const Lane *lane : ws.orderedLanes(step->journey))
        if (lane->kind == QLatin1String("customer"))
            for (const Card *card : cells.cards(stepId, lane->id))
                if (!card->title.trimmed().isEmpty())
                    does << card->title.trimmed();
    return does.isEmpty() ? step->description.trimmed() : does.join(QStringLiteral("; "));
}

std::optional<Inventory> Inventory::build(const Workspace &ws, const QString &journeyId,
                                          QString *error, const QString &team,
                                          const QString &status) {
    std::vector<const Journey *> journeys;
    if (journeyId.isEmpty()) {
        journeys = ws.orderedJourneys();
    } else if (const Journey *journey = ws.find<Journey>(journeyId)) {
        journeys.push_back(journey);
    } else {
        if (error)
            *error = QCoreApplication::translate("Export", "has no journey %1").arg(journeyId);
        return std::nullopt;
    }

    Inventory inventory;
    // Anything but an explicit "en" is Dutch, as for the CSV grid: Dutch is
    // the users' language and the default of a new workspace.
    inventory.mDutch = ws.meta.language != QLatin1String("en");
    inventory.mWorkspaceTitle = ws.meta.title;
    inventory.mOrganisation = ws.meta.organisation;
    inventory.mTeam = team.trimmed();
    if (!team.isEmpty()) {
        const QStringList known = teams(ws, journeyId);
        if (std::none_of(known.begin(), known.end(),
                         [&](const QString &t) { return sameTeam(t, team); })) {
            if (error)
                *error = known.isEmpty()
                             ? QStringLiteral("no card has an owner, so there is no team \"%1\"; "
                                              "give cards an owner (their team) first")
                                   .arg(team)
                             : QStringLiteral("no card is owned by team \"%1\"; the teams are: %2")
                                   .arg(team, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    const bool dutch = inventory.mDutch;

    for (const Journey *journey : journeys) {
        Section section;
        section.journeyId = journey->id;
        section.title = journey->title;
        section.kind = lookUp(journey->kind, dutch);
        section.status = lookUp(journey->status, dutch);
        if (const Persona *persona = ws.find<Persona>(journey->persona))
            section.persona = persona->name;
        section.startingPoint = journey->startingPoint;
        section.goal = journey->goal;

        const auto steps = ws.orderedSteps(journey->id);
        const CellIndex cells(ws, journey->id);
        QHash<QString, QString> needs; // per step, as every row of a step shares it
        const QHash<QString, QStringList> rounds = voteRounds(ws, journey->id);
        QHash<QString, int> perKind;
        for (const Lane *lane : ws.orderedLanes(journey->id)) {
            LaneGroup laneGroup{lane->id, lane->title, lane->kind, {}};
            for (const Step *step : steps) {
                auto cards = cells.cards(step->id, lane->id);
                if (!team.isEmpty())
                    std::erase_if(cards, [&](const Card *c) { return !sameTeam(c->owner, team); });
                if (!status.isEmpty())
                    std::erase_if(cards, [&](const Card *c) { return c->status != status; });
                if (cards.empty())
                    continue;
                StepGroup stepGroup;
                stepGroup.stepId = step->id;
                stepGroup.title = step->title;
                if (const Stage *stage = ws.find<Stage>(step->stage))
                    stepGroup.stage = stage->title;
                for (const Card *card : cards) {
                    Row row;
                    row.cardId = card->id;
                    row.kindToken = card->kind;
                    row.kind = kindWord(card->kind, dutch);
                    row.title = card->title;
                    row.text = card->text;
                    row.owner = card->owner;
                    row.status = lookUp(card->status, dutch);
                    row.evidence =
                        card->evidence.isEmpty() ? QString() : lookUp(card->evidence, dutch);
                    row.tags = card->tags;
                    row.votes = card->votes;
                    row.voteRounds = rounds.value(card->id).join(QStringLiteral("; "));
                    row.waitingTime = card->duration;
                    row.due = card->due;
                    if (!needs.contains(step->id))
                        needs.insert(step->id, residentNeed(ws, step->id, cells));
                    row.need = needs.value(step->id);
                    row.origin = originText(card->origin, dutch);
                    stepGroup.rows.push_back(row);
                    ++perKind[card->kind];
                    ++section.cardCount;
                }
                laneGroup.steps.push_back(std::move(stepGroup));
            }
            if (!laneGroup.steps.empty())
                section.lanes.push_back(std::move(laneGroup));
        }
        for (const CardKind &kind : CardKind::all())
            if (const QString id = QLatin1String(kind.id); perKind.value(id) > 0)
                section.kindCounts.emplace_back(kindWord(id, dutch), perKind.take(id));
        // Kinds outside the vocabulary still count, after the known ones.
        QStringList rest = perKind.keys();
        rest.sort();
        for (const QString &kind : rest)
            section.kindCounts.emplace_back(kind, perKind.value(kind));
        inventory.mSections.push_back(std::move(section));
    }
    return inventory;
}

int Inventory::cardCount() const {
    int count = 0;
    for (const Section &section : mSections)
        count += section.cardCount;
    return count;
}

QString Inventory::heading() const {
    return mTeam.isEmpty() ? term("Consequence inventory")
                           : QStringLiteral("%1: %2").arg(term("Work list"), mTeam);
}

QString Inventory::header(Column column) const {
    return lookUp(QLatin1String(kColumnKeys[int(column)]), mDutch);
}

QString Inventory::term(const char *english) const {
    return lookUp(QLatin1String(english), mDutch);
}

QString Inventory::cell(const Section &section, const LaneGroup &lane, const StepGroup &step,
                        const Row &row, Column column) {
    switch (column) {
    case Column::Journey:
        return section.title;
    case Column::Lane:
        return lane.title;
    case Column::Stage:
        return step.stage;
    case Column::Step:
        return step.title;
    case Column::Kind:
        return row.kind;
    case Column::Title:
        return row.title;
    case Column::Text:
        return row.text;
    case Column::Owner:
        return row.owner;
    case Column::Status:
        return row.status;
    case Column::Evidence:
        return row.evidence;
    case Column::Tags:
        return row.tags.join(QStringLiteral(", "));
    case Column::Votes:
        return row.votes > 0 ? QString::number(row.votes) : QString();
    case Column::VoteRounds:
        return row.voteRounds;
    case Column::WaitingTime:
        return row.waitingTime;
    case Column::Due:
        return row.due;
    case Column::Need:
        return row.need;
    case Column::Origin:
        return row.origin;
    }
    return QString();
}

} // namespace blauwdruk
