#pragma once

#include <QString>

#include <optional>

namespace blauwdruk {

// Where a persona, journey, step or card taken from elsewhere came from:
// another workspace file (File › Import from Workspace…, `import-from`) or
// a published version in the shared library (`library take`). Kept in the
// object's `origin` field as compact JSON text with fixed keys, so the
// field table stores it like any text; a copy of a copy names the source it
// was taken from last. An object made here has no origin (empty text).
struct Provenance {
    QString workspace;    // the source workspace's (or published journey's) title
    QString organisation; // the source's organisation, as it names itself
    QString file;         // the source file's name without folder; empty from the library
    QString library;      // the published version's id; empty from a file
    QString takenAt;      // when it was taken, ISO 8601 in UTC
    QString original;     // the id the object had in its source

    // Compact JSON: {"workspace":…,"organisation":…,"file":…,"library":…,
    // "taken_at":…,"original":…}, keys always in this order.
    QString toText() const;
    // nullopt unless `text` is such an object: every key a text, no other
    // keys, `original` and `taken_at` given and each within its limit.
    static std::optional<Provenance> fromText(const QString &text);
    // Empty text is "made here"; anything else must parse.
    static bool isValidText(const QString &text);

    // Whether `originText` (an object's origin) says the object is a copy
    // of `sourceId` taken from this same source: the same library version,
    // or the same file and workspace title.
    bool isOriginOf(const QString &originText, const QString &sourceId) const;

    // One line for people: "Gemeente Zwolle · Inkomen (zwolle.blauwdruk),
    // taken 01-12-2026", in the current language.
    QString describe() const;
};

} // namespace blauwdruk
