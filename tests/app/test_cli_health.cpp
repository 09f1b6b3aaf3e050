// The command line of issue 16, run as the real binary on copies of the
// example: `check --health` (lines, JSON, exit codes, dismissals), a team's
// work list (`export --inventory --team`) and the demo findings report
// (`export --demo-findings`), the PDF read back with pdftotext.
#include "clirun.h"
#include "document.h"
#include "edits.h"
#include "healthcheck.h"
#include "painpoints.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace blauwdruk;

namespace {

using test::runCli;

// The example's edits through a Document on the file, saved as they go.
template <class F> void editFile(const QString &path, F &&edit) {
    QString error;
    auto document = Document::open(path, Store::Mode::ReadWrite, &error);
    REQUIRE(document);
    Edits edits(*document);
    edit(*document, edits);
}

QString currentJourney(const Workspace &ws) {
    for (const Journey *journey : ws.orderedJourneys())
        if (journey->kind == QLatin1String("current"))
            return journey->id;
    return QString();
}

} // namespace

TEST_CASE("Health check: check --health prints a line per finding and exits 1 while one is open") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    // Plain check is unchanged: the example is clean.
    const auto plain = runCli({QStringLiteral("check"), path});
    CHECK(plain.exitCode == 0);
    CHECK(plain.out.trimmed() == path + QStringLiteral(": ok"));

    const auto health = runCli({QStringLiteral("check"), QStringLiteral("--health"), path});
    CHECK(health.exitCode == 1);
    const std::vector<HealthCheck::Finding> findings = HealthCheck::run(test::exampleWorkspace());
    REQUIRE_FALSE(findings.empty());
    const QStringList lines = health.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == qsizetype(findings.size()));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        CHECK(lines[i].startsWith(path + QStringLiteral(": ") + findings[size_t(i)].code + u':'));
        CHECK(lines[i].contains(findings[size_t(i)].title));
    }
    CHECK(health.err.contains(QStringLiteral("open finding")));

    // Wrong usage is 2; an unknown journey is 1 with the file named.
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--health")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--health"), path,
                  QStringLiteral("--bogus")})
              .exitCode == 2);
    const auto unknown = runCli({QStringLiteral("check"), QStringLiteral("--health"), path,
                                 QStringLiteral("--journey"), QStringLiteral("Geen")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(path));
}

