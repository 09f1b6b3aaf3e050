#include "demofindings.h"

#include "painpoints.h"
#include "workspacelanguage.h"

#include <QCoreApplication>

namespace blauwdruk {

namespace {

QString orUntitled(const QString &title) {
    return title.trimmed().isEmpty() ? DemoFindings::tr("(untitled)") : title.trimmed();
}

QString sessionName(const DemoSession &demo) {
    return demo.title.trimmed().isEmpty()
               ? demo.date
               : DemoFindings::tr("%1, %2").arg(demo.date, demo.title.trimmed());
}

// The verdict of one session on one card, or nullptr.
const DemoVerdict *verdictOf(const Workspace &ws, const QString &demo, const QString &card) {
    for (const DemoVerdict *verdict : ws.orderedVerdicts(demo))
        if (verdict->card == card)
            return verdict;
    return nullptr;
}

} // namespace

QString DemoFindings::verdictWord(const QString &verdict) {
    if (verdict == QLatin1String("solved"))
        return tr("Solved");
    if (verdict == QLatin1String("partly"))
        return tr("Partly solved");
    if (verdict == QLatin1String("not_solved"))
        return tr("Not solved");
    if (verdict == QLatin1String("not_shown"))
        return tr("Not shown in the demo");
    return verdict;
}

std::optional<DemoFindings> DemoFindings::build(const Workspace &ws, const QString &journeyId,
                                                QString *error) {
    // The current journeys covered, each with its ideal one.
    std::vector<std::pair<const Journey *, const Journey *>> pairs;
    if (!journeyId.isEmpty()) {
        const Journey *journey = ws.find<Journey>(journeyId);
        if (!journey) {
            *error =
                QCoreApplication::translate("Export", "has no journey with id %1").arg(journeyId);
            return std::nullopt;
        }
        const JourneyAlignment::Journeys pair = painpoints::pairOf(ws, journeyId);
        const Journey *current = ws.find<Journey>(pair.current);
        if (journey->kind == QLatin1String("current"))
            current = journey;
        if (current)
            pairs.emplace_back(current, ws.find<Journey>(pair.ideal));
    } else {
        for (const Journey *journey : ws.orderedJourneys()) {
            if (journey->kind != QLatin1String("current"))
                continue;
            const JourneyAlignment::Journeys pair = painpoints::pairOf(ws, journey->id);
            const Journey *ideal = ws.find<Journey>(pair.ideal);
            // Without an ideal journey there was nothing to demonstrate,
            // unless sessions were recorded all the same.
            if (ideal || !ws.orderedDemoSessions(journey->id).empty())
                pairs.emplace_back(journey, ideal);
        }
    }
    const WorkspaceLanguage language(ws);
    DemoFindings report;
    report.mTitle = tr("Demo findings: %1").arg(orUntitled(ws.meta.title));
    report.mPageFormat = tr("Page %1");
    report.add(Block::Kind::Title, QString(), report.mTitle);
    if (pairs.empty()) {
        report.add(Block::Kind::Note, QString(),
                   tr("No current journey with an ideal journey: there is no demo to judge."));
        return report;
    }
    for (const auto &[current, ideal] : pairs)
        report.addPair(ws, *current, ideal);
    return report;
}

void DemoFindings::addPair(const Workspace &ws, const Journey &current, const Journey *ideal) {
    add(Block::Kind::Journey, QString(), tr("Journey: %1").arg(orUntitled(current.title)));
    if (ideal)
        add(Block::Kind::Item, tr("Demo of:"),
            tr("the ideal journey \"%1\"").arg(orUntitled(ideal->title)));
    const std::vector<const DemoSession *> demos = ws.orderedDemoSessions(current.id);
    const std::vector<const Card *> painPoints = painpoints::of(ws, current.id);
    add(Block::Kind::Section, QString(), tr("Demo sessions"));
    if (demos.empty()) {
        add(Block::Kind::Note, QString(),
            tr("No demo session yet: the residents have not judged the demo of this journey."));
    }
    for (const DemoSession *demo : demos) {
        int judged = 0;
        for (const Card *card : painPoints)
            judged += verdictOf(ws, demo->id, card->id) ? 1 : 0;
        add(Block::Kind::Item, sessionName(*demo) + u':',
            tr("%1 of %2 pain points judged").arg(judged).arg(painPoints.size()));
    }
    add(Block::Kind::Section, QString(), tr("Pain points of today's journey"));
    if (painPoints.empty())
        add(Block::Kind::Note, QString(), tr("The current journey has no pain points."));
    QStringList unsolved;
    for (const Card *card : painPoints) {
        const Step *step = ws.find<Step>(card->step);
        const QString place = step ? orUntitled(step->title) : QString();
        add(Block::Kind::Group, QString(),
            place.isEmpty() ? orUntitled(card->title)
                            : tr("%1 › %2").arg(place, orUntitled(card->title)));
        QString last; // the most recent session's verdict
        for (const DemoSession *demo : demos) {
            const DemoVerdict *verdict = verdictOf(ws, demo->id, card->id);
            if (!verdict) {
                add(Block::Kind::Item, sessionName(*demo) + u':', tr("no verdict recorded"));
                continue;
            }
            last = verdict->verdict;
            add(Block::Kind::Item, sessionName(*demo) + u':', verdictWord(verdict->verdict));
            if (!verdict->quote.isEmpty())
                add(Block::Kind::Reply,
                    verdict->participant.isEmpty() ? QString() : verdict->participant + u':',
                    tr("“%1”").arg(verdict->quote));
        }
        if (demos.empty())
            add(Block::Kind::Note, QString(), tr("Not judged yet."));
        if (last != QLatin1String("solved"))
            unsolved << tr("%1 (%2)").arg(orUntitled(card->title),
                                          last.isEmpty() ? tr("not judged")
                                                         : verdictWord(last).toLower());
    }
    add(Block::Kind::Section, QString(), tr("What remains unsolved"));
    if (unsolved.isEmpty() && !painPoints.empty())
        add(Block::Kind::Note, QString(),
            tr("Nothing: the last demo session judged every pain point solved."));
    for (const QString &item : unsolved)
        add(Block::Kind::Item, QString(), item);
}

} // namespace blauwdruk
