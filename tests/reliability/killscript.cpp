#include "killscript.h"

#include "bundledexample.h"
#include "edits.h"

namespace blauwdruk::test {

namespace {

QString groupTitle(int n) {
    return QStringLiteral("kill-%1").arg(n);
}

QString pastedTitle(int n, int i) {
    return QStringLiteral("kill-%1/%2").arg(n).arg(i);
}

QStringList titledIds(const Workspace &ws, const QString &journey, const QStringList &titles) {
    QStringList ids;
    for (const Card &card : ws.cards)
        if (card.journey == journey && titles.contains(card.title))
            ids << card.id;
    return ids;
}

} // namespace

Workspace KillScript::seedWorkspace() {
    QString error;
    std::optional<Workspace> example = BundledExample::load(&error);
    Q_ASSERT(example);
    return *example;
}

KillScript::KillScript(const Workspace &ws) {
    const Journey *journey = ws.orderedJourneys().front();
    mJourney = journey->id;
    for (const Step *step : ws.orderedSteps(mJourney))
        mSteps << step->id;
    for (const Lane *lane : ws.orderedLanes(mJourney))
        mLanes << lane->id;
}

QString KillScript::cellStep(int cell) const {
    return mSteps[(cell / mLanes.size()) % mSteps.size()];
}

QString KillScript::cellLane(int cell) const {
    return mLanes[cell % mLanes.size()];
}

bool KillScript::apply(Document &document, int k, QString *error) const {
    const int n = k / 5;
    const Workspace &ws = document.workspace();
    const QStringList self = titledIds(ws, mJourney, {groupTitle(n)});
    Edits edits(document);
    bool ok = false;
    switch (k % 5) {
    case 0:
        ok = !edits.addCard(cellStep(n), cellLane(n), groupTitle(n)).isEmpty();
        break;
    case 1:
        ok = edits.setField(EntityType::Card, self, QStringLiteral("text"),
                            QStringLiteral("written by edit %1").arg(k));
        break;
    case 2:
        ok = edits.moveCards(self, cellStep(n + 1), cellLane(n + 1), 0);
        break;
    case 3:
        ok = edits
                 .pasteText(
                     QStringList{pastedTitle(n, 1), pastedTitle(n, 2), pastedTitle(n, 3)}.join(
                         QLatin1Char('\n')),
                     cellStep(n + 1), cellLane(n + 1))
                 .size() == 3;
        break;
    default:
        if (n % 2 == 1)
            ok = edits.removeCards(titledIds(
                ws, mJourney,
                {groupTitle(n), pastedTitle(n, 1), pastedTitle(n, 2), pastedTitle(n, 3)}));
        else
            ok = edits.setField(EntityType::Card, self, QStringLiteral("votes"), n);
        break;
    }
    if (!ok)
        *error = edits.error().isEmpty() ? document.lastError() : edits.error();
    return ok && !document.hasUnsavedChanges();
}

KillScript::State KillScript::expected(int count) const {
    State state;
    for (int k = 0; k < count; ++k) {
        const int n = k / 5;
        switch (k % 5) {
        case 0:
            state[groupTitle(n)] = {QString(), 0, n};
            break;
        case 1:
            state[groupTitle(n)].text = QStringLiteral("written by edit %1").arg(k);
            break;
        case 2:
            state[groupTitle(n)].cell = n + 1;
            break;
        case 3:
            for (int i = 1; i <= 3; ++i)
                state[pastedTitle(n, i)] = {QString(), 0, n + 1};
            break;
        default:
            if (n % 2 == 1) {
                state.erase(groupTitle(n));
                for (int i = 1; i <= 3; ++i)
                    state.erase(pastedTitle(n, i));
            } else {
                state[groupTitle(n)].votes = n;
            }
            break;
        }
    }
    // Cells as the file sees them: the grid wraps around.
    for (auto &[title, card] : state)
        card.cell = int(mSteps.indexOf(cellStep(card.cell)) * mLanes.size() +
                        mLanes.indexOf(cellLane(card.cell)));
    return state;
}

KillScript::State KillScript::found(const Workspace &ws) const {
    State state;
    for (const Card &card : ws.cards) {
        if (card.journey != mJourney || !card.title.startsWith(QLatin1String("kill-")))
            continue;
        state[card.title] = {
            card.text, card.votes,
            int(mSteps.indexOf(card.step) * mLanes.size() + mLanes.indexOf(card.lane))};
    }
    return state;
}

} // namespace blauwdruk::test
