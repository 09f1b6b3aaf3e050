// Issue 14: comments, decisions, the content hash, versions and the diff in
// the model. The window's side is in tests/views/test_review*.cpp, the
// command line's in tests/app/test_cli_review.cpp.
#include "contenthash.h"
#include "edits.h"
#include "review.h"
#include "testsupport.h"
#include "undoredo.h"
#include "validator.h"
#include "workspacediff.h"

#include <catch2/catch.hpp>

using namespace blauwdruk;
using test::checkUndoRedo;

namespace {

struct ReviewFixture {
    test::ExampleFile file;
    Edits edits{*file.document};
    Review review{*file.document};
    const Workspace &ws = file.document->workspace();
    QString journey = ws.orderedJourneys().front()->id;

    const Card *card(int i) const { return ws.orderedCards(journey)[size_t(i)]; }
    const Step *step(int i) const { return ws.orderedSteps(journey)[size_t(i)]; }
    QString hash() const { return ContentHash::of(ws, journey); }
    bool decide(Review::Action action, const QString &remark = QStringLiteral("Akkoord")) {
        return review.decide(journey, action, QStringLiteral("Wethouder Jansen"),
                             QStringLiteral("wethouder"), remark);
    }
    // Back to the start of a review: a concept.
    void toConcept() {
        if (ws.find<Journey>(journey)->status != QLatin1String("concept"))
            REQUIRE(decide(Review::Action::BackToConcept, QString()));
    }
};

std::vector<DiffEntry> entriesOf(const std::vector<DiffEntry> &all, DiffEntry::Kind kind) {
    std::vector<DiffEntry> found;
    for (const DiffEntry &entry : all)
        if (entry.kind == kind)
            found.push_back(entry);
    return found;
}

} // namespace

TEST_CASE("Review: comments, replies, edits and resolving are undoable edits, saved at once") {
    ReviewFixture f;
    const QString card = f.card(0)->id;
    QString first, answer;
    checkUndoRedo(f.file, [&] {
        return !(first = f.edits.addComment(card, QStringLiteral("Anna"),
                                            QStringLiteral("Wie belt terug?")))
                    .isEmpty();
    });
    const Comment *comment = f.ws.find<Comment>(first);
    CHECK(comment->targetTitle == f.card(0)->title);
    CHECK(comment->author == QStringLiteral("Anna"));
    checkUndoRedo(f.file, [&] {
        return !(answer =
                     f.edits.reply(first, QStringLiteral("Bram"), QStringLiteral("De regisseur")))
                    .isEmpty();
    });
    CHECK(f.ws.find<Comment>(answer)->parent == first);
    // A reply to a reply joins the same thread.
    const QString again = f.edits.reply(answer, QStringLiteral("Anna"), QStringLiteral("Dank"));
    CHECK(f.ws.find<Comment>(again)->parent == first);

    // Only the author edits or removes.
    CHECK_FALSE(f.edits.editComment(first, QStringLiteral("Bram"), QStringLiteral("Anders")));
    CHECK(f.edits.error().contains(QStringLiteral("Anna")));
    checkUndoRedo(f.file, [&] {
        return f.edits.editComment(first, QStringLiteral("Anna"),
                                   QStringLiteral("Wie belt Samira?"));
    });
    CHECK_FALSE(f.ws.find<Comment>(first)->edited.isEmpty());
    // Resolving a reply resolves its thread.
    checkUndoRedo(f.file, [&] { return f.edits.setResolved(answer, true); });
    CHECK(f.ws.find<Comment>(first)->resolved);
    checkUndoRedo(f.file, [&] { return f.edits.setResolved(first, false); });
    CHECK_FALSE(f.edits.removeComment(first, QStringLiteral("Bram")));
    checkUndoRedo(f.file, [&] { return f.edits.removeComment(first, QStringLiteral("Anna")); });
    CHECK_FALSE(f.ws.find<Comment>(answer)); // the replies went with it
    // History fields are not for the generic edit.
    const QString other =
        f.edits.addComment(f.journey, QStringLiteral("Anna"), QStringLiteral("x"));
    CHECK_FALSE(f.edits.setField(EntityType::Comment, {other}, QStringLiteral("author"),
                                 QStringLiteral("Bram")));
    CHECK_FALSE(f.edits.setField(EntityType::Journey, {f.journey}, QStringLiteral("status"),
                                 QStringLiteral("approved")));
}

