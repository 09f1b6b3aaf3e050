#include "csvgridexporter.h"
#include "csvtable.h"
#include "exporterregistry.h"
#include "inventory.h"
#include "inventorycsvexporter.h"
#include "inventoryhtmlexporter.h"
#include "inventorymarkdownexporter.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace blauwdruk;
using Column = Inventory::Column;

namespace {

const Journey &journeyOfKind(const Workspace &ws, const char *kind) {
    const auto it = std::find_if(ws.journeys.begin(), ws.journeys.end(),
                                 [&](const Journey &j) { return j.kind == QLatin1String(kind); });
    REQUIRE(it != ws.journeys.end());
    return *it;
}

int cardsOf(const Workspace &ws, const QString &journey) {
    return int(std::count_if(ws.cards.begin(), ws.cards.end(),
                             [&](const Card &c) { return c.journey == journey; }));
}

// Texts that have broken exporters elsewhere: markup, entities, CDATA ends,
// quotes, right to left, emoji, formulas, Markdown's table and code marks,
// line breaks, and one very long text.
QStringList hostileTexts() {
    return {
        QStringLiteral("<script>alert('x')</script>"),
        QStringLiteral("&amp; &lt;b&gt; &#x3C;script&#x3E;"),
        QStringLiteral("]]> <![CDATA[ x ]]> <!-- -->"),
        QStringLiteral("\"Quoted\" and 'single'; semi;colons, commas"),
        QStringLiteral("مرحبا بالعالم — שלום עולם"),
        QStringLiteral("Gezin 👩‍👧‍👦 blij 🎉"),
        QStringLiteral("=HYPERLINK(\"http://evil.example\";\"klik\")"),
        QStringLiteral("+31 6 12345678"),
        QStringLiteral("-2 uur"),
        QStringLiteral("@SUM(A1:A9)"),
        QStringLiteral("a | b | c\nline two\r\nline three"),
        QStringLiteral("`code` ``` fenced ``` and \\ back\\slash"),
        QStringLiteral("*bold* _em_ [link](http://x.example) ![img](y) ~~s~~ # not ##"),
        QStringLiteral("<img src=x onerror=alert(1)> <a href=\"http://x\">"),
        QStringLiteral("\tTabbed start"),
        QStringLiteral("abcdefghij").repeated(500),
        // GFM autolinks, bare, and a formula in full-width characters.
        QStringLiteral("zie https://evil.example/x en www.evil.example of post@evil.example"),
        QStringLiteral("\uFF1DHYPERLINK(\"http://evil.example\")"),
    };
}

// The example with the hostile texts as titles and texts of the ideal
// journey's first cards, and in an owner, a tag, a lane and a step.
Workspace hostileWorkspace(const QString &language) {
    Workspace ws = test::exampleWorkspace();
    ws.meta.language = language;
    const QString ideal = journeyOfKind(ws, "ideal").id;
    const QStringList texts = hostileTexts();
    int i = 0;
    for (Card &card : ws.cards) {
        if (card.journey != ideal || i >= texts.size())
            continue;
        card.title = texts[i];
        card.text = texts[texts.size() - 1 - i];
        ++i;
    }
    REQUIRE(i == texts.size());
    for (Card &card : ws.cards)
        if (card.journey == ideal) {
            card.owner = QStringLiteral("=cmd|' /C calc'!A0");
            card.tags = QStringList{QStringLiteral("@tag"), QStringLiteral("<b>x</b>")};
            break;
        }
    for (Lane &lane : ws.lanes)
        if (lane.journey == ideal) {
            lane.title = QStringLiteral("| Lane <i>with</i> `marks` |");
            break;
        }
    for (Step &step : ws.steps)
        if (step.journey == ideal) {
            step.title = QStringLiteral("Step ## with\nline break & <b>tag</b>");
            break;
        }
    return ws;
}

QString python(const QString &script, const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The CSV as Python's csv module reads it: an independent RFC 4180 reader.
QList<QStringList> parseCsvWithPython(const QString &path) {
    const QString script =
        QStringLiteral("import csv, json, sys\n"
                       "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
                       "    rows = list(csv.reader(f, delimiter=';'))\n"
                       "sys.stdout.write(json.dumps(rows))\n");
    const QJsonArray rows = QJsonDocument::fromJson(python(script, {path}).toUtf8()).array();
    QList<QStringList> result;
    for (const QJsonValue &row : rows) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells << cell.toString();
        result << cells;
    }
    return result;
}

// The rows the inventory holds, cell by cell, in order.
QList<QStringList> expectedRows(const Inventory &inventory) {
    QList<QStringList> rows;
    for (const auto &section : inventory.sections())
        for (const auto &lane : section.lanes)
            for (const auto &step : lane.steps)
                for (const auto &row : step.rows) {
                    QStringList cells;
                    for (int c = 0; c < Inventory::kColumnCount; ++c)
                        cells << Inventory::cell(section, lane, step, row, Column(c));
                    rows << cells;
                }
    return rows;
}

QByteArray render(const Exporter &exporter, const Workspace &ws, const QString &journey = {}) {
    ExportOptions options;
    options.journey = journey;
    QString error;
    const QByteArray bytes = exporter.render(ws, options, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(bytes.isEmpty());
    return bytes;
}

// Pipes that separate Markdown table cells: those not escaped by a backslash.
QStringList splitUnescapedPipes(const QString &line) {
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'\\' && i + 1 < line.size()) {
            cell += line[i + 1]; // unescaped: the literal character
            ++i;
        } else if (line[i] == u'|') {
            cells << cell;
            cell.clear();
        } else {
            cell += line[i];
        }
    }
    cells << cell;
    return cells;
}

} // namespace

