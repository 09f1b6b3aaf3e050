#include "personaphoto.h"
#include "personasheetexporter.h"
#include "personasheetpainter.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <string_view>

using namespace blauwdruk;

namespace {

using test::poppler;

QString pdfInfo(const QString &pdf, int lastPage = 0) {
    QStringList arguments;
    if (lastPage > 0)
        arguments << "-f"
                  << "1"
                  << "-l" << QString::number(lastPage);
    return poppler("pdfinfo", arguments << pdf);
}

// Every page is A4 portrait: 595.276 x 841.89 pt.
void checkA4Portrait(const QString &pdf, int pages) {
    const QString info = pdfInfo(pdf, pages);
    QRegularExpressionMatchIterator it =
        QRegularExpression("^Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts",
                           QRegularExpression::MultilineOption)
            .globalMatch(info);
    int seen = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        CHECK(match.captured(1).toDouble() == Approx(595.276).margin(0.5));
        CHECK(match.captured(2).toDouble() == Approx(841.89).margin(0.5));
        ++seen;
    }
    CHECK(seen == pages);
}

// The text of one page (1-based), with all runs of white space made one
// space, so wrapped lines read as the sentence they came from.
QString pageText(const QString &pdf, int page) {
    const QString text =
        poppler("pdftotext", {"-f", QString::number(page), "-l", QString::number(page), "-raw",
                              "-enc", "UTF-8", pdf, "-"});
    return text.simplified();
}

// Text without any white space: a name may wrap after "</" as well as at a space.
QString solid(const QString &text) {
    QString result = text;
    result.remove(QRegularExpression("\\s"));
    return result;
}

QString firstItem(const QString &text) {
    return text.split(QRegularExpression(";\\s+")).front().simplified();
}

// Every word pdftotext finds lies inside the page's 15 mm margins.
void checkWordsInsideMargins(const QString &pdf, int pages) {
    const QString html =
        poppler("pdftotext", {"-bbox", "-f", "1", "-l", QString::number(pages), pdf, "-"});
    QXmlStreamReader xml(html);
    const double margin = 15 / 25.4 * 72 - 1; // 15 mm, less a point for glyph overhang
    int words = 0;
    double width = 0, height = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            width = a.value("width").toDouble();
            height = a.value("height").toDouble();
        } else if (xml.name() == QLatin1String("word")) {
            ++words;
            INFO("word: " << xml.readElementText().toStdString());
            CHECK(a.value("xMin").toDouble() >= margin);
            CHECK(a.value("yMin").toDouble() >= margin);
            CHECK(a.value("xMax").toDouble() <= width - margin);
            CHECK(a.value("yMax").toDouble() <= height - margin);
        }
    }
    CHECK(words > 20);
}

QStringList personaIds(const Workspace &ws) {
    QStringList ids;
    for (const Persona *persona : ws.orderedPersonas())
        ids << persona->id;
    return ids;
}

Persona &addPersona(Workspace &ws, const QString &id, const QString &name) {
    Persona persona;
    persona.id = id;
    persona.position = int(ws.personas.size());
    persona.name = name;
    ws.personas.push_back(persona);
    return ws.personas.back();
}

QImage renderSheet(const Persona &persona, const Workspace &ws, int width,
                   PersonaSheetPainter::Fit *fit = nullptr) {
    QImage image(width, qRound(PersonaSheetPainter::heightForWidth(width)), QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    const PersonaSheetPainter::Fit result =
        PersonaSheetPainter().paint(painter, QRectF(image.rect()), persona, ws);
    if (fit)
        *fit = result;
    return image;
}

} // namespace

