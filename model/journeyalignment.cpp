#include "journeyalignment.h"

#include "workspace.h"

#include <QUuid>

#include <algorithm>
#include <utility>

namespace blauwdruk {

namespace {

// Titles compare on this key, so "Eén check" equals "een  check" and "Mijn
// Gemeente" equals "MijnGemeente".
QString titleKey(const QString &normalized) {
    QString key = normalized;
    key.remove(QLatin1Char(' '));
    return key;
}

// True when the words of `shorter` occur as one run in `longer`.
bool containsRun(const QStringList &longer, const QStringList &shorter) {
    if (shorter.isEmpty() || shorter.size() >= longer.size())
        return false;
    for (qsizetype start = 0; start + shorter.size() <= longer.size(); ++start)
        if (std::equal(shorter.begin(), shorter.end(), longer.begin() + start))
            return true;
    return false;
}

// A similar-title match needs a run of at least this many letters, so that
// a stray short word cannot pair two steps.
constexpr int kMinimumSimilarLength = 4;

bool similarTitles(const QString &a, const QString &b) {
    const QStringList wordsA = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList wordsB = b.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool aInB = containsRun(wordsB, wordsA);
    const bool bInA = containsRun(wordsA, wordsB);
    if (!aInB && !bInA)
        return false;
    return titleKey(aInB ? a : b).size() >= kMinimumSimilarLength;
}

QStringList stepIds(const Workspace &ws, const QString &journey) {
    QStringList ids;
    for (const Step *step : ws.orderedSteps(journey))
        ids << step->id;
    return ids;
}

QString laneKey(const Workspace &ws, const QString &laneId) {
    const Lane *lane = ws.find<Lane>(laneId);
    if (!lane)
        return QStringLiteral("?") + laneId; // matches nothing
    if (lane->kind == QLatin1String("free"))
        return QStringLiteral("free:") + titleKey(JourneyAlignment::normalizedTitle(lane->title));
    return lane->kind;
}

} // namespace

QString JourneyAlignment::normalizedTitle(const QString &title) {
    const QString decomposed = title.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue; // accents, once split from their letters
        if (c.isLetterOrNumber()) {
            if (space && !result.isEmpty())
                result += QLatin1Char(' ');
            space = false;
            result += c;
        } else {
            space = true;
        }
    }
    return result;
}

QString JourneyAlignment::idealCopyId(const QString &idealJourney, const QString &currentStep) {
    // A name-based (version 5) UUID: as unique as the pair of ids it is made
    // of, and the same on every machine.
    static const QUuid kNamespace(QStringLiteral("6f1c3b2e-5d7a-4c1e-9a8b-2f4e6d8c0b1a"));
    return QUuid::createUuidV5(kNamespace, idealJourney + QLatin1Char('/') + currentStep)
        .toString(QUuid::WithoutBraces);
}

JourneyAlignment JourneyAlignment::compute(const Workspace &workspace,
                                           const QString &currentJourney,
                                           const QString &idealJourney, Packing packing) {
    JourneyAlignment a;
    a.mCurrentJourney = currentJourney;
    a.mIdealJourney = idealJourney;
    if (!currentJourney.isEmpty())
        a.mCurrentSteps = stepIds(workspace, currentJourney);
    if (!idealJourney.isEmpty() && idealJourney != currentJourney)
        a.mIdealSteps = stepIds(workspace, idealJourney);
    a.pairSteps(workspace);
    a.buildColumns(packing);
    a.compareCards(workspace);
    return a;
}

