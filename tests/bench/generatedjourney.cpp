#include "generatedjourney.h"

#include "vocabulary.h"

#include <QUuid>

namespace blauwdruk::bench {

namespace {
QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

Workspace generatedJourney(int stages, int stepsPerStage, int cardCount, int laneCount,
                           int connectionCount) {
    Workspace ws;
    ws.meta.id = WorkspaceMeta::kId;
    ws.meta.title = QStringLiteral("Benchmark");
    Journey journey;
    journey.id = newId();
    journey.title = QStringLiteral("Grote klantreis");
    ws.journeys.push_back(journey);
    std::vector<QString> steps, lanes;
    for (int s = 0; s < stages; ++s) {
        Stage stage{newId(), journey.id, s, QStringLiteral("Fase %1").arg(s + 1), QString()};
        ws.stages.push_back(stage);
        for (int i = 0; i < stepsPerStage; ++i) {
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
        if (position == laneCount)
            break;
        if (preset.kind == QLatin1String("emotion"))
            continue; // a curve, no cards: the lanes here are for cards
        ws.lanes.push_back(Lane{newId(), journey.id, position++, preset.kind, preset.titleNl,
                                QString(), preset.lineAbove});
        lanes.push_back(ws.lanes.back().id);
    }
    const size_t cells = steps.size() * lanes.size();
    for (int i = 0; i < cardCount; ++i) {
        Card card;
        card.id = newId();
        card.journey = journey.id;
        card.step = steps[size_t(i) % steps.size()];
        card.lane = lanes[(size_t(i) / steps.size()) % lanes.size()];
        card.position = int(size_t(i) / cells);
        card.kind = vocabulary::cardKinds()[i % vocabulary::cardKinds().size()];
        card.title = QStringLiteral("Kaart %1 met een titel van gewone lengte").arg(i);
        card.text =
            QStringLiteral("Een langere toelichting zoals groepen die tijdens een sessie typen.");
        card.owner = QStringLiteral("Team Inkomen");
        card.tags = {QStringLiteral("B1"), QStringLiteral("privacy")};
        ws.cards.push_back(card);
    }
    // Card i sits in step i % steps and lane (i / steps) % lanes: offsets
    // reach the next step, the next lane, steps further on, back, and the
    // card below in the same cell.
    const qsizetype count = qsizetype(ws.cards.size());
    const qsizetype stepCount = qsizetype(steps.size());
    const qsizetype offsets[] = {
        1, stepCount, 3, 2 * stepCount + 4, -2, stepCount + 1, qsizetype(cells)};
    const QString labels[] = {QStringLiteral("nodig voor"),
                              QString(),
                              QStringLiteral("complete aanvraag"),
                              QStringLiteral("signaal"),
                              QStringLiteral("eerst regelen bij de afdeling Werk en Inkomen, "
                                             "anders loopt de aanvraag vast"),
                              QStringLiteral("gegevens"),
                              QStringLiteral("alternatief kanaal")};
    for (int i = 0; i < connectionCount && count > 1; ++i) {
        const qsizetype from = (qsizetype(i) * 7919) % count;
        qsizetype to = from + offsets[i % std::size(offsets)];
        to = ((to % count) + count) % count;
        if (to == from)
            to = (from + 1) % count;
        Connection connection;
        connection.id = newId();
        connection.journey = journey.id;
        connection.position = i;
        connection.from = ws.cards[size_t(from)].id;
        connection.to = ws.cards[size_t(to)].id;
        connection.kind = vocabulary::connectionKinds()[i % vocabulary::connectionKinds().size()];
        connection.label = labels[i % std::size(labels)];
        ws.connections.push_back(connection);
    }
    return ws;
}

} // namespace blauwdruk::bench
