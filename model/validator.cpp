#include "validator.h"

#include "jsoncodec.h"
#include "limitcheck.h"
#include "personaphoto.h"
#include "vocabulary.h"

#include <QDateTime>

#include <QHash>
#include <QSet>

namespace blauwdruk {

namespace {

// A value as a message quotes it: a hostile 50 MB value must not become a
// 50 MB message.
QString shown(const QString &value) {
    constexpr int kLongest = 60;
    return value.size() <= kLongest ? value : value.left(kLongest) + QChar(0x2026);
}

} // namespace

QString Problem::toString() const {
    if (type == EntityType::Workspace)
        return QStringLiteral("workspace: %1").arg(message);
    return QStringLiteral("%1 %2: %3").arg(entityTypeName(type), shown(id), message);
}

namespace {

class Checker {
public:
    explicit Checker(const Workspace &ws)
        : mWs(ws) {}

    std::vector<Problem> run() {
        for (const Journey &j : mWs.journeys)
            mJourneys.insert(j.id);
        // Sizes first: a text of 50 MB is what a user must hear about first.
        checkSizes();
        checkMeta();
        forEachListType([&](auto *tag) { checkIds<std::remove_pointer_t<decltype(tag)>>(); });
        for (const Persona &p : mWs.personas)
            checkPersona(p);
        for (const Journey &j : mWs.journeys)
            checkJourney(j);
        for (const Stage &s : mWs.stages)
            checkStage(s);
        for (const Step &s : mWs.steps)
            checkStep(s);
        for (const Lane &l : mWs.lanes)
            checkLane(l);
        checkLines();
        for (const Card &c : mWs.cards)
            checkCard(c);
        for (const Connection &c : mWs.connections)
            checkConnection(c);
        for (const Comment &c : mWs.comments)
            checkComment(c);
        for (const Version &v : mWs.versions)
            checkVersion(v);
        return std::move(mProblems);
    }

private:
    template <class T> void report(const T &object, const QString &message) {
        mProblems.push_back({T::kType, object.id, message});
    }

    template <class T>
    void checkChoice(const T &object, const char *field, const QString &value,
                     const QStringList &allowed) {
        if (!allowed.contains(value))
            report(object, QStringLiteral("%1 \"%2\" is not one of: %3")
                               .arg(QLatin1String(field), shown(value),
                                    allowed.join(QStringLiteral(", "))));
    }

    template <class T>
    void checkRange(const T &object, const char *field, int value, int low, int high) {
        if (value < low || value > high)
            report(object, QStringLiteral("%1 %2 is outside %3..%4")
                               .arg(QLatin1String(field))
                               .arg(value)
                               .arg(low)
                               .arg(high));
    }

    template <class T> void checkColour(const T &object, const QString &colour) {
        if (!vocabulary::isColour(colour))
            report(object, QStringLiteral("colour \"%1\" is not #rrggbb").arg(shown(colour)));
    }

    // The journey an object belongs to must exist.
    template <class T> bool checkJourneyRef(const T &object) {
        if (mJourneys.contains(object.journey))
            return true;
        report(object,
               QStringLiteral("belongs to a missing journey %1").arg(shown(object.journey)));
        return false;
    }

    // id -> journey of every object of type T, built once: files may hold
    // tens of thousands of cards, and a scan per reference would be quadratic.
    template <class T> const QHash<QString, QString> &index() {
        QHash<QString, QString> &map = mIndex[int(T::kType)];
        if (map.isEmpty())
            for (const T &object : mWs.items<T>())
                map.insert(object.id, object.journey);
        return map;
    }

    // A reference to another object of the same journey.
    template <class Target, class T>
    void checkRef(const T &object, const char *field, const QString &id) {
        const QHash<QString, QString> &journeyOf = index<Target>();
        auto target = journeyOf.constFind(id);
        if (target == journeyOf.constEnd())
            report(object,
                   QStringLiteral("%1 refers to a missing %2 %3")
                       .arg(QLatin1String(field), entityTypeName(Target::kType), shown(id)));
        else if (*target != object.journey)
            report(object,
                   QStringLiteral("%1 refers to %2 %3 of another journey")
                       .arg(QLatin1String(field), entityTypeName(Target::kType), shown(id)));
    }

