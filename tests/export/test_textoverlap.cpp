// No text covers another on a blueprint: card titles and footers, stage,
// step and lane titles, the names of the lines, emotion values and connection
// labels. Checked on the bundled example, on spreadsheet grids as workshops
// hand them in, and on a generated journey of 1,000 cards with arrows, at A0
// and A3: once on the rectangles the layout gives every text (which the
// canvas draws too), once on the words poppler finds in the exported PDF.
#include "blueprintlayout.h"
#include "blueprinttexts.h"
#include "csvgrid.h"
#include "generatedjourney.h"
#include "pdfposterexporter.h"
#include "posterlayout.h"
#include "testsupport.h"
#include "titleblock.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

using namespace blauwdruk;

namespace {

using Text = BlueprintTexts::Text;

std::string describe(const QRectF &rect) {
    return QStringLiteral("(%1, %2, %3 x %4)")
        .arg(rect.x(), 0, 'f', 1)
        .arg(rect.y(), 0, 'f', 1)
        .arg(rect.width(), 0, 'f', 1)
        .arg(rect.height(), 0, 'f', 1)
        .toStdString();
}

std::string describe(const Text &text, const QRectF &rect) {
    return QStringLiteral("%1 \"%2\" at ")
               .arg(BlueprintTexts::kindName(text.kind), text.text.left(60))
               .toStdString() +
           describe(rect);
}

// Every pair of rectangles that overlap, found by sweeping from left to
// right (rectangles that merely touch do not overlap).
template <class Rect>
std::vector<std::pair<size_t, size_t>> overlaps(const std::vector<Rect> &rects) {
    std::vector<size_t> order(rects.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return rects[a].left() < rects[b].left(); });
    std::vector<std::pair<size_t, size_t>> found;
    for (size_t i = 0; i < order.size(); ++i) {
        const Rect &a = rects[order[i]];
        for (size_t j = i + 1; j < order.size() && rects[order[j]].left() < a.right(); ++j)
            if (a.intersects(rects[order[j]]))
                found.push_back({order[i], order[j]});
    }
    return found;
}

// The blueprint as it lands on a poster of `paper`: every text's rectangle
// in millimetres on the page. None may cover another, and each lies on the
// page.
void requireNoTextCovered(const BlueprintLayout &layout, const QString &paper) {
    ExportOptions options;
    options.paper = paper;
    QString error;
    const QRectF picture = TitleBlock::posterRect(layout);
    const std::optional<PosterLayout> poster =
        PosterLayout::compute(picture.size(), options, &error);
    INFO(error.toStdString());
    REQUIRE(poster);
    const std::vector<Text> texts = BlueprintTexts().all(layout);
    REQUIRE_FALSE(texts.empty());
    std::vector<QRectF> onPaper;
    for (const Text &text : texts) {
        const QRectF r = text.rect.translated(-picture.topLeft());
        onPaper.push_back(QRectF(poster->pictureMm.topLeft() + r.topLeft() * poster->scale,
                                 r.size() * poster->scale));
        INFO(describe(text, text.rect));
        CHECK(QRectF(QPointF(), poster->posterMm).contains(onPaper.back()));
    }
    const auto covered = overlaps(onPaper);
    for (size_t i = 0; i < covered.size() && i < 10; ++i) {
        const auto [a, b] = covered[i];
        UNSCOPED_INFO(describe(texts[a], texts[a].rect)
                      << "\n  covers " << describe(texts[b], texts[b].rect));
    }
    INFO("on " << paper.toStdString() << ": " << covered.size() << " texts cover another");
    CHECK(covered.empty());
}

// A connection label covers no card at all, not even its edge: a label on
// a card hides what the card says.
void requireLabelsClearOfCards(const BlueprintLayout &layout) {
    std::vector<QRectF> rects;
    std::vector<QString> names;
    for (const BlueprintLayout::CardBox &card : layout.cards) {
        rects.push_back(card.rect);
        names.push_back(card.titleLines.join(QLatin1Char(' ')));
    }
    const size_t cards = rects.size();
    for (const BlueprintLayout::ConnectionPath &path : layout.connections)
        if (!path.labelText.isEmpty()) {
            rects.push_back(path.labelRect);
            names.push_back(path.labelText);
        }
    int covered = 0;
    for (const auto &[a, b] : overlaps(rects))
        if ((a < cards) != (b < cards)) {
            ++covered;
            UNSCOPED_INFO("label \"" << names[std::max(a, b)].toStdString() << "\" covers card \""
                                     << names[std::min(a, b)].toStdString() << "\"");
        }
    CHECK(covered == 0);
}

