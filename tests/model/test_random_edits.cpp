#include "edits.h"
#include "testsupport.h"
#include "validator.h"
#include "vocabulary.h"

#include <catch2/catch.hpp>

#include <random>

using namespace blauwdruk;
using test::canonical;

namespace {

// Applies random intents with random (but valid or plausibly invalid)
// arguments. Fixed seed: a failure is reproducible.
class RandomEditor {
public:
    RandomEditor(Document &document, unsigned seed)
        : mDoc(document)
        , mEdits(document)
        , mRng(seed) {}

    bool step() {
        const Workspace &ws = mDoc.workspace();
        const int choice = pick(22);
        const QString text = QStringLiteral("r%1 ✓").arg(mCounter++);
        switch (choice) {
        case 0:
            return !mEdits.addPersona(text, pick(4) - 1).isEmpty();
        case 1:
            return has(ws.personas) && mEdits.removePersona(any(ws.personas).id);
        case 2:
            return !mEdits
                        .addJourney(has(ws.personas) ? any(ws.personas).id : QString(),
                                    pick(2) ? QStringLiteral("ideal") : QStringLiteral("current"),
                                    text)
                        .isEmpty();
        case 3:
            return ws.journeys.size() > 1 && pick(4) == 0 &&
                   mEdits.removeJourney(any(ws.journeys).id);
        case 4:
            return has(ws.journeys) &&
                   !mEdits.addStage(any(ws.journeys).id, text, pick(5) - 1).isEmpty();
        case 5:
            return has(ws.stages) && pick(3) == 0 && mEdits.removeStage(any(ws.stages).id);
        case 6:
            return has(ws.stages) && mEdits.moveStage(any(ws.stages).id, pick(5));
        case 7:
            return has(ws.stages) &&
                   !mEdits.addStep(any(ws.stages).id, text, pick(5) - 1).isEmpty();
        case 8:
            return has(ws.steps) && pick(2) == 0 && mEdits.removeStep(any(ws.steps).id);
        case 9: {
            if (!has(ws.steps))
                return false;
            const Step &step = any(ws.steps);
            const auto stages = ws.orderedStages(step.journey);
            return mEdits.moveStep(step.id, stages[size_t(pick(int(stages.size())))]->id, pick(6));
        }
        case 10:
            return has(ws.journeys) &&
                   !mEdits
                        .addLane(any(ws.journeys).id, vocabulary::laneKinds()[pick(16)], text,
                                 pick(9) - 1)
                        .isEmpty();
        case 11:
            return has(ws.lanes) && pick(3) == 0 && mEdits.removeLane(any(ws.lanes).id);
        case 12:
            return has(ws.lanes) && mEdits.moveLane(any(ws.lanes).id, pick(9));
        case 13: {
            if (!has(ws.steps))
                return false;
            const Step &step = any(ws.steps);
            const auto lanes = ws.orderedLanes(step.journey);
            return !lanes.empty() &&
                   !mEdits
                        .addCard(step.id, lanes[size_t(pick(int(lanes.size())))]->id, text,
                                 vocabulary::cardKinds()[pick(9)], pick(4) - 1)
                        .isEmpty();
        }
        case 14:
            return has(ws.cards) && mEdits.removeCards({any(ws.cards).id});
        case 15: {
            if (!has(ws.cards))
                return false;
            const Card &card = any(ws.cards);
            QStringList ids{card.id};
            for (const Card *other : ws.orderedCards(card.journey))
                if (ids.size() < 3 && pick(8) == 0 && !ids.contains(other->id))
                    ids << other->id;
            const auto steps = ws.orderedSteps(card.journey);
            const auto lanes = ws.orderedLanes(card.journey);
            return mEdits.moveCards(ids, steps[size_t(pick(int(steps.size())))]->id,
                                    lanes[size_t(pick(int(lanes.size())))]->id, pick(4) - 1);
        }
        case 16: {
            if (ws.cards.size() < 2)
                return false;
            const Card &a = any(ws.cards);
            const Card &b = any(ws.cards);
            return !mEdits.addConnection(a.id, b.id, vocabulary::connectionKinds()[pick(3)], text)
                        .isEmpty();
        }
        case 17:
            return has(ws.connections) && mEdits.removeConnection(any(ws.connections).id);
        case 18:
            return has(ws.cards) &&
                   !mEdits.addComment(any(ws.cards).id, QStringLiteral("Tester"), text).isEmpty();
        case 19: {
            if (!has(ws.cards))
                return false;
            static const char *fields[] = {"title",    "text",  "owner", "status",
                                           "evidence", "votes", "kind",  "tags"};
            const QString field = QLatin1String(fields[pick(8)]);
            QVariant value = text;
            if (field == QLatin1String("status"))
                value = vocabulary::cardStatuses()[pick(4)];
            else if (field == QLatin1String("evidence"))
                value = vocabulary::evidenceLevels()[pick(4)];
            else if (field == QLatin1String("kind"))
                value = vocabulary::cardKinds()[pick(9)];
            else if (field == QLatin1String("votes"))
                value = pick(10);
            else if (field == QLatin1String("tags"))
                value = QStringList{text, QStringLiteral("B1")};
            return mEdits.setField(EntityType::Card, {any(ws.cards).id}, field, value,
                                   pick(2) == 0);
        }
        case 20:
            return has(ws.steps) && mEdits.setField(EntityType::Step, {any(ws.steps).id},
                                                    QStringLiteral("emotion"), pick(5) - 2, true);
        default:
            return has(ws.lanes) &&
                   mEdits.setField(EntityType::Lane, {any(ws.lanes).id},
                                   QStringLiteral("line_above"), vocabulary::lines()[pick(4)]);
        }
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(mRng); }
    template <class T> bool has(const std::vector<T> &v) { return !v.empty(); }
    template <class T> const T &any(const std::vector<T> &v) {
        return v[size_t(pick(int(v.size())))];
    }

    Document &mDoc;
    Edits mEdits;
    std::mt19937 mRng;
    int mCounter = 0;
};

} // namespace

TEST_CASE("1,000 random commands: undo all, redo all, reopen") {
    test::ExampleFile file;
    Document &doc = *file.document;
    QUndoStack *stack = doc.undoStack();
    const std::string start = canonical(doc.workspace());
    RandomEditor editor(doc, 20261129u);
    int attempts = 0;
    while (stack->count() < 1000 && attempts < 20000) {
        ++attempts;
        editor.step();
        if (attempts % 97 == 0) {
            INFO("after attempt " << attempts);
            const auto problems = validateWorkspace(doc.workspace());
            REQUIRE(problems.empty());
            REQUIRE(test::onDisk(file.path) == canonical(doc.workspace()));
        }
    }
    REQUIRE(stack->count() == 1000);
    REQUIRE(validateWorkspace(doc.workspace()).empty());
    const std::string end = canonical(doc.workspace());

    stack->setIndex(0);
    CHECK(canonical(doc.workspace()) == start);
    CHECK(test::onDisk(file.path) == start);
    stack->setIndex(stack->count());
    CHECK(canonical(doc.workspace()) == end);

    file.document.reset();
    QString error;
    auto reopened = Document::open(file.path, Store::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    REQUIRE(reopened);
    CHECK(canonical(reopened->workspace()) == end);
}