void JourneyAlignment::pairSteps(const Workspace &ws) {
    QHash<QString, int> currentIndex;
    for (int i = 0; i < mCurrentSteps.size(); ++i)
        currentIndex.insert(mCurrentSteps[i], i);
    std::vector<bool> currentTaken(size_t(mCurrentSteps.size()), false);
    std::vector<bool> idealTaken(size_t(mIdealSteps.size()), false);
    struct Found {
        int current;
        int ideal;
        Origin origin;
    };
    std::vector<Found> found;

    // 1. Manual pairs: the counterpart is a step of this current journey.
    //    "none" keeps a step out of every pair; a counterpart in another
    //    journey says nothing about this one, so the step aligns by title.
    for (int i = 0; i < mIdealSteps.size(); ++i) {
        const Step *step = ws.find<Step>(mIdealSteps[i]);
        if (step->counterpart == QLatin1String("none")) {
            idealTaken[size_t(i)] = true;
            continue;
        }
        const int c = currentIndex.value(step->counterpart, -1);
        if (c >= 0 && !currentTaken[size_t(c)]) {
            currentTaken[size_t(c)] = idealTaken[size_t(i)] = true;
            found.push_back({c, i,
                             step->id == idealCopyId(step->journey, step->counterpart)
                                 ? Origin::IdealVersion
                                 : Origin::Manual});
        }
    }

    // 2. Equal titles, the k-th current step with a title with the k-th
    //    ideal step with that title.
    auto normalized = [&](const QStringList &ids) {
        QStringList titles;
        for (const QString &id : ids)
            titles << normalizedTitle(ws.find<Step>(id)->title);
        return titles;
    };
    const QStringList currentTitles = normalized(mCurrentSteps);
    const QStringList idealTitles = normalized(mIdealSteps);
    for (int c = 0; c < mCurrentSteps.size(); ++c) {
        const QString key = titleKey(currentTitles[c]);
        if (currentTaken[size_t(c)] || key.isEmpty())
            continue;
        for (int i = 0; i < mIdealSteps.size(); ++i)
            if (!idealTaken[size_t(i)] && titleKey(idealTitles[i]) == key) {
                currentTaken[size_t(c)] = idealTaken[size_t(i)] = true;
                found.push_back({c, i, Origin::Title});
                break;
            }
    }

    // 3. Similar titles, only where unambiguous: each of the two steps has
    //    exactly one similar step left on the other side.
    std::vector<std::pair<int, int>> similar;
    QHash<int, int> currentCount, idealCount;
    for (int c = 0; c < mCurrentSteps.size(); ++c)
        for (int i = 0; i < mIdealSteps.size(); ++i)
            if (!currentTaken[size_t(c)] && !idealTaken[size_t(i)] &&
                similarTitles(currentTitles[c], idealTitles[i])) {
                similar.emplace_back(c, i);
                ++currentCount[c];
                ++idealCount[i];
            }
    for (const auto &[c, i] : similar)
        if (currentCount[c] == 1 && idealCount[i] == 1)
            found.push_back({c, i, Origin::SimilarTitle});

    // 4. The largest set of pairs that keeps both orders (a longest
    //    increasing run over the pairs sorted by current step), preferring
    //    manual pairs when two sets are as large. The others cross.
    std::sort(found.begin(), found.end(),
              [](const Found &x, const Found &y) { return x.current < y.current; });
    const size_t n = found.size();
    std::vector<std::pair<int, int>> best(n); // (pairs, manual pairs) ending here
    std::vector<int> previous(n, -1);
    for (size_t k = 0; k < n; ++k) {
        const int manual =
            found[k].origin == Origin::Manual || found[k].origin == Origin::IdealVersion ? 1 : 0;
        best[k] = {1, manual};
        for (size_t j = 0; j < k; ++j)
            if (found[j].ideal < found[k].ideal) {
                const std::pair<int, int> via{best[j].first + 1, best[j].second + manual};
                if (via > best[k]) {
                    best[k] = via;
                    previous[k] = int(j);
                }
            }
    }
    int last = -1;
    for (size_t k = 0; k < n; ++k)
        if (last < 0 || best[k] > best[size_t(last)])
            last = int(k);
    std::vector<bool> kept(n, false);
    for (int k = last; k >= 0; k = previous[size_t(k)])
        kept[size_t(k)] = true;

    for (size_t k = 0; k < n; ++k) {
        Pair pair{mCurrentSteps[found[k].current], mIdealSteps[found[k].ideal], found[k].origin,
                  !kept[k]};
        mPairOf.insert(pair.current, int(mPairs.size()));
        mPairOf.insert(pair.ideal, int(mPairs.size()));
        mPairs.push_back(pair);
    }
    for (const QString &id : std::as_const(mCurrentSteps))
        if (!mPairOf.contains(id))
            mOnlyInCurrent << id;
    for (const QString &id : std::as_const(mIdealSteps))
        if (!mPairOf.contains(id))
            mOnlyInIdeal << id;
}

