#pragma once

#include "entitytype.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace blauwdruk {

class Workspace;

// Is a blueprint complete enough to review? Rules of the method, each with
// a code, checked on the workspace as it is: a step where the resident does
// nothing, a frontstage card with nothing behind it, a pain point nobody
// answers... Pure: reads a Workspace, never changes it. A finding the
// facilitator dismissed (Dismissal) is still listed, marked as such. The
// rules are in docs/user-guide.md ("The health check").
class HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(blauwdruk::HealthCheck)

public:
    struct Finding {
        QString code;
        QString journey; // the journey it is in (for the pairing codes: the one that exists)
        EntityType targetType = EntityType::Journey;
        QString target;    // the step, lane, card, connection or journey
        QString title;     // that place's title
        QString advice;    // one sentence, in the app's language
        QString dismissal; // the Dismissal's id; empty while the finding is open
        QString reason;    // why it was dismissed
        bool isOpen() const { return dismissal.isEmpty(); }
    };

    // Every finding of one journey, or of all journeys when `journey` is
    // empty, journey by journey in display order.
    static std::vector<Finding> run(const Workspace &workspace, const QString &journey = QString());
    static qsizetype openCount(const std::vector<Finding> &findings);

    // Every code, in the order the checks run.
    static const QStringList &codes();
    // A few words for a code, for the panel's list ("Empty lane").
    static QString codeName(const QString &code);
};

} // namespace blauwdruk
