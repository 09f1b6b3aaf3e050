// libFuzzer target: `blauwdruk import IN.json` and File > Import JSON.
//
// Why: JSON files come from anyone (a colleague's export, a hand-edited file,
// a script) and JsonCodec::import is the first code to see their bytes, as in
// the command line's import. It parses with a nesting limit, checks every
// key, type, length and range, runs the validator (validateWorkspace) on the
// result and scales persona photos that are too large. Besides "no crash, no
// leak, no undefined behaviour, no runaway time or memory" this checks the
// promise of docs/file-format.md: what is accepted exports to canonical JSON
// that imports again and exports to the same bytes.
#include "jsoncodec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace blauwdruk;

namespace {

[[noreturn]] void broken(const char *what, const QString &detail = QString()) {
    std::fprintf(stderr, "fuzz_json_import: %s %s\n", what, qPrintable(detail));
    std::abort();
}

// Says where two exports part, with some bytes around it.
[[noreturn]] void differ(const QByteArray &first, const QByteArray &second) {
    qsizetype at = 0;
    while (at < first.size() && at < second.size() && first[at] == second[at])
        ++at;
    const qsizetype from = std::max<qsizetype>(0, at - 80);
    std::fprintf(
        stderr, "fuzz_json_import: the exports part at byte %lld:\n  first:  %s\n  second: %s\n",
        static_cast<long long>(at), first.mid(from, 160).toPercentEncoding(" /;").constData(),
        second.mid(from, 160).toPercentEncoding(" /;").constData());
    broken("export -> import -> export changes the bytes");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // Not copied: AddressSanitizer then sees a read past the last byte.
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    QStringList warnings;
    const std::optional<Workspace> workspace = JsonCodec::import(bytes, &error, &warnings);
    if (!workspace)
        return 0;

    // Exported and imported again always, for memory errors; whether the
    // bytes stay the same is a stricter oracle, checked in long runs by hand
    // (BLAUWDRUK_FUZZ_ROUNDTRIP=1): a minute's luck must not decide the
    // test command (see docs/architecture.md, "Fuzzing and sanitizers").
    static const bool roundTrip = qEnvironmentVariableIntValue("BLAUWDRUK_FUZZ_ROUNDTRIP") == 1;
    const QByteArray exported = JsonCodec::write(*workspace);
    const std::optional<Workspace> again = JsonCodec::import(exported, &error, &warnings);
    if (!again && roundTrip)
        broken("an accepted file exports to JSON that is refused:", error);
    if (!again)
        return 0;
    if (const QByteArray second = JsonCodec::write(*again); roundTrip && second != exported)
        differ(exported, second);
    return 0;
}