TEST_CASE("Review: a comment whose card or step is removed stays readable, in the file too") {
    ReviewFixture f;
    const QString cardTitle = f.card(0)->title;
    const QString onCard =
        f.edits.addComment(f.card(0)->id, QStringLiteral("Anna"), QStringLiteral("Te lang"));
    const QString stepTitle = f.step(2)->title;
    const QString onStep =
        f.edits.addComment(f.step(2)->id, QStringLiteral("Anna"), QStringLiteral("Waarom?"));
    REQUIRE(f.edits.removeCards({f.card(0)->id}));
    REQUIRE(f.edits.removeStep(f.step(2)->id));
    REQUIRE(f.ws.find<Comment>(onCard));
    REQUIRE(f.ws.find<Comment>(onStep));
    CHECK(f.ws.find<Comment>(onCard)->targetTitle == cardTitle);
    CHECK(f.ws.find<Comment>(onStep)->targetTitle == stepTitle);
    CHECK(validateWorkspace(f.ws).empty());
    // The file opens again, the comments in it.
    f.file.document.reset();
    QString error;
    auto reopened = Document::open(f.file.path, Store::Mode::ReadOnly, &error);
    INFO(error.toStdString());
    REQUIRE(reopened);
    CHECK(reopened->workspace().find<Comment>(onCard)->text == QStringLiteral("Te lang"));
}

TEST_CASE("Review: review mode takes comments and versions, and refuses every other change") {
    ReviewFixture f;
    f.file.document->setReviewMode(true);
    const std::string before = test::canonical(f.ws);
    CHECK_FALSE(f.edits.setField(EntityType::Card, {f.card(0)->id}, QStringLiteral("title"),
                                 QStringLiteral("Per ongeluk")));
    CHECK(f.edits.addCard(f.step(0)->id, f.card(0)->lane, QStringLiteral("x")).isEmpty());
    CHECK_FALSE(f.edits.removeStep(f.step(0)->id));
    CHECK(test::canonical(f.ws) == before);
    CHECK_FALSE(f.file.document->lastError().isEmpty());
    CHECK_FALSE(
        f.edits.addComment(f.card(0)->id, QStringLiteral("Anna"), QStringLiteral("Ok")).isEmpty());
    CHECK_FALSE(f.edits.createVersion(QStringLiteral("Voor de raad")).isEmpty());
    CHECK(f.decide(Review::Action::Approve));
    f.file.document->setReviewMode(false);
    CHECK(f.edits.setField(EntityType::Card, {f.card(0)->id}, QStringLiteral("title"),
                           QStringLiteral("Nu wel")));
}

