#include "removalnotice.h"

#include "workspace.h"

#include <QKeySequence>

#include <algorithm>

namespace blauwdruk {

namespace {

QString cards(qsizetype count) {
    return count == 1 ? RemovalNotice::tr("1 card") : RemovalNotice::tr("%1 cards").arg(count);
}

QString steps(qsizetype count) {
    return count == 1 ? RemovalNotice::tr("1 step") : RemovalNotice::tr("%1 steps").arg(count);
}

qsizetype cardsWhere(const Workspace &ws, QString Card::*field, const QString &id) {
    return std::count_if(ws.cards.begin(), ws.cards.end(),
                         [&](const Card &card) { return card.*field == id; });
}

} // namespace

QString RemovalNotice::of(const Workspace &ws, CanvasHits::Header kind, const QString &id) {
    using Header = CanvasHits::Header;
    // What went with it, as "7 cards" or "3 steps and 12 cards"; empty when nothing.
    QString contents;
    QString title;
    if (kind == Header::Step) {
        const Step *step = ws.find<Step>(id);
        if (!step)
            return QString();
        title = step->title;
        if (const qsizetype n = cardsWhere(ws, &Card::step, id))
            contents = cards(n);
    } else if (kind == Header::Lane) {
        const Lane *lane = ws.find<Lane>(id);
        if (!lane)
            return QString();
        title = lane->title;
        if (const qsizetype n = cardsWhere(ws, &Card::lane, id))
            contents = cards(n);
    } else if (kind == Header::Stage) {
        const Stage *stage = ws.find<Stage>(id);
        if (!stage)
            return QString();
        title = stage->title;
        const auto stageSteps = ws.stepsOfStage(id);
        qsizetype n = 0;
        for (const Step *step : stageSteps)
            n += cardsWhere(ws, &Card::step, step->id);
        if (!stageSteps.empty())
            contents = n == 0 ? steps(qsizetype(stageSteps.size()))
                              : tr("%1 and %2").arg(steps(qsizetype(stageSteps.size())), cards(n));
    } else {
        return QString();
    }
    const QString undo = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    if (contents.isEmpty()) {
        switch (kind) {
        case Header::Stage:
            return tr("Deleted stage “%1” — Undo (%2) brings it back").arg(title, undo);
        case Header::Step:
            return tr("Deleted step “%1” — Undo (%2) brings it back").arg(title, undo);
        default:
            return tr("Deleted lane “%1” — Undo (%2) brings it back").arg(title, undo);
        }
    }
    switch (kind) {
    case Header::Stage:
        return tr("Deleted stage “%1” with %2 — Undo (%3) brings them back")
            .arg(title, contents, undo);
    case Header::Step:
        return tr("Deleted step “%1” with %2 — Undo (%3) brings them back")
            .arg(title, contents, undo);
    default:
        return tr("Deleted lane “%1” with %2 — Undo (%3) brings them back")
            .arg(title, contents, undo);
    }
}

} // namespace blauwdruk
