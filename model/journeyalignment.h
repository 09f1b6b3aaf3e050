#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace blauwdruk {

class Workspace;

// Which steps of a current and an ideal journey correspond, laid out as
// shared columns that follow both journeys' step order, and which steps and
// cards exist in only one of them. Pure: computed from a Workspace, never
// changes it. The rules are in docs/architecture.md ("Ideal against current").
class JourneyAlignment {
public:
    // How a pair came about. Manual: the ideal step's counterpart names the
    // current step. Title: equal normalized titles. SimilarTitle: one title's
    // words are a run of the other's, and neither step has another such match.
    // IdealVersion: a Manual pair that Make Ideal Version made, when it copied
    // the current step (see idealCopyId).
    enum class Origin { Manual, Title, SimilarTitle, IdealVersion };

    struct Pair {
        QString current;
        QString ideal;
        Origin origin = Origin::Title;
        // True when keeping the pair in one column would break the order of
        // the other pairs: both steps get their own column and the view joins
        // them with a connector across.
        bool crossing = false;
        // Held by the ideal step's counterpart, not found by title.
        bool isStored() const { return origin == Origin::Manual || origin == Origin::IdealVersion; }
    };

    // One column of the compare view: a current step, an ideal step or both;
    // `pair` indexes pairs() when the two are a pair.
    struct Column {
        QString current;
        QString ideal;
        int pair = -1;
        bool isPaired() const { return pair >= 0; }
    };

    // A persona's journeys to compare by default.
    struct Journeys {
        QString current;
        QString ideal;
    };

    // Where unpaired steps go. OwnColumns: each its own column, the current
    // journey's before the ideal's between two shared columns (a diff).
    // SideBySide: between two shared columns, the k-th unpaired step of each
    // journey share a column (not a pair), so the journeys stay stacked
    // even where they differ; the compare view uses this.
    enum class Packing { OwnColumns, SideBySide };

    JourneyAlignment() = default;

    static JourneyAlignment compute(const Workspace &workspace, const QString &currentJourney,
                                    const QString &idealJourney,
                                    Packing packing = Packing::OwnColumns);

    // The ideal journey whose steps point at a current journey of the same
    // persona, with that journey; else the first current and the first ideal
    // journey of the persona (either may be empty).
    static Journeys journeysOf(const Workspace &workspace, const QString &persona);

    // The id Make Ideal Version gives the copy of `currentStep` in
    // `idealJourney`: derived from the two, so that a pair it made is known
    // as such later (the copy's counterpart is the step its id was made from)
    // without anything more in the file. A pair made by hand afterwards
    // points elsewhere and reads as made by hand.
    static QString idealCopyId(const QString &idealJourney, const QString &currentStep);

    // Case-folded, accents removed, every run of characters other than
    // letters and digits one space, trimmed: "  Eén  check!" -> "een check".
    static QString normalizedTitle(const QString &title);

    QString currentJourney() const { return mCurrentJourney; }
    QString idealJourney() const { return mIdealJourney; }

    const std::vector<Column> &columns() const { return mColumns; }
    // In column order of their current step; crossing pairs included.
    const std::vector<Pair> &pairs() const { return mPairs; }
    // The pair a step (of either journey) belongs to, or nullptr.
    const Pair *pairOf(const QString &step) const;
    // The column a step (of either journey) is shown in, or -1.
    int columnOf(const QString &step) const { return mColumnOf.value(step, -1); }

    // Steps without a counterpart, in their journey's order.
    const QStringList &onlyInCurrent() const { return mOnlyInCurrent; }
    const QStringList &onlyInIdeal() const { return mOnlyInIdeal; }
    bool isStepOnlyInOne(const QString &step) const {
        return mColumnOf.contains(step) && !mPairOf.contains(step);
    }

    // A card exists in both journeys when the paired step of the other
    // journey has a card with the same normalized title in a lane of the same
    // kind (for free lanes: also the same normalized lane title). Each card
    // matches at most one. Cards of unpaired steps are only in one journey.
    QString cardCounterpart(const QString &card) const { return mCardCounterpart.value(card); }
    bool isCardOnlyInOne(const QString &card) const { return mCardsOnlyInOne.contains(card); }
    const QStringList &cardsOnlyInCurrent() const { return mCardsOnlyInCurrent; }
    const QStringList &cardsOnlyInIdeal() const { return mCardsOnlyInIdeal; }

private:
    void pairSteps(const Workspace &workspace);
    void buildColumns(Packing packing);
    void compareCards(const Workspace &workspace);

    QString mCurrentJourney;
    QString mIdealJourney;
    QStringList mCurrentSteps; // in order
    QStringList mIdealSteps;
    std::vector<Pair> mPairs;
    std::vector<Column> mColumns;
    QHash<QString, int> mPairOf;
    QHash<QString, int> mColumnOf;
    QStringList mOnlyInCurrent;
    QStringList mOnlyInIdeal;
    QHash<QString, QString> mCardCounterpart;
    QSet<QString> mCardsOnlyInOne;
    QStringList mCardsOnlyInCurrent;
    QStringList mCardsOnlyInIdeal;
};

} // namespace blauwdruk
