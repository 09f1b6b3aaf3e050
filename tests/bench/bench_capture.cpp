// Measures quick capture (issue 15): how long adding one typed card takes,
// from the Enter key (the SQLite commit included) until the viewport's next
// paint returns, and how long one typed key takes in the draft. A benchmark
// run by hand, never a timed test; figures go in docs/performance.md.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench_capture            (the bundled example)
//   QT_QPA_PLATFORM=offscreen build/tests/bench_capture 1000       (a generated journey)
#include "blueprintscene.h"
#include "blueprintview.h"
#include "capturedraft.h"
#include "document.h"
#include "generatedjourney.h"
#include "jsoncodec.h"
#include "quickcapturetool.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace blauwdruk;
using bench::timed;

namespace {

constexpr int kCards = 40;

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

std::optional<Workspace> example() {
    QFile file(QStringLiteral(BLAUWDRUK_SOURCE_DIR "/resources/example/minimaregelingen.json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString error;
    return JsonCodec::read(file.readAll(), &error);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const int cards = argc > 1 ? std::atoi(argv[1]) : 0;
    const std::optional<Workspace> ws =
        cards > 0 ? std::optional<Workspace>(bench::generatedJourney(10, 10, cards, 7)) : example();
    QTemporaryDir dir;
    QString error;
    auto doc =
        ws ? Document::create(dir.filePath(QStringLiteral("q.blauwdruk")), *ws, &error) : nullptr;
    if (!doc) {
        std::fprintf(stderr, "no workspace: %s\n", qPrintable(error));
        return 1;
    }
    const Journey *journey = doc->workspace().orderedJourneys().front();
    BlueprintView view(new BlueprintScene(doc.get(), journey->id));
    view.resize(1920, 1080);
    view.show();
    QCoreApplication::processEvents();
    view.setQuickCapture(true);
    const auto &layout = view.blueprintScene()->layout();
    const auto lane =
        std::find_if(layout.lanes.begin(), layout.lanes.end(),
                     [](const BlueprintLayout::LaneBox &l) { return l.kind != "emotion"; });
    view.setCurrentCell({layout.steps[layout.steps.size() / 2].id, lane->id});
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_A);
    CaptureDraft *draft = view.captureTool()->draft();
    if (!draft)
        return 1;
    QTest::keyClick(draft, Qt::Key_Backspace);
    std::vector<double> adds, keys;
    const QString title = QStringLiteral("!Wachttijd aan de telefoon");
    for (int i = 0; i < kCards; ++i) {
        for (const QChar c : title)
            keys.push_back(timed([&] {
                QTest::keyClicks(draft, QString(c));
                draft->viewport()->repaint();
            }));
        adds.push_back(timed([&] {
            QTest::keyClick(draft, Qt::Key_Return);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
            view.viewport()->repaint();
        }));
        QCoreApplication::processEvents();
    }
    std::printf("%s: %zu cards in the journey, %d added (1920x1080; medians)\n",
                cards > 0 ? "generated journey" : "bundled example", size_t(layout.cards.size()),
                kCards);
    std::printf("add a typed card, saved and painted: %6.2f ms\n", median(adds));
    std::printf("one key typed in the draft, painted: %6.2f ms\n", median(keys));
    return 0;
}
