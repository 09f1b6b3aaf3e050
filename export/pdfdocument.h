#pragma once

#include "pdffont.h"

#include <QByteArray>
#include <QDateTime>
#include <QRawFont>
#include <QSizeF>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;

namespace blauwdruk {

// A PDF file written as it is made: the header and metadata first, each page
// when it is finished, the fonts, page tree, catalog and cross-reference
// table at the end. PdfPaintEngine fills the pages; this class owns the
// objects. Optionally PDF/A-1b: the XMP packet marks it, an sRGB output
// intent and the trailer's ID are added, fonts carry their CID sets.
class PdfDocument {
public:
    struct Info {
        QString title;
        QString author; // the workspace's authors, joined
        QString subject;
        QString creator;
        QString language; // BCP 47, the catalog's /Lang ("nl-NL"); none if empty
        QByteArray xmp;   // the XMP packet, written as the catalog's metadata
        QDateTime created;
        bool pdfA = false;
    };
    PdfDocument(QIODevice *out, Info info);
    ~PdfDocument();

    // Writes the header and metadata; false when the device refused.
    bool begin();
    // A finished page of `points` with its content and what it uses.
    struct Resources {
        std::vector<int> fonts;                                // PdfFont numbers
        std::vector<int> images;                               // image object numbers
        std::vector<std::pair<QByteArray, QByteArray>> states; // name, dictionary
    };
    void addPage(const QSizeF &points, const QByteArray &content, const Resources &resources);
    // The font for `raw` (the same family, style and weight share one).
    PdfFont &font(const QRawFont &raw);
    // An image XObject; its object number, to name as "/Im<number>".
    int image(const QImage &image);
    // Fonts, pages, catalog, information, cross references; false when
    // writing failed at any point.
    bool end();
    bool pdfA() const { return mInfo.pdfA; }
    bool failed() const { return mFailed; }

private:
    int reserve();
    void write(const QByteArray &bytes);
    void object(int number, const QByteArray &body);
    void stream(int number, const QByteArray &dictionary, const QByteArray &data,
                bool compress = true);
    void writeFonts();

    QIODevice *mOut;
    Info mInfo;
    qint64 mWritten = 0;
    bool mFailed = false;
    std::vector<qint64> mOffsets; // per object number, from 1
    int mCatalog = 0;
    int mPages = 0;
    int mMetadata = 0;
    std::vector<int> mPageObjects;
    struct FontEntry {
        QString key;
        std::unique_ptr<PdfFont> font;
        int object = 0;
    };
    std::vector<FontEntry> mFonts;
};

} // namespace blauwdruk
