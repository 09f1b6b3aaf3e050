// Item 5 of issue 12: the values a field accepts are declared once, beside
// the field tables (FieldRule in field.h), and Edits and the validator both
// read that one rule. The Inspector's side is in tests/views/test_fieldwidgets.cpp.
#include "edits.h"
#include "review.h"
#include "testsupport.h"
#include "validator.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace blauwdruk;

namespace {

struct RuledField {
    EntityType type;
    QString name;
    const FieldRule *rule;
};

// Every field of every entity that has a rule other than "anything goes".
std::vector<RuledField> ruledFields() {
    std::vector<RuledField> found;
    auto add = [&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        for (const Field<T> &field : T::fields())
            if (!field.rule.isFree())
                found.push_back({T::kType, QLatin1String(field.name), &field.rule});
    };
    add(static_cast<WorkspaceMeta *>(nullptr));
    forEachListType(add);
    return found;
}

// Fields that are history, kept by Review and the comment edits: the
// generic edit refuses them whatever the value, and only the validator
// judges them (as a file would hold them).
bool isRecord(const RuledField &field) {
    static const QStringList names{"journey.status",     "journey.reviewed_at",
                                   "comment.created",    "comment.edited",
                                   "decision.status",    "decision.decided_at",
                                   "session.started_at", "session.ended_at",
                                   "vote_round.scope",   "vote_round.kind",
                                   "vote.dots",          "dismissal.code",
                                   "dismissal.target",   "dismissal.dismissed_at",
                                   "persona.origin",     "journey.origin",
                                   "step.origin",        "card.origin"};
    return names.contains(entityTypeName(field.type) + QLatin1Char('.') + field.name);
}

// The example (its first journey in review), with a comment, a version, a
// decision and a work session with all it holds, so every entity type is there.
struct RuleFile {
    test::ExampleFile file;
    RuleFile() {
        Edits edits(*file.document);
        const QString journey = ws().orderedJourneys().front()->id;
        REQUIRE_FALSE(
            edits.addComment(journey, QStringLiteral("Anna"), QStringLiteral("Ok")).isEmpty());
        REQUIRE_FALSE(edits.createVersion(QStringLiteral("Eerste versie")).isEmpty());
        REQUIRE(Review(*file.document)
                    .decide(journey, Review::Action::Approve, QStringLiteral("Anna"), QString(),
                            QString()));
        const QString session = edits.startSession(journey, QStringLiteral("Sessie"));
        const QStringList people = edits.addParticipants(session, {QStringLiteral("Deelnemer 1")});
        REQUIRE(people.size() == 1);
        Edits::VoteRoundDraft draft;
        draft.title = QStringLiteral("Ronde");
        const QString round = edits.addVoteRound(session, draft);
        REQUIRE(edits.setDots(round, ws().orderedCards(journey).front()->id, people[0], 1));
        REQUIRE_FALSE(edits.addAgendaBlock(session, QStringLiteral("Blok"), 10).isEmpty());
        const QString card = ws().orderedCards(journey).front()->id;
        REQUIRE_FALSE(edits
                          .dismissFinding(journey, QStringLiteral("empty-lane"), card,
                                          QStringLiteral("Reden"))
                          .isEmpty());
        const QString demo =
            edits.addDemoSession(journey, QStringLiteral("Demo"), QStringLiteral("2027-01-05"));
        REQUIRE_FALSE(edits.setVerdict(demo, card, {QStringLiteral("solved")}).isEmpty());
    }
    const Workspace &ws() { return file.document->workspace(); }
    // The first object of `type` (the workspace itself for its own fields).
    QString someId(EntityType type) {
        return visitEntityType(type, [&](auto *tag) {
            using T = std::remove_pointer_t<decltype(tag)>;
            if constexpr (std::is_same_v<T, WorkspaceMeta>)
                return QString();
            else
                return ws().items<T>().front().id;
        });
    }
};

// Values each rule must accept: every choice, both ends of a range, a
// well-formed colour or time, a non-blank text.
QVariantList acceptedValues(const FieldRule &rule) {
    QVariantList values;
    if (rule.choices)
        for (const QString &choice : *rule.choices)
            values << choice;
    if (rule.ranged)
        values << rule.low << rule.high;
    if (rule.format == FieldRule::Format::Colour)
        values << QStringLiteral("#12ab9F") << QString();
    if (rule.format == FieldRule::Format::DateTime)
        values << QStringLiteral("2026-11-30T05:00:00Z") << QString();
    if (rule.format == FieldRule::Format::Date)
        values << QStringLiteral("2027-03-31") << QString();
    if (rule.format == FieldRule::Format::Origin)
        values << QStringLiteral("{\"workspace\":\"Inkomen\",\"organisation\":\"Gemeente "
                                 "Zwolle\",\"file\":\"z.blauwdruk\",\"library\":\"\","
                                 "\"taken_at\":\"2026-12-01T09:00:00Z\",\"original\":\"c1\"}")
               << QString();
    if (rule.required)
        values << QStringLiteral("Anna");
    return values;
}

// Values each rule must refuse: a token it does not know, one past either
// end of a range, a colour or time in another form, a blank text.
QVariantList refusedValues(const FieldRule &rule) {
    QVariantList values;
    if (rule.choices)
        values << QStringLiteral("banana") << QStringLiteral(" ");
    if (rule.ranged)
        values << rule.low - 1 << rule.high + 1;
    if (rule.format == FieldRule::Format::Colour)
        values << QStringLiteral("red") << QStringLiteral("#12345");
    if (rule.format == FieldRule::Format::DateTime)
        values << QStringLiteral("gisteren");
    if (rule.format == FieldRule::Format::Date)
        values << QStringLiteral("31 maart") << QStringLiteral("2027-02-30");
    if (rule.format == FieldRule::Format::Origin)
        values << QStringLiteral("Zwolle") << QStringLiteral("{\"original\":\"c1\"}");
    if (rule.required)
        values << QString() << QStringLiteral("  ");
    return values;
}

// The validator's problems with one field of one object.
QStringList problemsWith(const Workspace &ws, EntityType type, const QString &id,
                         const QString &field) {
    QStringList found;
    for (const Problem &problem : validateWorkspace(ws))
        if (problem.type == type && (type == EntityType::Workspace || problem.id == id) &&
            (problem.message.startsWith(field + QLatin1Char(' ')) ||
             problem.message == QStringLiteral("has no ") + field))
            found << problem.message;
    return found;
}

} // namespace

