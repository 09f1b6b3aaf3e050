#include "jsoncodec.h"

#include "limitcheck.h"
#include "personaphoto.h"
#include "provenance.h"
#include "validator.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <functional>
#include <set>

#include <nlohmann/json.hpp>

namespace blauwdruk {

using Json = nlohmann::ordered_json;

namespace {

constexpr int kMaxDepth = 64;

// Reading: every failure is thrown as ReadError with a JSON path.
struct ReadError {
    QString message;
};

// Text from the file as a message quotes it: a key or a parser excerpt of
// megabytes must not become a message of megabytes.
QString shown(const QString &text, qsizetype longest = 80) {
    return text.size() <= longest ? text : text.left(longest) + QChar(0x2026);
}

// The parser's message quotes the token it was reading, which may be a whole
// string of megabytes; keep what it says and only the start of the quote.
QString parserMessage(const char *what) {
    const QString message = QString::fromUtf8(what);
    const qsizetype quote = message.indexOf(QLatin1String("; last read: "));
    return quote < 0 ? shown(message, 400) : message.left(quote) + shown(message.mid(quote), 60);
}

[[noreturn]] void fail(const QString &path, const QString &message) {
    throw ReadError{path.isEmpty() ? message : path + QStringLiteral(": ") + message};
}

// Keys that the nesting of the JSON already says. Decisions sit at the top
// level (they outlive their journey), so they name it.
template <class T> bool isImplicit(const char *name) {
    if (qstrcmp(name, "journey") == 0)
        return !std::is_same_v<T, Decision>;
    return qstrcmp(name, "position") == 0;
}

std::string utf8(const QString &s) {
    return s.toStdString();
}

template <class T> Json objectToJson(const T &object) {
    Json json = Json::object();
    for (const Field<T> &field : T::fields()) {
        if (isImplicit<T>(field.name))
            continue;
        std::visit(
            [&](auto ptr) {
                const auto &value = object.*ptr;
                using V = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<V, QString>) {
                    // Provenance is an object of its own, and only there when
                    // the object was taken from elsewhere.
                    if (field.rule.format == FieldRule::Format::Origin) {
                        if (!value.isEmpty())
                            json[field.name] = Json::parse(utf8(value), nullptr, false);
                    } else {
                        json[field.name] = utf8(value);
                    }
                } else if constexpr (std::is_same_v<V, QStringList>) {
                    Json list = Json::array();
                    for (const QString &s : value)
                        list.push_back(utf8(s));
                    json[field.name] = list;
                } else if constexpr (std::is_same_v<V, QByteArray>)
                    json[field.name] = value.toBase64().toStdString();
                else
                    json[field.name] = value;
            },
            field.member);
    }
    return json;
}

template <class T> Json listToJson(const std::vector<const T *> &objects) {
    Json list = Json::array();
    for (const T *object : objects)
        list.push_back(objectToJson(*object));
    return list;
}

// What makes `text` too large a shape to parse, or empty: more bytes, deeper
// nesting, more keys in one object or more items in one array than
// sizelimits.h allows. One linear scan before parsing: deep nesting would
// exhaust the stack (in parsing or in destroying the tree), and the parser
// looks keys up linearly while it builds an object, so an object of 160,000
// keys would cost their square. (nlohmann's parser callback could count too,
// but its cost grows with the square of an array's length.)
QString shapeProblem(const QByteArray &text) {
    if (text.size() > limits::kMaxJsonBytes)
        return QCoreApplication::translate("Import", "is %1 bytes; JSON input holds at most %2 MB")
            .arg(limitcheck::number(text.size()), limitcheck::number(limits::kMaxJsonBytes >> 20));
    struct Open {
        bool object = false;
        bool empty = true;
        qint64 items = 0;
    };
    Open open[kMaxDepth + 1];
    int depth = 0; // open[depth - 1] is the innermost container
    qint64 values = 0;
    bool inString = false;
    bool escaped = false;
    // Counts the item that starts here, if it is the first of its container
    // (the others were counted at their comma).
    auto startItem = [&] {
        if (depth > 0 && open[depth - 1].empty) {
            open[depth - 1].empty = false;
            open[depth - 1].items = 1;
            ++values;
        }
    };
    const auto tooMany = [] {
        return QCoreApplication::translate("Import", "holds more than %1 values")
            .arg(limitcheck::number(limits::kMaxJsonValues));
    };
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
        case ':':
            break;
        case '[':
        case '{':
            startItem();
            if (values > limits::kMaxJsonValues)
                return tooMany();
            if (depth == kMaxDepth)
                return QCoreApplication::translate("Import", "nested more than %1 levels deep")
                    .arg(kMaxDepth);
            open[depth++] = Open{c == '{', true, 0};
            break;
        case ']':
        case '}':
            if (depth > 0)
                --depth;
            break;
        case ',':
            if (depth > 0) {
                Open &container = open[depth - 1];
                ++container.items;
                if (++values > limits::kMaxJsonValues)
                    return tooMany();
                if (container.object && container.items > limits::kMaxJsonKeysPerObject)
                    return QCoreApplication::translate("Import",
                                                       "has an object of more than %1 keys")
                        .arg(limitcheck::number(limits::kMaxJsonKeysPerObject));
                if (!container.object && container.items > limits::kMaxJsonArrayItems)
                    return QCoreApplication::translate("Import", "has a list of more than %1 items")
                        .arg(limitcheck::number(limits::kMaxJsonArrayItems));
            }
            break;
        case '"':
            inString = true;
            [[fallthrough]];
        default:
            startItem();
            break;
        }
    }
    return {};
}