TEST_CASE("Review: decisions follow the statuses, are kept in order and never undone") {
    ReviewFixture f;
    f.toConcept();
    // From concept, a decision is refused, naming the status.
    CHECK_FALSE(f.decide(Review::Action::Approve));
    CHECK(f.review.error().contains(QStringLiteral("concept")));
    CHECK_FALSE(f.decide(Review::Action::RequestChanges, QStringLiteral("Meer uitleg")));
    // Requesting changes needs to say which.
    REQUIRE(f.decide(Review::Action::Submit, QString()));
    CHECK_FALSE(f.decide(Review::Action::Submit, QString()));
    CHECK_FALSE(f.decide(Review::Action::RequestChanges, QString()));

    const int undoCount = f.file.document->undoStack()->count();
    REQUIRE(f.decide(Review::Action::RequestChanges, QStringLiteral("Stap 3 is onduidelijk")));
    CHECK(f.ws.find<Journey>(f.journey)->status == QStringLiteral("changes_requested"));
    // Sent back, it is submitted again before a new decision.
    CHECK_FALSE(f.decide(Review::Action::Approve));
    CHECK(f.review.error().contains(QStringLiteral("submit it for review again")));
    // An edit, then approval: the edit's undo leaves the decisions alone.
    REQUIRE(f.edits.setField(EntityType::Card, {f.card(1)->id}, QStringLiteral("title"),
                             QStringLiteral("Helder")));
    REQUIRE(f.decide(Review::Action::Submit, QString()));
    REQUIRE(f.decide(Review::Action::Approve));
    CHECK(f.file.document->undoStack()->count() == undoCount + 1); // the edit only
    f.file.document->undoStack()->undo();
    f.file.document->undoStack()->undo();
    const std::vector<const Decision *> history = f.ws.orderedDecisions(f.journey);
    REQUIRE(history.size() >= 3);
    const Decision &last = *history.back();
    CHECK(last.status == QStringLiteral("approved"));
    CHECK(last.decidedBy == QStringLiteral("Wethouder Jansen"));
    CHECK(last.role == QStringLiteral("wethouder"));
    CHECK(last.hash.size() == 64);
    CHECK(f.ws.find<Journey>(f.journey)->status == QStringLiteral("approved"));
    // The approved state was kept as a version.
    const Version *kept = f.ws.find<Version>(last.version);
    REQUIRE(kept);
    CHECK(kept->name.contains(f.ws.find<Journey>(f.journey)->title));
    // ... as approved: its journey says so, and the only difference from now
    // is the edit undone since (no review fields).
    const std::optional<Workspace> approvedState = Review::approvedState(f.ws, f.journey);
    REQUIRE(approvedState);
    CHECK(approvedState->find<Journey>(f.journey)->status == QStringLiteral("approved"));
    const auto sinceApproval = WorkspaceDiff::compare(*approvedState, f.ws, f.journey);
    REQUIRE(sinceApproval.size() == 1);
    CHECK(sinceApproval.front().fields == QStringList{QStringLiteral("title")});
    // A new decision supersedes the last, from approved too.
    REQUIRE(f.decide(Review::Action::RequestChanges, QStringLiteral("Toch niet")));
    CHECK(f.ws.find<Journey>(f.journey)->status == QStringLiteral("changes_requested"));
    // All of it in the file, in order.
    CHECK(test::onDisk(f.file.path) == test::canonical(f.ws));
    CHECK(validateWorkspace(f.ws).empty());
    // Removing the journey leaves its review history in the file.
    const size_t decisions = f.ws.orderedDecisions(f.journey).size();
    REQUIRE(f.edits.removeJourney(f.journey));
    CHECK(f.ws.orderedDecisions(f.journey).size() == decisions);
    CHECK(validateWorkspace(f.ws).empty());
}

TEST_CASE("Review: an approval notices every content change, by anyone, and nothing else") {
    ReviewFixture f;
    REQUIRE(f.decide(Review::Action::Approve)); // the example's journey is in review
    CHECK_FALSE(Review::changedSinceApproval(f.ws, f.journey));

    // A colour and a comment change nothing the blueprint says.
    REQUIRE(f.edits.setField(EntityType::Card, {f.card(0)->id}, QStringLiteral("colour"),
                             QStringLiteral("#ffcc00")));
    REQUIRE_FALSE(f.edits.addComment(f.card(0)->id, QStringLiteral("Anna"), QStringLiteral("Mooi"))
                      .isEmpty());
    CHECK_FALSE(Review::changedSinceApproval(f.ws, f.journey));

    // Another program changes a card's title in the file.
    const QString cardId = f.card(0)->id;
    f.file.document.reset();
    test::runSql(f.file.path,
                 QStringLiteral("UPDATE cards SET title = 'Anders' WHERE id = '%1'").arg(cardId));
    QString error;
    auto reopened = Document::open(f.file.path, Store::Mode::ReadWrite, &error);
    REQUIRE(reopened);
    CHECK(Review::changedSinceApproval(reopened->workspace(), f.journey));
    // The exact change, against the approved state.
    const std::optional<Workspace> approved =
        Review::approvedState(reopened->workspace(), f.journey);
    REQUIRE(approved);
    const auto diff = WorkspaceDiff::compare(*approved, reopened->workspace(), f.journey, true);
    REQUIRE(diff.size() == 1);
    CHECK(diff.front().kind == DiffEntry::Kind::Changed);
    CHECK(diff.front().id == cardId);
    CHECK(diff.front().fields == QStringList{QStringLiteral("title")});
}