TEST_CASE("Field rules: the rules cover the closed sets, ranges and formats of the file format") {
    QStringList names;
    for (const RuledField &field : ruledFields())
        names << entityTypeName(field.type) + QLatin1Char('.') + field.name;
    // docs/file-format.md lists these; a new rule is a new line here and there.
    CHECK(names == QStringList{"workspace.language",
                               "persona.name",
                               "persona.age",
                               "persona.digital_skills",
                               "persona.self_reliance",
                               "persona.origin",
                               "journey.kind",
                               "journey.status",
                               "journey.reviewed_at",
                               "journey.origin",
                               "stage.colour",
                               "step.emotion",
                               "step.origin",
                               "lane.kind",
                               "lane.colour",
                               "lane.line_above",
                               "card.kind",
                               "card.status",
                               "card.evidence",
                               "card.votes",
                               "card.colour",
                               "card.due",
                               "card.origin",
                               "connection.kind",
                               "comment.created",
                               "comment.edited",
                               "version.name",
                               "version.created",
                               "decision.status",
                               "decision.decided_at",
                               "session.started_at",
                               "session.ended_at",
                               "participant.label",
                               "vote_round.budget",
                               "vote_round.cap",
                               "vote_round.scope",
                               "vote_round.kind",
                               "vote.dots",
                               "agenda_block.minutes",
                               "agenda_block.focus_kind",
                               "dismissal.code",
                               "dismissal.target",
                               "dismissal.reason",
                               "dismissal.dismissed_at",
                               "demo_session.date",
                               "demo_verdict.verdict"});
    for (const RuledField &field : ruledFields())
        CHECK(&fieldRule(field.type, field.name) == field.rule);
    CHECK(fieldRule(EntityType::Card, u"title").isFree());
    CHECK(fieldRule(EntityType::Card, u"no_such_field").isFree());
}

TEST_CASE("Field rules: every value a rule accepts, Edits stores and the validator passes") {
    RuleFile f;
    Edits edits(*f.file.document);
    for (const RuledField &field : ruledFields()) {
        const QString id = f.someId(field.type);
        for (const QVariant &value : acceptedValues(*field.rule)) {
            INFO(entityTypeName(field.type).toStdString()
                 << "." << field.name.toStdString() << " = " << value.toString().toStdString());
            if (isRecord(field)) {
                CHECK_FALSE(edits.setField(field.type, {id}, field.name, value));
                Workspace file = f.ws();
                REQUIRE(file.setField(field.type, id, field.name, value));
                CHECK(problemsWith(file, field.type, id, field.name).isEmpty());
                continue;
            }
            REQUIRE(edits.setField(field.type, {id}, field.name, value));
            CHECK(f.ws().field(field.type, id, field.name) == value);
            CHECK(problemsWith(f.ws(), field.type, id, field.name).isEmpty());
        }
    }
    CHECK(validateWorkspace(f.ws()).empty());
    CHECK(test::onDisk(f.file.path) == test::canonical(f.ws()));
}