// Refusing too large a shape before parsing keeps hostile files from
// exhausting the stack, the memory or the time (shapeProblem).
Json parseLimited(const QByteArray &text) {
    if (const QString problem = shapeProblem(text); !problem.isEmpty())
        fail(QString(), problem);
    return Json::parse(text.constBegin(), text.constEnd());
}

Json versionToJson(const Version &version) {
    Json json = objectToJson(version);
    const QByteArray snapshot = version.snapshot.toUtf8();
    // Validation has read every snapshot already; this only guards a caller
    // that skipped it.
    json["snapshot"] = shapeProblem(snapshot).isEmpty()
                           ? Json::parse(snapshot.constBegin(), snapshot.constEnd(), nullptr, false)
                           : Json();
    if (!json["snapshot"].is_object())
        json["snapshot"] = Json::object();
    return json;
}

// JSON text written piece by piece, formatted as nlohmann's dump(2) formats a
// whole tree: two spaces a level, ": " after keys, one item a line, "[]" for
// an empty list. Each value is dumped alone and indented to its depth.
class JsonText {
public:
    // With a device, the text goes to it in pieces as it is made.
    JsonText(QByteArray &out, QIODevice *device)
        : mOut(out)
        , mDevice(device) {}

    // Hands what is made so far to the device: false once writing failed.
    bool flush(qsizetype atLeast = 0) {
        if (!mDevice || mOut.size() < atLeast)
            return true;
        if (!mFailed && mDevice->write(mOut) != mOut.size())
            mFailed = true;
        mOut.clear();
        return !mFailed;
    }

    void pad(int depth) { mOut.append(QByteArray(2 * depth, ' ')); }

    void value(int depth, const Json &json) {
        // Replace, not throw, on text that is not valid UTF-8 (cannot come
        // from QString, but a bug must not lose an export).
        const std::string text = json.dump(2, ' ', false, Json::error_handler_t::replace);
        const QByteArray indent = "\n" + QByteArray(2 * depth, ' ');
        mOut.append(QByteArray::fromStdString(text).replace("\n", indent));
    }

    void key(int depth, const char *name) {
        pad(depth);
        mOut.append(QByteArray::fromStdString(Json(name).dump()) + ": ");
    }

    void member(int depth, const char *name, const Json &json, bool last) {
        key(depth, name);
        value(depth, json);
        mOut.append(last ? "\n" : ",\n");
    }

    void open(size_t count) { mOut.append(count == 0 ? "[" : "[\n"); }

    void close(int depth, size_t count) {
        if (count > 0)
            pad(depth);
        mOut.append("]");
    }