TEST_CASE("Review: each field is in the content hash or out of it, as docs/file-format.md says") {
    ReviewFixture f;
    const Workspace &ws = f.ws;
    // The documented lists (docs/file-format.md, "Content hash").
    const QHash<EntityType, QStringList> in{
        {EntityType::Journey, {"title", "kind", "starting_point", "goal", "persona"}},
        {EntityType::Stage, {"title"}},
        {EntityType::Step,
         {"title", "description", "channel", "emotion", "duration", "moment_of_truth"}},
        {EntityType::Lane, {"kind", "title", "line_above"}},
        {EntityType::Card, {"kind", "title", "text", "evidence", "duration"}},
        {EntityType::Connection, {"kind", "label"}},
    };
    const QHash<EntityType, QStringList> out{
        {EntityType::Journey, {"status", "reviewed_by", "reviewed_at", "origin"}},
        {EntityType::Stage, {"colour"}},
        {EntityType::Step, {"counterpart", "demo", "origin"}},
        {EntityType::Lane, {"colour"}},
        {EntityType::Card,
         {"owner", "status", "tags", "votes", "colour", "session", "due", "round", "participant",
          "origin"}},
        {EntityType::Connection, {}},
    };
    // A value of the field's type that differs from `value` and meets its rule.
    auto other = [](const QVariant &value, const FieldRule &rule) -> QVariant {
        if (rule.choices) {
            for (const QString &choice : *rule.choices)
                if (choice != value.toString())
                    return choice;
        }
        if (rule.format == FieldRule::Format::Colour)
            return value.toString() == QLatin1String("#123456") ? QStringLiteral("#654321")
                                                                : QStringLiteral("#123456");
        if (rule.format == FieldRule::Format::DateTime)
            return QStringLiteral("2030-01-01T00:00:00Z");
        if (rule.format == FieldRule::Format::Date)
            return QStringLiteral("2030-01-01");
        if (rule.format == FieldRule::Format::Origin)
            return QStringLiteral("{\"original\":\"c1\",\"taken_at\":\"2030-01-01T00:00:00Z\"}");
        switch (value.metaType().id()) {
        case QMetaType::Int:
            return value.toInt() == rule.high ? rule.low
                                              : (rule.ranged ? rule.high : value.toInt() + 1);
        case QMetaType::Bool:
            return !value.toBool();
        case QMetaType::QStringList:
            return value.toStringList() << QStringLiteral("extra");
        default:
            return value.toString() + QStringLiteral(" (anders)");
        }
    };
    const QString before = f.hash();
    const QString connection = ws.orderedConnections(f.journey).front()->id;
    const QHash<EntityType, QString> ids{
        {EntityType::Journey, f.journey},
        {EntityType::Stage, ws.orderedStages(f.journey).front()->id},
        {EntityType::Step, f.step(1)->id},
        {EntityType::Lane, ws.orderedLanes(f.journey).front()->id},
        {EntityType::Card, f.card(0)->id},
        {EntityType::Connection, connection},
    };
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        visitEntityType(it.key(), [&](auto *tag) {
            using T = std::remove_pointer_t<decltype(tag)>;
            if constexpr (!std::is_same_v<T, WorkspaceMeta>) {
                for (const Field<T> &field : T::fields()) {
                    const QString name = QLatin1String(field.name);
                    static const QStringList placement{"id",   "journey", "position", "stage",
                                                       "step", "lane",    "from",     "to"};
                    if (placement.contains(name))
                        continue; // order and ends: checked below
                    INFO(entityTypeName(it.key()).toStdString() << "." << field.name);
                    // Every field is listed on one side.
                    REQUIRE(
                        (in.value(it.key()).contains(name) != out.value(it.key()).contains(name)));
                    Workspace changed = ws;
                    const QVariant value = changed.field(it.key(), it.value(), name);
                    REQUIRE(changed.setField(it.key(), it.value(), name, other(value, field.rule)));
                    CHECK((ContentHash::of(changed, f.journey) != before) ==
                          in.value(it.key()).contains(name));
                }
            }
        });
    }
    // Order, place and ends are content; the persona's is the journey's.
    Workspace moved = ws;
    std::swap(moved.find<Card>(f.card(0)->id)->position, moved.find<Card>(f.card(1)->id)->position);
    if (f.card(0)->step == f.card(1)->step && f.card(0)->lane == f.card(1)->lane)
        CHECK(ContentHash::of(moved, f.journey) != before);
    Workspace otherLane = ws;
    otherLane.find<Card>(f.card(0)->id)->lane = ws.orderedLanes(f.journey).back()->id;
    CHECK(ContentHash::of(otherLane, f.journey) != before);
    Workspace reordered = ws;
    std::swap(reordered.find<Lane>(ws.orderedLanes(f.journey)[0]->id)->position,
              reordered.find<Lane>(ws.orderedLanes(f.journey)[1]->id)->position);
    CHECK(ContentHash::of(reordered, f.journey) != before);
    Workspace rewired = ws;
    rewired.find<Connection>(connection)->to = f.card(2)->id;
    CHECK(ContentHash::of(rewired, f.journey) != before);
    // Comments, decisions and versions are out.
    Workspace remarked = ws;
    remarked.comments.clear();
    remarked.versions.clear();
    remarked.decisions.clear();
    CHECK(ContentHash::of(remarked, f.journey) == before);
}

