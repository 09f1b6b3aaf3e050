#pragma once

#include "blueprintlayout.h"

namespace blauwdruk {

// What the <title> of each group on an SVG poster says, so a screen reader
// or a search reads the poster as a person would describe it: "Card 'Apply
// online', lane Frontstage, step 3 of 10, pain point". In the current
// translation, which an export makes the workspace's (WorkspaceLanguage).
class SvgNames {
public:
    static QString card(const BlueprintLayout &layout, const BlueprintLayout::CardBox &box,
                        const Card &card);
    static QString step(const BlueprintLayout &layout, const BlueprintLayout::StepBox &step);
    static QString stage(const BlueprintLayout &layout, const BlueprintLayout::StageBox &stage);
    static QString lane(const BlueprintLayout::LaneBox &lane);
    // A card kind as a word inside a sentence ("pain point", "KPI").
    static QString kindWord(const QString &kind);
};

} // namespace blauwdruk
