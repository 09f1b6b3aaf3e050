#include "vocabulary.h"

#include "cardkind.h"

#include <QHash>
#include <QRegularExpression>

namespace blauwdruk::vocabulary {

const QStringList &languages() {
    static const QStringList list{"nl", "en"};
    return list;
}

const QStringList &journeyKinds() {
    static const QStringList list{"ideal", "current"};
    return list;
}

const QStringList &reviewStatuses() {
    static const QStringList list{"concept", "in_review", "approved", "changes_requested"};
    return list;
}

const QStringList &laneKinds() {
    static const QStringList list{
        "customer",     "evidence",   "frontstage", "backstage",   "support",       "tech",
        "content",      "governance", "emotion",    "pain_points", "opportunities", "measurement",
        "organisation", "processes",  "privacy",    "parking",     "free",          "inbox"};
    return list;
}

const QStringList &demoVerdicts() {
    static const QStringList list{"solved", "partly", "not_solved", "not_shown"};
    return list;
}

const QStringList &voteScopes() {
    static const QStringList list{"all", "stage", "step", "lane", "kind"};
    return list;
}

const QStringList &roundKinds() {
    static const QStringList list{"votes", "cards"};
    return list;
}

const QStringList &focusKinds() {
    static const QStringList list{"", "stage", "step", "lane"};
    return list;
}

const QStringList &lines() {
    static const QStringList list{"", "interaction", "visibility", "internal_interaction"};
    return list;
}

const QStringList &cardKinds() {
    static const QStringList list = [] {
        QStringList ids;
        for (const CardKind &kind : CardKind::all())
            ids << QLatin1String(kind.id);
        return ids;
    }();
    return list;
}

const QStringList &cardStatuses() {
    static const QStringList list{"idea", "agreed", "planned", "done"};
    return list;
}

const QStringList &evidenceLevels() {
    static const QStringList list{"", "observed", "assumed", "proposed"};
    return list;
}

const QStringList &connectionKinds() {
    static const QStringList list{"flow", "dependency", "feedback"};
    return list;
}

const std::vector<DefaultLane> &defaultLanes() {
    static const std::vector<DefaultLane> list{
        {"customer", "Inwoner", "Resident", ""},
        // Right below the resident: how they feel at each step, a curve.
        {"emotion", "Emotie", "Emotion", ""},
        {"evidence", "Contactmoment", "Touchpoint", ""},
        {"frontstage", "Frontstage", "Frontstage", "interaction"},
        {"backstage", "Backstage", "Backstage", "visibility"},
        {"tech", "Techniek", "Technology", "internal_interaction"},
        {"content", "Content", "Content", ""},
        {"governance", "Governance", "Governance", ""},
    };
    return list;
}

QString laneKindForTitle(const QString &title) {
    static const QHash<QString, QString> names{
        {"inwoner", "customer"},
        {"klant", "customer"},
        {"klantacties", "customer"},
        {"burger", "customer"},
        {"resident", "customer"},
        {"customer", "customer"},
        {"customer actions", "customer"},
        {"contactmoment", "evidence"},
        {"contactmomenten", "evidence"},
        {"fysiek bewijs", "evidence"},
        {"touchpoint", "evidence"},
        {"touchpoints", "evidence"},
        {"physical evidence", "evidence"},
        {"evidence", "evidence"},
        {"frontstage", "frontstage"},
        {"onstage", "frontstage"},
        {"front office", "frontstage"},
        {"frontoffice", "frontstage"},
        {"backstage", "backstage"},
        {"back office", "backstage"},
        {"backoffice", "backstage"},
        {"ondersteunende processen", "support"},
        {"support", "support"},
        {"support processes", "support"},
        {"techniek", "tech"},
        {"technologie", "tech"},
        {"systemen", "tech"},
        {"technology", "tech"},
        {"tech", "tech"},
        {"systems", "tech"},
        {"content", "content"},
        {"inhoud", "content"},
        {"governance", "governance"},
        {"sturing", "governance"},
        {"beheer", "governance"},
        {"emotie", "emotion"},
        {"emotion", "emotion"},
        // The other lane kinds, by their usual Dutch and English names.
        {"knelpunten", "pain_points"},
        {"pijnpunten", "pain_points"},
        {"pain points", "pain_points"},
        {"kansen", "opportunities"},
        {"opportunities", "opportunities"},
        {"meting", "measurement"},
        {"metingen", "measurement"},
        {"measurement", "measurement"},
        {"kpi's", "measurement"},
        {"kpis", "measurement"},
        {"organisatie", "organisation"},
        {"organisation", "organisation"},
        {"processen", "processes"},
        {"processes", "processes"},
        {"privacy", "privacy"},
        {"parkeerplaats", "parking"},
        {"parking lot", "parking"},
    };
    // Spreadsheets often carry doubled inner spaces or non-breaking spaces.
    const QString key = title.simplified().toLower();
    return names.value(key, QStringLiteral("free"));
}

bool isColour(const QString &value) {
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return value.isEmpty() || hex.match(value).hasMatch();
}

} // namespace blauwdruk::vocabulary