TEST_CASE("Inventory: every card of a journey once, by lane, then step") {
    const Workspace ws = test::exampleWorkspace();
    for (const Journey &journey : ws.journeys) {
        INFO(journey.title.toStdString());
        QString error;
        const auto inventory = Inventory::build(ws, journey.id, &error);
        REQUIRE(inventory);
        REQUIRE(inventory->sections().size() == 1);
        CHECK(inventory->cardCount() == cardsOf(ws, journey.id));
        CHECK(inventory->cardCount() > 0);

        const auto lanes = ws.orderedLanes(journey.id);
        const auto steps = ws.orderedSteps(journey.id);
        auto indexOf = [](const auto &list, const QString &id) {
            return std::find_if(list.begin(), list.end(),
                                [&](const auto *item) { return item->id == id; }) -
                   list.begin();
        };
        QSet<QString> seen;
        qsizetype lastLane = -1;
        for (const auto &lane : inventory->sections().front().lanes) {
            const qsizetype laneIndex = indexOf(lanes, lane.laneId);
            CHECK(laneIndex > lastLane);
            lastLane = laneIndex;
            qsizetype lastStep = -1;
            CHECK_FALSE(lane.steps.empty());
            for (const auto &step : lane.steps) {
                const qsizetype stepIndex = indexOf(steps, step.stepId);
                CHECK(stepIndex > lastStep);
                lastStep = stepIndex;
                CHECK_FALSE(step.rows.empty());
                for (const auto &row : step.rows) {
                    const Card *card = ws.find<Card>(row.cardId);
                    REQUIRE(card);
                    CHECK(card->lane == lane.laneId);
                    CHECK(card->step == step.stepId);
                    CHECK(row.title == card->title);
                    CHECK_FALSE(seen.contains(row.cardId));
                    seen.insert(row.cardId);
                }
            }
        }
    }
    QString error;
    CHECK_FALSE(Inventory::build(ws, QStringLiteral("no-such-journey"), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("Inventory: all journeys, each in its own section") {
    const Workspace ws = test::exampleWorkspace();
    REQUIRE(ws.journeys.size() == 2);
    QString error;
    const auto inventory = Inventory::build(ws, QString(), &error);
    REQUIRE(inventory);
    REQUIRE(inventory->sections().size() == 2);
    CHECK(inventory->cardCount() == int(ws.cards.size()));
    const auto journeys = ws.orderedJourneys();
    for (size_t i = 0; i < journeys.size(); ++i)
        CHECK(inventory->sections()[i].title == journeys[i]->title);

    const QList<QStringList> rows =
        CsvTable::parse(render(InventoryCsvExporter(), ws), &error).value();
    QSet<QString> journeyColumn;
    for (const QStringList &row : rows.mid(1))
        journeyColumn.insert(row.value(0));
    CHECK(journeyColumn == QSet<QString>{ws.journeys[0].title, ws.journeys[1].title});
    for (const Exporter *exporter : std::initializer_list<const Exporter *>{
             new InventoryMarkdownExporter, new InventoryHtmlExporter}) {
        const QString text = QString::fromUtf8(render(*exporter, ws));
        for (const Journey &journey : ws.journeys)
            CHECK(text.contains(exporter->name() == QLatin1String("html")
                                    ? InventoryHtmlExporter::escape(journey.title)
                                    : InventoryMarkdownExporter::escape(journey.title)));
        delete exporter;
    }
}

TEST_CASE("Inventory: registered by name and extension, .csv is the grid unless asked") {
    const ExporterRegistry &registry = ExporterRegistry::instance();
    for (const char *name : {"inventory-csv", "md", "html"}) {
        const Exporter *exporter = registry.byName(QLatin1String(name));
        REQUIRE(exporter);
        CHECK_FALSE(exporter->singleJourney());
    }
    CHECK(registry.forFile(QStringLiteral("out.csv"))->name() == QLatin1String("csv"));
    CHECK(registry.forFile(QStringLiteral("out.md"))->name() == QLatin1String("md"));
    CHECK(registry.forFile(QStringLiteral("out.markdown"))->name() == QLatin1String("md"));
    CHECK(registry.forFile(QStringLiteral("out.html"))->name() == QLatin1String("html"));
    CHECK(registry.forFile(QStringLiteral("OUT.HTM"))->name() == QLatin1String("html"));

    // The grid exporter hands over to the inventory when asked, all journeys
    // included when none is chosen.
    const Workspace ws = test::exampleWorkspace();
    ExportOptions options;
    options.inventory = true;
    QString error;
    const QByteArray viaGrid = CsvGridExporter().render(ws, options, &error);
    CHECK(viaGrid == InventoryCsvExporter().render(ws, options, &error));
    options.journey = journeyOfKind(ws, "ideal").id;
    CHECK(CsvGridExporter().render(ws, options, &error) ==
          InventoryCsvExporter().render(ws, options, &error));
    options.inventory = false;
    CHECK(CsvGridExporter().render(ws, options, &error) != viaGrid);
}

TEST_CASE("Inventory CSV: Python's csv module reads back every row and hostile text") {
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const Workspace ws = hostileWorkspace(language);
        const QString ideal = journeyOfKind(ws, "ideal").id;
        QString error;
        const auto inventory = Inventory::build(ws, ideal, &error);
        REQUIRE(inventory);
        const QByteArray bytes = render(InventoryCsvExporter(), ws, ideal);
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(bytes.contains("\r\n"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inventory.csv"));
        test::writeFile(path, bytes);
        const QList<QStringList> rows = parseCsvWithPython(path);
        REQUIRE(rows.size() == 1 + cardsOf(ws, ideal));
        const QStringList header = rows.front();
        if (language == QLatin1String("nl"))
            CHECK(header == QStringList{"Klantreis", "Baan", "Fase", "Stap", "Soort", "Titel",
                                        "Tekst", "Eigenaar", "Status", "Onderbouwing", "Labels",
                                        "Stemmen", "Stemrondes", "Wachttijd", "Deadline",
                                        "Behoefte inwoner", "Herkomst"});
        else
            CHECK(header == QStringList{"Journey", "Lane", "Stage", "Step", "Kind", "Title", "Text",
                                        "Owner", "Status", "Evidence", "Tags", "Votes",
                                        "Vote rounds", "Waiting time", "Due", "Resident's need",
                                        "Provenance"});

        const QList<QStringList> expected = expectedRows(*inventory);
        REQUIRE(rows.size() - 1 == expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r) {
            REQUIRE(rows[r + 1].size() == Inventory::kColumnCount);
            for (int c = 0; c < Inventory::kColumnCount; ++c) {
                const QString cell = rows[r + 1][c];
                // A cell that a spreadsheet would run as a formula is defused.
                if (!expected[r][c].isEmpty() &&
                    QStringLiteral("=+-@\t\r").contains(expected[r][c].front()))
                    CHECK(cell.startsWith(u'\''));
                CHECK(CsvTable::undefuse(cell) == expected[r][c]);
            }
        }
        // Every hostile text is there, whole.
        QSet<QString> cells;
        for (const QStringList &row : rows)
            for (const QString &cell : row)
                cells.insert(CsvTable::undefuse(cell));
        for (const QString &text : hostileTexts())
            CHECK(cells.contains(text));
        // The kinds and statuses in the workspace's language.
        QSet<QString> kinds;
        for (const QStringList &row : rows.mid(1))
            kinds.insert(row[int(Column::Kind)]);
        CHECK(kinds.contains(language == QLatin1String("nl") ? QStringLiteral("Knelpunt")
                                                             : QStringLiteral("Pain point")));
    }
}

// A spreadsheet opens the CSV as the user's would: LibreOffice (installed by
// scripts/install-deps --tests) converts it to a workbook, and Python's
// zipfile and XML reader read the workbook's cells back. Every cell must be
// the text the CSV holds (a defused formula stays text, quote and all), and
// none a formula. Without LibreOffice the test fails rather than passes.
TEST_CASE("Inventory CSV: LibreOffice reads every cell as text, no formula among them") {
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    {
        INFO("LibreOffice (soffice) is missing: scripts/install-deps --tests installs it");
        REQUIRE_FALSE(soffice.isEmpty());
    }
    const Workspace ws = hostileWorkspace(QStringLiteral("nl"));
    const QString ideal = journeyOfKind(ws, "ideal").id;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inventory.csv"));
    test::writeFile(path, render(InventoryCsvExporter(), ws, ideal));
    QProcess process;
    // Filter options: separator 59 (;), quote 34 ("), charset 76 (UTF-8),
    // from line 1, and (the 13th) evaluate formulas, as Excel always does:
    // a cell that was not defused would become a formula here.
    process.start(soffice, {"--headless", "-env:UserInstallation=file://" + dir.filePath("profile"),
                            "--infilter=CSV:59,34,76,1,,0,false,false,false,false,false,-1,true",
                            "--convert-to", "xlsx", "--outdir", dir.path(), path});
    REQUIRE(process.waitForFinished(180000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    const QString workbook = dir.filePath(QStringLiteral("inventory.xlsx"));
    REQUIRE(QFileInfo::exists(workbook));

    const QString script = QStringLiteral(
        "import json, re, sys, zipfile\n"
        "import xml.etree.ElementTree as ET\n"
        "M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'\n"
        "book = zipfile.ZipFile(sys.argv[1])\n"
        "shared = []\n"
        "if 'xl/sharedStrings.xml' in book.namelist():\n"
        "    for si in ET.fromstring(book.read('xl/sharedStrings.xml')).iter(M + 'si'):\n"
        "        shared.append(''.join(t.text or '' for t in si.iter(M + 't')))\n"
        "sheet = ET.fromstring(book.read('xl/worksheets/sheet1.xml'))\n"
        "rows, formulas = [], 0\n"
        "for row in sheet.iter(M + 'row'):\n"
        "    cells = []\n"
        "    for c in row.iter(M + 'c'):\n"
        "        letters = re.match('[A-Z]+', c.get('r')).group(0)\n"
        "        column = 0\n"
        "        for letter in letters:\n"
        "            column = column * 26 + ord(letter) - 64\n"
        "        cells += [''] * (column - 1 - len(cells))\n"
        "        formulas += c.find(M + 'f') is not None\n"
        "        v = c.find(M + 'v')\n"
        "        if c.get('t') == 's':\n"
        "            cells.append(shared[int(v.text)])\n"
        "        elif c.get('t') == 'inlineStr':\n"
        "            cells.append(''.join(t.text or '' for t in c.iter(M + 't')))\n"
        "        else:\n"
        "            cells.append(v.text if v is not None else '')\n"
        "    rows.append(cells)\n"
        "sys.stdout.write(json.dumps({'rows': rows, 'formulas': formulas}))\n");
    const QJsonObject read = QJsonDocument::fromJson(python(script, {workbook}).toUtf8()).object();
    CHECK(read.value(QStringLiteral("formulas")).toInt() == 0);
    const QJsonArray sheetRows = read.value(QStringLiteral("rows")).toArray();
    const QList<QStringList> csvRows = parseCsvWithPython(path);
    REQUIRE(csvRows.size() == 1 + cardsOf(ws, ideal));
    REQUIRE(sheetRows.size() == csvRows.size());
    for (qsizetype r = 0; r < csvRows.size(); ++r) {
        QStringList cells;
        for (const QJsonValue &cell : sheetRows[r].toArray())
            cells << cell.toString();
        while (cells.size() < csvRows[r].size()) // a workbook leaves empty cells out
            cells << QString();
        QStringList expected = csvRows[r];
        for (QString &cell : expected) // a spreadsheet keeps one kind of line break
            cell.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        INFO("row " << r);
        CHECK(cells == expected);
    }
}

TEST_CASE("Inventory Markdown: tables stay tables and hostile text stays text") {
    const Workspace ws = hostileWorkspace(QStringLiteral("nl"));
    const QString ideal = journeyOfKind(ws, "ideal").id;
    QString error;
    const auto inventory = Inventory::build(ws, ideal, &error);
    REQUIRE(inventory);
    const QString markdown = QString::fromUtf8(render(InventoryMarkdownExporter(), ws, ideal));

    // Every "<" is escaped, so nothing can open an HTML tag or autolink;
    // "&" too, so no entity is decoded.
    static const QRegularExpression rawMarkup(QStringLiteral("(^|[^\\\\])[<&]"));
    CHECK_FALSE(rawMarkup.match(markdown).hasMatch());

    QStringList cellTexts;
    int dataRows = 0;
    qsizetype pipes = -1;
    const QStringList lines = markdown.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (!line.startsWith(u'|'))
            continue;
        const QStringList cells = splitUnescapedPipes(line);
        const bool header = i + 1 < lines.size() && lines[i + 1].startsWith(QLatin1String("| ---"));
        if (header)
            pipes = cells.size();
        INFO(line.left(200).toStdString());
        CHECK(cells.size() == pipes);
        CHECK(cells.front().isEmpty());
        CHECK(cells.back().isEmpty());
        if (header || line.startsWith(QLatin1String("| ---")))
            continue;
        ++dataRows;
        for (const QString &cell : cells) // without the word joiner that ends autolinks
            cellTexts << QString(cell).remove(QChar(0x2060)).simplified();
    }
    CHECK(pipes == 15); // thirteen columns: fourteen pipes, an empty "cell" outside each end
    CHECK(dataRows == cardsOf(ws, ideal));
    // Read back, each hostile text is whole (its line breaks made spaces).
    for (const QString &text : hostileTexts())
        CHECK(cellTexts.contains(text.simplified()));
    CHECK(markdown.contains(QStringLiteral("| Soort | Titel | Tekst |")));

    // Rendered by a real GitHub-flavoured Markdown processor: no link, image,
    // tag or autolink comes out of the cards' texts.
    QProcess cmark;
    cmark.start(QStringLiteral("cmark-gfm"),
                {"--extension", "table", "--extension", "autolink", "--extension", "strikethrough",
                 "--extension", "tagfilter"});
    REQUIRE(cmark.waitForStarted());
    cmark.write(markdown.toUtf8());
    cmark.closeWriteChannel();
    REQUIRE(cmark.waitForFinished());
    const QString html = QString::fromUtf8(cmark.readAllStandardOutput());
    CHECK(html.contains(QStringLiteral("<table>")));
    for (const char *markup : {"<a ", "<img", "<script", "<del", "<em", "<code"}) {
        INFO(markup);
        CHECK_FALSE(html.contains(QLatin1String(markup)));
    }
    CHECK(html.contains(QStringLiteral("https://evil.example/x")));
}

TEST_CASE("Inventory HTML: self-contained, no script, every title as text") {
    const Workspace ws = hostileWorkspace(QStringLiteral("nl"));
    const QByteArray bytes = render(InventoryHtmlExporter(), ws);
    const QString html = QString::fromUtf8(bytes);
    CHECK(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    CHECK(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    CHECK(html.contains(QLatin1String("<html lang=\"nl\">")));
    CHECK(html.contains(QLatin1String("@page")));
    CHECK_FALSE(html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QLatin1String("href=http"), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QLatin1String("url("), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QLatin1String("@import"), Qt::CaseInsensitive));

    // Python's HTML parser, as a browser tokenises: the tags and attributes
    // that exist, and the text with references decoded.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inventory.html"));
    test::writeFile(path, bytes);
    const QString script = QStringLiteral(
        "import json, sys\n"
        "from html.parser import HTMLParser\n"
        "class P(HTMLParser):\n"
        "    def __init__(self):\n"
        "        super().__init__(convert_charrefs=True)\n"
        "        self.tags, self.attrs, self.text = set(), set(), []\n"
        "    def handle_starttag(self, tag, attrs):\n"
        "        self.tags.add(tag)\n"
        "        self.attrs.update(a for a, v in attrs)\n"
        "    def handle_startendtag(self, tag, attrs):\n"
        "        self.handle_starttag(tag, attrs)\n"
        "    def handle_data(self, data):\n"
        "        self.text.append(data)\n"
        "p = P()\n"
        "p.feed(open(sys.argv[1], encoding='utf-8').read())\n"
        "p.close()\n"
        "sys.stdout.write(json.dumps({'tags': sorted(p.tags), 'attrs': sorted(p.attrs),\n"
        "                             'text': ''.join(p.text)}))\n");
    const QJsonObject parsed = QJsonDocument::fromJson(python(script, {path}).toUtf8()).object();
    const QSet<QString> allowedTags{"html",   "head",    "meta",  "title",    "style", "body",
                                    "header", "h1",      "h2",    "h3",       "dl",    "dt",
                                    "dd",     "section", "table", "colgroup", "col",   "thead",
                                    "tbody",  "tr",      "th",    "td",       "p",     "caption"};
    for (const QJsonValue &tag : parsed[QLatin1String("tags")].toArray()) {
        INFO(tag.toString().toStdString());
        CHECK(allowedTags.contains(tag.toString()));
    }
    const QSet<QString> allowedAttributes{"lang", "charset", "name",  "content", "class",
                                          "dir",  "style",   "scope", "colspan"};
    for (const QJsonValue &attribute : parsed[QLatin1String("attrs")].toArray()) {
        INFO(attribute.toString().toStdString());
        CHECK(allowedAttributes.contains(attribute.toString()));
    }
    const QString text = parsed[QLatin1String("text")].toString();
    for (const Card &card : ws.cards) {
        INFO(card.title.left(100).toStdString());
        CHECK(
            text.contains(QString(card.title).replace(QLatin1String("\r\n"), QLatin1String("\n"))));
    }
    for (const QString &hostile : hostileTexts())
        CHECK(text.contains(QString(hostile).replace(QLatin1String("\r\n"), QLatin1String("\n"))));
    for (const Journey &journey : ws.journeys)
        CHECK(text.contains(journey.title));
    CHECK(text.contains(QStringLiteral("Knelpunt")));
    CHECK(text.contains(ws.meta.title));
}

TEST_CASE(
    "Work list: a team's list keeps only its items of the chosen status, headed as its list") {
    const Workspace ws = test::exampleWorkspace();
    QString error;
    const auto all = Inventory::build(ws, QString(), &error, QStringLiteral("team inkomen"));
    REQUIRE(all);
    const auto agreed = Inventory::build(ws, QString(), &error, QStringLiteral("Team Inkomen"),
                                         QStringLiteral("agreed"));
    REQUIRE(agreed);
    CHECK(agreed->cardCount() < all->cardCount());
    CHECK(agreed->cardCount() > 0);
    for (const auto &section : agreed->sections())
        for (const auto &lane : section.lanes)
            for (const auto &step : lane.steps)
                for (const auto &row : step.rows) {
                    CHECK(row.owner == QStringLiteral("Team Inkomen"));
                    CHECK(row.status == QStringLiteral("Afgesproken"));
                }
    CHECK(agreed->heading() == QStringLiteral("Werklijst: Team Inkomen"));
    ExportOptions options;
    options.team = QStringLiteral("Team Inkomen");
    options.status = QStringLiteral("agreed");
    const QString markdown =
        QString::fromUtf8(InventoryMarkdownExporter().render(ws, options, &error));
    CHECK(markdown.startsWith(QStringLiteral("# Werklijst: Team Inkomen")));
    // A team nobody is: refused, naming the teams there are.
    CHECK_FALSE(Inventory::build(ws, QString(), &error, QStringLiteral("Niemand")));
    CHECK(error.contains(QStringLiteral("\"Niemand\"")));
    CHECK(error.contains(QStringLiteral("Team Inkomen")));
}