TEST_CASE("Health check: --json gives one object of findings, and dismissing them all exits 0") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    const auto json = runCli(
        {QStringLiteral("check"), QStringLiteral("--health"), path, QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.rawOut, &parseError);
    REQUIRE(parseError.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    CHECK(document.object().keys() == QStringList{QStringLiteral("findings")});
    const QJsonArray findings = document.object().value(QStringLiteral("findings")).toArray();
    REQUIRE_FALSE(findings.isEmpty());
    const Workspace ws = test::exampleWorkspace();
    for (const QJsonValue &value : findings) {
        const QJsonObject f = value.toObject();
        for (const char *key : {"code", "journey", "target", "title", "advice"})
            CHECK(f.value(QLatin1String(key)).isString());
        CHECK(f.value(QStringLiteral("dismissed")) == QJsonValue(false));
        CHECK(HealthCheck::codes().contains(f.value(QStringLiteral("code")).toString()));
        CHECK(ws.find<Journey>(f.value(QStringLiteral("journey")).toString()));
    }

    // Fix nothing, dismiss everything with a reason: 0, and the JSON says so.
    editFile(path, [&](Document &doc, Edits &edits) {
        for (const HealthCheck::Finding &f : HealthCheck::run(doc.workspace()))
            REQUIRE_FALSE(edits
                              .dismissFinding(f.journey, f.code, f.target,
                                              QStringLiteral("Besproken in het kernteam"))
                              .isEmpty());
    });
    const auto dismissed = runCli(
        {QStringLiteral("check"), QStringLiteral("--health"), path, QStringLiteral("--json")});
    CHECK(dismissed.exitCode == 0);
    const QJsonArray after = QJsonDocument::fromJson(dismissed.rawOut)
                                 .object()
                                 .value(QStringLiteral("findings"))
                                 .toArray();
    CHECK(after.size() == findings.size());
    for (const QJsonValue &value : after)
        CHECK(value.toObject().value(QStringLiteral("dismissed")) == QJsonValue(true));
    const auto lines = runCli({QStringLiteral("check"), QStringLiteral("--health"), path});
    CHECK(lines.exitCode == 0);
    CHECK(lines.out.contains(QStringLiteral("(dismissed: Besproken in het kernteam)")));

    // --journey: only that journey's findings.
    const QString current = currentJourney(ws);
    const auto one = runCli({QStringLiteral("check"), QStringLiteral("--health"), path,
                             QStringLiteral("--journey"), current, QStringLiteral("--json")});
    for (const QJsonValue &value :
         QJsonDocument::fromJson(one.rawOut).object().value(QStringLiteral("findings")).toArray())
        CHECK(value.toObject().value(QStringLiteral("journey")).toString() == current);
}

TEST_CASE("Work list: export --inventory --team holds only that team's items, with step and need") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    QString team;
    editFile(path, [&](Document &doc, Edits &edits) {
        // A due date on one of the team's cards.
        for (const Card &card : doc.workspace().cards)
            if (card.owner == QLatin1String("Team Inkomen")) {
                team = card.owner;
                REQUIRE(edits.setField(EntityType::Card, {card.id}, QStringLiteral("due"),
                                       QStringLiteral("2027-06-30")));
                break;
            }
    });
    REQUIRE_FALSE(team.isEmpty());
    const Workspace ws = [&] {
        QString error;
        return Document::open(path, Store::Mode::ReadOnly, &error)->workspace();
    }();
    int owned = 0;
    for (const Card &card : ws.cards)
        owned += card.owner.trimmed().compare(team, Qt::CaseInsensitive) == 0 ? 1 : 0;
    REQUIRE(owned > 0);

    // CSV: a header and one row per item of the team, the owner in each.
    const QString csv = dir.filePath(QStringLiteral("team.csv"));
    const auto result = runCli({QStringLiteral("export"), path, QStringLiteral("-o"), csv,
                                QStringLiteral("--inventory"), QStringLiteral("--team"),
                                QStringLiteral("team inkomen")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString text = QString::fromUtf8(test::readFile(csv));
    CHECK(text.contains(QStringLiteral("2027-06-30")));
    // Read back by Python's csv module: a row per item the team owns, each
    // with its step and the resident's need beside it.
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv, json, sys\n"
                                 "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
                                 "    print(json.dumps(list(csv.reader(f, delimiter=';'))))\n"),
                  csv});
    REQUIRE(python.waitForFinished(60000));
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    REQUIRE(rows.size() == owned + 1);
    const QJsonArray header = rows.first().toArray();
    const auto column = [&](const char *name) {
        for (qsizetype c = 0; c < header.size(); ++c)
            if (header[c].toString() == QLatin1String(name))
                return c;
        FAIL("no column " << name);
        return qsizetype(-1);
    };
    const qsizetype owner = column("Eigenaar"), step = column("Stap"),
                    need = column("Behoefte inwoner");
    column("Deadline");
    int withNeed = 0;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QJsonArray row = rows[r].toArray();
        CHECK(row[owner].toString().trimmed().compare(team, Qt::CaseInsensitive) == 0);
        CHECK_FALSE(row[step].toString().isEmpty());
        withNeed += row[need].toString().isEmpty() ? 0 : 1;
    }
    CHECK(withNeed > 0);
    // Markdown and HTML: the team is named at the top.
    for (const char *ext : {"md", "html"}) {
        const QString out = dir.filePath(QStringLiteral("team.%1").arg(QLatin1String(ext)));
        REQUIRE(runCli({QStringLiteral("export"), path, QStringLiteral("-o"), out,
                        QStringLiteral("--team"), team})
                    .exitCode == 0);
        CHECK(QString::fromUtf8(test::readFile(out)).contains(team));
    }
    // A team that owns nothing is refused, naming the teams there are.
    const auto none = runCli({QStringLiteral("export"), path, QStringLiteral("-o"),
                              dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--inventory"),
                              QStringLiteral("--team"), QStringLiteral("Niemand")});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("\"Niemand\"")));
    CHECK(none.err.contains(path)); // the input's problem, not the output's
    CHECK(none.err.contains(team));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
    // --team goes with the inventory only.
    const auto poster =
        runCli({QStringLiteral("export"), path, QStringLiteral("-o"),
                dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--team"), team});
    CHECK(poster.exitCode == 2);
    CHECK(poster.err.contains(QStringLiteral("--team")));
}

TEST_CASE("Demo: export --demo-findings writes Markdown and PDF, and says so without a session") {
    QTemporaryDir dir;
    const QString path = test::exampleFile(dir);
    const QString empty = dir.filePath(QStringLiteral("leeg.md"));
    const auto none = runCli({QStringLiteral("export"), path, QStringLiteral("-o"), empty,
                              QStringLiteral("--demo-findings")});
    CHECK(none.exitCode == 0);
    CHECK(QString::fromUtf8(test::readFile(empty)).contains(QStringLiteral("Geen demosessie")));

    QString painTitle;
    editFile(path, [&](Document &doc, Edits &edits) {
        const QString current = currentJourney(doc.workspace());
        const QString demo = edits.addDemoSession(current, QStringLiteral("Wijkcentrum"),
                                                  QStringLiteral("2027-05-12"));
        const auto pains = painpoints::of(doc.workspace(), current);
        REQUIRE(pains.size() > 1);
        painTitle = pains[1]->title;
        REQUIRE_FALSE(edits
                          .setVerdict(demo, pains[1]->id,
                                      {QStringLiteral("not_solved"),
                                       QStringLiteral("Ik snap de brief nog steeds niet"),
                                       QStringLiteral("Bewoner 3")})
                          .isEmpty());
    });
    const QString pdf = dir.filePath(QStringLiteral("demo.pdf"));
    const auto written = runCli({QStringLiteral("export"), path, QStringLiteral("-o"), pdf,
                                 QStringLiteral("--demo-findings")});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Demobevindingen")));
    CHECK(text.contains(QStringLiteral("Ik snap de brief nog steeds niet")));
    CHECK(text.contains(QStringLiteral("Niet opgelost")));
    CHECK(text.contains(QStringLiteral("2027-05-12, Wijkcentrum")));
    // Not with poster options; only .md or .pdf.
    CHECK(runCli({QStringLiteral("export"), path, QStringLiteral("-o"), pdf,
                  QStringLiteral("--demo-findings"), QStringLiteral("--inventory")})
              .exitCode == 2);
    CHECK(runCli({QStringLiteral("export"), path, QStringLiteral("-o"),
                  dir.filePath(QStringLiteral("demo.csv")), QStringLiteral("--demo-findings")})
              .exitCode == 2);
}
