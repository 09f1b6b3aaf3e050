// Issue 19: `blauwdruk import-from` as the real binary. The other file is
// only read; what is taken carries its provenance; a file another Blauwdruk
// holds, a missing source and wrong usage are refused with one line.
#include "clirun.h"
#include "provenance.h"

#include <catch2/catch.hpp>

using namespace blauwdruk;

namespace {

QString emptyFile(const QTemporaryDir &dir) {
    const QString path = dir.filePath(QStringLiteral("deventer.blauwdruk"));
    const test::CliResult made =
        test::runCli({"new", "-o", path, "--title", "Schuldhulp Deventer"});
    REQUIRE(made.exitCode == 0);
    return path;
}

const Journey &journeyOfKind(const Workspace &ws, const char *kind) {
    for (const Journey &journey : ws.journeys)
        if (journey.kind == QLatin1String(kind))
            return journey;
    FAIL("no journey of that kind");
    return ws.journeys.front();
}

} // namespace

TEST_CASE("CLI reuse: import-from takes a journey with its persona and provenance, and leaves "
          "the other file as it was") {
    QTemporaryDir dir;
    const QString source = test::exampleFile(dir, QStringLiteral("zwolle.blauwdruk"));
    const QString target = emptyFile(dir);
    const QByteArray sourceHash = test::fileHash(source);
    const Workspace example = test::exampleWorkspace();
    const Journey &ideal = journeyOfKind(example, "ideal");

    const test::CliResult result =
        test::runCli({"import-from", target, "--from", source, "--journey", ideal.title});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    const QStringList line = result.out.trimmed().split(u'\t');
    REQUIRE(line.size() == 3);
    CHECK(line[0] == QLatin1String("journey"));
    CHECK(line[2] == ideal.title);
    CHECK(test::fileHash(source) == sourceHash);

    const Workspace ws = test::loadFile(target);
    const Journey *copy = ws.find<Journey>(line[1]);
    REQUIRE(copy);
    const std::optional<Provenance> origin = Provenance::fromText(copy->origin);
    REQUIRE(origin);
    CHECK(origin->original == ideal.id);
    CHECK(origin->file == QLatin1String("zwolle.blauwdruk"));
    CHECK(origin->workspace == example.meta.title);
    CHECK(origin->organisation == example.meta.organisation);
    CHECK(origin->library.isEmpty());
    REQUIRE(ws.personas.size() == 1);
    CHECK(Provenance::fromText(ws.personas.front().origin)->original == ideal.persona);
    // The file is sound, and `check` says so.
    CHECK(test::runCli({"check", target}).exitCode == 0);
}

TEST_CASE("CLI reuse: import-from takes steps into a journey and cards into a step") {
    QTemporaryDir dir;
    const QString source = test::exampleFile(dir, QStringLiteral("zwolle.blauwdruk"));
    const QString target = emptyFile(dir);
    const Workspace example = test::exampleWorkspace();
    const Journey &ideal = journeyOfKind(example, "ideal");
    const std::vector<const Step *> steps = example.orderedSteps(ideal.id);

    // Two steps, by title, into a new journey like theirs.
    test::CliResult result =
        test::runCli({"import-from", target, "--from", source, "--journey", ideal.id, "--step",
                      steps[0]->title, "--step", steps[1]->id});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.count(QLatin1String("step\t")) == 2);
    Workspace ws = test::loadFile(target);
    REQUIRE(ws.journeys.size() == 1);
    REQUIRE(ws.steps.size() == 2);
    const QString made = ws.journeys.front().id;

    // One card of the third step, into the first step taken.
    const Card *card = nullptr;
    for (const Card &c : example.cards)
        if (c.step == steps[2]->id && !card)
            card = &c;
    REQUIRE(card);
    result = test::runCli({"import-from", target, "--from", source, "--card", card->id,
                           "--to-journey", made, "--to-step", steps[0]->title});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    ws = test::loadFile(target);
    const Card *copy = nullptr;
    for (const Card &c : ws.cards)
        if (Provenance::fromText(c.origin)->original == card->id)
            copy = &c;
    REQUIRE(copy);
    CHECK(ws.find<Step>(copy->step)->title == steps[0]->title);

    // Cards without a step to go into: wrong usage, nothing written.
    const QByteArray before = test::fileHash(target);
    result = test::runCli({"import-from", target, "--from", source, "--card", card->id});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("--to-step")));
    CHECK(test::fileHash(target) == before);
}

TEST_CASE("CLI reuse: import-from refuses a file another Blauwdruk holds, a missing source "
          "and a source that is not sound") {
    QTemporaryDir dir;
    const QString source = test::exampleFile(dir, QStringLiteral("zwolle.blauwdruk"));
    const QString target = emptyFile(dir);
    const QByteArray before = test::fileHash(target);
    {
        QString error;
        auto held = Document::open(target, Store::Mode::ReadWrite, &error);
        REQUIRE(held);
        REQUIRE_FALSE(held->isReadOnly());
        const test::CliResult result =
            test::runCli({"import-from", target, "--from", source, "--persona", "Samira"});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QLatin1String("is open in Blauwdruk by")));
        CHECK(result.err.count(u'\n') == 1);
    }
    CHECK(test::fileHash(target) == before);

    test::CliResult result =
        test::runCli({"import-from", target, "--from",
                      dir.filePath(QStringLiteral("nergens.blauwdruk")), "--persona", "Samira"});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QLatin1String("nergens.blauwdruk")));

    // A hand-edited source whose provenance is not one: refused before
    // anything is taken.
    test::runSql(source, QStringLiteral("UPDATE personas SET origin = '{\"original\": 5}'"));
    result = test::runCli({"import-from", target, "--from", source, "--persona", "Samira"});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QLatin1String("zwolle.blauwdruk")));
    CHECK(result.err.contains(QLatin1String("provenance")));
    CHECK(test::fileHash(target) == before);

    result = test::runCli({"import-from", target, "--persona", "Samira"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("--from")));
    result = test::runCli({"import-from", target, "--from", source});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("say what to take")));
    CHECK(test::fileHash(target) == before);
}