    // A list of `count` items, the i-th made by itemAt(i) only when written.
    template <class F> void list(int depth, size_t count, F itemAt) {
        open(count);
        for (size_t i = 0; i < count; ++i) {
            pad(depth + 1);
            value(depth + 1, itemAt(i));
            mOut.append(i + 1 < count ? ",\n" : "\n");
            flush(kPiece);
        }
        close(depth, count);
    }

private:
    static constexpr qsizetype kPiece = 1 << 16;
    QByteArray &mOut;
    QIODevice *mDevice;
    bool mFailed = false;
};

QString fromUtf8(const Json &value) {
    const std::string &s = value.get_ref<const std::string &>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// An object's provenance: the object Provenance describes, kept as its
// compact text (normalised, so the round trip is byte-identical).
QString originFromJson(const Json &value, const QString &where) {
    const std::optional<Provenance> origin =
        value.is_object() && value.size() <= 6
            ? Provenance::fromText(QString::fromStdString(value.dump()))
            : std::nullopt;
    if (!origin)
        fail(where, QCoreApplication::translate(
                        "Import", "expected a provenance object (workspace, organisation, file, "
                                  "library, taken_at, original)"));
    return origin->toText();
}

template <class T> T objectFromJson(const Json &json, const QString &path, const QString &journey) {
    if (!json.is_object())
        fail(path, QCoreApplication::translate("Import", "expected an object"));
    T object;
    if constexpr (requires(T & o) { o.journey; })
        object.journey = journey;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        const Field<T> *field = findField<T>(key);
        // Lists a journey holds and a version's snapshot are read by the caller.
        if constexpr (std::is_same_v<T, Journey>) {
            static const QStringList lists{"stages",        "steps",    "lanes",    "cards",
                                           "connections",   "comments", "sessions", "participants",
                                           "vote_rounds",   "votes",    "agenda",   "dismissals",
                                           "demo_sessions", "verdicts"};
            if (lists.contains(key))
                continue;
        }
        if constexpr (std::is_same_v<T, Version>) {
            if (key == QLatin1String("snapshot"))
                continue;
        }
        if (!field || isImplicit<T>(field->name))
            fail(path, QCoreApplication::translate("Import", "unknown key \"%1\"").arg(shown(key)));
        const Json &value = it.value();
        const QString where = path + QLatin1Char('.') + key;
        const QLatin1StringView name(field->name);
        std::visit(
            [&](auto ptr) {
                auto &target = object.*ptr;
                using V = std::decay_t<decltype(target)>;
                if constexpr (std::is_same_v<V, QString>) {
                    if (field->rule.format == FieldRule::Format::Origin) {
                        target = originFromJson(value, where);
                        return;
                    }
                    if (!value.is_string())
                        fail(where, QCoreApplication::translate("Import", "expected a text"));
                    // Measured before it is converted: a 50 MB text is not copied.
                    const std::string &utf8 = value.get_ref<const std::string &>();
                    if (const QString problem = limitcheck::textLengthProblem(
                            name, limitcheck::utf16Length(
                                      QByteArrayView(utf8.data(), qsizetype(utf8.size()))));
                        !problem.isEmpty())
                        fail(path, problem);
                    target = fromUtf8(value);
                } else if constexpr (std::is_same_v<V, int>) {
                    // Unsigned values above INT64_MAX would wrap in get<long long>().
                    if (!value.is_number_integer() ||
                        (value.is_number_unsigned() && value.get<unsigned long long>() > INT_MAX) ||
                        value.get<long long>() < INT_MIN || value.get<long long>() > INT_MAX)
                        fail(where,
                             QCoreApplication::translate("Import", "expected a whole number"));
                    target = value.get<int>();
                } else if constexpr (std::is_same_v<V, bool>) {
                    if (!value.is_boolean())
                        fail(where,
                             QCoreApplication::translate("Import", "expected true or false"));
                    target = value.get<bool>();
                } else if constexpr (std::is_same_v<V, QStringList>) {
                    if (!value.is_array())
                        fail(where,
                             QCoreApplication::translate("Import", "expected a list of texts"));
                    // Counted before anything is converted.
                    if (value.size() > size_t(limits::kMaxListItems))
                        fail(path, QStringLiteral("%1 hold %2 items; a list holds at most %3")
                                       .arg(name, limitcheck::number(qint64(value.size())),
                                            limitcheck::number(limits::kMaxListItems)));
                    for (const Json &item : value) {
                        if (!item.is_string())
                            fail(where,
                                 QCoreApplication::translate("Import", "expected a list of texts"));
                        target.append(fromUtf8(item));
                    }
                    if (const QString problem = limitcheck::listProblem(name, target);
                        !problem.isEmpty())
                        fail(path, problem);
                } else {
                    if (!value.is_string())
                        fail(where, QCoreApplication::translate("Import", "expected base64 text"));
                    // Judged by its length, before anything is decoded.
                    if (const qint64 bytes =
                            qint64(value.get_ref<const std::string &>().size()) / 4 * 3;
                        bytes > limits::kMaxPhotoBytes)
                        fail(path,
                             QStringLiteral("%1 is about %2 bytes; a photo holds at most %3 MB")
                                 .arg(name, limitcheck::number(bytes),
                                      limitcheck::number(limits::kMaxPhotoBytes >> 20)));
                    auto decoded = QByteArray::fromBase64Encoding(
                        QByteArray::fromStdString(value.get<std::string>()),
                        QByteArray::AbortOnBase64DecodingErrors);
                    if (!decoded)
                        fail(where, QCoreApplication::translate("Import", "is not valid base64"));
                    target = *decoded;
                }
            },
            field->member);
    }
    if (object.id.isEmpty()) {
        // Personas and journeys are referred to from elsewhere; an empty id
        // there is a mistake. Nested objects may leave it out.
        if (json.contains("id") && (std::is_same_v<T, Persona> || std::is_same_v<T, Journey>))
            fail(path + QStringLiteral(".id"), QCoreApplication::translate("Import", "is empty"));
        object.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    return object;
}

const Json &member(const Json &object, const char *key, const QString &path) {
    auto it = object.find(key);
    if (it == object.end())
        fail(path,
             QCoreApplication::translate("Import", "missing key \"%1\"").arg(QLatin1String(key)));
    return *it;
}

const Json *optionalArray(const Json &object, const char *key, const QString &path) {
    auto it = object.find(key);
    if (it == object.end())
        return nullptr;
    if (!it->is_array())
        fail(path + QLatin1Char('.') + QLatin1String(key),
             QCoreApplication::translate("Import", "expected a list"));
    return &*it;
}

// Reads an array of T into the workspace; positions follow array order (for
// steps within their stage, for cards within their cell).
template <class T, class GroupKey>
void readList(Workspace &ws, const Json &parent, const char *key, const QString &path,
              const QString &journey, GroupKey groupOf) {
    const Json *array = optionalArray(parent, key, path);
    if (!array)
        return;
    if constexpr (std::is_same_v<T, Card>) {
        if (array->size() > size_t(limits::kMaxCardsPerJourney))
            fail(path + QStringLiteral(".cards"),
                 QCoreApplication::translate("Import", "holds %1 cards; a journey holds at most %2")
                     .arg(limitcheck::number(qint64(array->size())),
                          limitcheck::number(limits::kMaxCardsPerJourney)));
    }
    QHash<QString, int> next;
    for (size_t i = 0; i < array->size(); ++i) {
        const QString where =
            QStringLiteral("%1%2%3[%4]")
                .arg(path, path.isEmpty() ? QString() : QStringLiteral("."), QLatin1String(key))
                .arg(i);
        T object = objectFromJson<T>((*array)[i], where, journey);
        object.position = next[groupOf(object)]++;
        ws.items<T>().push_back(std::move(object));
    }
}

void requireKeys(const Json &object, const QString &path,
                 std::initializer_list<const char *> keys) {
    if (!object.is_object())
        fail(path, QCoreApplication::translate("Import", "expected an object"));
    for (const char *key : keys)
        member(object, key, path);
}

Workspace workspaceFromJson(const Json &root) {
    if (!root.is_object())
        fail(QString(),
             QCoreApplication::translate("Import", "the top level is not a JSON object"));
    const Json &format = member(root, "format", QString());
    if (format != "blauwdruk")
        fail(QStringLiteral("format"),
             QCoreApplication::translate("Import",
                                         "is not \"blauwdruk\": this is not a Blauwdruk file"));
    const Json &version = member(root, "version", QString());
    if (!version.is_number_integer() || version.get<long long>() < 1)
        fail(QStringLiteral("version"),
             QCoreApplication::translate("Import", "expected a whole number from 1"));
    if (version.get<long long>() > JsonCodec::kFormatVersion)
        fail(QStringLiteral("version"),
             QCoreApplication::translate(
                 "Import",
                 "format version %1 is newer than this Blauwdruk reads (%2); update Blauwdruk")
                 .arg(version.get<long long>())
                 .arg(JsonCodec::kFormatVersion));
    for (auto it = root.begin(); it != root.end(); ++it) {
        static const std::set<std::string> known{"format",   "version",  "workspace", "personas",
                                                 "journeys", "versions", "decisions"};
        if (!known.count(it.key()))
            fail(QString(), QCoreApplication::translate("Import", "unknown key \"%1\"")
                                .arg(shown(QString::fromStdString(it.key()))));
    }

    Workspace ws;
    ws.meta = objectFromJson<WorkspaceMeta>(member(root, "workspace", QString()),
                                            QStringLiteral("workspace"), {});
    ws.meta.id = WorkspaceMeta::kId;
    auto all = [](const auto &) { return QString(); };
    if (!member(root, "personas", QString()).is_array())
        fail(QStringLiteral("personas"), QCoreApplication::translate("Import", "expected a list"));
    for (size_t i = 0; i < root["personas"].size(); ++i)
        requireKeys(root["personas"][i], QStringLiteral("personas[%1]").arg(i), {"id", "name"});
    readList<Persona>(ws, root, "personas", QString(), QString(), all);

    const Json &journeys = member(root, "journeys", QString());
    if (!journeys.is_array())
        fail(QStringLiteral("journeys"), QCoreApplication::translate("Import", "expected a list"));
    for (size_t i = 0; i < journeys.size(); ++i) {
        const QString path = QStringLiteral("journeys[%1]").arg(i);
        requireKeys(journeys[i], path, {"id", "title", "kind", "persona"});
        Journey journey = objectFromJson<Journey>(journeys[i], path, {});
        journey.position = int(i);
        const QString id = journey.id;
        ws.journeys.push_back(journey);
        readList<Stage>(ws, journeys[i], "stages", path, id, all);
        readList<Step>(ws, journeys[i], "steps", path, id, [](const Step &s) { return s.stage; });
        readList<Lane>(ws, journeys[i], "lanes", path, id, all);
        readList<Card>(ws, journeys[i], "cards", path, id,
                       [](const Card &c) { return c.step + QLatin1Char('/') + c.lane; });
        readList<Connection>(ws, journeys[i], "connections", path, id, all);
        readList<Comment>(ws, journeys[i], "comments", path, id, all);
        readList<WorkSession>(ws, journeys[i], "sessions", path, id, all);
        auto bySession = [](const auto &object) { return object.session; };
        readList<Participant>(ws, journeys[i], "participants", path, id, bySession);
        readList<VoteRound>(ws, journeys[i], "vote_rounds", path, id, bySession);
        readList<Vote>(ws, journeys[i], "votes", path, id, [](const Vote &v) { return v.round; });
        readList<AgendaBlock>(ws, journeys[i], "agenda", path, id, bySession);
        readList<Dismissal>(ws, journeys[i], "dismissals", path, id, all);
        readList<DemoSession>(ws, journeys[i], "demo_sessions", path, id, all);
        readList<DemoVerdict>(ws, journeys[i], "verdicts", path, id,
                              [](const DemoVerdict &v) { return v.demo; });
    }

    // Decisions stay at the top: their journey may have been removed.
    if (const Json *decisions = optionalArray(root, "decisions", QString()))
        for (size_t i = 0; i < decisions->size(); ++i) {
            const QString path = QStringLiteral("decisions[%1]").arg(i);
            requireKeys((*decisions)[i], path, {"id", "journey", "status"});
            Decision decision = objectFromJson<Decision>((*decisions)[i], path, {});
            decision.position = int(i);
            ws.decisions.push_back(decision);
        }
    if (const Json *versions = optionalArray(root, "versions", QString())) {
        for (size_t i = 0; i < versions->size(); ++i) {
            const QString path = QStringLiteral("versions[%1]").arg(i);
            const Json &item = (*versions)[i];
            requireKeys(item, path, {"id", "name", "snapshot"});
            Version version = objectFromJson<Version>(item, path, {});
            const Json &snapshot = item["snapshot"];
            if (!snapshot.is_object())
                fail(path + QStringLiteral(".snapshot"),
                     QCoreApplication::translate("Import", "expected an object"));
            version.snapshot = QString::fromStdString(snapshot.dump(-1));
            version.position = int(i);
            ws.versions.push_back(version);
        }
    }
    return ws;
}

} // namespace

