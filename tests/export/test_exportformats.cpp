// The registry is the one source of truth about export formats: each
// format's declared capabilities are consistent, "all journeys, a file each"
// is written by JourneyFiles for every format that asks for it, and no code
// in app/ or views/ decides by a format's name.
#include "exporterregistry.h"
#include "journeyfiles.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace blauwdruk;

namespace {

using Journeys = ExportCapabilities::Journeys;

std::vector<const Exporter *> formatsWith(Journeys journeys) {
    std::vector<const Exporter *> formats;
    for (const Exporter *exporter : ExporterRegistry::instance().exporters())
        if (exporter->capabilities().journeys == journeys)
            formats.push_back(exporter);
    return formats;
}

// Every file in `dir`, hidden ones (partial files) included.
QStringList everything(const QString &dir) {
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Every format name and extension the registry knows, for the scan below.
QStringList formatIds() {
    QStringList ids;
    for (const Exporter *exporter : ExporterRegistry::instance().exporters())
        ids << exporter->name() << exporter->extensions();
    ids.removeDuplicates();
    return ids;
}

// Places in C++ source where a format's name or extension is compared
// with something or listed: `== "pdf"`, `"png" !=`, `.compare("pdf")`,
// `.endsWith(".pdf")`, `{"pdf", "svg"}`, with or without QLatin1String or
// QStringLiteral around the literal. Comments are left out. Each hit is the
// literal as written.
QStringList formatComparisons(const QString &source, const QStringList &ids) {
    QString code = source;
    code.remove(QRegularExpression(QStringLiteral("//[^\n]*")));
    QStringList escaped;
    for (const QString &id : ids)
        escaped << QRegularExpression::escape(id);
    const QString literal =
        QStringLiteral("(?:QLatin1String|QStringLiteral|QString|QLatin1StringView|u)?\\(?\\s*"
                       "\"((?:\\*?\\.)?(?:%1))\"\\s*\\)?(?:_L1|_s)?")
            .arg(escaped.join(QLatin1Char('|')));
    const QStringList contexts{
        QStringLiteral("(?:==|!=)\\s*") + literal,
        literal + QStringLiteral("\\s*(?:==|!=)"),
        QStringLiteral(
            "\\b(?:compare|endsWith|startsWith|contains|indexOf|lastIndexOf)\\s*\\(\\s*") +
            literal,
        QStringLiteral("[{,]\\s*") + literal + QStringLiteral("\\s*[,}]"),
    };
    QStringList hits;
    for (const QString &context : contexts) {
        const QRegularExpression pattern(context, QRegularExpression::CaseInsensitiveOption);
        for (auto it = pattern.globalMatch(code); it.hasNext();)
            hits << it.next().captured(1);
    }
    return hits;
}

// Writes every journey but one, as a disk that fills up halfway would.
class FailingExporter : public Exporter {
public:
    explicit FailingExporter(const QString &refused)
        : mRefused(refused) {}
    QString name() const override { return QStringLiteral("failing"); }
    QStringList extensions() const override { return {QStringLiteral("txt")}; }
    ExportCapabilities capabilities() const override {
        return {.label = "Failing",
                .content = ExportCapabilities::Content::Picture,
                .journeys = Journeys::FileEach};
    }
    QByteArray render(const Workspace &, const ExportOptions &options,
                      QString *error) const override {
        if (options.journey == mRefused) {
            *error = QStringLiteral("refused");
            return {};
        }
        return options.journey.toUtf8();
    }

private:
    QString mRefused;
};

} // namespace

TEST_CASE("Export formats: each declares what it holds and takes, consistently") {
    const ExporterRegistry &registry = ExporterRegistry::instance();
    const std::vector<const Exporter *> exporters = registry.exporters();
    REQUIRE_FALSE(exporters.empty());
    QSet<QString> names;
    int personaSheetFormats = 0;
    for (size_t i = 0; i < exporters.size(); ++i) {
        const Exporter *exporter = exporters[i];
        const ExportCapabilities capabilities = exporter->capabilities();
        INFO(exporter->name().toStdString());
        CHECK_FALSE(names.contains(exporter->name()));
        names << exporter->name();
        CHECK(registry.byName(exporter->name()) == exporter);
        REQUIRE_FALSE(exporter->extensions().isEmpty());
        CHECK(QString::fromLatin1(capabilities.label).size() > 2);
        // Offered grouped by what they hold.
        if (i > 0)
            CHECK(exporters[i - 1]->capabilities().content <= capabilities.content);
        // Only one journey a file where a file holds exactly one.
        CHECK(exporter->singleJourney() == (capabilities.journeys == Journeys::One ||
                                            capabilities.journeys == Journeys::FileEach));
        // A page each needs a paper to put it on.
        if (capabilities.journeys == Journeys::PageEach)
            CHECK(capabilities.paper);
        if (!capabilities.inventory.isEmpty()) {
            const Exporter *inventory = registry.byName(capabilities.inventory);
            REQUIRE(inventory);
            CHECK(inventory->capabilities().content == ExportCapabilities::Content::Inventory);
            CHECK(inventory->extensions().contains(exporter->extensions().first()));
            ExportOptions options;
            options.inventory = true;
            CHECK(registry.resolve(exporter, options) == inventory);
            options.inventory = false;
            CHECK(registry.resolve(exporter, options) == exporter);
        }
        if (capabilities.personaSheets)
            ++personaSheetFormats;
        // A file named for it comes back to it, or to the format first
        // registered for the same extension.
        const Exporter *byFile =
            registry.forFile(QStringLiteral("out.") + exporter->extensions().first());
        REQUIRE(byFile);
        CHECK(byFile->extensions().first() == exporter->extensions().first());
    }
    CHECK(registry.names().size() == int(exporters.size()));
    CHECK(personaSheetFormats == 1);
    REQUIRE(registry.personaSheetFormat());
    CHECK(registry.personaSheetFormat()->capabilities().personaSheets);
}

TEST_CASE("Export formats: all journeys are a file each, named after them") {
    CHECK(
        JourneyFiles::fileFor(QStringLiteral("/tmp/poster.svg"), 2, QStringLiteral("Zo kan het")) ==
        QStringLiteral("/tmp/poster-2-zo-kan-het.svg"));
    CHECK(JourneyFiles::fileFor(QStringLiteral("a/b.png"), 1, QStringLiteral("Één/twee?")) ==
          QStringLiteral("a/b-1-eentwee.png"));
    CHECK(JourneyFiles::fileFor(QStringLiteral("b.png"), 3, QStringLiteral("???")) ==
          QStringLiteral("./b-3.png")); // QDir(".").filePath

    const Workspace ws = test::exampleWorkspace();
    REQUIRE(ws.journeys.size() >= 2);
    const std::vector<const Exporter *> formats = formatsWith(Journeys::FileEach);
    REQUIRE_FALSE(formats.empty());
    for (const Exporter *exporter : formats) {
        INFO(exporter->name().toStdString());
        QTemporaryDir dir;
        const QString path =
            dir.filePath(QStringLiteral("poster.") + exporter->extensions().first());
        QStringList written;
        QString failed;
        QString error;
        QStringList checked;
        const auto check = [&](const QString &file, QString *) {
            checked << file;
            return true;
        };
        ExportOptions options;
        options.dpi = 30; // small pictures: this is about files, not pixels
        REQUIRE(
            JourneyFiles::write(*exporter, ws, options, path, check, &written, &failed, &error));
        CHECK(error.isEmpty());
        CHECK(written == JourneyFiles::files(ws, path));
        CHECK(checked == written);
        REQUIRE(written.size() == int(ws.journeys.size()));
        int number = 0;
        QStringList names;
        for (const Journey *journey : ws.orderedJourneys()) {
            const QString file = written.at(number);
            CHECK(file == JourneyFiles::fileFor(path, ++number, journey->title));
            CHECK(QFileInfo(file).size() > 0);
            names << QFileInfo(file).fileName();
        }
        // Nothing else: no partial files, not the name asked for itself.
        names.sort();
        CHECK(everything(dir.path()) == names);
    }
}

TEST_CASE("Export formats: an exporter that fails on a journey leaves no file of any") {
    const Workspace ws = test::exampleWorkspace();
    const std::vector<const Journey *> journeys = ws.orderedJourneys();
    const FailingExporter exporter(journeys.back()->id);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("poster.txt"));
    QStringList written;
    QString failed;
    QString error;
    CHECK_FALSE(
        JourneyFiles::write(exporter, ws, ExportOptions(), path, {}, &written, &failed, &error));
    CHECK(failed == JourneyFiles::files(ws, path).last());
    CHECK(error == QStringLiteral("refused"));
    CHECK(written.isEmpty());
    CHECK(everything(dir.path()).isEmpty());
}

