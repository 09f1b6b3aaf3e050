#include "pdfdocument.h"

#include <QColorSpace>
#include <QCryptographicHash>
#include <QIODevice>
#include <QImage>
#include <QPainter>

namespace blauwdruk {

namespace {

// A PDF string: UTF-16 with a byte order mark for anything beyond ASCII.
QByteArray text(const QString &value) {
    bool ascii = true;
    for (const QChar c : value)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7F;
    if (ascii) {
        QByteArray escaped = value.toLatin1();
        escaped.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        return '(' + escaped + ')';
    }
    QByteArray hex = "<FEFF";
    for (const QChar c : value)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

QByteArray date(const QDateTime &when) {
    return "(D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

// zlib at its fastest level: the pages are plain operators and compress well
// either way (QPdfEngine's default level was a third of an A0 export).
QByteArray deflated(const QByteArray &data) {
    QByteArray z = qCompress(data, 1);
    return z.mid(4); // qCompress puts the length first; the rest is a zlib stream
}

QByteArray ref(int number) {
    return QByteArray::number(number) + " 0 R";
}

} // namespace

PdfDocument::PdfDocument(QIODevice *out, Info info)
    : mOut(out)
    , mInfo(std::move(info)) {}

PdfDocument::~PdfDocument() = default;

int PdfDocument::reserve() {
    mOffsets.push_back(-1);
    return int(mOffsets.size());
}

void PdfDocument::write(const QByteArray &bytes) {
    if (mFailed)
        return;
    if (mOut->write(bytes) != bytes.size())
        mFailed = true;
    mWritten += bytes.size();
}

void PdfDocument::object(int number, const QByteArray &body) {
    mOffsets[size_t(number - 1)] = mWritten;
    write(QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n");
}

void PdfDocument::stream(int number, const QByteArray &dictionary, const QByteArray &data,
                         bool compress) {
    const QByteArray bytes = compress ? deflated(data) : data;
    object(number, "<< " + dictionary + (compress ? " /Filter /FlateDecode" : "") + " /Length " +
                       QByteArray::number(bytes.size()) + " >>\nstream\n" + bytes + "\nendstream");
}

bool PdfDocument::begin() {
    // A binary comment after the version, so transfers keep the file binary.
    write("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    mCatalog = reserve();
    mPages = reserve();
    if (!mInfo.xmp.isEmpty()) {
        mMetadata = reserve();
        stream(mMetadata, "/Type /Metadata /Subtype /XML", mInfo.xmp, false);
    }
    return !mFailed;
}

PdfFont &PdfDocument::font(const QRawFont &raw) {
    const QString key = raw.familyName() + u'\n' + raw.styleName() + u'\n' +
                        QString::number(raw.weight()) + u'\n' + QString::number(int(raw.style()));
    for (FontEntry &entry : mFonts)
        if (entry.key == key)
            return *entry.font;
    const int object = reserve();
    mFonts.push_back({key, std::make_unique<PdfFont>(raw, int(mFonts.size()) + 1), object});
    return *mFonts.back().font;
}

int PdfDocument::image(const QImage &image) {
    // Over white, without transparency: PDF/A-1 allows none, and posters
    // draw none.
    QImage rgb(image.size(), QImage::Format_RGB888);
    rgb.fill(Qt::white);
    {
        QPainter painter(&rgb);
        painter.drawImage(0, 0, image);
    }
    QByteArray pixels;
    pixels.reserve(qsizetype(rgb.width()) * rgb.height() * 3);
    for (int y = 0; y < rgb.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(rgb.constScanLine(y)), rgb.width() * 3);
    const int number = reserve();
    stream(number,
           "/Type /XObject /Subtype /Image /Width " + QByteArray::number(rgb.width()) +
               " /Height " + QByteArray::number(rgb.height()) +
               " /ColorSpace /DeviceRGB /BitsPerComponent 8",
           pixels);
    return number;
}

void PdfDocument::addPage(const QSizeF &points, const QByteArray &content,
                          const Resources &resources) {
    const int contents = reserve();
    stream(contents, QByteArray(), content);
    QByteArray fonts;
    for (const int font : resources.fonts)
        for (const FontEntry &entry : mFonts)
            if (entry.font->number() == font)
                fonts += "/F" + QByteArray::number(font) + ' ' + ref(entry.object) + ' ';
    QByteArray images;
    for (const int image : resources.images)
        images += "/Im" + QByteArray::number(image) + ' ' + ref(image) + ' ';
    QByteArray states;
    for (const auto &[name, dictionary] : resources.states)
        states += '/' + name + ' ' + dictionary + ' ';
    const int page = reserve();
    object(page, "<< /Type /Page /Parent " + ref(mPages) + " /MediaBox [0 0 " +
                     QByteArray::number(points.width(), 'f', 2) + ' ' +
                     QByteArray::number(points.height(), 'f', 2) + "] /Contents " + ref(contents) +
                     " /Resources << /ProcSet [/PDF /Text /ImageC] /Font << " + fonts +
                     ">> /XObject << " + images + ">> /ExtGState << " + states + ">> >> >>");
    mPageObjects.push_back(page);
}

void PdfDocument::writeFonts() {
    for (const FontEntry &entry : mFonts) {
        const PdfFont &font = *entry.font;
        const QByteArray name = font.baseName();
        const int file = reserve();
        const QByteArray subset = font.subset();
        stream(file, "/Length1 " + QByteArray::number(subset.size()), subset);
        int cidSet = 0;
        if (mInfo.pdfA) {
            cidSet = reserve();
            stream(cidSet, QByteArray(), font.cidSet());
        }
        const int descriptor = reserve();
        object(descriptor, "<< /Type /FontDescriptor /FontName /" + name + " /Flags 4 /FontBBox " +
                               font.boundingBox() + " /ItalicAngle 0" + " /Ascent " +
                               QByteArray::number(font.ascent()) + " /Descent " +
                               QByteArray::number(font.descent()) + " /CapHeight " +
                               QByteArray::number(font.ascent()) + " /StemV 80 /FontFile2 " +
                               ref(file) + (cidSet ? " /CIDSet " + ref(cidSet) : QByteArray()) +
                               " >>");
        const int cidFont = reserve();
        object(cidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name +
                            " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
                            "/Supplement 0 >> /FontDescriptor " +
                            ref(descriptor) + " /DW 0 /W " + font.widths() +
                            " /CIDToGIDMap /Identity >>");
        const int unicode = reserve();
        stream(unicode, QByteArray(), font.toUnicode());
        object(entry.object, "<< /Type /Font /Subtype /Type0 /BaseFont /" + name +
                                 " /Encoding /Identity-H /DescendantFonts [" + ref(cidFont) +
                                 "] /ToUnicode " + ref(unicode) + " >>");
    }
}

bool PdfDocument::end() {
    writeFonts();
    QByteArray kids;
    for (const int page : mPageObjects)
        kids += ref(page) + ' ';
    object(mPages, "<< /Type /Pages /Kids [" + kids + "] /Count " +
                       QByteArray::number(qsizetype(mPageObjects.size())) + " >>");
    QByteArray intents;
    if (mInfo.pdfA) {
        const int profile = reserve();
        stream(profile, "/N 3", QColorSpace(QColorSpace::SRgb).iccProfile());
        intents = " /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 "
                  "/OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) "
                  "/DestOutputProfile " +
                  ref(profile) + " >>]";
    }
    object(mCatalog,
           "<< /Type /Catalog /Pages " + ref(mPages) +
               (mMetadata ? " /Metadata " + ref(mMetadata) : QByteArray()) + intents +
               // The language a screen reader speaks the text in, and the
               // title (not the file name) in the viewer's title bar.
               (mInfo.language.isEmpty() ? QByteArray() : " /Lang " + text(mInfo.language)) +
               " /ViewerPreferences << /DisplayDocTitle true >> >>");
    const int info = reserve();
    object(info, "<< /Title " + text(mInfo.title) +
                     (mInfo.author.isEmpty() ? QByteArray() : " /Author " + text(mInfo.author)) +
                     (mInfo.subject.isEmpty() ? QByteArray() : " /Subject " + text(mInfo.subject)) +
                     " /Creator " + text(mInfo.creator) + " /Producer " + text(mInfo.creator) +
                     " /CreationDate " + date(mInfo.created) + " >>");
    const qint64 xref = mWritten;
    QByteArray table =
        "xref\n0 " + QByteArray::number(qsizetype(mOffsets.size()) + 1) + "\n0000000000 65535 f \n";
    for (const qint64 offset : mOffsets)
        table += QByteArray::number(std::max<qint64>(offset, 0)).rightJustified(10, '0') +
                 (offset >= 0 ? " 00000 n \n" : " 00000 f \n");
    write(table);
    // The file's identifier: PDF/A asks for one; two equal halves at first.
    const QByteArray id = QCryptographicHash::hash(mInfo.title.toUtf8() + date(mInfo.created) +
                                                       QByteArray::number(mWritten),
                                                   QCryptographicHash::Md5)
                              .toHex();
    write("trailer\n<< /Size " + QByteArray::number(qsizetype(mOffsets.size()) + 1) + " /Root " +
          ref(mCatalog) + " /Info " + ref(info) + " /ID [<" + id + "> <" + id +
          ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n");
    return !mFailed;
}

} // namespace blauwdruk
