#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace blauwdruk {

// The closed sets of values that fields may hold (English tokens, stored as
// they are in files; the UI translates them). See docs/file-format.md. The
// field tables name them as their fields' rules (FieldRule::oneOf).
namespace vocabulary {

const QStringList &languages();       // nl, en
const QStringList &journeyKinds();    // ideal, current
const QStringList &reviewStatuses();  // concept, in_review, approved
const QStringList &laneKinds();       // customer ... free
const QStringList &lines();           // "", interaction, visibility, internal_interaction
const QStringList &cardKinds();       // the tokens of cardkind.h's table
const QStringList &cardStatuses();    // idea, agreed, planned, done
const QStringList &evidenceLevels();  // "", observed, assumed, proposed
const QStringList &connectionKinds(); // flow, dependency, feedback
const QStringList &demoVerdicts();    // solved, partly, not_solved, not_shown
const QStringList &roundKinds();      // votes (dot voting), cards (a writing round)
const QStringList &voteScopes();      // all, stage, step, lane, kind
const QStringList &focusKinds();      // "", stage, step, lane

// One lane a new journey starts with (PRODUCT.md, "The blueprint grid").
struct DefaultLane {
    QString kind;
    QString titleNl;
    QString titleEn;
    QString lineAbove;
};
const std::vector<DefaultLane> &defaultLanes();

// The lane kind a spreadsheet row title means ("Klantacties" -> customer), or
// "free" when it names none. Case and surrounding spaces are ignored.
QString laneKindForTitle(const QString &title);

bool isColour(const QString &value); // "" or #rrggbb

} // namespace vocabulary
} // namespace blauwdruk
