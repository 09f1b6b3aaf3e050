// Measures how Blauwdruk's model scales: writing, opening and validating a
// large workspace file, JSON export/import, and single edits on it (each one
// a synchronous SQLite transaction). Not a test: run it by hand and record
// the numbers in docs/performance.md.
//
//   build/tests/bench_workspace [CARDS]   (default 50000)
#include "document.h"
#include "edits.h"
#include "generatedjourney.h"
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
using bench::timed;

namespace {

long maxRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
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
    std::printf("generate:            %8.1f ms\n",
                timed([&] { ws = bench::generatedJourney(10, 5, cards); }));
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