    void checkSizes() {
        for (const QString &problem : limitcheck::problems(mWs.meta))
            mProblems.push_back({EntityType::Workspace, QString(), problem});
        qint64 objects = 0;
        forEachListType([&](auto *tag) {
            using T = std::remove_pointer_t<decltype(tag)>;
            objects += qint64(mWs.items<T>().size());
            for (const T &object : mWs.items<T>())
                for (const QString &problem : limitcheck::problems(object))
                    report(object, problem);
        });
        if (objects > limits::kMaxObjects)
            mProblems.push_back(
                {EntityType::Workspace, QString(),
                 QStringLiteral("holds %1 objects; a workspace holds at most %2")
                     .arg(limitcheck::number(objects), limitcheck::number(limits::kMaxObjects))});
        checkPerJourney<Lane>(limits::kMaxLanesPerJourney, "lanes");
        checkPerJourney<Step>(limits::kMaxStepsPerJourney, "steps");
        checkPerJourney<Card>(limits::kMaxCardsPerJourney, "cards");
    }

    // Journeys holding more objects of type T than `limit`.
    template <class T> void checkPerJourney(int limit, const char *plural) {
        QHash<QString, int> counts;
        for (const T &object : mWs.items<T>())
            ++counts[object.journey];
        for (const Journey &j : mWs.journeys)
            if (counts.value(j.id) > limit)
                report(j, QStringLiteral("holds %1 %2; a journey holds at most %3")
                              .arg(limitcheck::number(counts.value(j.id)), QLatin1String(plural),
                                   limitcheck::number(limit)));
    }

    void checkMeta() {
        if (!vocabulary::languages().contains(mWs.meta.language))
            mProblems.push_back(
                {EntityType::Workspace, QString(),
                 QStringLiteral("language \"%1\" is not nl or en").arg(shown(mWs.meta.language))});
    }

    template <class T> void checkIds() {
        for (const T &object : mWs.items<T>()) {
            if (object.id.trimmed().isEmpty())
                report(object, QStringLiteral("has an empty id"));
            else if (mIds.contains(object.id))
                report(object, QStringLiteral("has an id that is used twice"));
            mIds.insert(object.id);
        }
    }

    template <class T> void checkTime(const T &object, const char *field, const QString &value) {
        if (!value.isEmpty() && !QDateTime::fromString(value, Qt::ISODate).isValid())
            report(object, QStringLiteral("%1 \"%2\" is not an ISO 8601 date and time")
                               .arg(QLatin1String(field), shown(value)));
    }

    void checkVersion(const Version &v) {
        if (v.name.trimmed().isEmpty())
            report(v, QStringLiteral("has no name"));
        checkTime(v, "created", v.created);
        // Its content is decoded only when it is used (snapshotProblems):
        // opening a file with twenty large versions must not parse them all.
        if (v.snapshot.size() > limits::kMaxSnapshotBytes)
            report(v, QStringLiteral("snapshot is %1 characters; a snapshot holds at most %2 MB")
                          .arg(limitcheck::number(v.snapshot.size()),
                               limitcheck::number(limits::kMaxSnapshotBytes >> 20)));
    }

    void checkPersona(const Persona &p) {
        if (p.name.trimmed().isEmpty())
            report(p, QStringLiteral("has no name"));
        checkRange(p, "age", p.age, 0, 130);
        checkRange(p, "digital_skills", p.digitalSkills, 0, 5);
        checkRange(p, "self_reliance", p.selfReliance, 0, 5);
        if (!p.photo.isEmpty() && !PersonaPhoto::hasImageSignature(p.photo))
            report(p, QStringLiteral("photo is not a PNG or JPEG image"));
    }

    void checkJourney(const Journey &j) {
        checkChoice(j, "kind", j.kind, vocabulary::journeyKinds());
        checkChoice(j, "status", j.status, vocabulary::reviewStatuses());
        checkTime(j, "reviewed_at", j.reviewedAt);
        if (!j.persona.isEmpty() && !mWs.find<Persona>(j.persona))
            report(j,
                   QStringLiteral("persona refers to a missing persona %1").arg(shown(j.persona)));
    }

    void checkStage(const Stage &s) {
        checkJourneyRef(s);
        checkColour(s, s.colour);
    }

    void checkStep(const Step &s) {
        if (checkJourneyRef(s))
            checkRef<Stage>(s, "stage", s.stage);
        checkRange(s, "emotion", s.emotion, -2, 2);
        // The counterpart lives in another journey, so checkRef does not apply.
        if (!s.counterpart.isEmpty() && s.counterpart != QLatin1String("none")) {
            const QString other = index<Step>().value(s.counterpart);
            if (other.isEmpty() || other == s.journey)
                report(s, QStringLiteral("counterpart %1 is not a step of another journey")
                              .arg(shown(s.counterpart)));
            // One step of a journey per counterpart, as the edits keep it.
            else if (mCounterpartClaims.contains({s.journey, s.counterpart}))
                report(s, QStringLiteral("counterpart %1 is already the counterpart of step %2")
                              .arg(shown(s.counterpart),
                                   mCounterpartClaims.value({s.journey, s.counterpart})));
            else
                mCounterpartClaims.insert({s.journey, s.counterpart}, s.id);
        }
    }