TEST_CASE("Persona sheets: one A4 portrait page per persona, in order, texts kept as text") {
    Workspace ws = test::exampleWorkspace();
    ws.meta.language = QStringLiteral("en"); // the sheet speaks the workspace's language
    REQUIRE(ws.personas.size() >= 2);
    QStringList ids = personaIds(ws);
    std::reverse(ids.begin(), ids.end()); // pages follow the order asked for
    QTemporaryDir dir;
    const QString pdf = dir.filePath("personas.pdf");
    QString error;
    REQUIRE(PersonaSheetExporter::write(ws, ids, pdf, &error));
    CHECK(error.isEmpty());
    REQUIRE(test::pdfPageCount(pdf) == ids.size());
    checkA4Portrait(pdf, int(ids.size()));
    checkWordsInsideMargins(pdf, int(ids.size()));
    const QString info = pdfInfo(pdf);
    CHECK(info.contains(QRegularExpression("Title:\\s+Personas \u2014 " +
                                           QRegularExpression::escape(ws.meta.title))));
    CHECK(info.contains(QRegularExpression("Creator:\\s+Blauwdruk")));

    for (int page = 1; page <= ids.size(); ++page) {
        const Persona &persona = *ws.find<Persona>(ids[page - 1]);
        const QString text = pageText(pdf, page);
        INFO("page " << page << ": " << text.toStdString());
        CHECK(text.contains(persona.name));
        CHECK(text.contains(persona.quote.simplified()));
        CHECK(text.contains(firstItem(persona.goals)));
        CHECK(text.contains(firstItem(persona.painPoints)));
        CHECK(text.contains(ws.meta.title));
        CHECK(text.contains("Fictional persona"));
        CHECK(text.contains("Goals"));
        CHECK(text.contains("Information needs"));
        // The scales read without colour: the number is printed too.
        CHECK(text.contains(QStringLiteral("%1 / 5").arg(persona.digitalSkills)));
        for (const Journey *journey : ws.orderedJourneys())
            if (journey->persona == persona.id)
                CHECK(text.contains(journey->title));
        // The other personas are on their own pages.
        for (const Persona &other : ws.personas)
            if (other.id != persona.id)
                CHECK_FALSE(text.contains(other.quote.simplified()));
    }

    // One persona: its own title.
    const QString one = dir.filePath("one.pdf");
    REQUIRE(PersonaSheetExporter::write(ws, {ids.back()}, one, &error));
    CHECK(test::pdfPageCount(one) == 1);
    CHECK(pdfInfo(one).contains(QRegularExpression(
        "Title:\\s+Persona: " + QRegularExpression::escape(ws.find<Persona>(ids.back())->name))));
}

TEST_CASE("Persona sheets: a scale that is not given says so") {
    Workspace ws = test::exampleWorkspace();
    ws.meta.language = QStringLiteral("en");
    Persona &persona = ws.personas.front();
    persona.digitalSkills = 0;
    persona.selfReliance = 5;
    QTemporaryDir dir;
    const QString pdf = dir.filePath("p.pdf");
    QString error;
    REQUIRE(PersonaSheetExporter::write(ws, {persona.id}, pdf, &error));
    const QString text = pageText(pdf, 1);
    CHECK(text.contains("Digital skills"));
    CHECK(text.contains("not given"));
    CHECK(text.contains("5 / 5"));
}

TEST_CASE("Persona sheets: very long and hostile texts stay on one page") {
    Workspace ws = test::exampleWorkspace();
    ws.journeys.clear();
    QString longName;
    while (longName.size() < 300)
        longName += QStringLiteral("Wilhelmina ");
    longName = longName.left(300).trimmed();
    Persona &longOne = addPersona(ws, "11111111-1111-4111-8111-111111111111", longName);
    QString story;
    for (int i = 0; story.size() < 5000; ++i)
        story +=
            QStringLiteral("Zin %1 van een heel lang verhaal over de dagelijkse zorgen. ").arg(i);
    longOne.story = story;
    longOne.quote = story.left(900);
    longOne.household = story.left(600);
    longOne.income = story.left(600);
    longOne.goals = story.left(2000);
    longOne.painPoints = QStringList(40, QStringLiteral("een knelpunt dat steeds terugkomt"))
                             .join(QStringLiteral("; "));
    longOne.informationNeeds = story.left(1500);
    longOne.channels = story.left(1200);
    for (int i = 0; i < 60; ++i)
        longOne.tags << QStringLiteral("label %1").arg(i);
    for (int i = 0; i < 12; ++i) {
        Journey journey;
        journey.id = QStringLiteral("22222222-2222-4222-8222-%1").arg(i, 12, 10, QLatin1Char('0'));
        journey.persona = longOne.id;
        journey.position = i;
        journey.title = story.left(200);
        ws.journeys.push_back(journey);
    }

    const QString hostileName =
        QStringLiteral("Zo\u00EB <script>alert('x')</script> &amp; O'Brien");
    Persona &hostile = addPersona(ws, "33333333-3333-4333-8333-333333333333", hostileName);
    hostile.quote = QStringLiteral("\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627"
                                   "\u0644\u0645 \U0001F642 <b>vet</b> &lt;");
    hostile.story = QStringLiteral("Regel een\nRegel twee\u2028\u202Eomgekeerd\u202C\t\x1b[31m");
    hostile.goals = QStringLiteral(";;;\n\n;");
    hostile.tags = {QString(), QStringLiteral("\u0627\u0644\u0639\u0631\u0628\u064A\u0629"),
                    QStringLiteral("\U0001F600")};
    hostile.digitalSkills = 9; // out of range: shown as not given, never as nine dots

    PersonaSheetPainter::Fit fit;
    renderSheet(longOne, ws, 420, &fit);
    CHECK(fit.shortened);
    CHECK(fit.bodyPointSize >= 7);
    CHECK(fit.bodyPointSize == PersonaSheetPainter::kBodyMinPt);
    renderSheet(ws.personas.front(), ws, 420, &fit);
    CHECK_FALSE(fit.shortened);
    CHECK(fit.bodyPointSize == PersonaSheetPainter::kBodyMaxPt);

    // In both languages: Dutch words are longer and must stay inside too.
    for (const char *language : {"en", "nl"}) {
        INFO(language);
        ws.meta.language = QLatin1String(language);
        QTemporaryDir dir;
        const QString pdf = dir.filePath("hostile.pdf");
        QString error;
        REQUIRE(PersonaSheetExporter::write(ws, {longOne.id, hostile.id}, pdf, &error));
        REQUIRE(test::pdfPageCount(pdf) == 2);
        checkA4Portrait(pdf, 2);
        checkWordsInsideMargins(pdf, 2);
        const QString first = pageText(pdf, 1);
        INFO(first.toStdString());
        CHECK(first.contains(longName));
        CHECK(first.contains(QStringLiteral("\u2026")));
        CHECK(first.contains("Zin 0 van een heel lang verhaal"));
        const QString second = pageText(pdf, 2);
        INFO(second.toStdString());
        CHECK(solid(second).contains(solid(hostileName)));
        CHECK(second.contains("vet</b>")); // in a right-to-left paragraph: order is poppler's guess
        CHECK(second.contains(language == std::string_view("en") ? "not given" : "niet opgegeven"));
    }
}