TEST_CASE("Export formats: a failed file of one journey leaves no file of any") {
    const Workspace ws = test::exampleWorkspace();
    for (const Exporter *exporter : formatsWith(Journeys::FileEach)) {
        INFO(exporter->name().toStdString());
        QTemporaryDir dir;
        const QString path =
            dir.filePath(QStringLiteral("poster.") + exporter->extensions().first());
        const QStringList files = JourneyFiles::files(ws, path);
        QStringList written;
        QString failed;
        QString error;
        ExportOptions options;
        options.dpi = 30;

        SECTION("the last journey's file cannot be written") {
            // A folder in its place: refused before anything is written.
            REQUIRE(QDir().mkdir(files.last()));
            CHECK_FALSE(
                JourneyFiles::write(*exporter, ws, options, path, {}, &written, &failed, &error));
            CHECK(failed == files.last());
            CHECK(error == QStringLiteral("is not a regular file"));
            CHECK(everything(dir.path()) == QStringList{QFileInfo(files.last()).fileName()});
        }
        SECTION("a check refuses one before anything is written") {
            const auto check = [&](const QString &file, QString *why) {
                *why = QStringLiteral("is refused");
                return file != files.last();
            };
            CHECK_FALSE(JourneyFiles::write(*exporter, ws, options, path, check, &written, &failed,
                                            &error));
            CHECK(failed == files.last());
            CHECK(error == QStringLiteral("is refused"));
            CHECK(everything(dir.path()).isEmpty());
        }
        CHECK(written.isEmpty());
    }
}

