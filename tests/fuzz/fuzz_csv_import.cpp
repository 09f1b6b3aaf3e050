// libFuzzer target: `blauwdruk import IN.csv` and File > Import CSV.
//
// Why: CSV grids arrive from spreadsheets in every dialect (UTF-8 with or
// without a BOM, Windows-1252, UTF-16; comma, semicolon or tab; quoted cells
// with line breaks; CRLF, LF or CR). CsvGrid::read decodes and splits them
// (CsvTable::parse), turns the grid into a journey and validates it, the path
// the command line's import takes. Besides "no crash, no leak, no undefined
// behaviour" this checks the promise of docs/file-format.md, "CSV grid":
// exporting an imported journey and importing that again gives the same bytes.
#include "csvgrid.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace blauwdruk;

namespace {

[[noreturn]] void broken(const char *what, const QString &detail = QString()) {
    std::fprintf(stderr, "fuzz_csv_import: %s %s\n", what, qPrintable(detail));
    std::abort();
}

// Says where two exports part, with some bytes around it.
[[noreturn]] void differ(const QByteArray &first, const QByteArray &second) {
    qsizetype at = 0;
    while (at < first.size() && at < second.size() && first[at] == second[at])
        ++at;
    const qsizetype from = std::max<qsizetype>(0, at - 80);
    std::fprintf(
        stderr, "fuzz_csv_import: the exports part at byte %lld:\n  first:  %s\n  second: %s\n",
        static_cast<long long>(at), first.mid(from, 160).toPercentEncoding(" /;").constData(),
        second.mid(from, 160).toPercentEncoding(" /;").constData());
    broken("export -> import -> export changes the bytes");
}

QString onlyJourney(const Workspace &workspace) {
    if (workspace.journeys.size() != 1)
        broken("an import does not give exactly one journey");
    return workspace.journeys.front().id;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // Not copied: AddressSanitizer then sees a read past the last byte.
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString title = QStringLiteral("Fuzz");
    QString error;
    const std::optional<Workspace> workspace = CsvGrid::read(bytes, title, &error);
    if (!workspace)
        return 0;

    // Exported and imported again always, for memory errors; whether the
    // bytes stay the same is a stricter oracle, checked in long runs by hand
    // (BLAUWDRUK_FUZZ_ROUNDTRIP=1): a minute's luck must not decide the
    // test command (see docs/architecture.md, "Fuzzing and sanitizers").
    static const bool roundTrip = qEnvironmentVariableIntValue("BLAUWDRUK_FUZZ_ROUNDTRIP") == 1;
    const QByteArray exported = CsvGrid::write(*workspace, onlyJourney(*workspace));
    const std::optional<Workspace> again = CsvGrid::read(exported, title, &error);
    if (!again && roundTrip)
        broken("an accepted file exports to CSV that is refused:", error);
    if (!again)
        return 0;
    if (const QByteArray second = CsvGrid::write(*again, onlyJourney(*again));
        roundTrip && second != exported)
        differ(exported, second);
    return 0;
}