TEST_CASE("Persona sheets: a persona with a photo and one without both render") {
    Workspace ws = test::exampleWorkspace();
    QImage photo(400, 300, QImage::Format_RGB32);
    photo.fill(QColor(0xE0, 0x20, 0x20));
    Persona &withPhoto = ws.personas.front();
    withPhoto.photo = PersonaPhoto::fromImage(photo);
    REQUIRE_FALSE(withPhoto.photo.isEmpty());
    const Persona &withoutPhoto = ws.personas.back();
    REQUIRE(withoutPhoto.photo.isEmpty());

    // The portrait's centre: 15 mm + 18 mm from the left, below the overline.
    const int width = 840; // 4 px per mm
    const QImage a = renderSheet(withPhoto, ws, width);
    const QImage b = renderSheet(withoutPhoto, ws, width);
    const QPoint centre(33 * 4, 42 * 4);
    const QColor red = a.pixelColor(centre);
    CHECK(red.red() > 180);
    CHECK(red.green() < 80);
    CHECK(b.pixelColor(centre) != red);
    CHECK(b.pixelColor(centre) != QColor(Qt::white)); // the avatar
    CHECK(a.pixelColor(2, 2) == QColor(Qt::white));   // the page is painted whole

    // The same lines at any size: the layout does not depend on the device.
    PersonaSheetPainter::Fit small, large;
    renderSheet(withPhoto, ws, 300, &small);
    renderSheet(withPhoto, ws, 2480, &large);
    CHECK(small.bodyPointSize == large.bodyPointSize);
    CHECK(small.shortened == large.shortened);

    QTemporaryDir dir;
    const QString pdf = dir.filePath("photos.pdf");
    QString error;
    REQUIRE(PersonaSheetExporter::write(ws, {withPhoto.id, withoutPhoto.id}, pdf, &error));
    REQUIRE(test::pdfPageCount(pdf) == 2);
    for (int page = 1; page <= 2; ++page) {
        // Each page holds its portrait as an image; the rest is text.
        const QString images = poppler(
            "pdfimages", {"-list", "-f", QString::number(page), "-l", QString::number(page), pdf});
        CHECK(images.count(QRegularExpression("^\\s*\\d+\\s+\\d+\\s+(image|smask)",
                                              QRegularExpression::MultilineOption)) >= 1);
        CHECK(pageText(pdf, page).contains(
            ws.find<Persona>(page == 1 ? withPhoto.id : withoutPhoto.id)->name));
    }
}

TEST_CASE("Persona sheets: a failed write returns an error and leaves no file") {
    const Workspace ws = test::exampleWorkspace();
    const QStringList ids = personaIds(ws);
    QTemporaryDir dir;
    QString error;

    CHECK_FALSE(PersonaSheetExporter::write(ws, ids, dir.filePath("nope/out.pdf"), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFileInfo::exists(dir.filePath("nope")));

    error.clear();
    REQUIRE(QDir(dir.path()).mkdir("folder.pdf"));
    CHECK_FALSE(PersonaSheetExporter::write(ws, ids, dir.filePath("folder.pdf"), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(QFileInfo(dir.filePath("folder.pdf")).isDir());

    error.clear();
    CHECK_FALSE(PersonaSheetExporter::write(ws, {"no-such-id"}, dir.filePath("a.pdf"), &error));
    CHECK(error.contains("no-such-id"));
    error.clear();
    CHECK_FALSE(PersonaSheetExporter::write(ws, {}, dir.filePath("b.pdf"), &error));
    CHECK_FALSE(error.isEmpty());

    // Nothing but the folder made above: no half file, no temporary file.
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{"folder.pdf"});
    CHECK(QDir(dir.filePath("folder.pdf")).isEmpty());
}