TEST_CASE("Export formats: the scan finds a format's name compared, and nothing else") {
    const QStringList ids = formatIds();
    REQUIRE(ids.contains(QStringLiteral("pdf")));
    // What the command line and the dialog did before the capabilities.
    for (const char *code : {
             "if (options.inventory && exporter && exporter->name() == QLatin1String(\"csv\"))",
             "const bool pdfOption = format == QLatin1String(\"pdf\");",
             "return QLatin1String(\"png\") != format;",
             "const QStringList order{\"pdf\", \"svg\", \"png\", \"inventory-csv\"};",
             "QFileInfo(out).suffix().compare(QLatin1String(\"pdf\"), Qt::CaseInsensitive)",
             "if (!path.endsWith(QLatin1String(\".PDF\"), Qt::CaseInsensitive))",
             "mFormat == QStringLiteral(\"svg\") ||",
             "if (name == \"md\")",
         }) {
        INFO(code);
        CHECK(formatComparisons(QString::fromLatin1(code), ids).size() >= 1);
    }
    // What is no decision by format.
    for (const char *code : {
             "image.save(&out, \"PNG\")",
             "const QCommandLineOption kJson(\"json\", \"Print one JSON object.\");",
             "// The persona sheets' extension (\"pdf\").",
             "if (name == QLatin1String(\"pdfx\"))",
             "QStringLiteral(\"%1 (%2)\").arg(label, patterns.join(' '))",
         }) {
        INFO(code);
        CHECK(formatComparisons(QString::fromLatin1(code), ids).isEmpty());
    }
}

TEST_CASE("Export formats: no code in app/ or views/ compares a format's name") {
    // Known and waiting (none now). Each entry must still be found, so a
    // fixed one is taken off this list.
    const QMap<QString, QStringList> waiting;
    const QStringList ids = formatIds();
    const QDir root(QStringLiteral(BLAUWDRUK_SOURCE_DIR));
    int scanned = 0;
    QMap<QString, QStringList> found;
    for (const char *folder : {"app", "views"}) {
        QDirIterator it(root.filePath(QLatin1String(folder)), {"*.cpp", "*.h"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            ++scanned;
            const QStringList hits =
                formatComparisons(QString::fromUtf8(test::readFile(file)), ids);
            if (!hits.isEmpty())
                found.insert(root.relativeFilePath(file), hits);
        }
    }
    CHECK(scanned > 20);
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        INFO(it.key().toStdString() + ": " + it.value().join(QStringLiteral(", ")).toStdString());
        CHECK(waiting.value(it.key()) == it.value());
    }
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        INFO("still waiting: " + it.key().toStdString());
        CHECK(found.contains(it.key()));
    }
}