TEST_CASE("Review: the content hash is stable across save, reopen, JSON export and import") {
    ReviewFixture f;
    const QString before = f.hash();
    CHECK(before.size() == 64);
    CHECK(before == ContentHash::of(f.ws, f.journey)); // deterministic
    f.file.document.reset();
    QString error;
    auto reopened = Document::open(f.file.path, Store::Mode::ReadOnly, &error);
    REQUIRE(reopened);
    CHECK(ContentHash::of(reopened->workspace(), f.journey) == before);
    const std::optional<Workspace> imported =
        JsonCodec::read(JsonCodec::write(reopened->workspace()), &error);
    REQUIRE(imported);
    CHECK(ContentHash::of(*imported, f.journey) == before);
    // One journey alone, as `export --journey` writes it.
    const std::optional<Workspace> alone =
        JsonCodec::read(JsonCodec::write(reopened->workspace(), f.journey), &error);
    REQUIRE(alone);
    CHECK(ContentHash::of(*alone, f.journey) == before);
}

TEST_CASE("Review: the diff names what was added, removed, changed and moved") {
    ReviewFixture f;
    const Workspace before = f.ws;
    const QString renamed = f.card(0)->id, gone = f.card(1)->id;
    const Card moving = *f.card(2);
    REQUIRE(f.edits.setField(EntityType::Card, {renamed}, QStringLiteral("title"),
                             QStringLiteral("Nieuwe titel")));
    REQUIRE(f.edits.setField(EntityType::Card, {renamed}, QStringLiteral("colour"),
                             QStringLiteral("#ffcc00")));
    REQUIRE(f.edits.removeCards({gone}));
    const QString target = f.step(3)->id == moving.step ? f.step(4)->id : f.step(3)->id;
    REQUIRE(f.edits.moveCards({moving.id}, target, moving.lane, -1));
    const QString added = f.edits.addCard(f.step(0)->id, moving.lane, QStringLiteral("Erbij"));
    REQUIRE_FALSE(added.isEmpty());

    const auto all = WorkspaceDiff::compare(before, f.ws, f.journey);
    const auto changed = entriesOf(all, DiffEntry::Kind::Changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed.front().id == renamed);
    CHECK(changed.front().fields == QStringList{"title", "colour"});
    CHECK(changed.front().before.value(0) == before.find<Card>(renamed)->title);
    CHECK(changed.front().after == QStringList{"Nieuwe titel", "#ffcc00"});
    CHECK(changed.front().valueChanges().contains(QStringLiteral("→ “Nieuwe titel”")));
    const auto content =
        entriesOf(WorkspaceDiff::compare(before, f.ws, f.journey, true), DiffEntry::Kind::Changed);
    REQUIRE(content.size() == 1);
    CHECK(content.front().fields == QStringList{"title"});
    const auto removed = entriesOf(all, DiffEntry::Kind::Removed);
    REQUIRE(removed.size() >= 1); // the card, and connections to it
    CHECK(std::any_of(removed.begin(), removed.end(), [&](const DiffEntry &e) {
        return e.id == gone && e.type == EntityType::Card;
    }));
    const auto moved = entriesOf(all, DiffEntry::Kind::Moved);
    REQUIRE(moved.size() == 1);
    CHECK(moved.front().id == moving.id);
    const auto addedEntries = entriesOf(all, DiffEntry::Kind::Added);
    REQUIRE(addedEntries.size() == 1);
    CHECK(addedEntries.front().title == QStringLiteral("Erbij"));
    // Reordering within a cell: only the card that was dragged moved.
    const Workspace ordered = f.ws;
    const auto cell = f.ws.cardsInCell(f.card(0)->step, f.card(0)->lane);
    if (cell.size() >= 3) {
        REQUIRE(f.edits.moveCards({cell.front()->id}, cell.front()->step, cell.front()->lane, -1));
        const auto reorder =
            entriesOf(WorkspaceDiff::compare(ordered, f.ws, f.journey), DiffEntry::Kind::Moved);
        REQUIRE(reorder.size() == 1);
        CHECK(reorder.front().id == cell.front()->id);
    }
}