QByteArray JsonCodec::write(const Workspace &ws, const QString &journeyId) {
    QByteArray out;
    write(out, nullptr, ws, journeyId);
    return out;
}

bool JsonCodec::write(QIODevice &device, const Workspace &ws, const QString &journeyId) {
    QByteArray out;
    return write(out, &device, ws, journeyId);
}

bool JsonCodec::write(QByteArray &out, QIODevice *device, const Workspace &ws,
                      const QString &journeyId) {
    // Written as it goes, an object at a time, in exactly the text that one
    // dump of the whole tree gives: a workspace of 100,000 cards never
    // exists as one JSON tree in memory (docs/performance.md), and with a
    // device never as one text either.
    JsonText text(out, device);
    const Journey *only = journeyId.isEmpty() ? nullptr : ws.find<Journey>(journeyId);
    out += "{\n";
    text.member(1, "format", Json("blauwdruk"), false);
    text.member(1, "version", Json(kFormatVersion), false);
    text.member(1, "workspace", objectToJson(ws.meta), false);
    std::vector<const Persona *> personas;
    for (const Persona *persona : ws.orderedPersonas())
        if (!only || persona->id == only->persona)
            personas.push_back(persona);
    text.key(1, "personas");
    text.list(1, personas.size(), [&](size_t i) { return objectToJson(*personas[i]); });
    out += ",\n";
    std::vector<const Journey *> journeys;
    for (const Journey *journey : ws.orderedJourneys())
        if (!only || journey == only)
            journeys.push_back(journey);
    text.key(1, "journeys");
    text.open(journeys.size());
    for (size_t j = 0; j < journeys.size(); ++j) {
        const Journey &journey = *journeys[j];
        text.pad(2);
        out += "{\n";
        const Json fields = objectToJson(journey);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            text.member(3, it.key().c_str(), it.value(), false);
        auto list = [&](const char *key, const auto &objects, bool last,
                        const std::function<void(Json &)> &adjust = {}) {
            text.key(3, key);
            text.list(3, objects.size(), [&](size_t i) {
                Json json = objectToJson(*objects[i]);
                if (adjust)
                    adjust(json);
                return json;
            });
            out += last ? "\n" : ",\n";
        };
        list("stages", ws.orderedStages(journey.id), false);
        // Alone, a journey's steps cannot point into the journeys left out:
        // they go back to aligning by title.
        list("steps", ws.orderedSteps(journey.id), false, [&](Json &step) {
            const Step *counterpart = ws.find<Step>(QString::fromStdString(step["counterpart"]));
            if (only && counterpart && counterpart->journey != only->id)
                step["counterpart"] = "";
        });
        list("lanes", ws.orderedLanes(journey.id), false);
        list("cards", ws.orderedCards(journey.id), false);
        list("connections", ws.orderedConnections(journey.id), false);
        list("comments", ws.orderedComments(journey.id), false);
        // What the journey's work sessions recorded, session by session.
        std::vector<const Participant *> participants;
        std::vector<const VoteRound *> rounds;
        std::vector<const Vote *> votes;
        std::vector<const AgendaBlock *> agenda;
        const std::vector<const WorkSession *> sessions = ws.orderedSessions(journey.id);
        for (const WorkSession *session : sessions) {
            for (const Participant *participant : ws.orderedParticipants(session->id))
                participants.push_back(participant);
            for (const VoteRound *round : ws.orderedRounds(session->id)) {
                rounds.push_back(round);
                std::vector<const Vote *> cast = ws.votesOfRound(round->id);
                std::sort(cast.begin(), cast.end(), [](const Vote *a, const Vote *b) {
                    return a->position != b->position ? a->position < b->position : a->id < b->id;
                });
                votes.insert(votes.end(), cast.begin(), cast.end());
            }
            for (const AgendaBlock *block : ws.orderedAgenda(session->id))
                agenda.push_back(block);
        }
        list("sessions", sessions, false);
        list("participants", participants, false);
        list("vote_rounds", rounds, false);
        list("votes", votes, false);
        list("agenda", agenda, false);
        list("dismissals", ws.orderedDismissals(journey.id), false);
        // Verdicts session by session, as their positions count.
        const std::vector<const DemoSession *> demos = ws.orderedDemoSessions(journey.id);
        std::vector<const DemoVerdict *> verdicts;
        for (const DemoSession *demo : demos)
            for (const DemoVerdict *verdict : ws.orderedVerdicts(demo->id))
                verdicts.push_back(verdict);
        list("demo_sessions", demos, false);
        list("verdicts", verdicts, true);
        text.pad(2);
        out += "}";
        out += j + 1 < journeys.size() ? ",\n" : "\n";
    }
    text.close(1, journeys.size());
    out += ",\n";
    // A one-journey export carries no versions (they snapshot the whole
    // workspace) but keeps the key, so its round trip is byte-identical too.
    // Each snapshot is parsed when it is written, one at a time.
    const std::vector<const Version *> versions =
        only ? std::vector<const Version *>() : ws.orderedVersions();
    std::vector<const Decision *> decisions;
    for (const Decision &decision : ws.decisions)
        if (!only || decision.journey == only->id)
            decisions.push_back(&decision);
    std::sort(decisions.begin(), decisions.end(), [](const Decision *a, const Decision *b) {
        return a->position != b->position ? a->position < b->position : a->id < b->id;
    });
    text.key(1, "decisions");
    text.list(1, decisions.size(), [&](size_t i) { return objectToJson(*decisions[i]); });
    out += ",\n";
    text.key(1, "versions");
    text.list(1, versions.size(), [&](size_t i) { return versionToJson(*versions[i]); });
    out += "\n}\n";
    return text.flush();
}