// Within `reach` of one of the runs of an arrow.
bool onArrow(const QPolygonF &arrow, const QRectF &rect, qreal reach) {
    for (qsizetype i = 1; i < arrow.size(); ++i)
        if (QRectF(arrow[i - 1], arrow[i])
                .normalized()
                .adjusted(-reach, -reach, reach, reach)
                .intersects(rect))
            return true;
    return false;
}

// Each label lies on its arrow or right beside it, or a leader joins it to
// its arrow: from the label's edge to a point of the arrow.
void requireLabelsNearArrows(const BlueprintLayout &layout) {
    for (const BlueprintLayout::ConnectionPath &path : layout.connections) {
        if (path.labelText.isEmpty())
            continue;
        const QLineF leader = path.labelLeader;
        const bool near =
            leader.isNull()
                ? onArrow(path.points, path.labelRect, 6)
                : path.labelRect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(leader.p1()) &&
                      onArrow(path.points, QRectF(leader.p2(), QSizeF(0.01, 0.01)), 0.5);
        QStringList points;
        for (const QPointF &point : path.points)
            points << QStringLiteral("(%1, %2)").arg(point.x()).arg(point.y());
        INFO("label \"" << path.labelText.toStdString() << "\" at " << describe(path.labelRect)
                        << ", arrow " << points.join(QLatin1Char(' ')).toStdString());
        CHECK(near);
    }
}

void checkJourney(const Workspace &ws, const QString &journey) {
    const BlueprintLayout layout = BlueprintLayout::compute(ws, journey);
    for (const QString &paper : {QStringLiteral("a0"), QStringLiteral("a3")}) {
        INFO("journey " << ws.find<Journey>(journey)->title.toStdString() << " on "
                        << paper.toStdString());
        requireNoTextCovered(layout, paper);
    }
    requireLabelsClearOfCards(layout);
    requireLabelsNearArrows(layout);
}

