#include "contenthash.h"

#include <QCryptographicHash>

#include <nlohmann/json.hpp>

namespace blauwdruk {

namespace {

using Json = nlohmann::json; // std::map underneath: keys come out sorted

// A field's value as JSON, through the field table's QVariant.
Json valueOf(const QVariant &value) {
    switch (value.metaType().id()) {
    case QMetaType::Int:
        return value.toInt();
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QStringList: {
        Json list = Json::array();
        for (const QString &s : value.toStringList())
            list.push_back(s.toStdString());
        return list;
    }
    default:
        return value.toString().toStdString();
    }
}

template <class T> Json contentOf(const T &object) {
    Json json = Json::object();
    const QStringList &names = ContentHash::contentFields(T::kType);
    for (const Field<T> &field : T::fields())
        if (names.contains(QLatin1String(field.name)))
            json[field.name] = valueOf(field.get(object));
    return json;
}

template <class T> Json listOf(const std::vector<const T *> &objects) {
    Json list = Json::array();
    for (const T *object : objects)
        list.push_back(contentOf(*object));
    return list;
}

} // namespace

const QStringList &ContentHash::contentFields(EntityType type) {
    static const QStringList journey{"title", "kind", "starting_point", "goal", "persona"};
    static const QStringList stage{"id", "title"};
    static const QStringList step{"id",      "stage",   "title",    "description",
                                  "channel", "emotion", "duration", "moment_of_truth"};
    static const QStringList lane{"id", "kind", "title", "line_above"};
    static const QStringList card{"id",    "step", "lane",     "kind",
                                  "title", "text", "evidence", "duration"};
    static const QStringList connection{"id", "from", "to", "kind", "label"};
    static const QStringList none;
    switch (type) {
    case EntityType::Journey:
        return journey;
    case EntityType::Stage:
        return stage;
    case EntityType::Step:
        return step;
    case EntityType::Lane:
        return lane;
    case EntityType::Card:
        return card;
    case EntityType::Connection:
        return connection;
    default:
        return none;
    }
}

QByteArray ContentHash::canonicalForm(const Workspace &ws, const QString &journeyId) {
    const Journey *journey = ws.find<Journey>(journeyId);
    if (!journey)
        return {};
    // Connections have no order of their own that a reader sees.
    std::vector<const Connection *> connections = ws.orderedConnections(journeyId);
    std::sort(connections.begin(), connections.end(),
              [](const Connection *a, const Connection *b) { return a->id < b->id; });
    Json root = Json::object();
    root["journey"] = contentOf(*journey);
    root["stages"] = listOf(ws.orderedStages(journeyId));
    root["steps"] = listOf(ws.orderedSteps(journeyId));
    root["lanes"] = listOf(ws.orderedLanes(journeyId));
    root["cards"] = listOf(ws.orderedCards(journeyId));
    root["connections"] = listOf(connections);
    const std::string text = root.dump(-1, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

QString ContentHash::of(const Workspace &ws, const QString &journey) {
    const QByteArray form = canonicalForm(ws, journey);
    if (form.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(form, QCryptographicHash::Sha256).toHex());
}

} // namespace blauwdruk