void JourneyAlignment::buildColumns(Packing packing) {
    auto addColumn = [this](const QString &current, const QString &ideal, int pair) {
        if (!current.isEmpty())
            mColumnOf.insert(current, int(mColumns.size()));
        if (!ideal.isEmpty())
            mColumnOf.insert(ideal, int(mColumns.size()));
        mColumns.push_back({current, ideal, pair});
    };
    // The steps between two shared columns (or before the first, or after
    // the last), current from c up to pc, ideal from i up to pi.
    qsizetype c = 0, i = 0;
    auto addGap = [&](qsizetype pc, qsizetype pi) {
        if (packing == Packing::SideBySide) {
            for (; c < pc || i < pi; ++c, ++i)
                addColumn(c < pc ? mCurrentSteps[c] : QString(),
                          i < pi ? mIdealSteps[i] : QString(), -1);
            c = pc;
            i = pi;
            return;
        }
        for (; c < pc; ++c)
            addColumn(mCurrentSteps[c], QString(), -1);
        for (; i < pi; ++i)
            addColumn(QString(), mIdealSteps[i], -1);
    };
    for (int p = 0; p < int(mPairs.size()); ++p) {
        const Pair &pair = mPairs[size_t(p)];
        if (pair.crossing)
            continue;
        const qsizetype pc = mCurrentSteps.indexOf(pair.current);
        const qsizetype pi = mIdealSteps.indexOf(pair.ideal);
        addGap(pc, pi);
        addColumn(pair.current, pair.ideal, p);
        c = pc + 1;
        i = pi + 1;
    }
    addGap(mCurrentSteps.size(), mIdealSteps.size());
}

void JourneyAlignment::compareCards(const Workspace &ws) {
    // Cards of each step in display order: lane, then place in the cell.
    QHash<QString, QStringList> cardsOfStep;
    for (const QString &journey : {mCurrentJourney, mIdealJourney})
        if (!journey.isEmpty())
            for (const Card *card : ws.orderedCards(journey))
                cardsOfStep[card->step] << card->id;
    auto key = [&](const QString &cardId) {
        const Card *card = ws.find<Card>(cardId);
        const QString title = titleKey(normalizedTitle(card->title));
        return title.isEmpty() ? QString() : laneKey(ws, card->lane) + QLatin1Char('\n') + title;
    };
    for (const Pair &pair : mPairs) {
        const QStringList idealCards = cardsOfStep.value(pair.ideal);
        QStringList idealKeys;
        for (const QString &id : idealCards)
            idealKeys << key(id);
        for (const QString &id : cardsOfStep.value(pair.current)) {
            const QString k = key(id);
            const qsizetype at = k.isEmpty() ? -1 : idealKeys.indexOf(k);
            if (at < 0)
                continue;
            idealKeys[at].clear(); // each card matches once
            mCardCounterpart.insert(id, idealCards[at]);
            mCardCounterpart.insert(idealCards[at], id);
        }
    }
    auto collect = [&](const QStringList &steps, QStringList &only) {
        for (const QString &step : steps)
            for (const QString &card : cardsOfStep.value(step))
                if (!mCardCounterpart.contains(card)) {
                    only << card;
                    mCardsOnlyInOne.insert(card);
                }
    };
    collect(mCurrentSteps, mCardsOnlyInCurrent);
    collect(mIdealSteps, mCardsOnlyInIdeal);
}

const JourneyAlignment::Pair *JourneyAlignment::pairOf(const QString &step) const {
    const int index = mPairOf.value(step, -1);
    return index < 0 ? nullptr : &mPairs[size_t(index)];
}

JourneyAlignment::Journeys JourneyAlignment::journeysOf(const Workspace &workspace,
                                                        const QString &persona) {
    Journeys result;
    QStringList currents, ideals;
    for (const Journey *journey : workspace.orderedJourneys()) {
        if (journey->persona != persona)
            continue;
        (journey->kind == QLatin1String("current") ? currents : ideals) << journey->id;
    }
    for (const QString &ideal : std::as_const(ideals))
        for (const Step *step : workspace.orderedSteps(ideal)) {
            const Step *counterpart = workspace.find<Step>(step->counterpart);
            if (counterpart && currents.contains(counterpart->journey))
                return {counterpart->journey, ideal};
        }
    if (!currents.isEmpty())
        result.current = currents.first();
    if (!ideals.isEmpty())
        result.ideal = ideals.first();
    return result;
}

} // namespace blauwdruk
