#include "validator.h"

#include "jsoncodec.h"
#include "limitcheck.h"
#include "personaphoto.h"
#include "vocabulary.h"

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
        for (const Decision &d : mWs.decisions)
            checkRules(d); // its journey may be gone: history outlives it
        checkSessionRecords();
        return std::move(mProblems);
    }

private:
    template <class T> void report(const T &object, const QString &message) {
        mProblems.push_back({T::kType, object.id, message});
    }

    // Every field against its rule (field.h), the one Edits applies too.
    template <class T> QStringList ruleProblems(const T &object) {
        QStringList found;
        for (const Field<T> &field : T::fields()) {
            const QVariant value = field.get(object);
            const QLatin1StringView name(field.name);
            const FieldRule &rule = field.rule;
            switch (rule.check(value)) {
            case FieldRule::Verdict::Accepted:
                break;
            case FieldRule::Verdict::NotAChoice:
                found << QStringLiteral("%1 \"%2\" is not one of: %3")
                             .arg(name, shown(value.toString()),
                                  rule.choices->join(QStringLiteral(", ")));
                break;
            case FieldRule::Verdict::OutOfRange:
                found << QStringLiteral("%1 %2 is outside %3..%4")
                             .arg(name)
                             .arg(value.toInt())
                             .arg(rule.low)
                             .arg(rule.high);
                break;
            case FieldRule::Verdict::NotAColour:
                found << QStringLiteral("%1 \"%2\" is not #rrggbb")
                             .arg(name, shown(value.toString()));
                break;
            case FieldRule::Verdict::NotADateTime:
                found << QStringLiteral("%1 \"%2\" is not an ISO 8601 date and time")
                             .arg(name, shown(value.toString()));
                break;
            case FieldRule::Verdict::NotADate:
                found << QStringLiteral("%1 \"%2\" is not a date (YYYY-MM-DD)")
                             .arg(name, shown(value.toString()));
                break;
            case FieldRule::Verdict::NotAnOrigin:
                found << QStringLiteral("%1 \"%2\" is not a provenance record")
                             .arg(name, shown(value.toString()));
                break;
            case FieldRule::Verdict::Blank:
                found << QStringLiteral("has no %1").arg(name);
                break;
            }
        }
        return found;
    }

    template <class T> void checkRules(const T &object) {
        for (const QString &problem : ruleProblems(object))
            report(object, problem);
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
        for (const QString &problem : ruleProblems(mWs.meta))
            mProblems.push_back({EntityType::Workspace, QString(), problem});
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

    void checkVersion(const Version &v) {
        checkRules(v);
        // Its content is decoded only when it is used (snapshotProblems):
        // opening a file with twenty large versions must not parse them all.
        if (v.snapshot.size() > limits::kMaxSnapshotBytes)
            report(v, QStringLiteral("snapshot is %1 characters; a snapshot holds at most %2 MB")
                          .arg(limitcheck::number(v.snapshot.size()),
                               limitcheck::number(limits::kMaxSnapshotBytes >> 20)));
    }

    void checkPersona(const Persona &p) {
        checkRules(p);
        if (!p.photo.isEmpty() && !PersonaPhoto::hasImageSignature(p.photo))
            report(p, QStringLiteral("photo is not a PNG or JPEG image"));
    }

    void checkJourney(const Journey &j) {
        checkRules(j);
        if (!j.persona.isEmpty() && !mWs.find<Persona>(j.persona))
            report(j,
                   QStringLiteral("persona refers to a missing persona %1").arg(shown(j.persona)));
    }

    void checkStage(const Stage &s) {
        checkJourneyRef(s);
        checkRules(s);
    }

    void checkStep(const Step &s) {
        if (checkJourneyRef(s))
            checkRef<Stage>(s, "stage", s.stage);
        checkRules(s);
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
        checkRules(l);
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
            // A version's snapshot keeps the card but not the session.
            checkPlace<WorkSession>(c, "session", c.session);
            checkPlace<VoteRound>(c, "round", c.round);
            checkPlace<Participant>(c, "participant", c.participant);
            const VoteRound *round = mWs.find<VoteRound>(c.round);
            if (round && round->kind != QLatin1String("cards"))
                report(c, QStringLiteral("round %1 is a vote round, not a writing round")
                              .arg(shown(c.round)));
        }
        checkRules(c);
    }

    // Sessions and what they hold belong to one journey and point only
    // into it. A round's scope and a block's focus may name a stage or lane
    // removed after the session: that leaves them pointing at nothing, not
    // at another journey.
    void checkSessionRecords() {
        for (const WorkSession &s : mWs.sessions) {
            checkJourneyRef(s);
            checkRules(s);
        }
        for (const Participant &p : mWs.participants) {
            if (checkJourneyRef(p))
                checkRef<WorkSession>(p, "session", p.session);
            checkRules(p);
        }
        for (const VoteRound &r : mWs.voteRounds) {
            if (checkJourneyRef(r)) {
                checkRef<WorkSession>(r, "session", r.session);
                if (r.scope == QLatin1String("stage"))
                    checkPlace<Stage>(r, "scope_value", r.scopeValue);
                else if (r.scope == QLatin1String("step"))
                    checkPlace<Step>(r, "scope_value", r.scopeValue);
                else if (r.scope == QLatin1String("lane"))
                    checkPlace<Lane>(r, "scope_value", r.scopeValue);
                else if (r.scope == QLatin1String("kind") &&
                         !vocabulary::cardKinds().contains(r.scopeValue))
                    report(r, QStringLiteral("scope_value \"%1\" is not one of: %2")
                                  .arg(shown(r.scopeValue),
                                       vocabulary::cardKinds().join(QStringLiteral(", "))));
            }
            checkRules(r);
        }
        for (const Vote &v : mWs.votes) {
            if (checkJourneyRef(v)) {
                checkRef<VoteRound>(v, "round", v.round);
                checkRef<Card>(v, "card", v.card);
                const VoteRound *round = mWs.find<VoteRound>(v.round);
                if (round && round->kind != QLatin1String("votes"))
                    report(v, QStringLiteral("round %1 is a writing round: it takes no votes")
                                  .arg(shown(v.round)));
                const Participant *who = mWs.find<Participant>(v.participant);
                if (!v.participant.isEmpty() && round && (!who || who->session != round->session))
                    report(v, QStringLiteral("participant %1 is not a participant of its round's "
                                             "session")
                                  .arg(shown(v.participant)));
            }
            checkRules(v);
        }
        for (const AgendaBlock &b : mWs.agendaBlocks) {
            if (checkJourneyRef(b)) {
                checkRef<WorkSession>(b, "session", b.session);
                if (b.focusKind == QLatin1String("stage"))
                    checkPlace<Stage>(b, "focus", b.focus);
                else if (b.focusKind == QLatin1String("step"))
                    checkPlace<Step>(b, "focus", b.focus);
                else if (b.focusKind == QLatin1String("lane"))
                    checkPlace<Lane>(b, "focus", b.focus);
            }
            checkRules(b);
        }
        for (const Dismissal &d : mWs.dismissals) {
            checkJourneyRef(d);
            checkRules(d);
        }
        for (const DemoSession &d : mWs.demoSessions) {
            checkJourneyRef(d);
            checkRules(d);
        }
        for (const DemoVerdict &v : mWs.demoVerdicts) {
            if (checkJourneyRef(v)) {
                checkRef<DemoSession>(v, "demo", v.demo);
                checkRef<Card>(v, "card", v.card);
            }
            checkRules(v);
        }
    }

    // A place that may be gone, but not in another journey.
    template <class Target, class T>
    void checkPlace(const T &object, const char *field, const QString &id) {
        const QString journey = index<Target>().value(id);
        if (!journey.isEmpty() && journey != object.journey)
            report(object,
                   QStringLiteral("%1 refers to %2 %3 of another journey")
                       .arg(QLatin1String(field), entityTypeName(Target::kType), shown(id)));
    }

    void checkConnection(const Connection &c) {
        if (checkJourneyRef(c)) {
            checkRef<Card>(c, "from", c.from);
            checkRef<Card>(c, "to", c.to);
        }
        if (c.from == c.to)
            report(c, QStringLiteral("connects a card to itself"));
        checkRules(c);
    }

    void checkComment(const Comment &c) {
        checkRules(c);
        if (!c.parent.isEmpty()) {
            const Comment *parent = mWs.find<Comment>(c.parent);
            if (!parent || parent->journey != c.journey || !parent->parent.isEmpty() ||
                parent->id == c.id)
                report(c, QStringLiteral("replies to %1, which is not a first comment of its "
                                         "journey")
                              .arg(shown(c.parent)));
        }
        if (!checkJourneyRef(c) || c.target == c.journey)
            return;
        // A removed step or card leaves its comments readable (target_title),
        // so only a target that exists elsewhere is wrong.
        const QString targetJourney = index<Step>().value(c.target, index<Card>().value(c.target));
        if (!targetJourney.isEmpty() && targetJourney != c.journey)
            report(c, QStringLiteral("target %1 is not its journey or a step or card of it")
                          .arg(shown(c.target)));
    }

    const Workspace &mWs;
    QSet<QString> mIds;
    QSet<QString> mJourneys;
    QHash<QString, QString> mIndex[kEntityTypeCount];
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