    void checkLane(const Lane &l) {
        checkJourneyRef(l);
        checkChoice(l, "kind", l.kind, vocabulary::laneKinds());
        checkChoice(l, "line_above", l.lineAbove, vocabulary::lines());
        checkColour(l, l.colour);
    }

    void checkLines() {
        QSet<QString> seen;
        for (const Lane &l : mWs.lanes) {
            if (l.lineAbove.isEmpty())
                continue;
            const QString key = l.journey + QLatin1Char('/') + l.lineAbove;
            if (seen.contains(key))
                report(l, QStringLiteral("line_above \"%1\" appears twice in its journey")
                              .arg(shown(l.lineAbove)));
            seen.insert(key);
        }
    }

    void checkCard(const Card &c) {
        if (checkJourneyRef(c)) {
            checkRef<Step>(c, "step", c.step);
            checkRef<Lane>(c, "lane", c.lane);
        }
        checkChoice(c, "kind", c.kind, vocabulary::cardKinds());
        checkChoice(c, "status", c.status, vocabulary::cardStatuses());
        checkChoice(c, "evidence", c.evidence, vocabulary::evidenceLevels());
        checkRange(c, "votes", c.votes, 0, 1000000);
        checkColour(c, c.colour);
    }

    void checkConnection(const Connection &c) {
        if (checkJourneyRef(c)) {
            checkRef<Card>(c, "from", c.from);
            checkRef<Card>(c, "to", c.to);
        }
        if (c.from == c.to)
            report(c, QStringLiteral("connects a card to itself"));
        checkChoice(c, "kind", c.kind, vocabulary::connectionKinds());
    }

    void checkComment(const Comment &c) {
        checkTime(c, "created", c.created);
        if (!checkJourneyRef(c) || c.target == c.journey)
            return;
        const QString targetJourney = index<Step>().value(c.target, index<Card>().value(c.target));
        if (targetJourney != c.journey)
            report(c, QStringLiteral("target %1 is not its journey or a step or card of it")
                          .arg(shown(c.target)));
    }

    const Workspace &mWs;
    QSet<QString> mIds;
    QSet<QString> mJourneys;
    QHash<QString, QString> mIndex[int(EntityType::Version) + 1];
    std::vector<Problem> mProblems;
    // (journey, counterpart) -> the step that claimed it first.
    QHash<std::pair<QString, QString>, QString> mCounterpartClaims;
};

} // namespace

std::vector<Problem> validateWorkspace(const Workspace &workspace) {
    return Checker(workspace).run();
}

std::vector<Problem> photoProblems(const Workspace &workspace) {
    std::vector<Problem> problems;
    for (const Persona *persona : workspace.orderedPersonas()) {
        // validateWorkspace() refuses these already.
        if (!PersonaPhoto::hasImageSignature(persona->photo) ||
            persona->photo.size() > limits::kMaxPhotoBytes)
            continue;
        const QString problem = PersonaPhoto::problem(persona->photo);
        if (!problem.isEmpty())
            problems.push_back(
                {EntityType::Persona, persona->id,
                 QStringLiteral("photo %1, so the drawn avatar is shown instead").arg(problem)});
    }
    return problems;
}

std::vector<Problem> snapshotProblems(const Workspace &workspace) {
    std::vector<Problem> problems;
    for (const Version *version : workspace.orderedVersions()) {
        // One at a time: each decoded snapshot is let go before the next.
        QString error;
        if (!JsonCodec::read(version->snapshot.toUtf8(), &error))
            problems.push_back(
                {EntityType::Version, version->id,
                 QStringLiteral("snapshot is not a valid workspace: %1").arg(error)});
    }
    return problems;
}

QString summarizeProblems(const std::vector<Problem> &problems) {
    if (problems.empty())
        return QString();
    return problems.front().toString() +
           (problems.size() > 1 ? QStringLiteral(" (and %1 more; `blauwdruk check` lists them)")
                                      .arg(problems.size() - 1)
                                : QString());
}

} // namespace blauwdruk
