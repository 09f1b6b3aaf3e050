#include "sessionsummary.h"

#include "cardkind.h"
#include "sessionrules.h"
#include "workspacelanguage.h"

#include <QCoreApplication>
#include <QDateTime>

namespace blauwdruk {

namespace {

QString orUntitled(const QString &title) {
    return title.trimmed().isEmpty() ? SessionSummary::tr("(untitled)") : title;
}

// A card kind as the editor names it, in the workspace's language.
QString kindWord(const QString &kind) {
    if (const CardKind *known = CardKind::find(kind))
        return QCoreApplication::translate("Labels", known->label);
    return kind;
}

QString duration(const WorkSession &session) {
    const QDateTime start = QDateTime::fromString(session.startedAt, Qt::ISODate);
    const QDateTime end = QDateTime::fromString(session.endedAt, Qt::ISODate);
    if (!start.isValid() || !end.isValid())
        return SessionSummary::tr("unknown");
    const qint64 minutes = (start.secsTo(end) + 30) / 60;
    if (minutes < 60)
        return SessionSummary::tr("%1 min").arg(minutes);
    return SessionSummary::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

// A stage, step or lane by its title, in words ('stage "Aanvragen"'); empty
// for anything else.
QString partWords(const Workspace &ws, const QString &kind, const QString &id) {
    if (kind == QLatin1String("stage")) {
        const Stage *stage = ws.find<Stage>(id);
        return SessionSummary::tr("stage \"%1\"").arg(stage ? orUntitled(stage->title) : id);
    }
    if (kind == QLatin1String("step")) {
        const Step *step = ws.find<Step>(id);
        return SessionSummary::tr("step \"%1\"").arg(step ? orUntitled(step->title) : id);
    }
    if (kind == QLatin1String("lane")) {
        const Lane *lane = ws.find<Lane>(id);
        return SessionSummary::tr("lane \"%1\"").arg(lane ? orUntitled(lane->title) : id);
    }
    return QString();
}

// What a round counts, in words.
QString scopeWords(const Workspace &ws, const VoteRound &round) {
    if (round.scope == QLatin1String("kind"))
        return SessionSummary::tr("on the cards of kind %1").arg(kindWord(round.scopeValue));
    const QString part = partWords(ws, round.scope, round.scopeValue);
    return part.isEmpty() ? SessionSummary::tr("on all cards")
                          : SessionSummary::tr("on the cards of %1").arg(part);
}

bool isParkingLot(const Workspace &ws, const Card &card) {
    const Lane *lane = ws.find<Lane>(card.lane);
    return lane && lane->kind == QLatin1String("parking");
}

// A title as a lead: "Title:", but a question keeps its question mark alone.
QString asLead(const QString &title) {
    const QString text = orUntitled(title).trimmed();
    static const QString ending = QStringLiteral("?!:.");
    return ending.contains(text.back()) ? text : text + u':';
}

} // namespace

std::optional<SessionSummary> SessionSummary::build(const Workspace &ws, const QString &journeyId,
                                                    QString *error) {
    std::vector<const Journey *> journeys;
    if (!journeyId.isEmpty()) {
        const Journey *journey = ws.find<Journey>(journeyId);
        if (!journey) {
            *error =
                QCoreApplication::translate("Export", "has no journey with id %1").arg(journeyId);
            return std::nullopt;
        }
        journeys = {journey};
    } else {
        // Journeys without a session have nothing to summarise.
        for (const Journey *journey : ws.orderedJourneys())
            if (!ws.orderedSessions(journey->id).empty())
                journeys.push_back(journey);
    }
    const WorkspaceLanguage language(ws);
    SessionSummary summary;
    summary.mTitle = tr("Session summary: %1").arg(orUntitled(ws.meta.title));
    summary.mPageFormat = tr("Page %1");
    summary.add(Block::Kind::Title, QString(), summary.mTitle);
    if (journeys.empty()) {
        summary.add(Block::Kind::Note, QString(), tr("No session recorded."));
        return summary;
    }
    for (const Journey *journey : journeys) {
        summary.add(Block::Kind::Journey, QString(),
                    tr("Journey: %1").arg(orUntitled(journey->title)));
        const std::vector<const WorkSession *> sessions = ws.orderedSessions(journey->id);
        if (sessions.empty())
            summary.add(Block::Kind::Note, QString(), tr("No session recorded."));
        for (const WorkSession *session : sessions)
            summary.addSession(ws, *session);
    }
    summary.addParkingLot(ws, journeys);
    return summary;
}

void SessionSummary::addSession(const Workspace &ws, const WorkSession &session) {
    add(Block::Kind::Section, QString(), tr("Work session: %1").arg(orUntitled(session.title)));
    add(Block::Kind::Item, tr("Started:"), when(session.startedAt));
    if (session.endedAt.isEmpty()) {
        add(Block::Kind::Item, tr("Ended:"), tr("not yet, the session still runs"));
    } else {
        add(Block::Kind::Item, tr("Ended:"), when(session.endedAt));
        add(Block::Kind::Item, tr("Duration:"), duration(session));
    }
    add(Block::Kind::Item, tr("Participants:"),
        QString::number(ws.orderedParticipants(session.id).size()));
    addAgenda(ws, session);
    addCardsPerLane(ws, session);
    addVoteRounds(ws, session);
    addQuestions(ws, session);
}

void SessionSummary::addAgenda(const Workspace &ws, const WorkSession &session) {
    const std::vector<const AgendaBlock *> blocks = ws.orderedAgenda(session.id);
    if (blocks.empty())
        return; // an agenda is optional; most short sessions have none
    add(Block::Kind::Group, QString(), tr("Agenda"));
    int place = 0;
    for (const AgendaBlock *block : blocks) {
        const QString focus = partWords(ws, block->focusKind, block->focus);
        const QString minutes = tr("%1 min").arg(block->minutes);
        add(Block::Kind::Item, tr("%1.").arg(++place),
            focus.isEmpty() ? tr("%1 — %2").arg(orUntitled(block->title), minutes)
                            : tr("%1 — %2, %3").arg(orUntitled(block->title), minutes, focus));
    }
}

void SessionSummary::addCardsPerLane(const Workspace &ws, const WorkSession &session) {
    add(Block::Kind::Group, QString(), tr("Added per lane"));
    const std::vector<const Card *> cards = ws.orderedCards(session.journey);
    bool any = false;
    for (const Lane *lane : ws.orderedLanes(session.journey)) {
        // Parked items have their own list at the end, with their owners.
        if (lane->kind == QLatin1String("parking"))
            continue;
        QStringList added;
        for (const Card *card : cards)
            if (card->session == session.id && card->lane == lane->id)
                added << tr("%1 (%2)").arg(orUntitled(card->title), kindWord(card->kind));
        if (added.isEmpty())
            continue;
        any = true;
        // One line per lane keeps a normal session on one page.
        add(Block::Kind::Item,
            tr("%1 (%2):").arg(orUntitled(lane->title), QString::number(added.size())),
            added.join(QStringLiteral("; ")));
    }
    if (!any)
        add(Block::Kind::Note, QString(), tr("No cards added."));
}

void SessionSummary::addVoteRounds(const Workspace &ws, const WorkSession &session) {
    add(Block::Kind::Group, QString(), tr("Vote rounds"));
    const std::vector<const VoteRound *> rounds = ws.orderedVoteRounds(session.id);
    if (rounds.empty())
        add(Block::Kind::Note, QString(), tr("No vote rounds."));
    for (const VoteRound *round : rounds) {
        QString rules = tr("%1 dots each, at most %2 on one card, %3")
                            .arg(QString::number(round->budget), QString::number(round->cap),
                                 scopeWords(ws, *round));
        // The summary is for after the session: hidden tallies are shown.
        if (!round->revealed)
            rules = tr("%1; not revealed in the session").arg(rules);
        add(Block::Kind::Item, asLead(round->title), rules);
        const std::vector<SessionRules::Result> ranking = SessionRules::ranking(ws, round->id);
        if (ranking.empty())
            add(Block::Kind::Reply, QString(), tr("No votes."));
        int place = 0;
        for (const SessionRules::Result &result : ranking) {
            // Dots from paper and a show of hands add up; the reader sees how.
            QString count = QString::number(result.total);
            if (result.hands == result.total)
                count = tr("%1 by show of hands").arg(result.total);
            else if (result.hands > 0)
                count = tr("%1 (%2 dots, %3 by show of hands)")
                            .arg(result.total)
                            .arg(result.total - result.hands)
                            .arg(result.hands);
            add(Block::Kind::Reply, tr("%1.").arg(++place),
                tr("%1: %2").arg(orUntitled(result.card->title), count));
        }
    }
}

void SessionSummary::addQuestions(const Workspace &ws, const WorkSession &session) {
    add(Block::Kind::Group, QString(), tr("Open questions"));
    bool any = false;
    for (const Card *card : ws.orderedCards(session.journey)) {
        if (card->session != session.id || card->kind != QLatin1String("question"))
            continue;
        any = true;
        add(Block::Kind::Item, QString(), orUntitled(card->title));
    }
    if (!any)
        add(Block::Kind::Note, QString(), tr("No open questions."));
}

void SessionSummary::addParkingLot(const Workspace &ws,
                                   const std::vector<const Journey *> &journeys) {
    // Last, as the session ends with it: what is parked and who follows it up.
    add(Block::Kind::Heading, QString(), tr("Parking lot"));
    bool any = false;
    for (const Journey *journey : journeys) {
        bool heading = false;
        for (const Card *card : ws.orderedCards(journey->id)) {
            if (!isParkingLot(ws, *card))
                continue;
            if (journeys.size() > 1 && !heading)
                add(Block::Kind::Group, QString(), orUntitled(journey->title));
            heading = any = true;
            add(Block::Kind::Item, QString(),
                tr("%1 — owner: %2")
                    .arg(orUntitled(card->title),
                         card->owner.trimmed().isEmpty() ? tr("no owner yet") : card->owner));
        }
    }
    if (!any)
        add(Block::Kind::Note, QString(), tr("Nothing parked."));
}

} // namespace blauwdruk
