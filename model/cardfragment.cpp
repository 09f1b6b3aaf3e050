#include "cardfragment.h"

#include "jsoncodec.h"
#include "sizelimits.h"

#include <QCoreApplication>
#include <QHash>

#include <nlohmann/json.hpp>

namespace blauwdruk {

namespace {

using Json = nlohmann::ordered_json;

// The fields that travel; where a card sits is said by column and row.
bool travels(const char *name) {
    return qstrcmp(name, "journey") != 0 && qstrcmp(name, "step") != 0 &&
           qstrcmp(name, "lane") != 0 && qstrcmp(name, "position") != 0;
}

} // namespace

CardFragment CardFragment::copy(const Workspace &ws, const QStringList &cardIds) {
    CardFragment fragment;
    QHash<QString, int> column, row;
    QString journey;
    std::vector<const Card *> cards;
    for (const QString &id : cardIds)
        if (const Card *card = ws.find<Card>(id))
            cards.push_back(card);
    if (cards.empty())
        return fragment;
    journey = cards.front()->journey;
    for (const Step *step : ws.orderedSteps(journey))
        column.insert(step->id, int(column.size()));
    for (const Lane *lane : ws.orderedLanes(journey))
        row.insert(lane->id, int(row.size()));
    int left = INT_MAX, top = INT_MAX;
    for (const Card *card : cards) {
        left = std::min(left, column.value(card->step));
        top = std::min(top, row.value(card->lane));
    }
    // Reading order, so a paste stacks cards as they were.
    for (const Card *card : ws.orderedCards(journey))
        if (cardIds.contains(card->id) && card->journey == journey) {
            Item item{*card, column.value(card->step) - left, row.value(card->lane) - top};
            item.card.journey.clear();
            item.card.step.clear();
            item.card.lane.clear();
            fragment.items.push_back(item);
        }
    for (const Connection *connection : ws.orderedConnections(journey))
        if (cardIds.contains(connection->from) && cardIds.contains(connection->to))
            fragment.connections.push_back(*connection);
    return fragment;
}

QByteArray CardFragment::toJson() const {
    Json root;
    root["format"] = "blauwdruk-cards";
    root["version"] = 1;
    Json cards = Json::array();
    for (const Item &item : items) {
        Json card;
        for (const Field<Card> &field : Card::fields()) {
            if (!travels(field.name))
                continue;
            const QVariant value = field.get(item.card);
            if (field.type() == FieldType::Int)
                card[field.name] = value.toInt();
            else if (field.type() == FieldType::TextList) {
                Json list = Json::array();
                for (const QString &s : value.toStringList())
                    list.push_back(s.toStdString());
                card[field.name] = list;
            } else
                card[field.name] = value.toString().toStdString();
        }
        card["column"] = item.column;
        card["row"] = item.row;
        cards.push_back(card);
    }
    root["cards"] = cards;
    Json links = Json::array();
    for (const Connection &c : connections)
        links.push_back({{"from", c.from.toStdString()},
                         {"to", c.to.toStdString()},
                         {"kind", c.kind.toStdString()},
                         {"label", c.label.toStdString()}});
    root["connections"] = links;
    return QByteArray::fromStdString(root.dump());
}

std::optional<CardFragment> CardFragment::fromJson(const QByteArray &json, QString *error) {
    const Json root = Json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (!root.is_object() || root.value("format", "") != "blauwdruk-cards" ||
        !root.contains("cards") || !root["cards"].is_array()) {
        *error = QCoreApplication::translate("Clipboard", "the clipboard holds no Blauwdruk cards");
        return std::nullopt;
    }
    if (root["cards"].size() > size_t(limits::kMaxCardsPerJourney)) {
        *error = QCoreApplication::translate(
            "Clipboard", "the clipboard holds more cards than a journey can hold");
        return std::nullopt;
    }
    CardFragment fragment;
    try {
        for (const Json &card : root["cards"]) {
            Item item;
            for (const Field<Card> &field : Card::fields()) {
                if (!travels(field.name) || !card.contains(field.name))
                    continue;
                const Json &value = card[field.name];
                if (field.type() == FieldType::Int)
                    field.set(item.card, value.get<int>());
                else if (field.type() == FieldType::TextList) {
                    QStringList list;
                    for (const Json &s : value)
                        list << QString::fromStdString(s.get<std::string>());
                    field.set(item.card, list);
                } else
                    field.set(item.card, QString::fromStdString(value.get<std::string>()));
            }
            item.column = std::clamp(card.value("column", 0), 0, 10000);
            item.row = std::clamp(card.value("row", 0), 0, 10000);
            fragment.items.push_back(item);
        }
        for (const Json &c : root.value("connections", Json::array())) {
            Connection connection;
            connection.from = QString::fromStdString(c.at("from").get<std::string>());
            connection.to = QString::fromStdString(c.at("to").get<std::string>());
            connection.kind = QString::fromStdString(c.value("kind", "flow"));
            connection.label = QString::fromStdString(c.value("label", ""));
            fragment.connections.push_back(connection);
        }
    } catch (const Json::exception &) {
        *error =
            QCoreApplication::translate("Clipboard", "the clipboard holds damaged Blauwdruk cards");
        return std::nullopt;
    }
    return fragment;
}

QString CardFragment::toPlainText() const {
    QStringList titles;
    for (const Item &item : items)
        titles << item.card.title;
    return titles.join(QLatin1Char('\n'));
}

} // namespace blauwdruk
