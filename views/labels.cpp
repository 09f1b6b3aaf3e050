#include "labels.h"

#include "cardkind.h"

namespace blauwdruk {

QString Labels::cardKind(const QString &kind) {
    // The words are declared with the kinds (model/cardkind.cpp), in this context.
    if (const CardKind *known = CardKind::find(kind))
        return QCoreApplication::translate("Labels", known->label);
    return kind;
}

QString Labels::cardStatus(const QString &status) {
    if (status == QLatin1String("idea"))
        return tr("Idea", "status");
    if (status == QLatin1String("agreed"))
        return tr("Agreed");
    if (status == QLatin1String("planned"))
        return tr("Planned");
    if (status == QLatin1String("done"))
        return tr("Done");
    return status;
}

QString Labels::evidence(const QString &level) {
    if (level.isEmpty())
        return tr("Not given");
    if (level == QLatin1String("observed"))
        return tr("Observed");
    if (level == QLatin1String("assumed"))
        return tr("Assumed");
    if (level == QLatin1String("proposed"))
        return tr("Proposed");
    return level;
}

QString Labels::laneKind(const QString &kind) {
    if (kind == QLatin1String("customer"))
        return tr("Resident");
    if (kind == QLatin1String("evidence"))
        return tr("Touchpoint");
    if (kind == QLatin1String("frontstage"))
        return tr("Frontstage");
    if (kind == QLatin1String("backstage"))
        return tr("Backstage");
    if (kind == QLatin1String("support"))
        return tr("Support processes");
    if (kind == QLatin1String("tech"))
        return tr("Technology");
    if (kind == QLatin1String("content"))
        return tr("Content");
    if (kind == QLatin1String("governance"))
        return tr("Governance");
    if (kind == QLatin1String("emotion"))
        return tr("Emotion");
    if (kind == QLatin1String("pain_points"))
        return tr("Pain points");
    if (kind == QLatin1String("opportunities"))
        return tr("Opportunities");
    if (kind == QLatin1String("measurement"))
        return tr("Measurement");
    if (kind == QLatin1String("organisation"))
        return tr("Organisation");
    if (kind == QLatin1String("processes"))
        return tr("Processes");
    if (kind == QLatin1String("privacy"))
        return tr("Privacy");
    if (kind == QLatin1String("parking"))
        return tr("Parking lot");
    if (kind == QLatin1String("inbox"))
        return tr("Incoming");
    return tr("Free text");
}

QString Labels::connectionKind(const QString &kind) {
    if (kind == QLatin1String("dependency"))
        return tr("Dependency");
    if (kind == QLatin1String("feedback"))
        return tr("Feedback");
    return tr("Flow");
}

QString Labels::journeyKind(const QString &kind) {
    return kind == QLatin1String("current") ? tr("Current") : tr("Ideal");
}

QString Labels::reviewStatus(const QString &status) {
    if (status == QLatin1String("in_review"))
        return tr("In review");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("changes_requested"))
        return tr("Changes requested");
    return tr("Concept");
}

QString Labels::language(const QString &code) {
    if (code == QLatin1String("nl"))
        return tr("Dutch");
    if (code == QLatin1String("en"))
        return tr("English");
    return code;
}

QString Labels::emotion(int value) {
    switch (value) {
    case -2:
        return tr("−2 · very negative");
    case -1:
        return tr("−1 · negative");
    case 1:
        return tr("+1 · positive");
    case 2:
        return tr("+2 · very positive");
    default:
        return tr("0 · neutral");
    }
}

QString Labels::scale(int value) {
    return value <= 0 ? tr("not given") : QStringLiteral("%1 / 5").arg(value);
}

} // namespace blauwdruk