// A workshop's spreadsheet: long Dutch cell texts, empty cells, several
// cards in a cell (one a line), notes in the emotion row beside the numbers.
QByteArray wmoGrid() {
    QStringList header{QString()};
    const QStringList stages{
        QStringLiteral("Signaal"),  QStringLiteral("Melding"), QStringLiteral("Keukentafelgesprek"),
        QStringLiteral("Aanvraag"), QStringLiteral("Besluit"), QStringLiteral("Levering")};
    for (int i = 0; i < 18; ++i)
        header << QStringLiteral("%1 / %2")
                      .arg(stages[i / 3])
                      .arg(i % 3 == 0   ? QStringLiteral("Mantelzorger merkt dat het thuis niet "
                                                           "meer gaat en zoekt hulp bij de gemeente")
                           : i % 3 == 1 ? QStringLiteral("Stap %1").arg(i + 1)
                                        : QString());
    QList<QStringList> rows;
    rows << header;
    rows << QStringList{QStringLiteral("Inwoner"),
                        QStringLiteral("Valt in de badkamer\nBelt haar dochter"),
                        QString(),
                        QStringLiteral("Zoekt op de website van de gemeente naar "
                                       "'hulp bij het huishouden' en vindt drie verschillende "
                                       "formulieren die allemaal op elkaar lijken"),
                        QStringLiteral("Uploaden met een foto van de uitslag van de ergotherapeut"),
                        QString(),
                        QStringLiteral("Wacht\nWacht nog steeds\nBelt opnieuw\nKrijgt een "
                                       "andere medewerker aan de lijn")}
         << QStringList{QStringLiteral("Emotie"),
                        QStringLiteral("-1"),
                        QStringLiteral("-2\nvoelt zich afhankelijk en schaamt zich ervoor"),
                        QStringLiteral("0"),
                        QStringLiteral("1\nopgelucht"),
                        QStringLiteral("2"),
                        QStringLiteral("-2\nboos over de wachttijd van zes weken"),
                        QStringLiteral("-1"),
                        QStringLiteral("1")}
         << QStringList{QStringLiteral("Wmo-consulent [frontstage]"),
                        QString(),
                        QStringLiteral("Neemt de melding aan"),
                        QString(),
                        QStringLiteral("Voert het keukentafelgesprek\nLegt de afspraken vast in "
                                       "het gespreksverslag"),
                        QStringLiteral("Arbeidsongeschiktheidsverzekeringsaanvraagformulier")}
         << QStringList{QStringLiteral("Backoffice Wmo [backstage]"),
                        QString(),
                        QString(),
                        QString(),
                        QString(),
                        QStringLiteral("Controleert de indicatie\nVraagt medisch advies aan")}
         << QStringList{QStringLiteral("Systemen [tech]"),
                        QStringLiteral("Suwinet"),
                        QString(),
                        QStringLiteral("Zaaksysteem"),
                        QString(),
                        QString(),
                        QString(),
                        QStringLiteral("iWmo-berichtenverkeer met de zorgaanbieder")}
         << QStringList{QStringLiteral("Wet- en regelgeving"),
                        QStringLiteral("Wet maatschappelijke ondersteuning 2015, artikel 2.3.2")};
    QString csv;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << QLatin1Char('"') + QString(cell).replace(u'"', QStringLiteral("\"\"")) +
                         QLatin1Char('"');
        csv += cells.join(u';') + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

// Another shape: many columns, most of them empty, the emotion row on top,
// very long step and lane titles.
QByteArray schuldhulpGrid() {
    QString csv = QStringLiteral(";");
    for (int i = 0; i < 40; ++i)
        csv += QStringLiteral("Fase %1 / %2;")
                   .arg(i / 8 + 1)
                   .arg(i % 4 == 0 ? QStringLiteral("Inwoner meldt zich bij het "
                                                    "schuldhulpverleningsloket van de gemeente "
                                                    "met een envelop vol onopengemaakte brieven")
                                   : QStringLiteral("Stap %1").arg(i + 1));
    csv += QStringLiteral("\nEmotie;");
    for (int i = 0; i < 40; ++i)
        csv += i % 7
                   ? QString::number(i % 5 - 2) + QLatin1Char(';')
                   : QStringLiteral("\"%1\nonzeker over wat er nu gaat gebeuren\";").arg(i % 5 - 2);
    csv += QStringLiteral("\nDe inwoner met problematische schulden en haar gezin [customer];");
    for (int i = 0; i < 40; ++i)
        csv += i % 3 ? QStringLiteral(";")
                     : QStringLiteral("\"Legt alle rekeningen op tafel en vertelt dat de "
                                      "deurwaarder al twee keer is langs geweest\";");
    csv += QStringLiteral("\nSchuldhulpverlener [frontstage];");
    for (int i = 0; i < 40; ++i)
        csv += i % 5 ? QStringLiteral(";") : QStringLiteral("Maakt een budgetplan;");
    csv += QStringLiteral("\nKredietbank [backstage];;;;;;;;;;Saneringskrediet\n");
    return csv.toUtf8();
}

Workspace fromGrid(const QByteArray &csv, const QString &title) {
    QString error;
    std::optional<Workspace> ws = CsvGrid::read(csv, title, &error);
    INFO(error.toStdString());
    REQUIRE(ws);
    return *ws;
}

// A facilitator then draws arrows from card to card, with labels.
void connectCards(Workspace &ws) {
    const QString journey = ws.journeys.front().id;
    const std::vector<const Card *> cards = ws.orderedCards(journey);
    const QString labels[] = {QStringLiteral("daarna"),
                              QStringLiteral("bij twijfel terug naar de consulent"),
                              QStringLiteral("complete aanvraag"), QString()};
    for (size_t i = 1; i < cards.size(); ++i) {
        Connection connection;
        connection.id = QStringLiteral("arrow-%1").arg(i);
        connection.journey = journey;
        connection.position = int(i);
        connection.from = cards[i - 1]->id;
        connection.to = cards[i]->id;
        connection.label = labels[i % std::size(labels)];
        ws.connections.push_back(connection);
    }
}

struct Word {
    QString text;
    QRectF box;
    qreal left() const { return box.left(); }
    qreal right() const { return box.right(); }
    bool intersects(const Word &other) const { return box.intersects(other.box); }
};

// The words of each page as poppler reads them from the PDF, each box cut to
// the middle of its line's height: poppler's boxes run from the font's
// ascent to its descent, so the lines of one title touch.
std::vector<std::vector<Word>> pdfWords(const QString &pdf) {
    const QString html =
        test::poppler(QStringLiteral("pdftotext"), {"-bbox", "-enc", "UTF-8", pdf, "-"});
    static const QRegularExpression pageOrWord(
        QStringLiteral("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    std::vector<std::vector<Word>> pages;
    for (auto it = pageOrWord.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(0).startsWith(QLatin1String("<page"))) {
            pages.emplace_back();
            continue;
        }
        REQUIRE_FALSE(pages.empty());
        const QRectF box(QPointF(match.captured(1).toDouble(), match.captured(2).toDouble()),
                         QPointF(match.captured(3).toDouble(), match.captured(4).toDouble()));
        const qreal cut = box.height() * 0.2;
        pages.back().push_back({match.captured(5), box.adjusted(0.05, cut, -0.05, -cut)});
    }
    return pages;
}

// The journey exported as a PDF poster of `paper`: no word on it covers
// another.
void requireNoWordCovered(const Workspace &ws, const QString &journey, const QString &paper) {
    QTemporaryDir dir;
    const QString path = dir.filePath(paper + QStringLiteral(".pdf"));
    ExportOptions options;
    options.journey = journey;
    options.paper = paper;
    QString error;
    const bool written = PdfPosterExporter().write(ws, options, path, &error);
    INFO(error.toStdString());
    REQUIRE(written);
    const std::vector<std::vector<Word>> pages = pdfWords(path);
    REQUIRE(pages.size() == 1);
    const std::vector<Word> &words = pages.front();
    REQUIRE(words.size() > 20);
    const auto covered = overlaps(words);
    for (size_t i = 0; i < covered.size() && i < 10; ++i)
        UNSCOPED_INFO("\"" << words[covered[i].first].text.toStdString() << "\" and \""
                           << words[covered[i].second].text.toStdString() << "\" overlap");
    INFO("on the " << paper.toStdString() << " PDF: " << covered.size() << " words overlap");
    CHECK(covered.empty());
}

} // namespace

TEST_CASE("Texts: none covers another on the example's posters, A0 and A3") {
    const Workspace ws = test::exampleWorkspace();
    for (const Journey *journey : ws.orderedJourneys())
        checkJourney(ws, journey->id);
}

TEST_CASE("Texts: none covers another on posters of spreadsheet grids, A0 and A3") {
    Workspace wmo = fromGrid(wmoGrid(), QStringLiteral("Wmo-aanvraag"));
    checkJourney(wmo, wmo.journeys.front().id);
    connectCards(wmo);
    checkJourney(wmo, wmo.journeys.front().id);
    const Workspace schuld = fromGrid(schuldhulpGrid(), QStringLiteral("Schuldhulp"));
    checkJourney(schuld, schuld.journeys.front().id);
}

TEST_CASE("Texts: none covers another on a generated journey of 1000 cards, A0 and A3") {
    const Workspace ws = bench::generatedJourney(10, 10, 1000, 7, 800);
    const QString journey = ws.journeys.front().id;
    checkJourney(ws, journey);
    // Most labels find room on their arrow; the few that do not are left to
    // the tooltip rather than drawn over a card.
    const BlueprintLayout layout = BlueprintLayout::compute(ws, journey);
    size_t labelled = 0, shown = 0;
    for (const BlueprintLayout::ConnectionPath &path : layout.connections) {
        labelled += path.label.isEmpty() ? 0 : 1;
        shown += path.labelText.isEmpty() ? 0 : 1;
    }
    CHECK(shown * 10 >= labelled * 9);
}

TEST_CASE("Texts: no word covers another in the PDF posters, A0 and A3") {
    Workspace wmo = fromGrid(wmoGrid(), QStringLiteral("Wmo-aanvraag"));
    connectCards(wmo);
    const Workspace example = test::exampleWorkspace();
    const Workspace generated = bench::generatedJourney(10, 10, 1000, 7, 800);
    for (const Workspace *ws : {&example, static_cast<const Workspace *>(&wmo), &generated})
        for (const Journey *journey : ws->orderedJourneys())
            for (const QString &paper : {QStringLiteral("a0"), QStringLiteral("a3")}) {
                INFO(journey->title.toStdString() << " on " << paper.toStdString());
                requireNoWordCovered(*ws, journey->id, paper);
            }
}
