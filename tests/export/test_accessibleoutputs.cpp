// The outputs a screen reader or a checker reads: a PDF poster's title and
// language, and every HTML output clean under tidy's WCAG checks.
#include "inventoryhtmlexporter.h"
#include "pdfposterexporter.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace blauwdruk;

namespace {

// A checker's output, stdout then stderr.
QString run(const QString &tool, const QStringList &arguments, int *exitCode) {
    const test::ToolRun run =
        test::runTool(tool, arguments, tool == "tidy" ? "tidy" : "qpdf, poppler-utils");
    *exitCode = run.exitCode;
    return run.out + run.err;
}

QString written(QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// tidy's findings on `path`, but for those accepted by `accepted` (the
// reason for each is given where it is accepted).
QStringList tidyFindings(const QString &path, const QStringList &accepted, int *exitCode) {
    // -access 2: tidy's WCAG priority 1 and 2 checks.
    const QString report =
        run("tidy", {"-errors", "-quiet", "-access", "2", "-utf8", path}, exitCode);
    QStringList findings = report.split(u'\n', Qt::SkipEmptyParts);
    // [6.1.1.2] "style sheets require testing (style element)" is tidy's
    // reminder to check by hand that a page reads without its style sheet,
    // given for any <style>; ours do (headings, tables, lists).
    findings.removeIf([&](const QString &line) {
        if (line.contains("[6.1.1.2]"))
            return true;
        for (const QString &reason : accepted)
            if (line.contains(reason))
                return true;
        return false;
    });
    return findings;
}

} // namespace

TEST_CASE("pdf: the poster carries its title and the workspace's language", "[pdf][a11y]") {
    Workspace ws = test::exampleWorkspace();
    ExportOptions options;
    const Journey *journey = ws.orderedJourneys().front();
    options.journey = journey->id;
    QTemporaryDir dir;
    for (const auto &[language, tag] : {std::pair{QStringLiteral("nl"), QStringLiteral("nl-NL")},
                                        std::pair{QStringLiteral("en"), QStringLiteral("en-GB")}}) {
        ws.meta.language = language;
        QString error;
        const QByteArray pdf = PdfPosterExporter().render(ws, options, &error);
        REQUIRE(error.isEmpty());
        const QString path = written(dir, language + ".pdf", pdf);
        int exitCode = 0;
        const QString info = run("pdfinfo", {path}, &exitCode);
        INFO(info.toStdString());
        REQUIRE(exitCode == 0);
        CHECK(info.contains(QRegularExpression(QStringLiteral("Title:\\s+\\S"))));
        CHECK(info.contains(journey->title.simplified().left(20)));
        const QString json = run("qpdf", {"--json", "--json-key=qpdf", path}, &exitCode);
        REQUIRE(exitCode == 0);
        CHECK(json.contains(QStringLiteral("\"/Lang\": \"u:%1\"").arg(tag)));
    }
}

TEST_CASE("html: the inventory is valid, accessible HTML under tidy", "[html][a11y]") {
    const Workspace ws = test::exampleWorkspace();
    QString error;
    const QByteArray html = InventoryHtmlExporter().render(ws, ExportOptions(), &error);
    REQUIRE(error.isEmpty());
    QTemporaryDir dir;
    const QString path = written(dir, "inventory.html", html);
    int exitCode = 0;
    const QStringList findings = tidyFindings(path, {}, &exitCode);
    INFO(findings.join(u'\n').toStdString());
    CHECK(exitCode == 0); // 1 is a warning, 2 an error
    CHECK(findings.isEmpty());
}

TEST_CASE("html: the live session's participant page is valid, accessible HTML under tidy",
          "[html][a11y]") {
    int exitCode = 0;
    const QStringList findings = tidyFindings(
        QStringLiteral(BLAUWDRUK_SOURCE_DIR "/resources/live/index.html"),
        {// Reminders tidy gives for any script: test by hand what it shows
         // (the page is written for screen readers: live regions, labels).
         "[6.2.2.2]", "[6.3.1.1]", "[8.1.1.1]", "[7.1.1.1]", "[2.1.1.4]", "[2.1.1.5]",
         // The <noscript> is in <main>, where its text can be shown, not
         // next to the <script> in <head>.
         "[1.1.10.1]",
         // The lists are empty until the script fills them.
         "[3.6.1.1]", "[3.6.1.2]",
         // In the HTML standard (autocapitalize, enterkeyhint) or Safari's
         // (autocorrect), newer than tidy 5.8: a phone's keyboard reads them.
         "proprietary attribute \"autocapitalize\"", "proprietary attribute \"autocorrect\"",
         "proprietary attribute \"enterkeyhint\""},
        &exitCode);
    INFO(findings.join(u'\n').toStdString());
    CHECK(exitCode <= 1); // the accepted attributes are warnings; 2 is an error
    CHECK(findings.isEmpty());
}
