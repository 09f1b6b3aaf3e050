#pragma once

#include "cellindex.h"
#include "workspace.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace blauwdruk {

// The consequence inventory (PRODUCT.md, method step 3): every card of a
// journey, or of all journeys, grouped by lane and then step, with the
// words for its kind, status and evidence in the workspace's language. One
// headless model, so the CSV, Markdown and HTML writers list the same rows
// in the same order.
class Inventory {
public:
    // The columns, in the order the CSV writes them.
    enum class Column {
        Journey,
        Lane,
        Stage,
        Step,
        Kind,
        Title,
        Text,
        Owner,
        Status,
        Evidence,
        Tags,
        Votes,
        VoteRounds,
        WaitingTime,
        Due,
        Need,
        Origin, // where a card taken from elsewhere came from
    };
    static constexpr int kColumnCount = int(Column::Origin) + 1;
    // The columns of a table under a step's heading: the Journey, Lane, Stage
    // and Step columns are the headings above it (Markdown, HTML).
    static constexpr Column kCardColumns[] = {
        Column::Kind,     Column::Title, Column::Text,   Column::Owner,      Column::Status,
        Column::Evidence, Column::Tags,  Column::Votes,  Column::VoteRounds, Column::WaitingTime,
        Column::Due,      Column::Need,  Column::Origin,
    };

    // One card, with stored tokens already turned into words.
    struct Row {
        QString cardId;
        QString kindToken; // the stored token, for counts and styling
        QString kind;
        QString title;
        QString text;
        QString owner;
        QString status;
        QString evidence;
        QStringList tags;
        int votes = 0;
        // The card's total in each vote round of the journey's work
        // sessions that gave it any, "Round title: n" joined by "; ": one
        // column whatever the number of rounds, so a spreadsheet's columns
        // stay the same for every journey and every file.
        QString voteRounds;
        QString waitingTime;
        QString due; // YYYY-MM-DD or empty
        // The resident's need the item serves: what the resident does at
        // its step (the resident lane's cards), else the step's description;
        // so a team's backlog keeps the resident's perspective.
        QString need;
        QString origin; // "Organisation · Workspace (file), YYYY-MM-DD", or empty
    };
    struct StepGroup {
        QString stepId;
        QString stage; // the stage's title; empty when the step has none
        QString title;
        std::vector<Row> rows;
    };
    // Only lanes and steps that hold cards: an inventory lists consequences,
    // not the empty grid.
    struct LaneGroup {
        QString laneId;
        QString title;
        QString kind; // lane kind token
        std::vector<StepGroup> steps;
    };
    struct Section {
        QString journeyId;
        QString title;
        QString kind;   // "Ideal"/"Ideaal"
        QString status; // review status in words
        QString persona;
        QString startingPoint;
        QString goal;
        std::vector<LaneGroup> lanes;
        int cardCount = 0;
        // Cards per kind, in vocabulary order, kinds with no cards left out.
        std::vector<std::pair<QString, int>> kindCounts;
    };

    // Empty `journeyId`: every journey, in display order. A `team` keeps only
    // the cards it owns (Card::owner, ignoring case and outer spaces). Fails
    // for a journey id the workspace does not hold, and for a team that owns
    // nothing (the message names the teams there are). A `status` keeps only
    // cards of that status.
    static std::optional<Inventory> build(const Workspace &workspace, const QString &journeyId,
                                          QString *error, const QString &team = QString(),
                                          const QString &status = QString());
    // The teams that own cards, each once, sorted, as first written.
    static QStringList teams(const Workspace &workspace, const QString &journeyId = QString());
    static bool sameTeam(const QString &a, const QString &b);
    // What the resident does or needs at a step (see Row::need).
    static QString residentNeed(const Workspace &workspace, const QString &step);
    // The same, with the journey's cells found once (for every row of a list).
    static QString residentNeed(const Workspace &workspace, const QString &step,
                                const CellIndex &cells);

    bool dutch() const { return mDutch; }
    QString workspaceTitle() const { return mWorkspaceTitle; }
    QString organisation() const { return mOrganisation; }
    QString team() const { return mTeam; } // empty: every card
    // What the file is: "Consequence inventory", or for one team "Work list: TEAM".
    QString heading() const;
    const std::vector<Section> &sections() const { return mSections; }
    int cardCount() const;

    // Words in the workspace's language, for headings the writers share.
    QString header(Column column) const;
    QString term(const char *english) const; // "Persona", "Starting point", ... (see table)
    // The cell of one row for one column, tags joined by ", " and votes as
    // a number (empty for none), plain text as stored.
    static QString cell(const Section &section, const LaneGroup &lane, const StepGroup &step,
                        const Row &row, Column column);

private:
    bool mDutch = false;
    QString mWorkspaceTitle;
    QString mOrganisation;
    QString mTeam;
    std::vector<Section> mSections;
};

} // namespace blauwdruk
