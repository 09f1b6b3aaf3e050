// Search: Dutch full text with stemming, the newest standing version of each
// journey, the filters, and the JSON the command line prints.
#include "librarytestsupport.h"

#include <nlohmann/json.hpp>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

nlohmann::json searchJson(TestLibrary &lib, QStringList arguments, const QString &user) {
    arguments.prepend(QStringLiteral("search"));
    arguments << QStringLiteral("--json");
    const CliResult r = lib.cli(arguments, user);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const nlohmann::json json = nlohmann::json::parse(r.out.toStdString(), nullptr, false);
    REQUIRE(json.is_array());
    return json;
}

QString str(const nlohmann::json &j, const char *key) {
    return QString::fromStdString(j.at(key).get<std::string>());
}

} // namespace

TEST_CASE("Library: search in Dutch finds \"Aanvraag indienen\" by \"aanvragen\"") {
    TestLibrary lib;
    QTemporaryDir dir;
    const QString file = exampleFile(dir);
    // One card of the ideal journey says it in so many words.
    runSql(file, "UPDATE cards SET title = 'Aanvraag indienen', text = 'Samira vult het "
                 "formulier in.' WHERE id = (SELECT id FROM cards WHERE journey = "
                 "'f701107a-cc03-4dca-a0c0-a6c56e449f8e' ORDER BY id LIMIT 1)");
    const Workspace ws = loadFile(file);
    QString cardId;
    for (const Card &c : ws.cards)
        if (c.title == "Aanvraag indienen")
            cardId = c.id;
    REQUIRE_FALSE(cardId.isEmpty());

    lib.publish(file, kIdeal, "zwolle");
    const QString second = lib.publish(file, kIdeal, "zwolle");

    const nlohmann::json hits = searchJson(lib, {"aanvragen"}, "deventer");
    REQUIRE(hits.size() == 1); // only the newest version of the lineage
    const nlohmann::json &hit = hits[0];
    std::vector<std::string> keys;
    for (auto it = hit.begin(); it != hit.end(); ++it)
        keys.push_back(it.key());
    std::sort(keys.begin(), keys.end());
    CHECK(keys == std::vector<std::string>{"id", "journey", "matches", "organisation",
                                           "published_at", "status", "title"});
    CHECK(str(hit, "id") == second);
    CHECK(str(hit, "journey") == kIdeal);
    CHECK(str(hit, "organisation") == "Gemeente Zwolle");
    CHECK(str(hit, "status") == "in_review");
    CHECK(str(hit, "published_at").endsWith("Z"));
    CHECK(str(hit, "title") == ws.find<Journey>(kIdeal)->title);
    bool found = false;
    for (const nlohmann::json &match : hit.at("matches")) {
        CHECK(match.contains("step"));
        if (str(match, "id") == cardId) {
            found = true;
            CHECK(str(match, "kind") == "card");
            CHECK(str(match, "title") == "Aanvraag indienen");
            CHECK(str(match, "step") == ws.find<Step>(ws.find<Card>(cardId)->step)->title);
        }
    }
    CHECK(found);

    // Words that are nowhere: nothing, and the text says so.
    CHECK(searchJson(lib, {"zeppelinhangar"}, "deventer").empty());
    const CliResult text = lib.cli({"search", "zeppelinhangar"}, "deventer");
    CHECK(text.out == "Nothing found.\n");
    // Text output names the organisation, the journey and the step.
    const CliResult readable = lib.cli({"search", "aanvragen"}, "deventer");
    CHECK(readable.out.contains("Gemeente Zwolle"));
    CHECK(readable.out.contains("card: Aanvraag indienen (step: "));
    // Search syntax a user may type is never SQL.
    CHECK(searchJson(lib, {"'); DROP TABLE library.versions; --"}, "deventer").empty());
    CHECK(lib.cluster.value("SELECT count(*) FROM library.versions") == "2");
}

TEST_CASE("Library: search filters by lane kind, card kind, theme and organisation") {
    TestLibrary lib;
    QTemporaryDir dir;
    const QString zwolleFile = exampleFile(dir, "zwolle.blauwdruk");
    const QString deventerFile = exampleFile(dir, "deventer.blauwdruk");
    runSql(deventerFile, "UPDATE workspace SET theme = 'Schuldhulp'");
    const QString z = lib.publish(zwolleFile, kIdeal, "zwolle");
    const QString d = lib.publish(deventerFile, kCurrent, "deventer");
    const Workspace ws = loadFile(zwolleFile);

    auto ids = [](const nlohmann::json &hits) {
        QStringList list;
        for (const nlohmann::json &hit : hits)
            list << str(hit, "id");
        list.sort();
        return list;
    };
    QStringList both{z, d};
    both.sort();
    CHECK(ids(searchJson(lib, {""}, "zwolle")) == both);
    CHECK(ids(searchJson(lib, {"", "--organisation", "Gemeente Deventer"}, "zwolle")) ==
          QStringList{d});
    CHECK(ids(searchJson(lib, {"", "--organisation", "zwolle"}, "zwolle")) == QStringList{z});
    CHECK(ids(searchJson(lib, {"", "--theme", "schuldhulp"}, "zwolle")) == QStringList{d});
    CHECK(ids(searchJson(lib, {"", "--theme", "Minimaregelingen"}, "zwolle")) == QStringList{z});

    // "All opportunities in content lanes": every match is one.
    for (const auto &[laneKind, cardKind] :
         {std::pair{"", "opportunity"}, std::pair{"content", ""},
          std::pair{"content", "opportunity"}, std::pair{"customer", "pain_point"}}) {
        QStringList arguments{""};
        if (*laneKind)
            arguments << "--lane-kind" << laneKind;
        if (*cardKind)
            arguments << "--card-kind" << cardKind;
        const nlohmann::json hits = searchJson(lib, arguments, "deventer");
        int expected = 0;
        for (const Card &card : ws.cards)
            if ((card.journey == kIdeal || card.journey == kCurrent) &&
                (!*cardKind || card.kind == cardKind) &&
                (!*laneKind || ws.find<Lane>(card.lane)->kind == laneKind))
                ++expected;
        int seen = 0;
        for (const nlohmann::json &hit : hits)
            for (const nlohmann::json &match : hit.at("matches")) {
                ++seen;
                const Card *card = ws.find<Card>(str(match, "id"));
                REQUIRE(card);
                if (*cardKind)
                    CHECK(card->kind == cardKind);
                if (*laneKind)
                    CHECK(ws.find<Lane>(card->lane)->kind == laneKind);
            }
        INFO(laneKind << " " << cardKind);
        CHECK(seen <= expected);
        CHECK(seen >= std::min(expected, LibrarySearch::kMaxMatches));
    }
    // Text and filters together.
    const nlohmann::json hits = searchJson(
        lib, {"aanvragen", "--card-kind", "pain_point", "--organisation", "deventer"}, "zwolle");
    REQUIRE(hits.size() == 1);
    CHECK(str(hits[0], "id") == d);
    for (const nlohmann::json &match : hits[0].at("matches"))
        CHECK(ws.find<Card>(str(match, "id"))->kind == "pain_point");
}
