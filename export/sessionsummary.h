#pragma once

#include "reporttext.h"
#include "workspace.h"

#include <QCoreApplication>

#include <optional>

namespace blauwdruk {

// The summary of the work sessions of a journey, or of every journey
// (issue 15), for after the session: per session its times, duration and
// participant count, its agenda, the cards it added per lane, its vote rounds with
// their rankings (revealed or not), and the open questions it captured
// (cards of kind question whose session it is); at the end the parking lot
// of the journeys covered, with who follows each item up. Built in the
// workspace's language as blocks (ReportText), written as Markdown or PDF.
class SessionSummary : public ReportText {
    Q_DECLARE_TR_FUNCTIONS(blauwdruk::SessionSummary)
public:
    // Empty `journeyId`: every journey that has a session, in display
    // order. Fails only for a journey the workspace does not hold.
    static std::optional<SessionSummary> build(const Workspace &workspace, const QString &journeyId,
                                               QString *error);

private:
    void addSession(const Workspace &workspace, const WorkSession &session);
    void addAgenda(const Workspace &workspace, const WorkSession &session);
    void addCardsPerLane(const Workspace &workspace, const WorkSession &session);
    void addVoteRounds(const Workspace &workspace, const WorkSession &session);
    void addQuestions(const Workspace &workspace, const WorkSession &session);
    void addParkingLot(const Workspace &workspace, const std::vector<const Journey *> &journeys);
};

} // namespace blauwdruk
