#pragma once

#include <QtGlobal>

// The largest sizes a workspace may have, in one place. The validator refuses
// files and imports beyond them with a message naming the object, the field
// and the limit; Edits refuses changes beyond them; the editing widgets stop
// input at them. docs/file-format.md ("Limits") lists them for users.
//
// Each is far above real use (the bundled example has 91 cards and its longest
// text is a few hundred characters) and low enough that nothing beyond it can
// make Blauwdruk hang or run out of memory.
namespace blauwdruk::limits {

// Characters (UTF-16 code units, as QString counts them) in one text field.
// The longest real texts are a persona's story or a step's description: a few
// thousand characters. 100,000 is about 40 printed pages, yet one text can
// still be laid out, painted, searched and exported without a noticeable
// pause, and a hostile file cannot make a single field cost more than a
// fraction of a megabyte in every view that shows it. A list (tags, authors)
// counts as one text: its items together. A version's snapshot is not a text
// but a whole workspace, checked as one.
inline constexpr int kMaxTextLength = 100'000;

// Items in one list (tags, authors). Counted as well as their characters:
// a list of a million empty texts is short in characters, yet costs tens of
// bytes of memory per item. A real list has a handful of items.
inline constexpr int kMaxListItems = 1'000;

// Bytes one list may take in a file (a JSON array in a text column), checked
// before it is decoded: every character escaped (\uXXXX), plus quotes and a
// comma per item.
inline constexpr qint64 kMaxListBytes = 6 * qint64(kMaxTextLength) + 4 * kMaxListItems + 2;

// Bytes of one version's snapshot (the workspace as JSON), and of all of a
// workspace's snapshots together, checked before any is read. A snapshot is
// decoded only when it is used (exported, restored, or by `check`), one at a
// time; held undecoded they cost twice their bytes. 48 MB holds a workspace
// of 100,000 cards (42.8 MB as JSON); 100 MB holds twenty versions of a
// 10,000-card journey.
inline constexpr qint64 kMaxSnapshotBytes = 48 << 20;
inline constexpr qint64 kMaxAllSnapshotBytes = 100 << 20;

// JSON input, as import or a snapshot: at most this many bytes, keys in one
// object and items in one array, counted in one scan before parsing. Parsed
// JSON takes up to about eight times its bytes of memory, so 56 MB keeps an
// import at about half a gigabyte (docs/performance.md); it holds a workspace
// of 100,000 cards, and a photo of 40 MB in base64.
// No object of ours has more than about twenty keys, and an array holds at
// most a workspace's objects. (Keys are also looked up linearly while the
// parser builds an object; the cap keeps that linear in the input.)
inline constexpr qint64 kMaxJsonBytes = 56 << 20;
inline constexpr int kMaxJsonKeysPerObject = 256;
inline constexpr qint64 kMaxJsonArrayItems = 1'000'000;
// Values (items of lists and keys of objects) in all of one JSON input:
// each costs up to about a hundred bytes parsed, so this bounds the parse
// whatever the shape (a million lists of nothing, say). A workspace of
// 100,000 cards has about 1.6 million; one of 400,000 comments 3.6 million.
inline constexpr qint64 kMaxJsonValues = 4'000'000;

// Bytes of one stored persona photo. Photos picked in Blauwdruk or imported
// from JSON are stored at most 512 pixels a side (JPEG, about 50-150 KB);
// 40 MB is also the largest picture file that can be picked, so no photo a
// user ever chose is larger.
inline constexpr qint64 kMaxPhotoBytes = 40 << 20;

// A photo is decoded only when its header says it has at most this many
// pixels (a 100-megapixel camera), and never into more than
// kPhotoDecodeMegabytes of memory (QImageReader::setAllocationLimit); JPEGs
// are decoded directly at the size shown. A photo beyond them is kept in the
// file unchanged, and the drawn avatar is shown instead.
inline constexpr qint64 kMaxPhotoPixels = 100'000'000;
inline constexpr int kPhotoDecodeMegabytes = 256;

// Cards in one journey. A real blueprint has tens of steps and a few hundred
// cards; 50,000 cards per journey are measured to work (docs/performance.md:
// opened in seconds, about a second an edit), and 100,000 still open and
// edit, at about two seconds an edit. Beyond that the canvas would no
// longer be usable, so a file that claims more is refused.
inline constexpr int kMaxCardsPerJourney = 100'000;

// Lanes in one journey. A real blueprint has five to fifteen; 1,000 is far
// beyond use. A lane is one row of a CSV grid, so without this a file of
// tiny rows would make an object of every two bytes.
inline constexpr int kMaxLanesPerJourney = 1'000;

// Cells of a CSV table (all rows together), counted while it is read. A real
// grid has a few thousand; a million is a thousand lanes by a thousand steps.
// Each costs up to about 250 bytes parsed, whatever its size in the file (a
// file of 20 million two-byte rows took half a gigabyte before this).
inline constexpr qint64 kMaxCsvCells = 1'000'000;

// Steps in one journey. A real journey has tens of steps; the poster of a
// journey is as wide as its steps, so 100,000 steps made a 2 GB SVG and a
// PNG one pixel tall. 2,000 steps are a poster 400 metres wide at A0 height:
// far beyond use, and still exported in seconds.
inline constexpr int kMaxStepsPerJourney = 2'000;

// Objects of all kinds together (personas, journeys, stages, steps, lanes,
// cards, connections, comments, versions) in one workspace, counted in a file
// before anything is read: about 0.5 KB of memory each, so a workspace stays
// below about half a gigabyte in memory whatever a file claims.
inline constexpr qint64 kMaxObjects = 1'000'000;

// The position of an object among its siblings. Blauwdruk numbers siblings
// 0, 1, 2, ...; a negative or huge position only comes from elsewhere, and
// bounding it keeps arithmetic on positions (the last one + 1) from overflowing.
inline constexpr int kMaxPosition = 100'000'000;

} // namespace blauwdruk::limits
