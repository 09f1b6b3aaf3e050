#include "libraryentries.h"

#include <QHash>
#include <QUuid>

#include <nlohmann/json.hpp>

namespace blauwdruk {

QString LibraryEntries::asUuid(const QString &id) {
    const QUuid uuid = QUuid::fromString(id);
    if (!uuid.isNull())
        return uuid.toString(QUuid::WithoutBraces);
    static const QUuid kNamespace = QUuid::fromString(u"8d5c7f3e-2b1a-4c6e-9f0d-5a7b3c1e2d4f");
    return QUuid::createUuidV5(kNamespace, id).toString(QUuid::WithoutBraces);
}

QByteArray LibraryEntries::json(const Workspace &ws, const QString &journeyId) {
    nlohmann::json rows = nlohmann::json::array();
    auto row = [&rows](const char *kind, const QString &id, const QString &stepTitle,
                       const QString &title, const QString &text, const QString &laneKind,
                       const QString &cardKind) {
        rows.push_back({{"kind", kind},
                        {"item", asUuid(id).toStdString()},
                        {"step_title", stepTitle.toStdString()},
                        {"title", title.toStdString()},
                        {"text", text.toStdString()},
                        {"lane_kind", laneKind.toStdString()},
                        {"card_kind", cardKind.toStdString()}});
    };
    const Journey *journey = ws.find<Journey>(journeyId);
    if (!journey)
        return "[]";
    QString persona;
    if (const Persona *p = ws.find<Persona>(journey->persona))
        persona = p->name;
    row("journey", journey->id, QString(), journey->title,
        QStringList{journey->startingPoint, journey->goal, persona}.join(u' '), QString(),
        QString());
    QHash<QString, QString> stepTitles;
    for (const Step *step : ws.orderedSteps(journeyId)) {
        stepTitles.insert(step->id, step->title);
        row("step", step->id, step->title, step->title, step->description, QString(), QString());
    }
    QHash<QString, QString> laneKinds;
    for (const Lane *lane : ws.orderedLanes(journeyId))
        laneKinds.insert(lane->id, lane->kind);
    for (const Card *card : ws.orderedCards(journeyId))
        row("card", card->id, stepTitles.value(card->step), card->title, card->text,
            laneKinds.value(card->lane), card->kind);
    return QByteArray::fromStdString(rows.dump());
}

} // namespace blauwdruk
