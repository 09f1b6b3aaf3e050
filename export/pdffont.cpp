#include "pdffont.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <cmath>

namespace blauwdruk {

namespace {

quint32 read32(const QByteArray &b, qsizetype at) {
    return at + 4 <= b.size() ? qFromBigEndian<quint32>(b.constData() + at) : 0;
}
quint16 read16(const QByteArray &b, qsizetype at) {
    return at + 2 <= b.size() ? qFromBigEndian<quint16>(b.constData() + at) : 0;
}
void write32(QByteArray &b, quint32 v) {
    char c[4];
    qToBigEndian(v, c);
    b.append(c, 4);
}
void write16(QByteArray &b, quint16 v) {
    char c[2];
    qToBigEndian(v, c);
    b.append(c, 2);
}

QByteArray hex4(quint32 value) {
    return QByteArray::number(value, 16).rightJustified(4, '0');
}

} // namespace

PdfFont::PdfFont(const QRawFont &raw, int number)
    : mRaw(raw)
    , mNumber(number) {
    mRaw.setPixelSize(mRaw.unitsPerEm());
}

void PdfFont::use(quint32 glyph, const QString &text) {
    auto it = mGlyphs.find(glyph);
    if (it == mGlyphs.end())
        mGlyphs.emplace(glyph, text);
    else if (it->second.isEmpty())
        it->second = text;
}

int PdfFont::width(quint32 glyph) const {
    auto it = mWidths.constFind(glyph);
    if (it != mWidths.constEnd())
        return *it;
    const QList<QPointF> advances = mRaw.advancesForGlyphIndexes(QList<quint32>{glyph});
    const int width =
        advances.isEmpty() ? 0 : qRound(advances.front().x() * 1000 / mRaw.unitsPerEm());
    mWidths.insert(glyph, width);
    return width;
}

QByteArray PdfFont::subset() const {
    const QByteArray head = mRaw.fontTable("head");
    const QByteArray maxp = mRaw.fontTable("maxp");
    const QByteArray loca = mRaw.fontTable("loca");
    const QByteArray glyf = mRaw.fontTable("glyf");
    const int glyphCount = read16(maxp, 4);
    const bool longOffsets = read16(head, 50) == 1;
    auto offset = [&](quint32 glyph) -> quint32 {
        return longOffsets ? read32(loca, glyph * 4) : read16(loca, glyph * 2) * 2u;
    };
    // The glyphs drawn, glyph 0 (required) and every part of a composite.
    QSet<quint32> keep{0};
    QList<quint32> todo;
    for (const auto &entry : mGlyphs)
        todo << entry.first;
    while (!todo.isEmpty()) {
        const quint32 glyph = todo.takeLast();
        if (int(glyph) >= glyphCount || (keep.contains(glyph) && glyph != 0))
            continue;
        keep.insert(glyph);
        const quint32 start = offset(glyph);
        const quint32 end = offset(glyph + 1);
        if (end <= start + 10 || qint16(read16(glyf, start)) >= 0)
            continue; // empty or simple
        qsizetype at = start + 10;
        for (int guard = 0; guard < 64 && at + 4 <= qsizetype(end); ++guard) {
            const quint16 flags = read16(glyf, at);
            const quint16 part = read16(glyf, at + 2);
            if (!keep.contains(part))
                todo << part;
            at += 4 + ((flags & 0x1) ? 4 : 2);
            if (flags & 0x8)
                at += 2;
            else if (flags & 0x40)
                at += 4;
            else if (flags & 0x80)
                at += 8;
            if (!(flags & 0x20))
                break;
        }
    }
    QByteArray newGlyf;
    QByteArray newLoca;
    for (int glyph = 0; glyph < glyphCount; ++glyph) {
        write32(newLoca, quint32(newGlyf.size()));
        if (keep.contains(quint32(glyph))) {
            const quint32 start = offset(quint32(glyph));
            const quint32 end = offset(quint32(glyph) + 1);
            if (end > start && end <= quint32(glyf.size()))
                newGlyf += glyf.mid(start, end - start);
            while (newGlyf.size() % 4)
                newGlyf += '\0';
        }
    }
    write32(newLoca, quint32(newGlyf.size()));
    QByteArray newHead = head;
    if (newHead.size() >= 54) {
        newHead[50] = 0; // long loca offsets
        newHead[51] = 1;
        for (int i = 8; i < 12; ++i) // checksum adjustment: readers ignore it
            newHead[i] = 0;
    }
    std::map<QByteArray, QByteArray> tables{
        {"head", newHead}, {"loca", newLoca}, {"glyf", newGlyf}};
    for (const char *tag : {"hhea", "hmtx", "maxp", "cvt ", "fpgm", "prep"}) {
        const QByteArray table = mRaw.fontTable(tag);
        if (!table.isEmpty())
            tables.emplace(tag, table);
    }
    // The table directory, in tag order, each table on a four-byte boundary.
    const quint16 count = quint16(tables.size());
    int power = 0;
    while ((1 << (power + 1)) <= count)
        ++power;
    QByteArray file;
    write32(file, 0x00010000);
    write16(file, count);
    write16(file, quint16((1 << power) * 16));
    write16(file, quint16(power));
    write16(file, quint16(count * 16 - (1 << power) * 16));
    QByteArray body;
    const quint32 bodyStart = 12 + 16 * count;
    for (const auto &[tag, table] : tables) {
        QByteArray padded = table;
        while (padded.size() % 4)
            padded += '\0';
        quint32 sum = 0;
        for (qsizetype i = 0; i < padded.size(); i += 4)
            sum += read32(padded, i);
        file += tag;
        write32(file, sum);
        write32(file, bodyStart + quint32(body.size()));
        write32(file, quint32(table.size()));
        body += padded;
    }
    return file + body;
}

QByteArray PdfFont::widths() const {
    QByteArray w = "[";
    for (const auto &entry : mGlyphs)
        w += QByteArray::number(entry.first) + " [" + QByteArray::number(width(entry.first)) + "] ";
    return w + "]";
}

QByteArray PdfFont::toUnicode() const {
    QByteArray map = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    // At most 100 entries a block, as the CMap format asks.
    std::vector<std::pair<quint32, QString>> entries;
    for (const auto &entry : mGlyphs)
        if (!entry.second.isEmpty())
            entries.push_back(entry);
    for (size_t from = 0; from < entries.size(); from += 100) {
        const size_t to = std::min(entries.size(), from + 100);
        map += QByteArray::number(qulonglong(to - from)) + " beginbfchar\n";
        for (size_t i = from; i < to; ++i) {
            QByteArray utf16;
            for (const QChar c : entries[i].second)
                utf16 += hex4(c.unicode());
            map += '<' + hex4(entries[i].first) + "> <" + utf16 + ">\n";
        }
        map += "endbfchar\n";
    }
    return map + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

QByteArray PdfFont::cidSet() const {
    const quint32 last = mGlyphs.empty() ? 0 : mGlyphs.rbegin()->first;
    QByteArray bits(qsizetype(last / 8 + 1), '\0');
    bits[0] = char(0x80); // glyph 0
    for (const auto &entry : mGlyphs)
        bits[qsizetype(entry.first / 8)] =
            char(uchar(bits[qsizetype(entry.first / 8)]) | (0x80 >> (entry.first % 8)));
    return bits;
}

QByteArray PdfFont::baseName() const {
    // Six capitals from the glyphs used: the same subset gets the same tag.
    QByteArray used;
    for (const auto &entry : mGlyphs)
        used += QByteArray::number(entry.first) + ',';
    const QByteArray hash =
        QCryptographicHash::hash(mRaw.familyName().toUtf8() + used, QCryptographicHash::Md5);
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + uchar(hash[i]) % 26);
    QByteArray name;
    for (const QChar c : mRaw.familyName() + QLatin1Char('-') + mRaw.styleName())
        if (c.isLetterOrNumber() && c.unicode() < 128)
            name += char(c.unicode());
        else if (c == QLatin1Char('-'))
            name += '-';
    return tag + '+' + (name.isEmpty() ? QByteArray("Font") : name);
}

int PdfFont::ascent() const {
    return qRound(mRaw.ascent() * 1000 / mRaw.unitsPerEm());
}

int PdfFont::descent() const {
    return -qRound(mRaw.descent() * 1000 / mRaw.unitsPerEm());
}

QByteArray PdfFont::boundingBox() const {
    const QByteArray head = mRaw.fontTable("head");
    const qreal scale = 1000.0 / mRaw.unitsPerEm();
    auto at = [&](int offset) {
        return QByteArray::number(qRound(qint16(read16(head, offset)) * scale));
    };
    return '[' + at(36) + ' ' + at(38) + ' ' + at(40) + ' ' + at(42) + ']';
}

} // namespace blauwdruk
