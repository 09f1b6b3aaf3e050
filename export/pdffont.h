#pragma once

#include <QByteArray>
#include <QHash>
#include <QRawFont>
#include <QSet>
#include <QString>

#include <map>

namespace blauwdruk {

// One TrueType font of a PDF written by PdfDocument: the glyphs drawn with
// it and the text they stand for, written at the end as a Type0 font with a
// CIDFontType2 subset (Identity-H, glyph ids as CIDs), its widths and a
// ToUnicode map, so text can be searched and copied.
class PdfFont {
public:
    // `raw` at any size; the font is kept at its em size for the widths.
    PdfFont(const QRawFont &raw, int number);

    int number() const { return mNumber; } // "/F<number>" on a page
    const QRawFont &raw() const { return mRaw; }
    // A glyph drawn for `text` (one character, or a cluster's characters).
    void use(quint32 glyph, const QString &text);
    bool uses(quint32 glyph) const { return mGlyphs.count(glyph) > 0; }
    // Its advance in thousandths of the font size, as the W array says.
    int width(quint32 glyph) const;

    // The subset as a TrueType file: unused glyphs emptied (composite
    // glyphs keep their parts), the tables a PDF reader needs.
    QByteArray subset() const;
    // The PDF objects' contents: the W array, the ToUnicode CMap, the CIDSet
    // (a bit per CID, for PDF/A), and the font's name with its subset tag.
    QByteArray widths() const;
    QByteArray toUnicode() const;
    QByteArray cidSet() const;
    QByteArray baseName() const;
    // The descriptor's numbers, in thousandths of the font size.
    int ascent() const;
    int descent() const;
    QByteArray boundingBox() const;

private:
    QRawFont mRaw;
    int mNumber;
    std::map<quint32, QString> mGlyphs; // glyph id -> text, in id order
    mutable QHash<quint32, int> mWidths;
};

} // namespace blauwdruk
