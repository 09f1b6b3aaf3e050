#pragma once

#include "exporter.h"

#include <QDateTime>

namespace blauwdruk {

// The blueprint as a PDF poster: each journey fitted on one page of A4..A0 or
// a custom paper, or that poster cut into tiles of a smaller paper with crop
// marks and labels; text stays text, optionally PDF/A-1b for archiving.
class PdfPosterExporter : public Exporter {
public:
    static constexpr int kResolution = 1200; // PdfPaintDevice's units per inch

    QString name() const override { return QStringLiteral("pdf"); }
    QStringList extensions() const override { return {QStringLiteral("pdf")}; }
    ExportCapabilities capabilities() const override;
    bool writeTo(QIODevice &out, const Workspace &workspace, const ExportOptions &options,
                 QString *error) const override;

    // The document's XMP packet: title, authors and subject (also in the
    // information dictionary), and the PDF/A identification when `pdfA` is
    // set.
    static QByteArray xmpMetadata(const QString &title, const QStringList &authors,
                                  const QString &subject, const QDateTime &created, bool pdfA);
};

} // namespace blauwdruk
