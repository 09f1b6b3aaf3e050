// Measures how Blauwdruk's model scales: writing, opening and validating a
// large workspace file, JSON export/import, and single edits on it (each one
// a synchronous SQLite transaction). Not a test: run it by hand and record
// the numbers in docs/performance.md.
//
//   build/tests/bench_workspace [CARDS]   (default 50000)
#include "document.h"
#include "edits.h"
#include "jsoncodec.h"
#include "store.h"
#include "validator.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <sys/resource.h>

using namespace blauwdruk;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// One journey: 10 stages x 5 steps, the 7 default lanes, cards spread evenly.
Workspace generate(int cardCount) {
    Workspace ws;
    ws.meta.id = WorkspaceMeta::kId;
    ws.meta.title = QStringLiteral("Benchmark");
    Journey journey;
    journey.id = newId();
    journey.title = QStringLiteral("Grote klantreis");
    ws.journeys.push_back(journey);
    std::vector<QString> steps, lanes;
    for (int s = 0; s < 10; ++s) {
        Stage stage{newId(), journey.id, s, QStringLiteral("Fase %1").arg(s + 1), QString()};
        ws.stages.push_back(stage);
        for (int i = 0; i < 5; ++i) {
            Step step;
            step.id = newId();
            step.journey = journey.id;
            step.stage = stage.id;
            step.position = i;
            step.title = QStringLiteral("Stap %1.%2").arg(s + 1).arg(i + 1);
            ws.steps.push_back(step);
            steps.push_back(step.id);
        }
    }
    int position = 0;
    for (const auto &preset : vocabulary::defaultLanes()) {
        Lane lane;
        lane.id = newId();
        lane.journey = journey.id;
        lane.position = position++;
        lane.kind = preset.kind;
        lane.title = preset.titleNl;
        lane.lineAbove = preset.lineAbove;
        ws.lanes.push_back(lane);
        lanes.push_back(lane.id);
    }
    const size_t cells = steps.size() * lanes.size();
    for (int i = 0; i < cardCount; ++i) {
        Card card;
        card.id = newId();
        card.journey = journey.id;
        card.step = steps[size_t(i) % steps.size()];
        card.lane = lanes[(size_t(i) / steps.size()) % lanes.size()];
        card.position = int(size_t(i) / cells);
        card.title = QStringLiteral("Kaart %1 met een titel van gewone lengte").arg(i);
        card.text =
            QStringLiteral("Een langere toelichting zoals groepen die tijdens een sessie typen.");
        card.owner = QStringLiteral("Team Inkomen");
        card.tags = {QStringLiteral("B1"), QStringLiteral("privacy")};
        ws.cards.push_back(card);
    }
    return ws;
}

long maxRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

template <class F> double timed(F &&f) {
    QElapsedTimer timer;
    timer.start();
    f();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int cards = argc > 1 ? atoi(argv[1]) : 50000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.blauwdruk"));
    QString error;

    Workspace ws;
    std::printf("cards: %d\n", cards);
    std::printf("generate:            %8.1f ms\n", timed([&] { ws = generate(cards); }));
    std::printf("validate:            %8.1f ms\n", timed([&] { validateWorkspace(ws); }));
    std::printf("write new file:      %8.1f ms\n",
                timed([&] { Store::writeNew(path, ws, &error); }));
    std::printf("file size:           %8.1f MB\n", double(QFile(path).size()) / 1e6);
    QByteArray json;
    const double exportMs = timed([&] { json = JsonCodec::write(ws); });
    std::printf("JSON export:         %8.1f ms (%.1f MB)\n", exportMs, double(json.size()) / 1e6);
    std::printf("JSON import:         %8.1f ms\n", timed([&] { JsonCodec::read(json, &error); }));
    ws = Workspace();

    std::unique_ptr<Document> doc;
    std::printf("open (check+load+validate): %8.1f ms\n",
                timed([&] { doc = Document::open(path, Store::Mode::ReadWrite, &error); }));
    if (!doc) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
        return 1;
    }
    Edits edits(*doc);
    const Workspace &w = doc->workspace();
    const QString step = w.orderedSteps(w.journeys[0].id)[3]->id;
    const QString lane = w.orderedLanes(w.journeys[0].id)[2]->id;
    const int rounds = 200;
    QStringList added;
    const double add = timed([&] {
        for (int i = 0; i < rounds; ++i)
            added << edits.addCard(step, lane, QStringLiteral("Nieuw %1").arg(i));
    });
    std::printf("add card (each):     %8.2f ms\n", add / rounds);
    const double rename = timed([&] {
        for (int i = 0; i < rounds; ++i)
            edits.setField(EntityType::Card, {added[i]}, QStringLiteral("title"),
                           QStringLiteral("Hernoemd %1").arg(i));
    });
    std::printf("rename card (each):  %8.2f ms\n", rename / rounds);
    const double move = timed([&] {
        for (int i = 0; i < rounds; ++i)
            edits.moveCards({added[i]}, w.orderedSteps(w.journeys[0].id)[size_t(i % 50)]->id, lane,
                            0);
    });
    std::printf("move card (each):    %8.2f ms\n", move / rounds);
    const double undo = timed([&] {
        for (int i = 0; i < rounds; ++i)
            doc->undoStack()->undo();
    });
    std::printf("undo (each):         %8.2f ms\n", undo / rounds);
    std::printf("max RSS:             %8ld MB\n", maxRssMb());
    return 0;
}