TEST_CASE("Review: restoring a version is one undo step and keeps comments and decisions") {
    ReviewFixture f;
    const QString version = f.edits.createVersion(QStringLiteral("na sessie 2"));
    REQUIRE_FALSE(version.isEmpty());
    const std::string saved = test::canonical(f.ws);
    REQUIRE(f.edits.setField(EntityType::Card, {f.card(0)->id}, QStringLiteral("title"),
                             QStringLiteral("Later")));
    REQUIRE(f.edits.removeStep(f.step(1)->id));
    const QString comment =
        f.edits.addComment(f.journey, QStringLiteral("Anna"), QStringLiteral("Na de versie"));
    REQUIRE(f.decide(Review::Action::Approve));
    checkUndoRedo(f.file, [&] { return f.edits.restoreVersion(version); });
    // The content is the version's; the later comment and decision stay.
    CHECK(f.ws.find<Comment>(comment));
    CHECK(f.ws.find<Journey>(f.journey)->status == QStringLiteral("approved"));
    Workspace content = f.ws,
              expected = *JsonCodec::read(QByteArray::fromStdString(saved), nullptr);
    for (Workspace *ws : {&content, &expected}) {
        ws->comments.clear();
        ws->decisions.clear();
        ws->versions.clear();
        for (Journey &j : ws->journeys)
            j.status = j.reviewedBy = j.reviewedAt = QString();
    }
    CHECK(test::canonical(content) == test::canonical(expected));
}