std::optional<Workspace> JsonCodec::import(const QByteArray &data, QString *error,
                                           QStringList *warnings) {
    std::optional<Workspace> ws = read(data, error);
    if (!ws)
        return ws;
    // Personas come in array order, so the index is the JSON path's.
    for (Persona &persona : ws->personas) {
        QString problem;
        persona.photo = PersonaPhoto::normalized(persona.photo, &problem);
        if (!problem.isEmpty() && warnings)
            *warnings << QCoreApplication::translate(
                             "Import", "personas[%1].photo %2; it is kept as it is, and the "
                                       "drawn avatar is shown instead")
                             .arg(persona.position)
                             .arg(problem);
    }
    return ws;
}

std::optional<Workspace> JsonCodec::read(const QByteArray &data, QString *error) {
    try {
        QByteArray text = data;
        if (text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        const Json root = parseLimited(text);
        Workspace ws = workspaceFromJson(root);
        std::vector<Problem> problems = validateWorkspace(ws);
        // An import takes in versions too: each must be a sound workspace.
        if (problems.empty())
            problems = snapshotProblems(ws);
        if (!problems.empty()) {
            if (error)
                *error =
                    problems.front().toString() +
                    (problems.size() > 1
                         ? (problems.size() == 2
                                ? QCoreApplication::translate("Import", " (and 1 more problem)")
                                : QCoreApplication::translate("Import", " (and %1 more problems)")
                                      .arg(problems.size() - 1))
                         : QString());
            return std::nullopt;
        }
        return ws;
    } catch (const ReadError &e) {
        if (error)
            *error = e.message;
    } catch (const Json::exception &e) {
        if (error)
            *error = QCoreApplication::translate("Import", "not valid JSON: %1")
                         .arg(parserMessage(e.what()));
    }
    return std::nullopt;
}

} // namespace blauwdruk