TEST_CASE("Field rules: a value a rule refuses, Edits refuses and the validator reports") {
    RuleFile f;
    Edits edits(*f.file.document);
    for (const RuledField &field : ruledFields()) {
        const QString id = f.someId(field.type);
        const QVariant before = f.ws().field(field.type, id, field.name);
        for (const QVariant &value : refusedValues(*field.rule)) {
            INFO(entityTypeName(field.type).toStdString()
                 << "." << field.name.toStdString() << " = '" << value.toString().toStdString()
                 << "'");
            // The same verdict on both sides: from the one rule.
            CHECK(field.rule->check(value) != FieldRule::Verdict::Accepted);
            CHECK_FALSE(edits.setField(field.type, {id}, field.name, value));
            CHECK_FALSE(edits.error().isEmpty());
            CHECK(f.ws().field(field.type, id, field.name) == before);

            // As if a file held it: the validator names the field.
            Workspace hostile = f.ws();
            QVariant stored = value;
            REQUIRE(stored.convert(before.metaType()));
            REQUIRE(hostile.setField(field.type, id.isEmpty() ? WorkspaceMeta::kId : id, field.name,
                                     stored));
            CHECK(problemsWith(hostile, field.type, id, field.name).size() == 1);
        }
    }
    CHECK(validateWorkspace(f.ws()).empty());
}

TEST_CASE("Field rules: new objects meet the rules too") {
    RuleFile f;
    Edits edits(*f.file.document);
    const Journey *journey = f.ws().orderedJourneys().front();
    const QString step = f.ws().orderedSteps(journey->id).front()->id;
    const QString lane = f.ws().orderedLanes(journey->id).front()->id;
    const int undo = f.file.document->undoStack()->count();
    CHECK(edits.addCard(step, lane, QStringLiteral("x"), QStringLiteral("banana")).isEmpty());
    CHECK(edits.addLane(journey->id, QStringLiteral("banana"), QStringLiteral("x")).isEmpty());
    CHECK(edits.addJourney(QString(), QStringLiteral("dream"), QStringLiteral("x")).isEmpty());
    // A persona without a name would make the file refused when opened next.
    CHECK(edits.addPersona(QStringLiteral(" ")).isEmpty());
    CHECK(edits.createVersion(QString()).isEmpty());
    CHECK(f.file.document->undoStack()->count() == undo);
    for (const QString &kind : vocabulary::cardKinds())
        CHECK_FALSE(edits.addCard(step, lane, QStringLiteral("x"), kind).isEmpty());
    for (const QString &kind : vocabulary::laneKinds())
        CHECK_FALSE(edits.addLane(journey->id, kind, QStringLiteral("x")).isEmpty());
    CHECK(validateWorkspace(f.ws()).empty());
}

TEST_CASE("Field rules: the published JSON Schema states the same sets, ranges and formats") {
    const QJsonObject defs =
        QJsonDocument::fromJson(
            test::readFile(
                QStringLiteral(BLAUWDRUK_SOURCE_DIR "/resources/schema/blauwdruk.schema.json")))
            .object()
            .value(QStringLiteral("$defs"))
            .toObject();
    for (const RuledField &field : ruledFields()) {
        const QString where = entityTypeName(field.type) + QLatin1Char('.') + field.name;
        INFO(where.toStdString());
        const QJsonObject property = defs.value(entityTypeName(field.type))
                                         .toObject()
                                         .value(QStringLiteral("properties"))
                                         .toObject()
                                         .value(field.name)
                                         .toObject();
        const FieldRule &rule = *field.rule;
        if (rule.choices) {
            QStringList schemaChoices;
            for (const QJsonValue &value : property.value(QStringLiteral("enum")).toArray())
                schemaChoices << value.toString();
            CHECK(schemaChoices == *rule.choices);
        }
        if (rule.ranged) {
            CHECK(property.value(QStringLiteral("minimum")).toInt() == rule.low);
            CHECK(property.value(QStringLiteral("maximum")).toInt() == rule.high);
        }
        if (rule.format == FieldRule::Format::Colour)
            CHECK(property.value(QStringLiteral("pattern")).toString() ==
                  QStringLiteral("^(#[0-9a-fA-F]{6})?$"));
        if (rule.format == FieldRule::Format::Origin)
            CHECK(property.value(QStringLiteral("$ref")).toString() ==
                  QStringLiteral("#/$defs/origin"));
    }
}
