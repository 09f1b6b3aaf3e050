#include "svgnames.h"

#include "cardkind.h"

#include <QCoreApplication>

namespace blauwdruk {

namespace {

// "Untitled" where a header or card has no title, so a sentence never
// reads "Step 2 of 5: " with nothing after it.
QString titleOr(const QString &title) {
    const QString simple = title.simplified();
    return simple.isEmpty() ? QCoreApplication::translate("blauwdruk::SvgNames", "untitled")
                            : simple;
}

} // namespace

QString SvgNames::kindWord(const QString &kind) {
    const CardKind *known = CardKind::find(kind);
    QString word = known ? QCoreApplication::translate("Labels", known->label) : kind;
    // A label starts with a capital ("Knelpunt"); in a sentence it is lower
    // case, unless it is an abbreviation ("KPI").
    if (word.size() > 1 && word.at(1).isLower())
        word[0] = word.at(0).toLower();
    return word;
}

QString SvgNames::card(const BlueprintLayout &layout, const BlueprintLayout::CardBox &box,
                       const Card &card) {
    const int row = layout.rowOf(box.laneId);
    const QString lane = row >= 0 && size_t(row) < layout.lanes.size()
                             ? titleOr(layout.lanes[size_t(row)].title)
                             : titleOr(QString());
    const QString step = QString::number(layout.columnOf(box.stepId) + 1);
    const QString steps = QString::number(layout.steps.size());
    const QString kind = kindWord(card.kind);
    const QString title = card.title.simplified();
    // One arg() for all, so a "%1" in a title stays as typed.
    if (title.isEmpty())
        return QCoreApplication::translate("blauwdruk::SvgNames",
                                           "Untitled card, lane %1, step %2 of %3, %4")
            .arg(lane, step, steps, kind);
    return QCoreApplication::translate("blauwdruk::SvgNames",
                                       "Card '%1', lane %2, step %3 of %4, %5")
        .arg(title, lane, step, steps, kind);
}

QString SvgNames::step(const BlueprintLayout &layout, const BlueprintLayout::StepBox &step) {
    return QCoreApplication::translate("blauwdruk::SvgNames", "Step %1 of %2: %3")
        .arg(QString::number(layout.columnOf(step.id) + 1), QString::number(layout.steps.size()),
             titleOr(step.title));
}

QString SvgNames::stage(const BlueprintLayout &layout, const BlueprintLayout::StageBox &stage) {
    return QCoreApplication::translate("blauwdruk::SvgNames", "Stage %1 of %2: %3")
        .arg(QString::number(stage.index + 1), QString::number(layout.stages.size()),
             titleOr(stage.title));
}

QString SvgNames::lane(const BlueprintLayout::LaneBox &lane) {
    return QCoreApplication::translate("blauwdruk::SvgNames", "Lane %1").arg(titleOr(lane.title));
}

} // namespace blauwdruk
