// Taking from the library: provenance on what was taken, rows that are not
// sound refused before anything is taken, and the server gone mid-session.
#include "document.h"
#include "librarytestsupport.h"
#include "provenance.h"

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

QString newFile(const QTemporaryDir &dir) {
    const QString path = dir.filePath("mine.blauwdruk");
    const CliResult r = runCli({"new", "-o", path, "--title", "Mijn werkruimte"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("Library: take copies two steps with their cards, each with the library's provenance") {
    TestLibrary lib;
    QTemporaryDir dir;
    const QString source = exampleFile(dir);
    const QString id = lib.publish(source, kIdeal, "zwolle");
    const Workspace ws = loadFile(source);
    const std::vector<const Step *> steps = ws.orderedSteps(kIdeal);
    REQUIRE(steps.size() >= 2);
    const QString mine = newFile(dir);

    const CliResult r =
        lib.cli({"take", id, "--into", mine, "--step", steps[0]->title, "--step", steps[1]->id},
                "deventer");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const Workspace taken = loadFile(mine);
    int takenSteps = 0, takenCards = 0;
    for (const Step &step : taken.steps) {
        const std::optional<Provenance> origin = Provenance::fromText(step.origin);
        REQUIRE(origin);
        CHECK(origin->library == id);
        CHECK(origin->organisation == "Gemeente Zwolle");
        CHECK(origin->workspace == ws.find<Journey>(kIdeal)->title);
        CHECK(origin->file.isEmpty());
        CHECK((origin->original == steps[0]->id || origin->original == steps[1]->id));
        CHECK(step.id != origin->original); // new ids
        ++takenSteps;
    }
    for (const Card &card : taken.cards) {
        const std::optional<Provenance> origin = Provenance::fromText(card.origin);
        REQUIRE(origin);
        CHECK(origin->library == id);
        const Card *original = ws.find<Card>(origin->original);
        REQUIRE(original);
        CHECK((original->step == steps[0]->id || original->step == steps[1]->id));
        CHECK(original->title == card.title);
        ++takenCards;
    }
    CHECK(takenSteps == 2);
    int expectedCards = 0;
    for (const Card &card : ws.cards)
        expectedCards += card.step == steps[0]->id || card.step == steps[1]->id;
    CHECK(takenCards == expectedCards);

    // Without --step or --card: the whole journey.
    const CliResult whole = lib.cli({"take", id, "--into", mine}, "deventer");
    INFO(whole.err.toStdString());
    REQUIRE(whole.exitCode == 0);
    const Workspace after = loadFile(mine);
    CHECK(after.journeys.size() == taken.journeys.size() + 1);
    CHECK(after.cards.size() == taken.cards.size() + ws.orderedCards(kIdeal).size());
}

TEST_CASE("Library: take refuses a retracted version and a file another Blauwdruk holds") {
    TestLibrary lib;
    QTemporaryDir dir;
    const QString source = exampleFile(dir);
    const QString id = lib.publish(source, kIdeal, "zwolle");
    const QString mine = newFile(dir);
    REQUIRE(lib.cli({"retract", id}, "zwolle").exitCode == 0);
    const QByteArray before = fileHash(mine);
    const CliResult r = lib.cli({"take", id, "--into", mine}, "deventer");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("was retracted by Gemeente Zwolle"));
    CHECK(fileHash(mine) == before);

    // A standing version into a file open in Blauwdruk: refused, unchanged.
    const QString standing = lib.publish(source, kCurrent, "zwolle");
    QString error;
    auto document = Document::open(mine, Store::Mode::ReadWrite, &error);
    REQUIRE(document);
    REQUIRE_FALSE(document->isReadOnly());
    const CliResult held = lib.cli({"take", standing, "--into", mine}, "deventer");
    CHECK(held.exitCode == 1);
    CHECK(held.err.contains("is open in Blauwdruk by"));
    CHECK(fileHash(mine) == before);
    document.reset();
    CHECK(lib.cli({"take", standing, "--into", mine}, "deventer").exitCode == 0);
}

TEST_CASE("Library: hostile rows are refused before anything is taken") {
    TestLibrary lib;
    QTemporaryDir dir;
    const QString source = exampleFile(dir);
    const QString good = lib.publish(source, kIdeal, "zwolle");
    const QString mine = newFile(dir);
    const QByteArray before = fileHash(mine);

    // An administrator (or anyone with the table owner's rights) writes
    // rows no Blauwdruk published.
    const char *const insert = "INSERT INTO library.versions (lineage, number, organisation, "
                               "title, status, content) VALUES (gen_random_uuid(), 1, 'zwolle', "
                               "'Vijandig', 'concept', %1) RETURNING id";
    const std::pair<const char *, const char *> hostile[] = {
        {"'\"just a string\"'::jsonb", "damaged"},
        {"'[1, 2, 3]'::jsonb", "damaged"},
        {"'{\"format\": \"blauwdruk\", \"version\": 999}'::jsonb", "damaged"},
        // A card in a step that is not there.
        {"(SELECT jsonb_set(content, '{journeys,0,cards,0,step}', "
         "'\"00000000-0000-4000-8000-000000000000\"') FROM library.versions WHERE id = $1::uuid)",
         "damaged"},
        // A card title far beyond any limit.
        {"(SELECT jsonb_set(content, '{journeys,0,cards,0,title}', to_jsonb(repeat('x', "
         "300000))) FROM library.versions WHERE id = $1::uuid)",
         "damaged"},
        // More than a journey can be: refused before it is sent.
        {"jsonb_build_object('x', repeat('a', 60 * 1024 * 1024))", "more than a journey can be"},
    };
    for (const auto &[content, said] : hostile) {
        INFO(content);
        const QByteArray sql = QString::fromLatin1(insert).arg(QLatin1String(content)).toUtf8();
        const bool usesGood = QByteArray(content).contains("$1");
        const PgResult row = lib.cluster.sql(TestCluster::kAdmin, sql.constData(),
                                             usesGood ? QStringList{good} : QStringList{});
        REQUIRE(row.ok());
        const QString id = row.value(0, 0);
        const CliResult r = lib.cli({"take", id, "--into", mine}, "deventer");
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith("blauwdruk: library: version " + id));
        CHECK(r.err.contains(said));
        CHECK(r.err.count('\n') == 1);
        CHECK(fileHash(mine) == before);
    }
    // The good one still comes through.
    CHECK(lib.cli({"take", good, "--into", mine}, "deventer").exitCode == 0);
}

TEST_CASE("Library: the server stopped mid-session gives a clear message and loses nothing") {
    TestLibrary lib;
    QTemporaryDir dir;
    const QString source = exampleFile(dir);
    const QString id = lib.publish(source, kIdeal, "zwolle");
    const QString mine = newFile(dir);
    const QByteArray sourceBefore = fileHash(source);
    const QByteArray mineBefore = fileHash(mine);

    auto zwolle = lib.cluster.connect("zwolle");
    Library library(*zwolle);
    QString error;
    LibraryQuery query;
    query.text = QStringLiteral("aanvragen");
    REQUIRE(library.search(query, &error));
    lib.cluster.stop();

    // The open connection: every call says the connection was lost.
    CHECK_FALSE(library.search(query, &error));
    INFO(error.toStdString());
    CHECK(error.contains("connection to the library was lost"));
    CHECK_FALSE(library.publish(loadFile(source), kIdeal, &error));
    CHECK(error.contains("connection to the library was lost"));
    CHECK_FALSE(library.fetch(id, nullptr, &error));
    CHECK(error.contains("connection to the library was lost"));

    // The command line: one line, exit 1, files as they were.
    CliResult r = lib.cli({"take", id, "--into", mine}, "zwolle");
    CHECK(r.exitCode == 1);
    CHECK(r.err.startsWith("blauwdruk: library: cannot connect to the library"));
    CHECK(r.err.count('\n') == 1);
    r = lib.cli({"publish", source, "--journey", kIdeal}, "zwolle");
    CHECK(r.exitCode == 1);
    CHECK(r.err.count('\n') == 1);
    CHECK(fileHash(source) == sourceBefore);
    CHECK(fileHash(mine) == mineBefore);
    // The files work offline as before.
    CHECK(runCli({"check", mine}).exitCode == 0);
}
